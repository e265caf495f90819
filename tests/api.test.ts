import { buildGraph } from "./support/graph";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { createTestServer } from "./support/server";
import { createPrismaClient } from "../src/db";
import { encodeCursor } from "../src/pagination";

let db: TestDatabase;
let api: Awaited<ReturnType<typeof createTestServer>>;
let graph: Awaited<ReturnType<typeof buildGraph>>;

beforeAll(async () => {
  db = await createTestDatabase();
  graph = await buildGraph(db.prisma, { articles: 5, people: 4, quotesPerArticle: 3, topics: 3 });
  api = await createTestServer(db.prisma);
});

afterAll(async () => {
  await api?.stop();
  await db?.close();
});

const codes = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.map((e) => e.extensions?.code);

describe("single lookups", () => {
  it("finds an article by slug with its quotes in reading order, people, speakers and topics", async () => {
    const r = await api.execute(`{ article(slug: "g-article-1") {
      id slug title body url source publishedAt dateline
      quotes { position text paragraph startOffset endOffset isPartial attribution speaker { slug } }
      people { slug } speakers { slug } topics { slug } } }`);
    expect(r.errors).toBeUndefined();
    const article = r.data!.article;
    expect(article).toMatchObject({ id: String(graph.articles[1].id), slug: "g-article-1", title: "Article g 1", url: null, source: null, publishedAt: null });
    // Quotes 3, 4, 5 of the round-robin over 4 people: persons 3, 0, 1.
    expect(article.quotes.map((q: any) => [q.position, q.text, q.speaker.slug])).toEqual([
      [0, "Quote 1.0,", "g-person-3"],
      [1, "Quote 1.1,", "g-person-0"],
      [2, "Quote 1.2,", "g-person-1"],
    ]);
    for (const q of article.quotes) expect(article.body.slice(q.startOffset, q.endOffset)).toBe(q.text);
    expect(article.speakers.map((p: any) => p.slug)).toEqual(["g-person-3", "g-person-0", "g-person-1"]);
    expect(article.people.map((p: any) => p.slug)).toEqual(["g-person-3", "g-person-0", "g-person-1"]);
    expect(article.topics).toEqual([{ slug: "g-topic-1" }]);
  });

  it("finds an article, a person, a topic and a quote by id", async () => {
    const quote = await db.prisma.quote.findFirstOrThrow({ where: { articleId: graph.articles[0].id, position: 0 } });
    const r = await api.execute(
      `query($a: ID, $p: ID, $t: ID, $q: ID!) { article(id: $a) { slug } person(id: $p) { slug } topic(id: $t) { slug }
        quote(id: $q) { text article { slug } speaker { slug } topics { slug } } }`,
      { a: String(graph.articles[0].id), p: String(graph.people[2].id), t: String(graph.topics[0].id), q: String(quote.id) },
    );
    expect(r).toEqual({
      data: {
        article: { slug: "g-article-0" },
        person: { slug: "g-person-2" },
        topic: { slug: "g-topic-0" },
        quote: { text: "Quote 0.0,", article: { slug: "g-article-0" }, speaker: { slug: "g-person-0" }, topics: [{ slug: "g-topic-0" }] },
      },
    });
  });

  it("returns null and no error for an unknown slug or id", async () => {
    const r = await api.execute(`{ article(slug: "nope") { id } person(slug: "nope") { id } topic(id: "999999") { id } quote(id: "999999") { id } }`);
    expect(r).toEqual({ data: { article: null, person: null, topic: null, quote: null } });
  });

  it("returns null for an id beyond any row's range", async () => {
    const r = await api.execute(`{ article(id: "3000000000") { id } quote(id: "99999999999999999999") { id } }`);
    expect(r).toEqual({ data: { article: null, quote: null } });
  });

  it("returns BAD_USER_INPUT for a malformed id or for both slug and id", async () => {
    const malformed = await api.execute(`{ quote(id: "abc") { id } }`);
    expect(codes(malformed)).toEqual(["BAD_USER_INPUT"]);
    expect(malformed.errors![0].message).toMatch(/"id" must be the id of an object/);
    const both = await api.execute(`{ article(slug: "g-article-0", id: "1") { id } }`);
    expect(codes(both)).toEqual(["BAD_USER_INPUT"]);
    expect(both.errors![0].message).toBe('Give "slug" or "id", not both');
    const neither = await api.execute(`{ person { id } }`);
    expect(neither.errors![0].message).toBe('Give "slug" or "id"');
  });

  it("gives a person their quotes across articles, the articles that mention them and their topics", async () => {
    const r = await api.execute(`{ person(slug: "g-person-0") { name aliases role kind
      quotes(first: 2) { totalCount nodes { text article { slug } } pageInfo { hasNextPage } }
      articles { totalCount nodes { slug } } topics { slug } } }`);
    expect(r.errors).toBeUndefined();
    // Person 0 speaks quotes 0, 4, 8, 12 of the 15 (round-robin over 4 people).
    expect(r.data!.person).toEqual({
      name: "Person g 0",
      aliases: ["P0"],
      role: null,
      kind: "PERSON",
      quotes: {
        totalCount: 4,
        nodes: [
          { text: "Quote 0.0,", article: { slug: "g-article-0" } },
          { text: "Quote 1.1,", article: { slug: "g-article-1" } },
        ],
        pageInfo: { hasNextPage: true },
      },
      articles: { totalCount: 4, nodes: ["g-article-0", "g-article-1", "g-article-2", "g-article-4"].map((slug) => ({ slug })) },
      topics: [{ slug: "g-topic-0" }, { slug: "g-topic-1" }, { slug: "g-topic-2" }],
    });
  });

  it("gives a topic its articles, quotes and the people quoted on it", async () => {
    const r = await api.execute(`{ topic(slug: "g-topic-2") { name keywords
      articles { totalCount nodes { slug } } quotes(first: 3) { totalCount nodes { text } } people { slug } } }`);
    expect(r.errors).toBeUndefined();
    // Quote i of article a carries topic (a + i) % 3; article a carries topic a % 3.
    expect(r.data!.topic).toEqual({
      name: "Topic g 2",
      keywords: ["kw2"],
      articles: { totalCount: 1, nodes: [{ slug: "g-article-2" }] },
      quotes: { totalCount: 5, nodes: [{ text: "Quote 0.2," }, { text: "Quote 1.1," }, { text: "Quote 2.0," }] },
      people: ["g-person-0", "g-person-1", "g-person-2", "g-person-3"].map((slug) => ({ slug })),
    });
  });
});

