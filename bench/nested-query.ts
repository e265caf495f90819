/**
 * Benchmark: the deep nested query (article → quotes → speaker → quotes → article → topics) over
 * growing synthetic graphs. Prints, per size, the SQL statements one request issues and the
 * latency over repeated requests. Uses DATABASE_URL when set, else an in-memory embedded PGlite.
 *
 *   npm run bench                 # sizes 1×, 10×, 50×
 *   npm run bench -- --runs 50    # more repetitions
 */
import { performance } from "node:perf_hooks";
import { createContext } from "../src/context";
import { createServer } from "../src/http/server";
import { createTestDatabase } from "../tests/support/database";
import { buildGraph } from "../tests/support/graph";

const DEEP_QUERY = `{
  articles(first: 100) { nodes { title topics { name } quotes { text speaker { name
    quotes(first: 100) { nodes { text article { slug topics { name } } } } } } } }
}`;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main() {
  const runs = arg("runs", 20);
  console.log(`database: ${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded PGlite (in memory)"}; ${runs} runs per size`);
  console.log("scale  articles  quotes  rows-returned  statements  p50-ms  p95-ms");
  for (const scale of [1, 10, 50]) {
    const db = await createTestDatabase();
    try {
      await buildGraph(db.prisma, { articles: 2 * scale, people: 3 * scale, quotesPerArticle: 3, topics: 2 * scale });
      await db.prisma.$executeRawUnsafe("ANALYZE");
      const server = await createServer({ prisma: db.prisma, development: false, checkReady: async () => ({ ready: true }) });
      const run = async () => {
        const r = await server.apollo.executeOperation(
          { query: DEEP_QUERY },
          { contextValue: createContext(db.prisma, false) },
        );
        if (r.body.kind !== "single" || r.body.singleResult.errors) throw new Error(JSON.stringify(r.body));
        return r.body.singleResult.data as any;
      };
      await run(); // warm-up
      db.statements.length = 0;
      const data = await run();
      const statements = db.statements.length;
      const rows = data.articles.nodes.flatMap((a: any) => a.quotes.flatMap((q: any) => q.speaker.quotes.nodes)).length;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await run();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
      console.log(
        [`${scale}×`.padEnd(5), String(2 * scale).padStart(8), String(6 * scale).padStart(7), String(rows).padStart(14), String(statements).padStart(11), pct(0.5).padStart(7), pct(0.95).padStart(7)].join(" "),
      );
      await server.stop();
    } finally {
      await db.close();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
