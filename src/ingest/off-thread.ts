/**
 * Text analysis off the request thread. Analysing a long article is seconds of synchronous work
 * (4.6 s for 195,000 characters); run on the event loop it would hold up every other request.
 * Texts of `OFF_THREAD_MIN_LENGTH` characters or more go to one shared worker thread; shorter ones,
 * which take milliseconds, are analysed in place. If the worker cannot start or dies, analysis
 * falls back to the current thread (slower for others, never a lost ingest).
 */

import path from "node:path";
import { Worker } from "node:worker_threads";
import { analyzeArticle } from "./analyze";
import type { AnalyzeOptions, AnalyzedArticle } from "./types";

/** Texts at least this long are analysed on the worker thread. */
export const OFF_THREAD_MIN_LENGTH = 20_000;

export interface AnalyzeRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export type AnalyzeResponse = { id: number; result: AnalyzedArticle } | { id: number; error: string };

interface Pending {
  resolve: (article: AnalyzedArticle) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, Pending>();

/**
 * The worker runs the TypeScript sources through tsx's CommonJS hook, as the service itself does.
 * It is unreferenced while idle, so it never keeps a finished process (the CLI, a test) alive.
 */
function startWorker(): Worker {
  const entry = path.join(__dirname, "analyze-worker.ts");
  // (Both paths absolute: an eval worker resolves bare names from the working directory.)
  const tsx = require.resolve("tsx/cjs/api");
  const started = new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, { eval: true });
  started.unref();
  started.on("message", (response: AnalyzeResponse) => {
    const job = pending.get(response.id);
    if (!job) return;
    pending.delete(response.id);
    if (pending.size === 0) started.unref();
    if ("result" in response) job.resolve(response.result);
    else job.reject(new Error(response.error));
  });
  const fail = (error: Error) => {
    workerFailed = true;
    worker = null;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  started.on("error", fail);
  started.on("exit", (code) => {
    if (worker === started) fail(new Error(`analysis worker exited with code ${code}`));
  });
  return started;
}

function analyzeInWorker(text: string, options: AnalyzeOptions): Promise<AnalyzedArticle> {
  worker ??= startWorker();
  const running = worker;
  const id = nextId++;
  return new Promise<AnalyzedArticle>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.ref();
    running.postMessage({ id, text, options } satisfies AnalyzeRequest);
  });
}

/** Analyses a text like `analyzeArticle`, off the current thread when it is long. */
export async function analyzeText(text: string, options: AnalyzeOptions = {}): Promise<AnalyzedArticle> {
  if (text.length < OFF_THREAD_MIN_LENGTH || workerFailed) return analyzeArticle(text, options);
  try {
    return await analyzeInWorker(text, options);
  } catch {
    return analyzeArticle(text, options);
  }
}

/** Stops the worker thread, if one was started (for an orderly shutdown). */
export async function stopAnalysisWorker(): Promise<void> {
  const running = worker;
  worker = null;
  if (running) await running.terminate();
}
