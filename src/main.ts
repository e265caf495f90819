/**
 * The one side-effecting entry point: read the configuration, open (and migrate) the database,
 * seed it when empty, serve HTTP, and shut down cleanly on SIGTERM/SIGINT, also mid-start.
 */
import { randomBytes } from "node:crypto";
import { loadConfig } from "./config";
import { openDatabase, type Database } from "./db";
import { createServer, type Server } from "./http/server";
import { stopAnalysisWorker } from "./ingest";
import { seedDatabase } from "../seed";

const log = (line: string) => console.log(`[quotegraph] ${line}`);

/** Forced exit when shutdown hangs; longer than the HTTP drain's grace period (5 s). */
const SHUTDOWN_TIMEOUT_MS = 10_000;

let db: Database | undefined;
let server: Server | undefined;
let stopping = false;

async function start(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    log,
    onQuery: config.debugSql ? (sql) => log(`sql: ${sql}`) : undefined,
  });
  log(db.embedded ? `database: embedded PGlite in ${config.dataDir}` : "database: DATABASE_URL");
  if (stopping) return;

  if (config.seedOnStart && (await db.prisma.article.count()) === 0) {
    const { story } = await seedDatabase(db.prisma);
    log(`seeded "${story.article.title}" (${story.analyzed.quotes.length} quotes)`);
  }

  let apiToken = config.apiToken;
  if (!apiToken) {
    apiToken = randomBytes(24).toString("base64url");
    log(`API_TOKEN is not set; mutations accept this token until restart: ${apiToken}`);
  }
  if (stopping) return;

  server = await createServer({ prisma: db.prisma, development: config.development, apiToken, checkReady: db.checkReady, log });
  const port = await server.listen(config.port, config.host);
  const base = `http://localhost:${port}`;
  log(`ready in ${Date.now() - startedAt} ms`);
  log(`GraphQL API:  ${base}/graphql`);
  log(`Playground:   ${base}/playground`);
}

/** Stops HTTP (letting in-flight requests finish), then the analysis worker, then closes the database. */
async function stop(): Promise<void> {
  await server?.stop();
  await stopAnalysisWorker();
  await db?.close();
}

async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  setTimeout(() => {
    log(`shutdown took over ${SHUTDOWN_TIMEOUT_MS / 1000} s; exiting`);
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();
  try {
    await stop();
    log("stopped");
    process.exit(0);
  } catch (error) {
    console.error(`[quotegraph] shutdown failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  }
}

process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

start().catch(async (error) => {
  console.error(`[quotegraph] failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await stop().catch(() => undefined);
  process.exit(1);
});
