/**
 * Applies pending migrations (prisma/migrations) to DATABASE_URL, or to the embedded database,
 * with the bookkeeping `prisma migrate deploy` uses. `npm start` does this by itself; this is for
 * operators who migrate as a separate step.
 */
import { loadConfig } from "../src/config";
import { openDatabase } from "../src/db";

async function main() {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: (line) => console.log(line) });
  const ready = await db.checkReady();
  await db.close();
  console.log(ready.ready ? "database is up to date" : `not ready: ${ready.reason}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
