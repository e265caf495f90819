/**
 * Worker-thread entry for text analysis (started by `off-thread.ts`): receives texts, answers with
 * their analyses. Analysis never throws by contract; a failure is still reported, not swallowed.
 */

import { parentPort } from "node:worker_threads";
import { analyzeArticle } from "./analyze";
import type { AnalyzeRequest, AnalyzeResponse } from "./off-thread";

parentPort?.on("message", (request: AnalyzeRequest) => {
  let response: AnalyzeResponse;
  try {
    response = { id: request.id, result: analyzeArticle(request.text, request.options) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
