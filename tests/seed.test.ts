import { readFileSync } from "node:fs";
import path from "node:path";
import { readTopicVocabulary, seedDatabase } from "../seed";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { createTestServer } from "./support/server";

const annotation = JSON.parse(readFileSync(path.join(__dirname, "..", "seed", "g20-annotation.json"), "utf8"));
const SLUG = "trump-putin-reach-syria-deal-as-russian-government-denies-interference-in-us-election";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma);
});

afterAll(async () => {
  await db?.close();
});

async function snapshot() {
  const p = db.prisma;
  return {
    articles: await p.article.findMany({ orderBy: { id: "asc" } }),
    people: await p.person.findMany({ orderBy: { id: "asc" } }),
    quotes: await p.quote.findMany({ orderBy: { id: "asc" } }),
    topics: await p.topic.findMany({ orderBy: { id: "asc" } }),
    articlePeople: await p.articlePerson.findMany({ orderBy: [{ articleId: "asc" }, { personId: "asc" }] }),
    articleTopics: await p.articleTopic.findMany({ orderBy: [{ articleId: "asc" }, { topicId: "asc" }] }),
    quoteTopics: await p.quoteTopic.findMany({ orderBy: [{ quoteId: "asc" }, { topicId: "asc" }] }),
  };
}

describe("the G-20 seed", () => {
  it("stores one article with the story's title and clean body", async () => {
    const articles = await db.prisma.article.findMany();
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article.title).toBe("Trump, Putin Reach Syria Deal As Russian Government Denies Interference In US Election");
    expect(article.slug).toBe(SLUG);
    for (const boilerplate of ["Connect with us", "Click to comment", "Leave a Reply", "Your email address", "Akismet", "bloggers like this"]) {
      expect(article.body).not.toContain(boilerplate);
    }
    expect(article.body).not.toContain(article.title);
    expect(article.body.startsWith("U.S. President Donald Trump and his Russian counterpart")).toBe(true);
    expect(article.body.endsWith("Putin is quoted as saying after the session was complete.")).toBe(true);
    expect(article.dateline).toBe("HAMBURG, Germany");
  });

  it("stores the three people with their roles", async () => {
    const people = await db.prisma.person.findMany({ orderBy: { name: "asc" } });
    expect(people.map((p) => [p.name, p.kind])).toEqual([
      ["Donald Trump", "PERSON"],
      ["Rex Tillerson", "PERSON"],
      ["Vladimir Putin", "PERSON"],
    ]);
    const byName = Object.fromEntries(people.map((p) => [p.name, p]));
    expect(byName["Rex Tillerson"].role).toBe("U.S. Secretary of State");
    expect(byName["Donald Trump"].role).toBe("U.S. President");
    expect(byName["Vladimir Putin"].aliases).toEqual(expect.arrayContaining(["Putin"]));
  });

  it("stores every quote of the hand-checked annotation, in reading order, with its speaker", async () => {
    const api = await createTestServer(db.prisma);
    const r = await api.execute(`{ article(slug: "${SLUG}") { body quotes { text isPartial paragraph startOffset endOffset speaker { name } } } }`);
    await api.stop();
    const { body, quotes } = r.data!.article;
    expect(quotes.map((q: any) => ({ text: q.text, speaker: q.speaker?.name ?? null, isPartial: q.isPartial }))).toEqual(
      annotation.quotes.map((q: any) => ({ text: q.text, speaker: q.speaker, isPartial: q.isPartial })),
    );
    expect(quotes).toHaveLength(12);
    const paragraphs = body.split("\n\n");
    for (const q of quotes) {
      expect(body.slice(q.startOffset, q.endOffset)).toBe(q.text);
      expect(paragraphs[q.paragraph]).toContain(q.text);
    }
  });

  it("tags the story with Syria, election interference and the other topics it covers", async () => {
    const topics = await db.prisma.topic.findMany({ where: { articles: { some: {} } }, orderBy: { slug: "asc" } });
    const slugs = topics.map((t) => t.slug);
    expect(slugs).toEqual(expect.arrayContaining(["syria", "election-interference", "ukraine", "cybersecurity", "terrorism"]));
    expect(await db.prisma.topic.count()).toBe(readTopicVocabulary().length);
  });

  it("changes nothing when seeded again", async () => {
    const before = await snapshot();
    const again = await seedDatabase(db.prisma);
    expect(again.story.created).toBe(false);
    expect(again.topicsAdded).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
