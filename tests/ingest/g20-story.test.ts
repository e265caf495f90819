import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle } from "../../src/ingest/analyze";
import { readQuotes } from "./helpers";

interface G20Annotation {
  title: string;
  dateline: string | null;
  boilerplateAbsent: string[];
  firstParagraph: string;
  lastParagraph: string;
  paragraphCount: number;
  people: Array<{ name: string; role: string | null; kind: string; aliases: string[] }>;
  quotes: Array<{ text: string; speaker: string | null; isPartial: boolean }>;
}

const root = join(__dirname, "..", "..");
const raw = readFileSync(join(root, "seed", "g20-story.txt"), "utf8");
const annotation = JSON.parse(readFileSync(join(root, "seed", "g20-annotation.json"), "utf8")) as G20Annotation;

describe("the G-20 seed story analysed from the raw scraped page", () => {
  const article = analyzeArticle(raw);

  test("finds the headline as title and drops the repeated title lines", () => {
    expect(article.title).toBe(annotation.title);
    expect(article.body).not.toContain(annotation.title);
    expect(article.dateline).toBe(annotation.dateline);
  });

  test("removes the page boilerplate and keeps the standfirst as the first paragraph", () => {
    for (const line of annotation.boilerplateAbsent) expect(article.body).not.toContain(line);
    expect(article.paragraphs).toHaveLength(annotation.paragraphCount);
    expect(article.paragraphs[0]).toBe(annotation.firstParagraph);
    expect(article.paragraphs[article.paragraphs.length - 1]).toBe(annotation.lastParagraph);
    expect(article.body).toBe(article.paragraphs.join("\n\n"));
  });

  test("finds every one of the 12 quotes with its speaker, in reading order", () => {
    expect(readQuotes(article)).toEqual(annotation.quotes);
  });

  test("lists Trump, Putin and Tillerson once each with role and the other forms of their names", () => {
    expect(article.people.map(({ name, role, kind, aliases }) => ({ name, role, kind, aliases }))).toEqual(annotation.people);
  });

  test("is deterministic", () => {
    expect(analyzeArticle(raw)).toEqual(article);
  });
});
