import type { PersonResolvers } from "../generated/graphql";
import { childConnection } from "./connection";

export const Person: PersonResolvers = {
  id: (person) => String(person.id),
  quotes: (person, args, { loaders }) => childConnection(loaders.quotesBySpeakerId, loaders.quoteCountBySpeakerId, person.id, args),
  articles: (person, args, { loaders }) => childConnection(loaders.articlesByPersonId, loaders.articleCountByPersonId, person.id, args),
  topics: (person, _args, { loaders }) => loaders.topicsBySpeakerId.load(person.id),
};
