import type { QuoteResolvers } from "../generated/graphql";
import { ErrorCode, userError } from "../errors";

export const Quote: QuoteResolvers = {
  id: (quote) => String(quote.id),
  speaker: (quote, _args, { loaders }) => (quote.speakerId === null ? null : loaders.personById.load(quote.speakerId)),
  article: async (quote, _args, { loaders }) => {
    const article = await loaders.articleById.load(quote.articleId);
    // The foreign key makes this impossible short of a concurrent delete.
    if (!article) throw userError(ErrorCode.NOT_FOUND, `The article of quote ${quote.id} no longer exists`);
    return article;
  },
  topics: (quote, _args, { loaders }) => loaders.topicsByQuoteId.load(quote.id),
};
