import type { TopicResolvers } from "../generated/graphql";
import { parsePageArgs, toConnection } from "../pagination";

export const Topic: TopicResolvers = {
  id: (topic) => String(topic.id),
  articles: async (topic, args, { loaders }) => {
    const window = parsePageArgs(args);
    const rows = await loaders.articlesByTopicId.load(topic.id, window);
    return toConnection(rows, window, () => loaders.articleCountByTopicId.load(topic.id));
  },
  quotes: async (topic, args, { loaders }) => {
    const window = parsePageArgs(args);
    const rows = await loaders.quotesByTopicId.load(topic.id, window);
    return toConnection(rows, window, () => loaders.quoteCountByTopicId.load(topic.id));
  },
  people: (topic, _args, { loaders }) => loaders.speakersByTopicId.load(topic.id),
};
