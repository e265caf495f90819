import { buildSchema, Kind, parse, type OperationDefinitionNode } from "graphql";
import { MAX_OPERATION_COST, operationCost } from "../src/http/cost-limit";
import { fragmentsOf } from "../src/http/fragments";
import { loadTypeDefs } from "../src/schema";
import { createServer, type Server } from "../src/http/server";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { buildGraph } from "./support/graph";

const schema = buildSchema(loadTypeDefs());

function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const fragments = fragmentsOf(document);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error("no operation");
  const root = schema.getQueryType();
  if (!root) throw new Error("no query type");
  return operationCost(schema, operation.selectionSet, root, fragments, variables);
}

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: articles(first: 100) { nodes { quotes { speaker { quotes(first: 100) { nodes { text } } } } } }`).join(" ")} }`;

describe("operation cost", () => {
  test("counts each field once per parent object, and a page's nodes once per item of the page", () => {
    expect(costOf("{ articles(first: 10) { totalCount nodes { title slug } } }")).toBe(1 + 1 + 10 + 10 * 2);
    // The default page size when `first`/`last` is left out; a variable's value when given by one.
    expect(costOf("{ articles { nodes { title } } }")).toBe(1 + 20 + 20);
    expect(costOf("query($n: Int) { articles(first: $n) { nodes { title } } }", { n: 5 })).toBe(1 + 5 + 5);
  });

  test("fragments and aliases count like the fields they stand for", () => {
    const spread = costOf("{ articles(first: 10) { nodes { ...A } } } fragment A on Article { title slug }");
    expect(spread).toBe(costOf("{ articles(first: 10) { nodes { title slug } } }"));
    expect(costOf(aliases(2))).toBe(2 * costOf(aliases(1)));
  });

  test("a field selected twice is one value, as GraphQL merges it; a chain of fragments each spread twice is counted once per link", () => {
    expect(costOf("{ articles(first: 10) { nodes { title title t: title } } }")).toBe(1 + 10 + 10 * 2);
    const links = 40;
    const chain = Array.from({ length: links }, (_, i) => (i === links - 1 ? `fragment F${i} on Person { name }` : `fragment F${i} on Person { ...F${i + 1} ... on Person { ...F${i + 1} } }`)).join(" ");
    expect(costOf(`{ person(slug: "x") { ...F0 } } ${chain}`)).toBe(1 + 1);
  });
});

describe("the cost limit over HTTP", () => {
  let db: TestDatabase;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    await buildGraph(db.prisma, { articles: 2, people: 2, quotesPerArticle: 2, topics: 1 });
    server = await createServer({ prisma: db.prisma, development: false, apiToken: "t", checkReady: async () => ({ ready: true }) });
    base = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });
  const post = async (query: string) => {
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    return { status: res.status, body: (await res.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
  };

  test("an operation over the limit is refused before it runs, with code OPERATION_TOO_COSTLY and HTTP 400", async () => {
    expect(costOf(aliases(20))).toBeGreaterThan(MAX_OPERATION_COST);
    const { status, body } = await post(aliases(20));
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe("OPERATION_TOO_COSTLY");
    expect(body.errors?.[0].message).toMatch(/the limit is 100000/);
    expect(body.data).toBeUndefined();
  });

  test("an operation under the limit runs", async () => {
    expect(costOf(aliases(1))).toBeLessThanOrEqual(MAX_OPERATION_COST);
    const { status, body } = await post(aliases(1));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.a0.nodes).toHaveLength(2);
  });
});
