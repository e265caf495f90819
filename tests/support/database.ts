import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { applyMigrations, createPrismaClient, EMBEDDED_POOL_SIZE, startEmbeddedPostgres, type PrismaClient } from "../../src/db";

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** Every SQL statement the client sent since the last `statements.length = 0`. */
  statements: string[];
  close(): Promise<void>;
}

/**
 * A fresh, migrated database owned by one test file: a new database on the server named by
 * DATABASE_URL (dropped on close), or, without DATABASE_URL, an in-memory embedded PGlite server.
 * Nothing is shared between test files, so they run in parallel.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  let url: string;
  let dispose: () => Promise<void>;
  let poolSize: number | undefined;
  if (serverUrl) {
    const name = `qg_test_${process.pid}_${randomBytes(4).toString("hex")}`;
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    dispose = () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined);
  } else {
    const embedded = await startEmbeddedPostgres();
    url = embedded.url;
    poolSize = EMBEDDED_POOL_SIZE;
    dispose = embedded.stop;
  }
  if (options.migrate !== false) await applyMigrations(url);
  const statements: string[] = [];
  const prisma = createPrismaClient(url, { onQuery: (sql) => statements.push(sql), poolSize });
  return {
    url,
    prisma,
    statements,
    async close() {
      await prisma.$disconnect();
      await dispose();
    },
  };
}

export async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