describe("connections", () => {
  const page = `query($first: Int, $after: String, $last: Int, $before: String) {
    articles(first: $first, after: $after, last: $last, before: $before) {
      totalCount edges { cursor node { slug } } nodes { slug }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

  it("walks forward page by page to the last page", async () => {
    const first = (await api.execute(page, { first: 2 })).data!.articles;
    expect(first.nodes.map((n: any) => n.slug)).toEqual(["g-article-0", "g-article-1"]);
    expect(first.edges.map((e: any) => e.node)).toEqual(first.nodes);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0].cursor, endCursor: first.edges[1].cursor });

    const second = (await api.execute(page, { first: 2, after: first.pageInfo.endCursor })).data!.articles;
    expect(second.nodes.map((n: any) => n.slug)).toEqual(["g-article-2", "g-article-3"]);
    const last = (await api.execute(page, { first: 2, after: second.pageInfo.endCursor })).data!.articles;
    expect(last.nodes.map((n: any) => n.slug)).toEqual(["g-article-4"]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.pageInfo.hasPreviousPage).toBe(true);
  });

  it("returns an empty page after the last item", async () => {
    const after = encodeCursor(graph.articles[4].id);
    const r = await api.execute(page, { first: 10, after });
    expect(r.data!.articles).toEqual({
      totalCount: 5,
      edges: [],
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });

  it("pages backwards with last and before", async () => {
    const tail = (await api.execute(page, { last: 2 })).data!.articles;
    expect(tail.nodes.map((n: any) => n.slug)).toEqual(["g-article-3", "g-article-4"]);
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = (await api.execute(page, { last: 2, before: tail.pageInfo.startCursor })).data!.articles;
    expect(before.nodes.map((n: any) => n.slug)).toEqual(["g-article-1", "g-article-2"]);
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it("pages every root connection and nested connection the same way", async () => {
    const r = await api.execute(`{ people(first: 3) { totalCount nodes { slug } }
      topics(last: 1) { totalCount nodes { slug } } quotes(first: 1) { totalCount nodes { text } } }`);
    expect(r).toEqual({
      data: {
        people: { totalCount: 4, nodes: ["g-person-0", "g-person-1", "g-person-2"].map((slug) => ({ slug })) },
        topics: { totalCount: 3, nodes: [{ slug: "g-topic-2" }] },
        quotes: { totalCount: 15, nodes: [{ text: "Quote 0.0," }] },
      },
    });
  });

  it("pages a person's quotes with a cursor inside the nested connection", async () => {
    const q = `query($after: String) { person(slug: "g-person-0") { quotes(first: 3, after: $after) { nodes { text } pageInfo { endCursor hasNextPage } } } }`;
    const one = (await api.execute(q)).data!.person.quotes;
    const two = (await api.execute(q, { after: one.pageInfo.endCursor })).data!.person.quotes;
    expect([...one.nodes, ...two.nodes].map((n: any) => n.text)).toEqual(["Quote 0.0,", "Quote 1.1,", "Quote 2.2,", "Quote 4.0,"]);
    expect(two.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    [{ first: 101 }, '"first" must be at most 100 (the page size cap), got 101'],
    [{ first: -1 }, '"first" must be a whole number from 0 to 100, got -1'],
    [{ last: 500 }, '"last" must be at most 100 (the page size cap), got 500'],
    [{ first: 1, after: "not-a-cursor" }, '"after" is not a valid cursor: pass a cursor this API returned'],
    [{ first: 1, last: 1 }, 'Give "first" or "last", not both'],
    [{ after: encodeCursor(1), before: encodeCursor(3) }, 'Give "after" (with "first") or "before" (with "last"), not both'],
    [{ first: 1, after: encodeCursor(99_999_999_999) }, '"after" is not a valid cursor: pass a cursor this API returned'],
  ])("rejects %j with BAD_USER_INPUT", async (variables, message) => {
    const r = await api.execute(page, variables);
    expect(r.data).toBeNull();
    expect(r.errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) })]);
  });

  it("rejects a bad cursor in a nested connection with BAD_USER_INPUT", async () => {
    const r = await api.execute(`{ person(slug: "g-person-0") { quotes(after: "bad") { totalCount } } }`);
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors![0].path).toEqual(["person", "quotes"]);
  });
});

describe("database sessions", () => {
  it("run with JIT off, as the nested JSON queries want", async () => {
    const [row] = await db.prisma.$queryRaw<{ jit: string }[]>`SELECT current_setting('jit') AS jit`;
    expect(row.jit).toBe("off");
  });
});

describe("errors", () => {
  it("masks unexpected failures: no stack, SQL or connection details reach the client", async () => {
    const broken = createPrismaClient("postgresql://postgres@127.0.0.1:1/none");
    const failing = await createTestServer(broken);
    try {
      const r = await failing.execute(`{ articles { totalCount } }`);
      expect(r.errors).toEqual([{ message: "Internal server error", locations: [{ line: 1, column: 3 }], path: ["articles"], extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
    } finally {
      await failing.stop();
      await broken.$disconnect();
    }
  });

  it("refuses an operation nested deeper than the limit before running it", async () => {
    const nest = (depth: number): string => (depth === 0 ? "name" : `quotes { nodes { speaker { ${nest(depth - 1)} } } }`);
    const deep = await api.execute(`query Deep { people { nodes { ${nest(4)} } } }`);
    expect(deep).toEqual({
      errors: [
        { message: "The operation nests fields 15 deep; the limit is 12", locations: [{ line: 1, column: 1 }], extensions: { code: "GRAPHQL_VALIDATION_FAILED" } },
      ],
    });
    const viaFragment = await api.execute(`query { people { nodes { ...P } } } fragment P on Person { ${nest(4)} }`);
    expect(viaFragment.errors?.[0].message).toBe("The operation nests fields 15 deep; the limit is 12");
    const allowed = await api.execute(`query { people(first: 1) { nodes { ${nest(3)} } } }`);
    expect(allowed.errors).toBeUndefined();
  });

  it("checks the depth of a long chain of fragments spread twice each in linear time", async () => {
    // F0 spreads F1 twice, F1 spreads F2 twice ...: 2^40 paths if each spread were walked again.
    const links = 40;
    const fragments = Array.from({ length: links }, (_, i) =>
      i === links - 1 ? `fragment F${i} on Person { name }` : `fragment F${i} on Person { ...F${i + 1} ... on Person { ...F${i + 1} } }`,
    );
    const r = await api.execute(`query { people(first: 1) { nodes { ...F0 } } } ${fragments.join(" ")}`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.people.nodes).toEqual([{ name: "Person g 0" }]);
  });

  it("keeps validation errors' messages and codes", async () => {
    const r = await api.execute(`{ article(slug: "x") { nope } }`);
    expect(codes(r)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(r.errors![0].message).toMatch(/Cannot query field "nope" on type "Article"/);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace/);
  });
});
