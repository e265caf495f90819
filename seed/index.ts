import { readFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../src/config";
import { openDatabase, type PrismaClient } from "../src/db";
import { ingestArticle, type IngestResult } from "../src/ingest";

const seedDir = __dirname;

interface TopicSeed {
  slug: string;
  name: string;
  description?: string;
  keywords: string[];
}

/** The starting topic vocabulary (seed/topics.json). */
export function readTopicVocabulary(): TopicSeed[] {
  return JSON.parse(readFileSync(path.join(seedDir, "topics.json"), "utf8")) as TopicSeed[];
}

/** The G-20 story as scraped, and what its page does not say (date, place). */
export function readG20Story(): { text: string; publishedAt: Date; dateline: string } {
  const meta = JSON.parse(readFileSync(path.join(seedDir, "g20-story.meta.json"), "utf8")) as { publishedAt: string; dateline: string };
  return { text: readFileSync(path.join(seedDir, "g20-story.txt"), "utf8"), publishedAt: new Date(meta.publishedAt), dateline: meta.dateline };
}

/**
 * Seeds the database: adds the topics of the vocabulary that are missing (topics already there,
 * perhaps edited, are left as they are), then ingests the G-20 story through the same pipeline
 * as any article. Running it again changes nothing. Refreshes planner statistics afterwards.
 */
export async function seedDatabase(prisma: PrismaClient): Promise<{ topicsAdded: number; story: IngestResult }> {
  const { count: topicsAdded } = await prisma.topic.createMany({
    data: readTopicVocabulary().map((t) => ({ slug: t.slug, name: t.name, description: t.description ?? null, keywords: t.keywords })),
    skipDuplicates: true,
  });
  const story = await ingestArticle(prisma, readG20Story());
  await prisma.$executeRawUnsafe("ANALYZE");
  return { topicsAdded, story };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: (line) => console.log(line) });
  try {
    const { topicsAdded, story } = await seedDatabase(db.prisma);
    console.log(`topics added: ${topicsAdded}`);
    console.log(
      story.created
        ? `seeded "${story.article.title}": ${story.analyzed.quotes.length} quotes, ${story.analyzed.people.length} people`
        : `"${story.article.title}" was already stored; nothing changed`,
    );
  } finally {
    await db.close();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
