/**
 * Pure scoring functions for the quote-extraction evaluation (scripts/eval-quotes.ts).
 * No I/O here: the unit tests in tests/eval-score.test.ts exercise these directly.
 *
 * Matching rule (also stated in tests/eval/README.md):
 *  - Both texts are normalised: typographic quotes/apostrophes folded to ASCII, quote marks
 *    at either end removed, dashes and ellipses folded, whitespace collapsed, trailing
 *    punctuation dropped, lower-cased.
 *  - A predicted quote matches a gold quote when the normalised texts are equal, or when
 *    their word tokens overlap (multiset intersection) by at least 80% of the token count
 *    of the LONGER of the two.
 *  - Matching is one-to-one: candidate pairs are taken best first (exact before overlap,
 *    higher overlap first, then equal texts paired in reading order, then nearer in reading
 *    order), each gold and each prediction used at most once.
 *  - Speaker agreement, for matched pairs only: both null; or the gold name equals the
 *    predicted person's name or one of its aliases (case/punctuation-insensitive); or the
 *    last word of the gold name equals the last word of the predicted name or of an alias.
 */

export const OVERLAP_THRESHOLD = 0.8;

export interface GoldQuote {
  text: string;
  speaker: string | null;
}

export interface PredictedPerson {
  key: string;
  name: string;
  aliases: string[];
}

/** A predicted quote with its speaker resolved to a person (or null). */
export interface PredictedQuote {
  text: string;
  speaker: PredictedPerson | null;
}

export interface QuotePair {
  gold: number;
  pred: number;
  exact: boolean;
  overlap: number;
  speakerAgrees: boolean;
}

export interface ArticleScore {
  gold: number;
  predicted: number;
  matched: number;
  speakerCorrect: number;
  pairs: QuotePair[];
  /** Indices of gold quotes with no match. */
  missed: number[];
  /** Indices of predicted quotes with no match. */
  spurious: number[];
}

export interface Counts {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  speakerCorrect: number;
}

export interface Metrics extends Counts {
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched quotes whose speaker agrees; NaN when nothing matched. */
  speakerAccuracy: number;
}

