import { DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "../generated/graphql";
import { Article } from "./article";
import { Mutation } from "./mutation";
import { Person } from "./person";
import { Query } from "./query";
import { Quote } from "./quote";
import { Topic } from "./topic";

const connection = { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() };

/** Every resolver of the schema. Resolvers stay thin: arguments in, a loader call out. */
export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query,
  Mutation,
  Article,
  Person,
  Quote,
  Topic,
  ArticleConnection: connection,
  PersonConnection: connection,
  QuoteConnection: connection,
  TopicConnection: connection,
};
