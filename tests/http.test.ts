import { createServer, type Server } from "../src/http/server";
import type { Readiness } from "../src/http/health";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { buildGraph } from "./support/graph";

let db: TestDatabase;
let server: Server;
let base: string;
let readiness: Readiness = { ready: true };

beforeAll(async () => {
  db = await createTestDatabase();
  await buildGraph(db.prisma, { articles: 1, people: 2, quotesPerArticle: 2, topics: 1 });
  server = await createServer({ prisma: db.prisma, development: false, apiToken: "t", checkReady: async () => readiness });
  const port = await server.listen(0, "127.0.0.1");
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

describe("HTTP", () => {
  it("answers GraphQL over POST /graphql", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ article(slug: "g-article-0") { title quotes { text speaker { name } } } }` }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: { article: { title: "Article g 0", quotes: [{ text: "Quote 0.0,", speaker: { name: "Person g 0" } }, { text: "Quote 0.1,", speaker: { name: "Person g 1" } }] } },
    });
  });

  it("answers GraphQL over GET /graphql with a query parameter", async () => {
    const query = encodeURIComponent(`{ articles { totalCount } }`);
    const res = await fetch(`${base}/graphql?query=${query}`, { headers: { "apollo-require-preflight": "1" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { articles: { totalCount: 1 } } });
  });

  it("shows the playground to a browser opening /graphql, with no external URL in the page", async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain("quotegraph");
    expect(html).toContain("ArticleWithQuotes");
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("reports liveness on /healthz and readiness on /readyz", async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });

    readiness = { ready: true };
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });

    readiness = { ready: false, reason: "pending migrations: 2099_next" };
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: "unavailable", reason: "pending migrations: 2099_next" });
    readiness = { ready: true };
  });

  it("refuses a body over the size limit with 413 and a JSON error", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ articles { totalCount } }", variables: { pad: "x".repeat(3 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ errors: [{ message: "Request body is larger than 2 MB", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("answers malformed JSON with 400 and a JSON error, no stack trace or path", async () => {
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{bad json" });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await res.json()) as { errors: { extensions: unknown }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: "BAD_REQUEST" });
    expect(JSON.stringify(body)).not.toMatch(/node_modules|\bat \w+ \(|\/work\//);
  });
});

describe("mutations over HTTP", () => {
  const mutation = JSON.stringify({ query: `mutation { upsertTopic(input: { slug: "bridges", name: "Bridges", keywords: ["bridge"] }) { slug } }` });
  const post = (headers: Record<string, string>) =>
    fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: mutation }).then(
      (r) => r.json() as Promise<{ data?: unknown; errors?: unknown[] }>,
    );

  it("refuses a missing or wrong bearer token with UNAUTHENTICATED and writes nothing", async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer wrong" }, { authorization: "Basic dDp0" }, { authorization: "Bearer " }];
    for (const headers of attempts) {
      const body = await post(headers);
      expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: "UNAUTHENTICATED" } })]);
    }
    expect(await db.prisma.topic.count({ where: { slug: "bridges" } })).toBe(0);
  });

  it("accepts the right bearer token", async () => {
    expect(await post({ authorization: "Bearer t" })).toEqual({ data: { upsertTopic: { slug: "bridges" } } });
    expect(await db.prisma.topic.count({ where: { slug: "bridges" } })).toBe(1);
  });
});
