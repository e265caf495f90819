/**
 * Ingest news texts from files through the same pipeline as the GraphQL mutation and the seed.
 *
 *   npm run ingest -- story.txt [more.txt ...] [--title T] [--url U] [--source S] [--published-at 2024-05-01]
 *
 * --title/--url/--published-at apply to a single file only (they describe one article); --source
 * may go with several. Each file is one transaction. Exits 1 if any file failed.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { GraphQLError } from "graphql";
import { loadConfig } from "../src/config";
import { openDatabase } from "../src/db";
import { ingestArticle } from "../src/ingest";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: "string" },
      url: { type: "string" },
      source: { type: "string" },
      "published-at": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log("usage: npm run ingest -- <file.txt> [more files] [--title T] [--url U] [--source S] [--published-at DATE]");
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  if (positionals.length > 1 && (values.title || values.url || values["published-at"])) {
    console.error("--title, --url and --published-at describe one article: give one file with them");
    return 2;
  }
  const publishedAt = values["published-at"] ? new Date(values["published-at"]) : undefined;

  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let failed = 0;
  try {
    for (const file of positionals) {
      try {
        const text = readFileSync(file, "utf8");
        const result = await ingestArticle(db.prisma, { text, title: values.title, url: values.url, source: values.source, publishedAt });
        const { analyzed, article } = result;
        if (!result.created) {
          console.log(`${file}: already stored as "${article.title}" (${article.slug}); nothing written`);
          continue;
        }
        const speakers = new Set(analyzed.quotes.flatMap((q) => (q.speakerKey ? [q.speakerKey] : [])));
        const names = analyzed.people.filter((p) => speakers.has(p.key)).map((p) => p.name);
        const topics = await db.prisma.topic.findMany({ where: { articles: { some: { articleId: article.id } } }, orderBy: { name: "asc" } });
        console.log(`${file}: "${article.title}" (${article.slug})`);
        console.log(`  quotes found: ${analyzed.quotes.length} (${analyzed.quotes.filter((q) => !q.speakerKey).length} without a speaker)`);
        console.log(`  speakers: ${names.join(", ") || "none"}`);
        console.log(`  new people: ${result.newPeople.join(", ") || "none"}`);
        console.log(`  topics: ${topics.map((t) => t.name).join(", ") || "none"}`);
      } catch (error) {
        failed++;
        const code = error instanceof GraphQLError ? String(error.extensions.code) : (error as NodeJS.ErrnoException).code ?? "ERROR";
        console.error(`${file}: ${code}: ${(error as Error).message}`);
      }
    }
  } finally {
    await db.close();
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
