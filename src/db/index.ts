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

const READY_TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Connects (starting the embedded database if needed) and applies pending migrations. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const embedded = options.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: options.dataDir });
  const url = options.databaseUrl ?? embedded!.url;
  let prisma: PrismaClient | undefined;
  let expected: string[];
  try {
    // Built first: it validates the URL before anything is written. It connects lazily.
    prisma = createPrismaClient(url, { onQuery: options.onQuery, poolSize: embedded ? EMBEDDED_POOL_SIZE : undefined });
    await applyMigrations(url, { log: options.log });
    // What is applied once start-up has migrated: readiness checks that it stays so, cheaply.
    expected = (await migrationStatus(url)).applied;
  } catch (error) {
    await prisma?.$disconnect();
    await embedded?.stop();
    throw error;
  }
  return {
    url,
    embedded: embedded !== undefined,
    prisma,
    /** One cheap query through the pool, bounded in time: reachable, and every shipped migration recorded as applied. */
    async checkReady() {
      const rows = await withTimeout(
        prisma.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        READY_TIMEOUT_MS,
      );
      const applied = new Set(rows.map((r) => r.name));
      const missing = expected.filter((name) => !applied.has(name));
      return missing.length === 0 ? { ready: true } : { ready: false, reason: `migrations not applied: ${missing.join(", ")}` };
    },
    async close() {
      await prisma.$disconnect();
      await embedded?.stop();
    },
  };
}
