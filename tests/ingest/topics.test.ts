import { readFileSync } from "node:fs";
import { join } from "node:path";
import { matchTopics } from "../../src/ingest/topics";
import type { TopicVocabularyEntry } from "../../src/ingest/types";

const vocabulary: TopicVocabularyEntry[] = [
  { slug: "russia", keywords: ["russia", "kremlin"] },
  { slug: "election", keywords: ["election", "ballot box"] },
  { slug: "war", keywords: ["war"] },
];

describe("matchTopics", () => {
  test("matches whole words case-insensitively and returns slugs in vocabulary order", () => {
    expect(matchTopics("An ELECTION was held. The Kremlin was pleased.", vocabulary)).toEqual(["russia", "election"]);
  });

  test("matches possessives and plurals of keywords", () => {
    expect(matchTopics("Russia’s role in two elections", vocabulary)).toEqual(["russia", "election"]);
  });

  test("does not match a keyword inside a longer word", () => {
    expect(matchTopics("Russian warships and software", vocabulary)).toEqual([]);
  });

  test("matches phrases across line breaks and punctuation spacing", () => {
    expect(matchTopics("voters queued at the ballot\nbox", vocabulary)).toEqual(["election"]);
  });

  test("the seed vocabulary tags the G-20 story with its topics and not with unrelated ones", () => {
    const root = join(__dirname, "..", "..");
    const seedVocabulary = JSON.parse(readFileSync(join(root, "seed", "topics.json"), "utf8")) as TopicVocabularyEntry[];
    const story = readFileSync(join(root, "seed", "g20-story.txt"), "utf8");
    expect(matchTopics(story, seedVocabulary)).toEqual([
      "syria",
      "election-interference",
      "cybersecurity",
      "ukraine",
      "terrorism",
      "us-russia-relations",
      "g20-summit",
      "ceasefire",
    ]);
  });
});
