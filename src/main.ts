/**
 * The one side-effecting entry point: read the configuration, open (and migrate) the database,
 * seed it when empty, serve HTTP, and shut down cleanly on SIGTERM/SIGINT.
 */
import { randomBytes } from "node:crypto";
import { loadConfig } from "./config";
import { openDatabase } from "./db";
import { createServer } from "./http/server";
import { seedDatabase } from "../seed";

const log = (line: string) => console.log(`[quotegraph] ${line}`);

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    log,
    onQuery: config.debugSql ? (sql) => log(`sql: ${sql}`) : undefined,
  });
  log(db.embedded ? `database: embedded PGlite in ${config.dataDir}` : "database: DATABASE_URL");

  if (config.seedOnStart && (await db.prisma.article.count()) === 0) {
    const { story } = await seedDatabase(db.prisma);
    log(`seeded "${story.article.title}" (${story.analyzed.quotes.length} quotes)`);
  }

  let apiToken = config.apiToken;
  if (!apiToken) {
    apiToken = randomBytes(24).toString("base64url");
    log(`API_TOKEN is not set; mutations accept this token until restart: ${apiToken}`);
  }

  const server = await createServer({ prisma: db.prisma, development: config.development, apiToken, checkReady: db.checkReady, log });
  const port = await server.listen(config.port, config.host);
  const base = `http://localhost:${port}`;
  log(`ready in ${Date.now() - startedAt} ms`);
  log(`GraphQL API:  ${base}/graphql`);
  log(`Playground:   ${base}/playground`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    const timer = setTimeout(() => {
      log("shutdown took over 10 s; exiting");
      process.exit(1);
    }, 10_000);
    timer.unref();
    await server.stop();
    await db.close();
    log("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error) => {
  console.error(`[quotegraph] failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
