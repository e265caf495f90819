import type { MutationResolvers } from "../generated/graphql";
import { badUserInput, ErrorCode, userError } from "../errors";
import { ingestArticle, upsertTopic } from "../ingest";
import { createLoaders } from "../loaders";
import type { Context } from "../context";

/** A mutation changed the graph: what this request's loaders cached before is stale. */
function forgetCachedReads(context: Context): void {
  context.loaders = createLoaders(context.prisma);
}

function requireAuth(authenticated: boolean): void {
  if (!authenticated) {
    throw userError(ErrorCode.UNAUTHENTICATED, "Mutations need the header Authorization: Bearer <API_TOKEN>");
  }
}

export const Mutation: MutationResolvers = {
  ingestArticle: async (_parent, { input }, context) => {
    requireAuth(context.authenticated);
    const { article, created } = await ingestArticle(context.prisma, input);
    forgetCachedReads(context);
    return { article, created };
  },
  upsertTopic: async (_parent, { input }, context) => {
    requireAuth(context.authenticated);
    const { prisma } = context;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.slug)) {
      throw badUserInput(`slug must be lower-case letters, digits and single dashes, got ${JSON.stringify(input.slug)}`, "slug");
    }
    if (input.name.trim() === "") throw badUserInput("name is empty", "name");
    const keywords = input.keywords.map((k) => k.trim().toLowerCase()).filter((k) => k !== "");
    if (keywords.length === 0) throw badUserInput("keywords must hold at least one word or phrase", "keywords");
    const topic = await upsertTopic(prisma, { slug: input.slug, name: input.name.trim(), description: input.description ?? null, keywords });
    forgetCachedReads(context);
    return topic;
  },
};
