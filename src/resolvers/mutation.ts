import type { MutationResolvers } from "../generated/graphql";
import { badUserInput, ErrorCode, userError } from "../errors";
import { ingestArticle, upsertTopic } from "../ingest";

function requireAuth(authenticated: boolean): void {
  if (!authenticated) {
    throw userError(ErrorCode.UNAUTHENTICATED, "Mutations need the header Authorization: Bearer <API_TOKEN>");
  }
}

export const Mutation: MutationResolvers = {
  ingestArticle: async (_parent, { input }, { prisma, authenticated }) => {
    requireAuth(authenticated);
    const { article, created } = await ingestArticle(prisma, input);
    return { article, created };
  },
  upsertTopic: async (_parent, { input }, { prisma, authenticated }) => {
    requireAuth(authenticated);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.slug)) {
      throw badUserInput(`slug must be lower-case letters, digits and single dashes, got ${JSON.stringify(input.slug)}`, "slug");
    }
    if (input.name.trim() === "") throw badUserInput("name is empty", "name");
    const keywords = input.keywords.map((k) => k.trim().toLowerCase()).filter((k) => k !== "");
    if (keywords.length === 0) throw badUserInput("keywords must hold at least one word or phrase", "keywords");
    return upsertTopic(prisma, { slug: input.slug, name: input.name.trim(), description: input.description ?? null, keywords });
  },
};
