import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export type { PrismaClient };

export interface PrismaClientOptions {
  /** Called with every SQL statement the client sends (tests count them; `DEBUG_SQL` prints them). */
  onQuery?: (sql: string) => void;
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

/**
 * A Prisma client on the pg driver adapter. Sessions run with JIT off: the nested JSON queries that
 * relation joins produce are planned as "expensive" and JIT compilation would cost more than it saves.
 */
export function createPrismaClient(connectionString: string, options: PrismaClientOptions = {}): PrismaClient {
  // `?schema=name` (Prisma's convention, honoured by the migrations too): the client's models and
  // the raw SQL of the loaders both go to that schema.
  const schema = new URL(connectionString).searchParams.get("schema") || undefined;
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) {
    throw new Error(`DATABASE_URL: schema must be a plain identifier (letters, digits, _), got "${schema}"`);
  }
  const sessionOptions = ["-c jit=off", ...(schema ? [`-c search_path=${schema}`] : [])];
  const adapter = new PrismaPg(
    { connectionString, max: options.poolSize ?? 10, options: sessionOptions.join(" ") },
    schema ? { schema } : undefined,
  );
  if (!options.onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const onQuery = options.onQuery;
  prisma.$on("query", (event) => onQuery(event.query));
  return prisma;
}
