import type { ArticleResolvers } from "../generated/graphql";
import type { Person } from "../generated/prisma/client";

export const Article: ArticleResolvers = {
  id: (article) => String(article.id),
  quotes: (article, _args, { loaders }) => loaders.quotesByArticleId.load(article.id),
  people: (article, _args, { loaders }) => loaders.peopleByArticleId.load(article.id),
  speakers: async (article, _args, { loaders }) => {
    const quotes = await loaders.quotesByArticleId.load(article.id);
    const speakerIds = [...new Set(quotes.flatMap((q) => (q.speakerId === null ? [] : [q.speakerId])))];
    const speakers = await Promise.all(speakerIds.map((id) => loaders.personById.load(id)));
    return speakers.filter((p): p is Person => p !== null);
  },
  topics: (article, _args, { loaders }) => loaders.topicsByArticleId.load(article.id),
};
