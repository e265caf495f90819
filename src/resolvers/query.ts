import type { QueryResolvers } from "../generated/graphql";
import { parsePageArgs, toConnection } from "../pagination";
import type { PageWindow } from "../pagination";
import { parseId, slugOrId } from "./lookup";

/** The `where`/`orderBy`/`take` of one page of a whole table ordered by id. */
function pageQuery(window: PageWindow) {
  const forward = window.direction === "forward";
  const bound = forward ? window.afterId : window.beforeId;
  return {
    where: bound === null ? {} : { id: forward ? { gt: bound } : { lt: bound } },
    orderBy: { id: forward ? ("asc" as const) : ("desc" as const) },
    take: window.size + 1,
  };
}

export const Query: QueryResolvers = {
  article: (_parent, args, { loaders }) => {
    const key = slugOrId(args);
    if ("slug" in key) return loaders.articleBySlug.load(key.slug);
    return key.id === null ? null : loaders.articleById.load(key.id);
  },
  person: (_parent, args, { loaders }) => {
    const key = slugOrId(args);
    if ("slug" in key) return loaders.personBySlug.load(key.slug);
    return key.id === null ? null : loaders.personById.load(key.id);
  },
  topic: (_parent, args, { loaders }) => {
    const key = slugOrId(args);
    if ("slug" in key) return loaders.topicBySlug.load(key.slug);
    return key.id === null ? null : loaders.topicById.load(key.id);
  },
  quote: (_parent, { id }, { loaders }) => {
    const quoteId = parseId(id);
    return quoteId === null ? null : loaders.quoteById.load(quoteId);
  },

  articles: async (_parent, args, { prisma }) => {
    const window = parsePageArgs(args);
    return toConnection(await prisma.article.findMany(pageQuery(window)), window, () => prisma.article.count());
  },
  people: async (_parent, args, { prisma }) => {
    const window = parsePageArgs(args);
    return toConnection(await prisma.person.findMany(pageQuery(window)), window, () => prisma.person.count());
  },
  topics: async (_parent, args, { prisma }) => {
    const window = parsePageArgs(args);
    return toConnection(await prisma.topic.findMany(pageQuery(window)), window, () => prisma.topic.count());
  },
  quotes: async (_parent, args, { prisma }) => {
    const window = parsePageArgs(args);
    return toConnection(await prisma.quote.findMany(pageQuery(window)), window, () => prisma.quote.count());
  },
};
