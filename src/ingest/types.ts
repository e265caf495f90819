/**
 * The contract between text analysis (pure, no I/O) and storage (src/ingest/store.ts).
 * Offsets are UTF-16 code-unit offsets into `AnalyzedArticle.body`, as JavaScript strings count.
 */

export type SpeakerKind = "PERSON" | "ORGANIZATION";

/** A person or organisation met in the article, resolved within the article. */
export interface AnalyzedPerson {
  /** Stable key within one analysis; quotes point at it. The canonical name lower-cased works. */
  key: string;
  /** Fullest form of the name met in the article ("Vladimir Putin"). */
  name: string;
  /** Every other form the article used for them ("Putin", "President Putin"), without `name`. */
  aliases: string[];
  /** Role or title as written in the article ("U.S. Secretary of State"), or null. */
  role: string | null;
  kind: SpeakerKind;
  /** Offset in body of the first mention. */
  firstMention: number;
}

/** One quotation, in reading order. */
export interface AnalyzedQuote {
  /** The quoted words without the quote marks; body.slice(startOffset, endOffset) === text. */
  text: string;
  /** 0-based paragraph index in body (paragraphs are separated by one blank line). */
  paragraph: number;
  startOffset: number;
  endOffset: number;
  /** True for a fragment quoted inside the reporter's own sentence (a "defined agreement"). */
  isPartial: boolean;
  /** The attribution as written ("Tillerson added", "he said"), or null when there is none. */
  attribution: string | null;
  /** Key of the speaker in `people`, or null when no speaker can be recovered (never a guess). */
  speakerKey: string | null;
}

export interface AnalyzedArticle {
  title: string;
  /** Clean text: boilerplate and repeated title lines removed, paragraphs joined by "\n\n". */
  body: string;
  paragraphs: string[];
  /** Place line such as "HAMBURG, Germany" when the text has one, else null. */
  dateline: string | null;
  people: AnalyzedPerson[];
  quotes: AnalyzedQuote[];
}

export interface AnalyzeOptions {
  /** Title given by the caller; when absent the analyser finds it in the text. */
  title?: string;
}

/** An entry of the topic vocabulary (stored in the Topic table). */
export interface TopicVocabularyEntry {
  slug: string;
  /** Lower-case keywords or phrases; a text mentioning any of them is about the topic. */
  keywords: string[];
}
