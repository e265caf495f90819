/**
 * Tagging text with topics from a keyword vocabulary.
 */

import { escapeRegExp } from "./text";
import type { TopicVocabularyEntry } from "./types";

/** Lower-cases, makes apostrophes straight and turns every run of non-letters into one space. */
function normalizeForMatching(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

/** Word forms a keyword also matches: plurals and the like ("election" → "elections"). */
function keywordPatterns(keyword: string): RegExp | null {
  const words = normalizeForMatching(keyword).trim().split(" ").filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map(escapeRegExp);
  // The last word may take a plural ending; a "y" may become "ies".
  const last = escaped[escaped.length - 1];
  const lastForms = /y$/.test(last) && last.length > 3 ? `(?:${last}|${last.slice(0, -1)}ies)` : `${last}(?:s|es)?`;
  const body = [...escaped.slice(0, -1), lastForms].join(" ");
  return new RegExp(` ${body} `);
}

/**
 * The slugs of the topics the text is about, in vocabulary order, each at most once. A topic
 * matches when any of its keywords or phrases occurs as whole words, case-insensitively;
 * possessives ("Russia's") and plain plurals ("elections") match their base keyword. Keywords are
 * matched as written otherwise (no stemming beyond plurals), so keep them specific.
 */
export function matchTopics(text: string, vocabulary: TopicVocabularyEntry[]): string[] {
  const haystack = normalizeForMatching(typeof text === "string" ? text : "");
  const slugs: string[] = [];
  for (const entry of vocabulary) {
    if (slugs.includes(entry.slug)) continue;
    const hit = entry.keywords.some((keyword) => {
      const pattern = keywordPatterns(keyword);
      return pattern !== null && pattern.test(haystack);
    });
    if (hit) slugs.push(entry.slug);
  }
  return slugs;
}
