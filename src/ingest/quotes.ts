/**
 * Finding quotation spans inside paragraphs and tokenising paragraphs around them.
 * Straight (") and curly (“ ”) double quotes are read; a quote left open at a paragraph's end runs
 * on into the next paragraph when that one opens with a quote mark.
 */

import { ABBREVIATIONS } from "./lexicon";

/** One run of quoted words inside one paragraph (offsets relative to the paragraph). */
export interface QuoteSpan {
  /** Offset of the opening quote mark. */
  open: number;
  /** Offset of the closing quote mark, or null when the quote runs on past the paragraph's end. */
  close: number | null;
  /** Offsets of the quoted words, quote marks and surrounding white space excluded. */
  start: number;
  end: number;
  /** True when this span opens the paragraph and continues a quote left open in the previous one. */
  continuesPrevious: boolean;
}

const OPENING_MARKS = new Set(["“", "„", "«", "‟"]);
const CLOSING_MARKS = new Set(["”", "»"]);

const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Finds the double-quoted spans of a paragraph in order. `previousRunsOn` says whether the previous
 * paragraph ended inside an open quote. Unbalanced marks never throw: a stray closing mark is
 * ignored and an unclosed opening mark runs to the paragraph's end.
 */
export function findQuoteSpans(paragraph: string, previousRunsOn: boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  const push = (open: number, close: number | null, contentEnd: number) => {
    let start = open + 1;
    let end = contentEnd;
    while (start < end && /\s/.test(paragraph[start])) start += 1;
    while (end > start && /\s/.test(paragraph[end - 1])) end -= 1;
    if (end > start && /[\p{L}\p{N}]/u.test(paragraph.slice(start, end))) {
      spans.push({ open, close, start, end, continuesPrevious: false });
    }
  };
  for (let i = 0; i < paragraph.length; i += 1) {
    const ch = paragraph[i];
    const prev = i > 0 ? paragraph[i - 1] : undefined;
    const next = paragraph[i + 1];
    // Two single marks typed for a double one (“It was an attempt,’’ / ''Personally, I ...'').
    if (/['’‘]/.test(ch) && next !== undefined && /['’‘]/.test(next)) {
      const after = paragraph[i + 2];
      if (openAt >= 0 && !isLetterOrDigit(after)) {
        push(openAt, i, i);
        openAt = -1;
        i += 1;
        continue;
      }
      if (openAt < 0 && (prev === undefined || /[\s(\[—–-]/.test(prev)) && isLetterOrDigit(after)) {
        openAt = i + 1;
        i += 1;
        continue;
      }
    }
    if (OPENING_MARKS.has(ch)) {
      if (openAt >= 0) push(openAt, null, i);
      openAt = i;
    } else if (CLOSING_MARKS.has(ch)) {
      if (openAt >= 0) {
        push(openAt, i, i);
        openAt = -1;
      } else if ((prev === undefined || /[\s(\[—–-]/.test(prev)) && isLetterOrDigit(next)) {
        openAt = i; // a closing mark typed where an opening one belongs
      }
    } else if (ch === '"') {
      if (openAt < 0) {
        // An inch mark after a digit (5'10") is not a quote.
        if (prev !== undefined && /\d/.test(prev) && !isLetterOrDigit(next)) continue;
        openAt = i;
      } else if (prev !== undefined && /\s/.test(prev) && /[.!?…,]/.test(paragraph.slice(0, i).trimEnd().slice(-1)) && /\p{Lu}/u.test(next ?? "")) {
        // After the end of a sentence, a mark before a capital letter opens a new quotation: the
        // open one ended unclosed (a quotation that ran over a paragraph break the copy lost:
        // `... conserving energy. "That's when ...`).
        push(openAt, null, i);
        openAt = i;
      } else {
        push(openAt, i, i);
        openAt = -1;
      }
    }
  }
  if (openAt >= 0) push(openAt, null, paragraph.length);
  const merged = mergeSingleQuoteSpans(paragraph, spans);
  if (previousRunsOn && merged.length > 0 && merged[0].open === 0) merged[0].continuesPrevious = true;
  return merged;
}

/**
 * British style: speech in single quotes ('We will,' she said). A single-quoted span counts when
 * its opening mark follows white space, a bracket, a dash or the paragraph's start and comes before
 * a letter or digit, and its closing mark follows a letter, digit or punctuation and comes before
 * white space, punctuation or the paragraph's end (so apostrophes in "don't", "Dowlers'" do not
 * count). A single quote opened inside another one is nested and stays part of it. An unclosed
 * single quote is kept only when it opens the paragraph, follows a colon, or opens a sentence after
 * a closed quotation of the paragraph (a quote that runs on).
 * Double-quoted spans inside a single-quoted one are nested in it and dropped; single-quoted spans
 * overlapping a double-quoted one are nested in that and dropped.
 */
/** Words in "-in" that are words of their own, not "-ing" with its g dropped. */
const REAL_IN_WORDS = new Set(["within", "margin", "cabin", "twin", "origin", "basin", "cousin", "penguin", "coffin", "akin", "vitamin", "admin", "berlin", "dublin", "austin", "latin", "kremlin", "martin", "putin", "lenin", "darwin", "franklin", "pumpkin", "napkin", "muffin", "puffin", "dolphin", "robin", "assassin", "toxin", "resin", "satin", "goblin", "javelin", "mandolin", "insulin", "heroin", "aspirin", "colin", "kevin", "gavin", "marvin", "calvin", "melvin", "erwin", "irwin", "justin", "dustin", "wisconsin", "muslin", "spin", "grin", "chin", "skin", "thin", "shin", "begin"]);

/** Words written with a leading apostrophe, which opens no quotation ("'em", "'cause", "'90s"). */
const ELISIONS = /^(em|cause|cos|til|till|n|bout|im|er|ere|ow|tis|twas|\d0s)\b/i;

function findSingleQuoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let depth = 0;
  const isOpening = (i: number): boolean => {
    const prev = i > 0 ? paragraph[i - 1] : undefined;
    let j = i + 1;
    if (paragraph[j] === "'" || paragraph[j] === "‘") j += 1; // a doubled opening mark (''She's)
    // (Not an elision: "give 'em a show", "'cause", "the '90s".)
    if (ELISIONS.test(paragraph.slice(i + 1, i + 8))) return false;
    return (prev === undefined || /[\s(\[—–:-]/.test(prev) || ((prev === "'" || prev === "‘") && i === 1)) && isLetterOrDigit(paragraph[j]);
  };
  const isClosing = (i: number): boolean => {
    const prev = paragraph[i - 1];
    const next = paragraph[i + 1];
    if (prev === undefined || !/[\p{L}\p{N}.,!?…)"”]/u.test(prev) || !(next === undefined || /[\s.,;:!?)\]—–'’-]/.test(next))) return false;
    // A dropped g inside the words ("I ain't goin' nowhere") is no closing mark.
    // (A straight mark after a word in "-in" that is no word of its own: not "again", "within", "Putin".)
    const word = /\p{L}+$/u.exec(paragraph.slice(Math.max(0, i - 16), i))?.[0].toLowerCase() ?? "";
    if (paragraph[i] === "'" && word.length >= 4 && /[^aei]in$/.test(word) && !REAL_IN_WORDS.has(word) && next === " " && /\p{Ll}/u.test(paragraph[i + 2] ?? "")) return false;
    // A plural possessive ("the Smiths' house") before a later closing mark is not one.
    if (prev === "s" && next === " " && /\p{Ll}/u.test(paragraph[i + 2] ?? "")) {
      // (After a curly opening mark a straight one is an apostrophe: ‘Far too much taxpayers' money ...)
      if (paragraph[i] === "'" && paragraph[openAt] === "‘") return false;
      const rest = paragraph.slice(i + 1);
      const later = rest.search(/[\p{L}\p{N}.,!?…]['’](?=$|[\s.,;:!?)\]—–-])/u);
      // ... unless another quote opens before that closing mark ('remorseless' and 'almost infantile').
      if (later >= 0 && !/(^|[\s(\[—–:-])['‘][\p{L}\p{N}]/u.test(rest.slice(0, later + 1))) return false;
    }
    return true;
  };
  for (let i = 0; i < paragraph.length; i += 1) {
    const ch = paragraph[i];
    if (ch !== "'" && ch !== "‘" && ch !== "’") continue;
    if (ch !== "’" && isOpening(i) && !(ch === "'" && i > 0 && /[\p{L}\p{N}]/u.test(paragraph[i - 1]))) {
      if (openAt < 0) {
        openAt = i;
        depth = 1;
        if (paragraph[i + 1] === "'" || paragraph[i + 1] === "‘") i += 1;
      } else depth += 1;
      continue;
    }
    if (ch !== "‘" && openAt >= 0 && isClosing(i)) {
      depth -= 1;
      if (depth === 0) {
        let start = openAt + 1;
        while (paragraph[start] === "'" || paragraph[start] === "‘" || /\s/.test(paragraph[start] ?? "")) start += 1;
        let end = i;
        while (end > start && /\s/.test(paragraph[end - 1])) end -= 1;
        if (end > start && /[\p{L}\p{N}]/u.test(paragraph.slice(start, end))) spans.push({ open: openAt, close: i, start, end, continuesPrevious: false });
        openAt = -1;
        if (paragraph[i + 1] === "'" || paragraph[i + 1] === "’") i += 1;
      }
    }
  }
  if (openAt >= 0) {
    const before = paragraph.slice(0, openAt).trimEnd();
    // (Also after a quotation and its attribution: "'…,' he said. 'When I am back there …" runs on.)
    // (Opening a new sentence with a capital: not an elision such as "'90s music was better".)
    const runsOn = spans.length > 0 && /[.!?]$/.test(before) && /\p{Lu}/u.test(paragraph[openAt + 1] ?? "");
    if (before === "" || before.endsWith(":") || runsOn) {
      let start = openAt + 1;
      while (paragraph[start] === "'" || paragraph[start] === "‘") start += 1;
      const end = paragraph.trimEnd().length;
      if (end > start) spans.push({ open: openAt, close: null, start, end, continuesPrevious: false });
    }
  }
  return spans;
}

function mergeSingleQuoteSpans(paragraph: string, doubles: QuoteSpan[]): QuoteSpan[] {
  const singles = findSingleQuoteSpans(paragraph);
  if (singles.length === 0) return doubles;
  const endOf = (s: QuoteSpan) => (s.close === null ? paragraph.length : s.close + 1);
  const inside = (a: QuoteSpan, b: QuoteSpan) => a.open > b.open && endOf(a) <= endOf(b);
  const overlaps = (a: QuoteSpan, b: QuoteSpan) => a.open < endOf(b) && b.open < endOf(a);
  const keptSingles = singles.filter((s) => !doubles.some((d) => overlaps(s, d) && !inside(d, s)));
  const keptDoubles = doubles.filter((d) => !keptSingles.some((s) => inside(d, s)));
  return [...keptDoubles, ...keptSingles].sort((a, b) => a.open - b.open);
}

/** A token of a paragraph: a word, a punctuation mark, or a whole quotation. */
export interface Token {
  text: string;
  /** Lower-case text with curly apostrophes made straight ("russia's"). */
  lower: string;
  /** Offsets in the paragraph (for a quotation: from its opening mark to after its closing mark). */
  start: number;
  end: number;
  kind: "word" | "punct" | "quote";
  /** For kind "quote": index of the span in the paragraph's span list. */
  quoteIndex?: number;
  /** True for tokens read from inside a quotation (only in `tokenizeQuoteInterior`). */
  inQuote?: boolean;
  /** A word that is a surname in this article although it usually names a place or a month ("Theresa May", "York said"). */
  surname?: boolean;
}

// ("P&O", "AT&T", "M&S": capitals joined by an ampersand are one name; "Cars.com", "Amazon.co.uk": a
// web address is one name too.)
const WORD_PATTERN = /(?<=\S) {3}(?=\S)|\p{L}[\p{L}\p{N}-]*\.(?:com|org|net|io|co\.uk|gov)(?![\p{L}\p{N}])|\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{Ll}])[\p{L}'’]*|[DRI]-(?:\p{Lu}\.){2,}|[DRI]-\p{Lu}\p{Ll}+\.(?=[,)\s])|(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}'’-]*|\p{N}{1,2}\p{Lu}{1,2}(?![\p{L}\p{N}])|\p{N}[\p{N},.:]*\p{N}|\p{N}|\.{2,}|[-—–]{1,3}|[^\s\p{L}\p{N}]/gu;

/**
 * A stock ticker and the day's move that scraped market copy sets after a company's name
 * ("Albertsons Cos. Inc. ACI, -1.92% said"): page furniture, read past as if absent.
 */
const TICKER_WIDGET = /(?<=[\p{L}.] )\p{Lu}{1,5}(?:\.\p{Lu})?, [-+−]\d+(?:\.\d+)?%/gu;

/** Tokenises text[from, to) into words and punctuation. */
export function tokenizeRange(text: string, from: number, to: number, inQuote = false): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  const widgets = [...slice.matchAll(TICKER_WIDGET)].map((m) => [m.index, m.index + m[0].length]);
  WORD_PATTERN.lastIndex = 0;
  for (let match = WORD_PATTERN.exec(slice); match !== null; match = WORD_PATTERN.exec(slice)) {
    const at = match.index;
    if (widgets.some(([a, b]) => at >= a && at < b)) continue;
    // (Three spaces between words: a dash the copy lost, read as one.)
    let value = match[0] === "   " ? "–" : match[0];
    const start = from + match.index;
    let end = start + match[0].length;
    if (/^\p{L}/u.test(value)) {
      // Trailing apostrophes belong to the word only as a plural possessive ("Sheriffs’").
      while (/['’-]$/.test(value) && !/s['’]$/i.test(value)) {
        value = value.slice(0, -1);
        end -= 1;
        WORD_PATTERN.lastIndex -= 1;
      }
      const bare = value.toLowerCase().replace(/\.$/, "");
      const followedByDot = text[end] === ".";
      if (followedByDot && !value.endsWith(".") && (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(value))) {
        value += ".";
        end += 1;
        WORD_PATTERN.lastIndex += 1;
      }
    }
    const kind = /^[\p{L}\p{N}]/u.test(value) ? "word" : "punct";
    tokens.push({ text: value, lower: value.toLowerCase().replace(/’/g, "'"), start, end, kind, inQuote });
  }
  return tokens;
}

/**
 * Tokenises a paragraph with each quotation as one "quote" token, so the reporter's words around
 * quotations can be read without the quoted words getting in the way.
 */
export function tokenizeParagraph(paragraph: string, spans: QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  spans.forEach((span, quoteIndex) => {
    tokens.push(...tokenizeRange(paragraph, cursor, span.open));
    // An unclosed quotation runs to the next one's opening mark, or to the paragraph's end.
    const end = span.close === null ? (spans[quoteIndex + 1]?.open ?? paragraph.length) : span.close + 1;
    tokens.push({ text: paragraph.slice(span.open, end), lower: "", start: span.open, end, kind: "quote", quoteIndex });
    cursor = end;
  });
  tokens.push(...tokenizeRange(paragraph, cursor, paragraph.length));
  return tokens;
}
