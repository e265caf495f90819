import { Prisma } from "../generated/prisma/client";
import type { Article, Person, Quote, Topic } from "../generated/prisma/client";
import type { PrismaClient } from "../db/client";
import { countLoader, groupLoader, rowLoader } from "./batch";
import { PagedLoader } from "./paged";

export { PagedLoader } from "./paged";

const ids = (keys: readonly number[]) => [...keys];

/**
 * Every loader one request uses. Build a new set per request (`createLoaders` in the context
 * factory), never share one across requests: the caches hold that request's view of the data.
 */
export function createLoaders(prisma: PrismaClient) {
  const countRows = async (sql: Prisma.Sql) =>
    (await prisma.$queryRaw<{ key: number; count: number }[]>(sql)).map((r) => ({ key: r.key, count: Number(r.count) }));

  return {
    articleById: rowLoader<number, Article>((keys) => prisma.article.findMany({ where: { id: { in: ids(keys) } } }), (a) => a.id),
    articleBySlug: rowLoader<string, Article>((keys) => prisma.article.findMany({ where: { slug: { in: [...keys] } } }), (a) => a.slug),
    personById: rowLoader<number, Person>((keys) => prisma.person.findMany({ where: { id: { in: ids(keys) } } }), (p) => p.id),
    personBySlug: rowLoader<string, Person>((keys) => prisma.person.findMany({ where: { slug: { in: [...keys] } } }), (p) => p.slug),
    topicById: rowLoader<number, Topic>((keys) => prisma.topic.findMany({ where: { id: { in: ids(keys) } } }), (t) => t.id),
    topicBySlug: rowLoader<string, Topic>((keys) => prisma.topic.findMany({ where: { slug: { in: [...keys] } } }), (t) => t.slug),
    quoteById: rowLoader<number, Quote>((keys) => prisma.quote.findMany({ where: { id: { in: ids(keys) } } }), (q) => q.id),

    /** An article's quotes in reading order. */
    quotesByArticleId: groupLoader<number, Quote, Quote>(
      (keys) => prisma.quote.findMany({ where: { articleId: { in: ids(keys) } }, orderBy: [{ articleId: "asc" }, { position: "asc" }] }),
      (q) => q.articleId,
      (q) => q,
    ),
    /** Everyone an article mentions, in order of first mention. */
    peopleByArticleId: groupLoader(
      (keys: readonly number[]) =>
        prisma.articlePerson.findMany({
          where: { articleId: { in: ids(keys) } },
          include: { person: true },
          orderBy: [{ articleId: "asc" }, { firstMention: "asc" }],
        }),
      (link) => link.articleId,
      (link) => link.person,
    ),
    topicsByArticleId: groupLoader(
      (keys: readonly number[]) =>
        prisma.articleTopic.findMany({ where: { articleId: { in: ids(keys) } }, include: { topic: true }, orderBy: { topic: { name: "asc" } } }),
      (link) => link.articleId,
      (link) => link.topic,
    ),
    topicsByQuoteId: groupLoader(
      (keys: readonly number[]) =>
        prisma.quoteTopic.findMany({ where: { quoteId: { in: ids(keys) } }, include: { topic: true }, orderBy: { topic: { name: "asc" } } }),
      (link) => link.quoteId,
      (link) => link.topic,
    ),
    /** The topics of everything a person said, by name. */
    topicsBySpeakerId: groupLoader(
      (keys: readonly number[]) => prisma.$queryRaw<(Topic & { __parent: number })[]>`
        SELECT DISTINCT t.*, q."speakerId" AS "__parent"
        FROM "Topic" t JOIN "QuoteTopic" qt ON qt."topicId" = t."id" JOIN "Quote" q ON q."id" = qt."quoteId"
        WHERE q."speakerId" = ANY(${ids(keys)}::int[])
        ORDER BY t."name"`,
      (row) => row.__parent,
      ({ __parent: _parent, ...topic }) => topic as Topic,
    ),
    /** The people quoted on a topic, by name. */
    speakersByTopicId: groupLoader(
      (keys: readonly number[]) => prisma.$queryRaw<(Person & { __parent: number })[]>`
        SELECT DISTINCT p.*, qt."topicId" AS "__parent"
        FROM "Person" p JOIN "Quote" q ON q."speakerId" = p."id" JOIN "QuoteTopic" qt ON qt."quoteId" = q."id"
        WHERE qt."topicId" = ANY(${ids(keys)}::int[])
        ORDER BY p."name"`,
      (row) => row.__parent,
      ({ __parent: _parent, ...person }) => person as Person,
    ),

    quotesBySpeakerId: new PagedLoader<Quote>(prisma, { from: Prisma.sql`FROM "Quote" c`, parent: Prisma.sql`c."speakerId"` }),
    quotesByTopicId: new PagedLoader<Quote>(prisma, {
      from: Prisma.sql`FROM "Quote" c JOIN "QuoteTopic" link ON link."quoteId" = c."id"`,
      parent: Prisma.sql`link."topicId"`,
    }),
    articlesByPersonId: new PagedLoader<Article>(prisma, {
      from: Prisma.sql`FROM "Article" c JOIN "ArticlePerson" link ON link."articleId" = c."id"`,
      parent: Prisma.sql`link."personId"`,
    }),
    articlesByTopicId: new PagedLoader<Article>(prisma, {
      from: Prisma.sql`FROM "Article" c JOIN "ArticleTopic" link ON link."articleId" = c."id"`,
      parent: Prisma.sql`link."topicId"`,
    }),

    quoteCountBySpeakerId: countLoader<number>((keys) =>
      countRows(Prisma.sql`SELECT "speakerId" AS key, count(*) AS count FROM "Quote" WHERE "speakerId" = ANY(${ids(keys)}::int[]) GROUP BY 1`),
    ),
    quoteCountByTopicId: countLoader<number>((keys) =>
      countRows(Prisma.sql`SELECT "topicId" AS key, count(*) AS count FROM "QuoteTopic" WHERE "topicId" = ANY(${ids(keys)}::int[]) GROUP BY 1`),
    ),
    articleCountByPersonId: countLoader<number>((keys) =>
      countRows(Prisma.sql`SELECT "personId" AS key, count(*) AS count FROM "ArticlePerson" WHERE "personId" = ANY(${ids(keys)}::int[]) GROUP BY 1`),
    ),
    articleCountByTopicId: countLoader<number>((keys) =>
      countRows(Prisma.sql`SELECT "topicId" AS key, count(*) AS count FROM "ArticleTopic" WHERE "topicId" = ANY(${ids(keys)}::int[]) GROUP BY 1`),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
