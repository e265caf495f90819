import { createHash } from "node:crypto";
import type { Article, Person, Prisma, Topic } from "../generated/prisma/client";
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
  /** Names of the people this ingest added to the graph (people already known are not listed). */
  newPeople: string[];
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
      await lockGraphWrites(tx);
      const existing = await tx.article.findFirst({
        where: { OR: [{ contentHash: hash }, ...(metadata.url ? [{ url: metadata.url }] : [])] },
      });
      if (existing) return { article: existing, created: false, newPeople: [] };

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
      const newPeople: string[] = [];
      for (const person of analyzed.people) {
        const { stored, created } = await upsertPerson(tx, person);
        personIdByKey.set(person.key, stored.id);
        if (created) newPeople.push(stored.name);
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

      return { article, created: true, newPeople };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/** Key of the advisory lock that queues writers of the graph (any number, distinct from Prisma Migrate's). */
const GRAPH_WRITE_LOCK = 5_171_203;

/**
 * Ingests and topic edits read (is it stored? which slug is free? is this person known?) and then
 * write. Taken first in their transaction, this lock runs them one at a time across every process
 * on the database, so two at once cannot both decide to create the same row. Released at commit or
 * rollback. Reads never wait for it.
 */
async function lockGraphWrites(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${GRAPH_WRITE_LOCK}::bigint)`;
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
 * who has it as an alias; else, for a full name, the one stored person known so far by its
 * surname alone. Aliases are merged; a known role is kept, a missing one filled in.
 */
async function upsertPerson(tx: Tx, person: AnalyzedPerson): Promise<{ stored: Person; created: boolean }> {
  const slug = slugify(person.name, "person");
  let stored = await tx.person.findUnique({ where: { slug } });
  if (!stored && !/\s/.test(person.name.trim())) {
    const candidates = await tx.person.findMany({
      where: { OR: [{ name: { endsWith: ` ${person.name}` } }, { aliases: { has: person.name } }] },
      take: 2,
    });
    if (candidates.length === 1) stored = candidates[0];
  }
  if (!stored && /\s/.test(person.name.trim())) {
    // Known so far by the surname alone ("Peskov"), now met with the full name: the same person,
    // when exactly one such entry exists. Keep its slug (links stay valid), take the fuller name.
    const surname = person.name.trim().split(/\s+/).pop()!;
    const candidates = await tx.person.findMany({ where: { name: surname, kind: person.kind }, take: 2 });
    if (candidates.length === 1) {
      const [known] = candidates;
      const aliases = uniqueAliases(person.name, [...known.aliases, known.name, ...person.aliases]);
      const upgraded = await tx.person.update({ where: { id: known.id }, data: { name: person.name, aliases, role: known.role ?? person.role } });
      return { stored: upgraded, created: false };
    }
  }
  if (!stored) {
    const created = await tx.person.create({
      data: { slug, name: person.name, aliases: uniqueAliases(person.name, person.aliases), role: person.role, kind: person.kind },
    });
    return { stored: created, created: true };
  }
  const aliases = uniqueAliases(stored.name, [...stored.aliases, ...(stored.name === person.name ? [] : [person.name]), ...person.aliases]);
  const role = stored.role ?? person.role;
  if (aliases.length === stored.aliases.length && role === stored.role) return { stored, created: false };
  return { stored: await tx.person.update({ where: { id: stored.id }, data: { aliases, role } }), created: false };
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

export interface TopicInput {
  slug: string;
  name: string;
  description: string | null;
  keywords: string[];
}

/**
 * Adds a topic to the vocabulary or changes the one with this slug, then re-tags every stored
 * article and quote with it by its (new) keywords, all in one transaction.
 */
export async function upsertTopic(prisma: PrismaClient, input: TopicInput): Promise<Topic> {
  return prisma.$transaction(
    async (tx) => {
      await lockGraphWrites(tx);
      const topic = await tx.topic.upsert({
        where: { slug: input.slug },
        create: input,
        update: { name: input.name, description: input.description, keywords: input.keywords },
      });
      const vocabulary = [{ slug: topic.slug, keywords: topic.keywords }];
      await tx.articleTopic.deleteMany({ where: { topicId: topic.id } });
      await tx.quoteTopic.deleteMany({ where: { topicId: topic.id } });
      for (let afterId = 0; ; ) {
        const articles = await tx.article.findMany({
          where: { id: { gt: afterId } },
          orderBy: { id: "asc" },
          take: RETAG_BATCH,
          select: { id: true, title: true, body: true, quotes: { select: { id: true, text: true } } },
        });
        if (articles.length === 0) break;
        afterId = articles[articles.length - 1].id;
        const tagged = articles.filter((a) => matchTopics(`${a.title}\n\n${a.body}`, vocabulary).length > 0);
        await tx.articleTopic.createMany({ data: tagged.map((a) => ({ articleId: a.id, topicId: topic.id })) });
        const quotes = articles.flatMap((a) => a.quotes).filter((q) => matchTopics(q.text, vocabulary).length > 0);
        await tx.quoteTopic.createMany({ data: quotes.map((q) => ({ quoteId: q.id, topicId: topic.id })) });
      }
      return topic;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

const RETAG_BATCH = 200;
