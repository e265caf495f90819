import type { PrismaClient } from "../../src/db";
import { createContext } from "../../src/context";
import { createServer, type Server } from "../../src/http/server";

export const TEST_TOKEN = "test-token-0123456789";

export interface GraphQLResponse {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** The real server (Apollo + resolvers + loaders) on a test database. */
export async function createTestServer(prisma: PrismaClient, options: { development?: boolean } = {}) {
  const server: Server = await createServer({
    prisma,
    development: options.development ?? false,
    apiToken: TEST_TOKEN,
    checkReady: async () => ({ ready: true }),
  });

  /** Runs one operation through Apollo's whole request pipeline (parse, validate, execute, format). */
  async function execute(query: string, variables?: Record<string, unknown>, auth = false): Promise<GraphQLResponse> {
    const response = await server.apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(prisma, auth) },
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    // Through JSON, as a client would see it (dates as strings, no undefined fields).
    return JSON.parse(JSON.stringify(response.body.singleResult)) as GraphQLResponse;
  }

  return { server, execute, stop: () => server.stop() };
}
