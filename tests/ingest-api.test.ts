import { seedDatabase } from "../seed";
import { MAX_TEXT_LENGTH } from "../src/ingest";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { createTestServer } from "./support/server";

let db: TestDatabase;
let api: Awaited<ReturnType<typeof createTestServer>>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma);
  api = await createTestServer(db.prisma);
});

afterAll(async () => {
  await api?.stop();
  await db?.close();
});

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { slug title url source publishedAt
    quotes { text speaker { slug name aliases } } people { name } topics { slug } } } }`;

const STORY = [
  "Kremlin rejects new sanctions",
  "MOSCOW — Russian President Vladimir Putin on Monday dismissed the new sanctions as pointless.",
  "“Sanctions have never worked and they will not work now,” Putin told reporters in Moscow.",
  "Kremlin spokesman Dmitry Peskov said the measures would hurt trade between Russia and Europe.",
].join("\n\n");

async function counts() {
  const p = db.prisma;
  return { articles: await p.article.count(), people: await p.person.count(), quotes: await p.quote.count(), links: await p.articlePerson.count() };
}

describe("ingestArticle", () => {
  it("refuses a request without the API token with UNAUTHENTICATED and writes nothing", async () => {
    const before = await counts();
    const r = await api.execute(INGEST, { input: { text: STORY } }, false);
    expect(r.data).toBeNull();
    expect(r.errors).toEqual([expect.objectContaining({ extensions: { code: "UNAUTHENTICATED" } })]);
    expect(await counts()).toEqual(before);
  });

  it("stores a new article with its quotes, linking a known person to the same Person", async () => {
    const putinBefore = await db.prisma.person.findUniqueOrThrow({ where: { slug: "vladimir-putin" } });
    const r = await api.execute(
      INGEST,
      { input: { text: STORY, url: "https://example.com/kremlin-sanctions", source: "Example Wire", publishedAt: "2024-03-04T10:00:00.000Z" } },
      true,
    );
    expect(r.errors).toBeUndefined();
    const { created, article } = r.data!.ingestArticle;
    expect(created).toBe(true);
    expect(article).toMatchObject({
      slug: "kremlin-rejects-new-sanctions",
      title: "Kremlin rejects new sanctions",
      url: "https://example.com/kremlin-sanctions",
      source: "Example Wire",
      publishedAt: "2024-03-04T10:00:00.000Z",
    });
    expect(article.quotes).toEqual([
      expect.objectContaining({ text: "Sanctions have never worked and they will not work now,", speaker: expect.objectContaining({ slug: "vladimir-putin" }) }),
    ]);
    expect(article.people.map((p: any) => p.name)).toEqual(expect.arrayContaining(["Vladimir Putin", "Dmitry Peskov"]));
    expect(article.topics.map((t: any) => t.slug)).toContain("sanctions");
    const putin = await db.prisma.person.findUniqueOrThrow({ where: { slug: "vladimir-putin" } });
    expect(putin.id).toBe(putinBefore.id);
    expect(await db.prisma.person.count({ where: { name: { contains: "Putin" } } })).toBe(1);
  });

  it("returns created: false and writes nothing when the same article comes again", async () => {
    const before = await counts();
    const sameText = await api.execute(INGEST, { input: { text: `  ${STORY.replace(/\n\n/g, "\n\n\n")}  ` } }, true);
    expect(sameText.data!.ingestArticle).toMatchObject({ created: false, article: { slug: "kremlin-rejects-new-sanctions" } });
    const sameUrl = await api.execute(INGEST, { input: { text: "Other words entirely.\n\nAnd more of them.", url: "https://example.com/kremlin-sanctions" } }, true);
    expect(sameUrl.data!.ingestArticle).toMatchObject({ created: false, article: { slug: "kremlin-rejects-new-sanctions" } });
    expect(await counts()).toEqual(before);
  });

  it.each([
    [{ text: "   " }, "text is empty"],
    [{ text: "Click to comment\n\nLeave a Reply" }, "text has no paragraphs of article text once page boilerplate is removed"],
    [{ text: "x".repeat(MAX_TEXT_LENGTH + 1) }, `text is ${MAX_TEXT_LENGTH + 1} characters long; the limit is ${MAX_TEXT_LENGTH}`],
    [{ text: STORY, url: "not a url" }, 'url is not an http(s) URL: "not a url"'],
    [{ text: STORY, url: "ftp://example.com/x" }, 'url is not an http(s) URL: "ftp://example.com/x"'],
  ])("rejects bad input %# with BAD_USER_INPUT naming the problem", async (input, message) => {
    const before = await counts();
    const r = await api.execute(INGEST, { input }, true);
    expect(r.errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) })]);
    expect(await counts()).toEqual(before);
  });

  it("rejects an invalid date with BAD_USER_INPUT", async () => {
    const r = await api.execute(INGEST, { input: { text: STORY, publishedAt: "yesterday" } }, true);
    expect(r.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("leaves nothing half-written when storing fails part-way", async () => {
    await db.prisma.$executeRawUnsafe(`
      CREATE FUNCTION qg_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'quote insert refused by test'; END $$`);
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER qg_test_fail BEFORE INSERT ON "Quote" FOR EACH ROW EXECUTE FUNCTION qg_test_fail()`);
    try {
      const before = await counts();
      const text = STORY.replace("Kremlin rejects new sanctions", "A different headline").replace("Monday", "Tuesday");
      const r = await api.execute(INGEST, { input: { text } }, true);
      expect(r.errors).toEqual([expect.objectContaining({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } })]);
      expect(await counts()).toEqual(before);
      expect(await db.prisma.article.count({ where: { title: "A different headline" } })).toBe(0);
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER qg_test_fail ON "Quote"`);
      await db.prisma.$executeRawUnsafe(`DROP FUNCTION qg_test_fail()`);
    }
  });
});

describe("concurrent ingests", () => {
  it("store each article once and each new person once, whatever runs at the same time", async () => {
    const text = (n: number) => `Lighthouse keeper retires\n\n“I have kept this light for forty years,” said keeper Marta Lindqvist, part ${n}.`;
    const sameText = [1, 1, 1].map(() => api.execute(INGEST, { input: { text: text(1) } }, true));
    // Same headline and the same new person, different text: two articles, one person.
    const others = [2, 3].map((n) => api.execute(INGEST, { input: { text: text(n) } }, true));
    const results = await Promise.all([...sameText, ...others]);
    for (const r of results) expect(r.errors).toBeUndefined();
    const created = results.map((r) => r.data!.ingestArticle.created);
    expect(created.slice(0, 3).filter(Boolean)).toHaveLength(1);
    expect(created.slice(3)).toEqual([true, true]);
    const slugs = await db.prisma.article.findMany({ where: { title: "Lighthouse keeper retires" }, select: { slug: true }, orderBy: { slug: "asc" } });
    expect(slugs.map((a) => a.slug)).toEqual(["lighthouse-keeper-retires", "lighthouse-keeper-retires-2", "lighthouse-keeper-retires-3"]);
    expect(await db.prisma.person.count({ where: { name: "Marta Lindqvist" } })).toBe(1);
  });
});

describe("people across articles", () => {
  const person = (slug: string) => db.prisma.person.findUnique({ where: { slug }, select: { id: true, name: true, aliases: true } });

  it("links a surname met in a later article to the person named in full before", async () => {
    const r = await api.execute(
      INGEST,
      { input: { text: "Kremlin comments on talks\n\n“There is no deadline for these talks,” Peskov said on Wednesday." } },
      true,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingestArticle.article.quotes).toEqual([
      expect.objectContaining({ speaker: expect.objectContaining({ slug: "dmitry-peskov", name: "Dmitry Peskov" }) }),
    ]);
    expect(await db.prisma.person.count({ where: { name: { contains: "Peskov" } } })).toBe(1);
  });

  it("gives a person first known by surname alone their full name when an article names them in full", async () => {
    await api.execute(INGEST, { input: { text: "Harbour plan approved\n\n“The harbour will reopen in May,” Okonkwo said." } }, true);
    const before = await person("okonkwo");
    expect(before).toMatchObject({ name: "Okonkwo" });
    const r = await api.execute(
      INGEST,
      { input: { text: "Harbour reopens\n\nHarbour master Grace Okonkwo said the first ships had arrived. “It went smoothly,” Okonkwo said." } },
      true,
    );
    expect(r.errors).toBeUndefined();
    expect(await person("okonkwo")).toEqual({ id: before!.id, name: "Grace Okonkwo", aliases: ["Okonkwo"] });
    expect(r.data!.ingestArticle.article.quotes[0].speaker).toMatchObject({ slug: "okonkwo", name: "Grace Okonkwo" });
  });
});

describe("upsertTopic", () => {
  const UPSERT = `mutation($input: UpsertTopicInput!) { upsertTopic(input: $input) { slug name keywords articles { nodes { slug } } quotes { nodes { text } } } }`;

  it("adds a topic and tags the stored articles and quotes that mention its keywords", async () => {
    const r = await api.execute(UPSERT, { input: { slug: "hindrance", name: "Hindrance", keywords: ["hindrance"] } }, true);
    expect(r.errors).toBeUndefined();
    expect(r.data!.upsertTopic).toEqual({
      slug: "hindrance",
      name: "Hindrance",
      keywords: ["hindrance"],
      articles: { nodes: [{ slug: "trump-putin-reach-syria-deal-as-russian-government-denies-interference-in-us-election" }] },
      quotes: { nodes: [{ text: expect.stringContaining("substantial hindrance") }] },
    });
  });

  it("shows the second of two mutations in one request the first one's writes", async () => {
    const r = await api.execute(
      `mutation { a: upsertTopic(input: { slug: "keepers", name: "Keepers", keywords: ["keeper"] }) { articles { totalCount } }
        b: upsertTopic(input: { slug: "keepers", name: "Keepers", keywords: ["no such phrase anywhere"] }) { articles { totalCount nodes { slug } } } }`,
      undefined,
      true,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.a.articles.totalCount).toBeGreaterThan(0);
    expect(r.data!.b.articles).toEqual({ totalCount: 0, nodes: [] });
  });

  it("re-tags when the keywords change", async () => {
    const r = await api.execute(UPSERT, { input: { slug: "hindrance", name: "Hindrance", keywords: ["no such phrase anywhere"] } }, true);
    expect(r.data!.upsertTopic).toMatchObject({ articles: { nodes: [] }, quotes: { nodes: [] } });
  });

  it("rejects a malformed slug and an empty keyword list with BAD_USER_INPUT", async () => {
    const slug = await api.execute(UPSERT, { input: { slug: "Bad Slug", name: "x", keywords: ["x"] } }, true);
    expect(slug.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argumentName: "slug" } });
    const none = await api.execute(UPSERT, { input: { slug: "x", name: "x", keywords: [" "] } }, true);
    expect(none.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argumentName: "keywords" } });
  });

  it("requires the API token", async () => {
    const r = await api.execute(UPSERT, { input: { slug: "x", name: "x", keywords: ["x"] } }, false);
    expect(r.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
