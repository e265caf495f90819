import type { PrismaClient } from "../db/client";
import { badUserInput } from "../errors";
import { analyzeText } from "./off-thread";
import { storeArticle, type StoreResult } from "./store";
import type { AnalyzedArticle } from "./types";

export { analyzeArticle } from "./analyze";
export { analyzeText, stopAnalysisWorker } from "./off-thread";
export { matchTopics } from "./topics";
export { contentHash, storeArticle, upsertTopic, type TopicInput } from "./store";
export type { AnalyzedArticle, AnalyzedPerson, AnalyzedQuote } from "./types";

/** Largest text one ingest accepts, in characters (about 40 pages of news). */
export const MAX_TEXT_LENGTH = 200_000;

export interface IngestInput {
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  publishedAt?: Date | null;
  dateline?: string | null;
}

export interface IngestResult extends StoreResult {
  analyzed: AnalyzedArticle;
}

/**
 * The one ingest pipeline (GraphQL mutation, CLI and seed all use it): validate, analyse the raw
 * text, store everything in one transaction. Bad input throws BAD_USER_INPUT naming the problem
 * and writes nothing.
 */
export async function ingestArticle(prisma: PrismaClient, input: IngestInput): Promise<IngestResult> {
  const { text } = input;
  if (text.trim() === "") throw badUserInput("text is empty", "text");
  if (text.length > MAX_TEXT_LENGTH) {
    throw badUserInput(`text is ${text.length} characters long; the limit is ${MAX_TEXT_LENGTH}`, "text");
  }
  if (input.url != null && !isHttpUrl(input.url)) throw badUserInput(`url is not an http(s) URL: ${JSON.stringify(input.url)}`, "url");
  if (input.publishedAt != null && Number.isNaN(input.publishedAt.getTime())) throw badUserInput("publishedAt is not a valid date", "publishedAt");
  if (input.title != null && input.title.trim() === "") throw badUserInput("title is empty; leave it out to have it found in the text", "title");

  const analyzed = await analyzeText(text, input.title ? { title: input.title.trim() } : {});
  if (analyzed.paragraphs.length === 0 || analyzed.body.trim() === "") {
    throw badUserInput("text has no paragraphs of article text once page boilerplate is removed", "text");
  }
  if (analyzed.title.trim() === "") throw badUserInput("no title was given and none could be found in the text", "title");
  const stored = await storeArticle(prisma, analyzed, input);
  return { ...stored, analyzed };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
