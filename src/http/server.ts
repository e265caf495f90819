import { timingSafeEqual } from "node:crypto";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { createContext, type Context } from "../context";
import type { PrismaClient } from "../db/client";
import { createFormatError, ErrorCode } from "../errors";
import { resolvers } from "../resolvers";
import { loadTypeDefs } from "../schema";
import { costLimitPlugin } from "./cost-limit";
import { depthLimit } from "./depth-limit";
import { healthRouter, type Readiness } from "./health";
import { playgroundPageHandler, playgroundRouter, wantsPlayground } from "./playground";

export interface ServerOptions {
  prisma: PrismaClient;
  /** Development mode: stack traces in errors, introspection and playground as always. */
  development: boolean;
  /** Mutations require `Authorization: Bearer <apiToken>`. */
  apiToken?: string;
  checkReady: () => Promise<Readiness>;
  log?: (line: string) => void;
}

/** The query the playground opens with: an article with its quotes and their speakers. */
export const PLAYGROUND_QUERY = `# Welcome to quotegraph. Press the run button (or Ctrl-Enter).
query ArticleWithQuotes {
  article(slug: "trump-putin-reach-syria-deal-as-russian-government-denies-interference-in-us-election") {
    title
    topics { name }
    quotes {
      text
      isPartial
      speaker { name role }
    }
  }
}
`;

export interface Server {
  /** The Node HTTP server (not yet listening). */
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Starts listening; resolves with the bound port. */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting requests and lets in-flight ones finish (Apollo's drain plugin). */
  stop(): Promise<void>;
}

/** Builds the whole HTTP service around a Prisma client: GraphQL, playground, health. */
export async function createServer(options: ServerOptions): Promise<Server> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    validationRules: [depthLimit()],
    introspection: true,
    // main.ts owns signal handling (stop HTTP, then close the database, then exit).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: options.development,
    formatError: createFormatError({
      development: options.development,
      log: (error) => options.log?.(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    }),
    plugins: [
      // In-flight requests get 5 s to finish on shutdown (main.ts forces an exit after 10 s).
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5_000 }),
      ApolloServerPluginLandingPageDisabled(),
      costLimitPlugin<Context>(),
    ],
  });
  await apollo.start();

  app.use(healthRouter(options.checkReady));
  const playground = { endpoint: "/graphql", defaultQuery: PLAYGROUND_QUERY };
  app.use(playgroundRouter(playground));
  const playgroundPage = playgroundPageHandler(playground);
  app.get("/", (_req, res) => res.redirect(302, "/playground"));
  // A browser opening /graphql gets the playground; GET queries and POSTs go on to Apollo.
  app.get("/graphql", (req, res, next) => (wantsPlayground(req) ? playgroundPage(req, res, next) : next()));
  app.use(
    "/graphql",
    express.json({ limit: "2mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(options.prisma, isAuthorized(req.headers.authorization, options.apiToken)),
    }),
  );

  app.use(jsonErrorHandler(options.log));

  return {
    httpServer,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      }),
    stop: () => apollo.stop(),
  };
}

/**
 * Errors raised before a request reaches Apollo (malformed JSON, a body over the limit) answered
 * as GraphQL-shaped JSON with a code, never Express's HTML page with a stack trace.
 */
function jsonErrorHandler(log?: (line: string) => void): express.ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const status: number = error?.status ?? error?.statusCode ?? 500;
    const expected = status >= 400 && status < 500;
    if (!expected) log?.(`unexpected HTTP error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const code = status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : expected ? "BAD_REQUEST" : ErrorCode.INTERNAL_SERVER_ERROR;
    const message = status === 413 ? "Request body is larger than 2 MB" : expected && error?.expose ? String(error.message) : expected ? "Bad request" : "Internal server error";
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

function isAuthorized(header: string | undefined, token: string | undefined): boolean {
  if (!token || !header) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