const QUOTE_CHARS = /["\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032`]/g;
const DASHES = /[\u2012\u2013\u2014\u2015\u2212]/g;
const TRAILING_PUNCT = /[\s.,;:!?'"\-\u2026]+$/;
const LEADING_PUNCT = /^[\s'"\-]+/;

/** Normalise a quote text for comparison (see the rule at the top of this file). */
export function normaliseQuote(text: string): string {
  let t = text.normalize("NFC");
  t = t.replace(APOSTROPHES, "'").replace(QUOTE_CHARS, '"').replace(DASHES, "-");
  t = t.replace(/\u2026/g, "...");
  t = t.replace(/\s+/g, " ").trim();
  // Quote marks are not part of the quoted words: drop them wherever they stand.
  t = t.replace(/"/g, "");
  // Apostrophes at either end act as single quote marks.
  t = t.replace(LEADING_PUNCT, "").replace(TRAILING_PUNCT, "");
  return t.replace(/\s+/g, " ").trim().toLowerCase();
}

/** Word tokens of a normalised text. */
export function tokens(text: string): string[] {
  return normaliseQuote(text).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

/** Multiset token overlap divided by the token count of the longer text (0..1). */
export function overlapRatio(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  const longer = Math.max(ta.length, tb.length);
  if (longer === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  return common / longer;
}

/** Whether two quote texts match under the rule above. */
export function quotesMatch(gold: string, pred: string): { match: boolean; exact: boolean; overlap: number } {
  const g = normaliseQuote(gold);
  const p = normaliseQuote(pred);
  if (g.length > 0 && g === p) return { match: true, exact: true, overlap: 1 };
  const overlap = overlapRatio(gold, pred);
  return { match: overlap >= OVERLAP_THRESHOLD, exact: false, overlap };
}

/** Lower-case, fold apostrophes, drop dots/commas, collapse spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFC")
    .replace(APOSTROPHES, "'")
    .replace(/[.,]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function lastWord(name: string): string {
  const parts = normaliseName(name).split(" ").filter(Boolean);
  return parts.length ? parts[parts.length - 1] : "";
}

/** Speaker agreement for a matched pair (see the rule at the top of this file). */
export function speakersAgree(gold: string | null, pred: PredictedPerson | null): boolean {
  if (gold === null || gold.trim() === "") return pred === null;
  if (pred === null) return false;
  const names = [pred.name, ...pred.aliases].filter((n) => n && n.trim() !== "");
  const g = normaliseName(gold);
  if (names.some((n) => normaliseName(n) === g)) return true;
  const gl = lastWord(gold);
  return gl !== "" && names.some((n) => lastWord(n) === gl);
}

/** One-to-one matching of predicted quotes to gold quotes within one article. */
export function scoreArticle(gold: GoldQuote[], predicted: PredictedQuote[]): ArticleScore {
  // Equal texts said more than once ("Done?" … "Done,") pair in reading order: the k-th gold of a
  // text with the k-th prediction of it, whatever was missed or added before them.
  const rankOf = (texts: string[]): number[] => {
    const seen = new Map<string, number>();
    return texts.map((t) => {
      const n = normaliseQuote(t);
      const rank = seen.get(n) ?? 0;
      seen.set(n, rank + 1);
      return rank;
    });
  };
  const goldRank = rankOf(gold.map((g) => g.text));
  const predRank = rankOf(predicted.map((p) => p.text));
  const candidates: { gi: number; pi: number; exact: boolean; overlap: number; inOrder: boolean }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const m = quotesMatch(g.text, p.text);
      if (m.match) candidates.push({ gi, pi, exact: m.exact, overlap: m.overlap, inOrder: !m.exact || goldRank[gi] === predRank[pi] });
    });
  });
  candidates.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      b.overlap - a.overlap ||
      Number(b.inOrder) - Number(a.inOrder) ||
      Math.abs(a.gi - a.pi) - Math.abs(b.gi - b.pi) ||
      a.gi - b.gi ||
      a.pi - b.pi,
  );
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: QuotePair[] = [];
  for (const c of candidates) {
    if (usedG.has(c.gi) || usedP.has(c.pi)) continue;
    usedG.add(c.gi);
    usedP.add(c.pi);
    pairs.push({
      gold: c.gi,
      pred: c.pi,
      exact: c.exact,
      overlap: c.overlap,
      speakerAgrees: speakersAgree(gold[c.gi].speaker, predicted[c.pi].speaker),
    });
  }
  pairs.sort((a, b) => a.gold - b.gold);
  return {
    gold: gold.length,
    predicted: predicted.length,
    matched: pairs.length,
    speakerCorrect: pairs.filter((p) => p.speakerAgrees).length,
    pairs,
    missed: gold.map((_, i) => i).filter((i) => !usedG.has(i)),
    spurious: predicted.map((_, i) => i).filter((i) => !usedP.has(i)),
  };
}

export function emptyCounts(): Counts {
  return { articles: 0, gold: 0, predicted: 0, matched: 0, speakerCorrect: 0 };
}

export function addCounts(total: Counts, s: ArticleScore | Counts): Counts {
  return {
    articles: total.articles + ("articles" in s ? s.articles : 1),
    gold: total.gold + s.gold,
    predicted: total.predicted + s.predicted,
    matched: total.matched + s.matched,
    speakerCorrect: total.speakerCorrect + s.speakerCorrect,
  };
}

/** Span precision/recall/F1 over all quotes, and speaker accuracy over matched quotes. */
export function metrics(c: Counts): Metrics {
  const precision = c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.matched / c.predicted;
  const recall = c.gold === 0 ? 1 : c.matched / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const speakerAccuracy = c.matched === 0 ? NaN : c.speakerCorrect / c.matched;
  return { ...c, precision, recall, f1, speakerAccuracy };
}

/** Resolve predicted quotes' speaker keys against the analysed people list. */
export function resolvePredictions(
  quotes: { text: string; speakerKey: string | null }[],
  people: PredictedPerson[],
): PredictedQuote[] {
  const byKey = new Map(people.map((p) => [p.key, p]));
  return quotes.map((q) => ({
    text: q.text,
    speaker:
      q.speakerKey === null
        ? null
        : (byKey.get(q.speakerKey) ?? { key: q.speakerKey, name: q.speakerKey, aliases: [] }),
  }));
}
