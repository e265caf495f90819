import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * Connections a client pool should open to the embedded server: one. The socket server runs the
 * messages of all its connections on PGlite's single session, interleaving them message by
 * message; two connections each in the middle of an extended-protocol exchange (Parse, Bind,
 * Execute) clobber each other's unnamed prepared statement. One pooled connection queues queries
 * on the client side instead. Short-lived extra clients (migrations at start) are fine.
 */
export const EMBEDDED_POOL_SIZE = 1;

export interface EmbeddedPostgres {
  /** postgresql:// URL of the server on loopback. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the data between runs; omit for a throw-away in-memory database. */
  dataDir?: string;
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Connections the socket server accepts at once (queries still run one at a time). */
  maxConnections?: number;
}

/**
 * Starts PGlite (Postgres compiled to WebAssembly, in this process) behind a Postgres wire-protocol
 * socket on 127.0.0.1, so the rest of the service talks to it exactly as to a real server.
 * The socket server keeps a transaction's statements together even with several clients connected.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  // PGlite serves every client from its one session and ignores per-connection startup options,
  // so the session settings createPrismaClient asks for are made here, once.
  await db.exec("SET jit = off");
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 20,
  });
  await server.start();
  let stopped = false;
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
