import type { PrismaClient } from "./db/client";
import { createLoaders, type Loaders } from "./loaders";

/** What every resolver receives: the database, this request's loaders, and who is calling. */
export interface Context {
  prisma: PrismaClient;
  /** Replaced with a fresh set after a mutation writes, so later fields see the new data. */
  loaders: Loaders;
  /** True when the request carried the valid API token (mutations require it). */
  authenticated: boolean;
}

/** The context of one request: a fresh set of loaders every time, never shared between requests. */
export function createContext(prisma: PrismaClient, authenticated: boolean): Context {
  return { prisma, loaders: createLoaders(prisma), authenticated };
}
