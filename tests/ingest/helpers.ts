import { analyzeArticle } from "../../src/ingest/analyze";
import type { AnalyzedArticle } from "../../src/ingest/types";

/** A quote as a reader states it: words, speaker's name (or null), partial or not. */
export interface ReadQuote {
  text: string;
  speaker: string | null;
  isPartial: boolean;
}

/**
 * The quotes of an analysis with speaker keys turned into names. Also checks the offset contract
 * for every quote: body.slice(start, end) === text, and the span lies inside its paragraph.
 */
export function readQuotes(article: AnalyzedArticle): ReadQuote[] {
  const names = new Map(article.people.map((p) => [p.key, p.name]));
  let paragraphStart = 0;
  const paragraphStarts = article.paragraphs.map((p) => {
    const start = paragraphStart;
    paragraphStart += p.length + 2;
    return start;
  });
  return article.quotes.map((q) => {
    expect(article.body.slice(q.startOffset, q.endOffset)).toBe(q.text);
    const start = paragraphStarts[q.paragraph];
    expect(q.startOffset).toBeGreaterThanOrEqual(start);
    expect(q.endOffset).toBeLessThanOrEqual(start + article.paragraphs[q.paragraph].length);
    if (q.speakerKey !== null) expect(names.has(q.speakerKey)).toBe(true);
    return { text: q.text, speaker: q.speakerKey === null ? null : (names.get(q.speakerKey) as string), isPartial: q.isPartial };
  });
}

/** The person or organisation of the article with this name (fails the test when absent). */
export function personNamed(article: AnalyzedArticle, name: string) {
  const person = article.people.find((p) => p.name === name);
  if (!person) throw new Error(`no person named ${name}; people: ${article.people.map((p) => p.name).join(", ")}`);
  return person;
}

/** Analyses a test text under a fixed title, so the text is all body. */
export function analyzeStory(body: string): AnalyzedArticle {
  return analyzeArticle(body, { title: "Test story" });
}

/** [quote text, speaker name or null] of a test text, in reading order (offsets checked). */
export function speakersOf(body: string): [string, string | null][] {
  return readQuotes(analyzeStory(body)).map((q) => [q.text, q.speaker]);
}
