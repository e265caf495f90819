import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeArticle } from "../../src/ingest/analyze";
import { analyzeText, OFF_THREAD_MIN_LENGTH, stopAnalysisWorker } from "../../src/ingest/off-thread";

const g20 = readFileSync(path.join(__dirname, "../../seed/g20-story.txt"), "utf8");
/** A long text (the G-20 story repeated under one title), over the worker threshold. */
const long = Array.from({ length: Math.ceil(OFF_THREAD_MIN_LENGTH / g20.length) + 1 }, () => g20).join("\n\n");

afterAll(() => stopAnalysisWorker());

describe("analysis off the request thread", () => {
  test("a long text is analysed on the worker thread: the event loop turns while it runs, and the result is the same", async () => {
    expect(long.length).toBeGreaterThanOrEqual(OFF_THREAD_MIN_LENGTH);
    let turned = false;
    setImmediate(() => {
      turned = true;
    });
    const result = await analyzeText(long, { title: "Repeated story" });
    expect(turned).toBe(true);
    expect(result).toEqual(analyzeArticle(long, { title: "Repeated story" }));
    expect(result.quotes.length).toBeGreaterThanOrEqual(12);
  });

  test("a short text is analysed in place (no thread hop for milliseconds of work), with the same result", async () => {
    let turned = false;
    setImmediate(() => {
      turned = true;
    });
    const result = await analyzeText(g20);
    expect(turned).toBe(false);
    expect(result).toEqual(analyzeArticle(g20));
  });

  test("several long texts at once each get their own analysis back", async () => {
    const texts = ["First", "Second", "Third"].map((title) => ({ title, text: `“We will meet again in ${title.toLowerCase()} place,” Tillerson said.\n\n${long}` }));
    const results = await Promise.all(texts.map(({ title, text }) => analyzeText(text, { title })));
    expect(results.map((r) => r.title)).toEqual(["First", "Second", "Third"]);
    results.forEach((r, i) => expect(r).toEqual(analyzeArticle(texts[i].text, { title: texts[i].title })));
    expect(results.map((r) => r.quotes[0].text)).toEqual(["We will meet again in first place,", "We will meet again in second place,", "We will meet again in third place,"]);
  });
});
