import { createHash } from "node:crypto";
import type { Article, Person, Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../db/client";
import { slugify } from "./slug";
import { matchTopics } from "./topics";
import type { AnalyzedArticle, AnalyzedPerson, TopicVocabularyEntry } from "./types";

type Tx = Prisma.TransactionClient;

/** What the caller knows about an article beyond its text. */
export interface ArticleMetadata {
  url?: string | null;
  source?: string | null;
  publishedAt?: Date | null;
  dateline?: string | null;
}

export interface StoreResult {
  article: Article;
  /** False when the same article (same url, or same normalised text) was already stored. */
  created: boolean;
}

/** sha256 of the body with white space, quote marks and case normalised: the same story pasted twice hashes alike. */
export function contentHash(body: string): string {
  const normalised = body
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  return createHash("sha256").update(normalised).digest("hex");
}

/**
 * Stores an analysed article with its quotes, people and topics in ONE transaction: all of it or
 * nothing. An article already stored (same url or same content hash) is returned unchanged with
 * `created: false`. People are matched across articles by name (and an unambiguous surname), so one
 * real person stays one Person; their aliases grow with every new form met.
 */
export async function storeArticle(prisma: PrismaClient, analyzed: AnalyzedArticle, metadata: ArticleMetadata = {}): Promise<StoreResult> {
  const hash = contentHash(analyzed.body);
  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.article.findFirst({
        where: { OR: [{ contentHash: hash }, ...(metadata.url ? [{ url: metadata.url }] : [])] },
      });
      if (existing) return { article: existing, created: false };

      const topics = await tx.topic.findMany({ select: { id: true, slug: true, keywords: true }, orderBy: { id: "asc" } });
      const vocabulary: TopicVocabularyEntry[] = topics;
      const topicIdBySlug = new Map(topics.map((t) => [t.slug, t.id]));

      const article = await tx.article.create({
        data: {
          slug: await freeArticleSlug(tx, slugify(analyzed.title, "article")),
          title: analyzed.title,
          body: analyzed.body,
          url: metadata.url ?? null,
          source: metadata.source ?? null,
          publishedAt: metadata.publishedAt ?? null,
          dateline: metadata.dateline ?? analyzed.dateline,
          contentHash: hash,
        },
      });

      const personIdByKey = new Map<string, number>();
      for (const person of analyzed.people) {
        const stored = await upsertPerson(tx, person);
        personIdByKey.set(person.key, stored.id);
      }
      const links = new Map<number, number>();
      for (const person of analyzed.people) {
        const id = personIdByKey.get(person.key)!;
        links.set(id, Math.min(links.get(id) ?? Infinity, person.firstMention));
      }
      if (links.size > 0) {
        await tx.articlePerson.createMany({
          data: [...links].map(([personId, firstMention]) => ({ articleId: article.id, personId, firstMention })),
        });
      }

      const articleTopicIds = matchTopics(`${analyzed.title}\n\n${analyzed.body}`, vocabulary).map((slug) => topicIdBySlug.get(slug)!);
      if (articleTopicIds.length > 0) {
        await tx.articleTopic.createMany({ data: articleTopicIds.map((topicId) => ({ articleId: article.id, topicId })) });
      }

      const quotes = await tx.quote.createManyAndReturn({
        data: analyzed.quotes.map((quote, position) => ({
          articleId: article.id,
          speakerId: quote.speakerKey === null ? null : (personIdByKey.get(quote.speakerKey) ?? null),
          text: quote.text,
          position,
          paragraph: quote.paragraph,
          startOffset: quote.startOffset,
          endOffset: quote.endOffset,
          isPartial: quote.isPartial,
          attribution: quote.attribution,
        })),
        select: { id: true, text: true },
      });
      const quoteTopics = quotes.flatMap((quote) =>
        matchTopics(quote.text, vocabulary).map((slug) => ({ quoteId: quote.id, topicId: topicIdBySlug.get(slug)! })),
      );
      if (quoteTopics.length > 0) await tx.quoteTopic.createMany({ data: quoteTopics });

      return { article, created: true };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

async function freeArticleSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set(
    (await tx.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((a) => a.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Finds the stored Person for an analysed one, or creates it: same slug of the full name first;
 * else, for a name of one word ("Tillerson"), the one stored person whose name ends with it or
 * who has it as an alias. Aliases are merged; a known role is kept, a missing one filled in.
 */
async function upsertPerson(tx: Tx, person: AnalyzedPerson): Promise<Person> {
  const slug = slugify(person.name, "person");
  let stored = await tx.person.findUnique({ where: { slug } });
  if (!stored && !/\s/.test(person.name.trim())) {
    const candidates = await tx.person.findMany({
      where: { OR: [{ name: { endsWith: ` ${person.name}` } }, { aliases: { has: person.name } }] },
      take: 2,
    });
    if (candidates.length === 1) stored = candidates[0];
  }
  if (!stored) {
    return tx.person.create({
      data: { slug, name: person.name, aliases: uniqueAliases(person.name, person.aliases), role: person.role, kind: person.kind },
    });
  }
  const aliases = uniqueAliases(stored.name, [...stored.aliases, ...(stored.name === person.name ? [] : [person.name]), ...person.aliases]);
  const role = stored.role ?? person.role;
  if (aliases.length === stored.aliases.length && role === stored.role) return stored;
  return tx.person.update({ where: { id: stored.id }, data: { aliases, role } });
}

function uniqueAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  const result: string[] = [];
  for (const alias of aliases) {
    const key = alias.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    result.push(alias.trim());
  }
  return result;
}
