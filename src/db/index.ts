import { createPrismaClient, type PrismaClient } from "./client";
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from "./embedded";
import { applyMigrations, migrationStatus } from "./migrate";
import type { Readiness } from "../http/health";

export { createPrismaClient, type PrismaClient } from "./client";
export { EMBEDDED_POOL_SIZE, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";
export { applyMigrations, migrationStatus } from "./migrate";

export interface Database {
  /** Connection URL (of the embedded server when no DATABASE_URL was given). */
  url: string;
  /** True when running on the embedded PGlite database. */
  embedded: boolean;
  prisma: PrismaClient;
  /** Database reachable and every migration applied. */
  checkReady(): Promise<Readiness>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** External Postgres; when absent an embedded PGlite server is started on `dataDir`. */
  databaseUrl?: string;
  /** Embedded database folder; omit for a throw-away in-memory database. */
  dataDir?: string;
  log?: (line: string) => void;
  onQuery?: (sql: string) => void;
}

/** Connects (starting the embedded database if needed) and applies pending migrations. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const embedded = options.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: options.dataDir });
  const url = options.databaseUrl ?? embedded!.url;
  try {
    await applyMigrations(url, { log: options.log });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const prisma = createPrismaClient(url, { onQuery: options.onQuery, poolSize: embedded ? EMBEDDED_POOL_SIZE : undefined });
  return {
    url,
    embedded: embedded !== undefined,
    prisma,
    async checkReady() {
      const { pending } = await migrationStatus(url);
      return pending.length === 0 ? { ready: true } : { ready: false, reason: `pending migrations: ${pending.join(", ")}` };
    },
    async close() {
      await prisma.$disconnect();
      await embedded?.stop();
    },
  };
}
