import type { TopicResolvers } from "../generated/graphql";
import { childConnection } from "./connection";

export const Topic: TopicResolvers = {
  id: (topic) => String(topic.id),
  articles: (topic, args, { loaders }) => childConnection(loaders.articlesByTopicId, loaders.articleCountByTopicId, topic.id, args),
  quotes: (topic, args, { loaders }) => childConnection(loaders.quotesByTopicId, loaders.quoteCountByTopicId, topic.id, args),
  people: (topic, _args, { loaders }) => loaders.speakersByTopicId.load(topic.id),
};
