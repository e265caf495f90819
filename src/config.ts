import { existsSync } from "node:fs";
import path from "node:path";

/** Everything the service reads from its environment, in one place. */
export interface Config {
  /** HTTP port (PORT, default 4000). */
  port: number;
  /** Interface to listen on (HOST, default 0.0.0.0). */
  host: string;
  /** External Postgres (DATABASE_URL); when absent the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Where the embedded database keeps its files (DATA_DIR, default ./.data/pglite). */
  dataDir: string;
  /** Development mode shows stack traces in errors (NODE_ENV=development). */
  development: boolean;
  /** Seed the G-20 story when the database has no articles (SEED_ON_START, default true). */
  seedOnStart: boolean;
  /** Bearer token that mutations require (API_TOKEN). */
  apiToken: string | undefined;
  /** Print every SQL statement (DEBUG_SQL=1). */
  debugSql: boolean;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !["0", "false", "no", "off"].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST || "0.0.0.0",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR || path.join(projectRoot(), ".data", "pglite")),
    development: env.NODE_ENV === "development",
    seedOnStart: flag(env.SEED_ON_START, true),
    apiToken: env.API_TOKEN || undefined,
    debugSql: flag(env.DEBUG_SQL, false),
  };
}

/** The folder holding package.json, whether running from src/ (tsx, jest) or dist/src/ (compiled). */
export function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}
