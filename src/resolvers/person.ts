import type { PersonResolvers } from "../generated/graphql";
import { parsePageArgs, toConnection } from "../pagination";

export const Person: PersonResolvers = {
  id: (person) => String(person.id),
  quotes: async (person, args, { loaders }) => {
    const window = parsePageArgs(args);
    const rows = await loaders.quotesBySpeakerId.load(person.id, window);
    return toConnection(rows, window, () => loaders.quoteCountBySpeakerId.load(person.id));
  },
  articles: async (person, args, { loaders }) => {
    const window = parsePageArgs(args);
    const rows = await loaders.articlesByPersonId.load(person.id, window);
    return toConnection(rows, window, () => loaders.articleCountByPersonId.load(person.id));
  },
  topics: (person, _args, { loaders }) => loaders.topicsBySpeakerId.load(person.id),
};
