import { badUserInput } from "./errors";

/** Most items one page of any connection may hold (stated in the schema's descriptions). */
export const MAX_PAGE_SIZE = 100;
/** Items a page holds when the client gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * A validated page request over a list ordered by ascending id. `forward` pages read ids greater
 * than `afterId` upwards; backward pages read ids below `beforeId` downwards. Loaders fetch
 * `size + 1` rows to learn whether more follow.
 */
export interface PageWindow {
  direction: "forward" | "backward";
  size: number;
  afterId: number | null;
  beforeId: number | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Counted only when a client asks for it. */
  totalCount: () => Promise<number>;
}

/** Largest id a row can have (ids are PostgreSQL `integer`s). */
export const MAX_ROW_ID = 2_147_483_647;

const CURSOR_PREFIX = "qg1:";

export function encodeCursor(id: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`, "utf8").toString("base64url");
}

/** Returns the id inside a cursor, or throws BAD_USER_INPUT naming the argument. */
export function decodeCursor(cursor: string, argumentName: string): number {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^qg1:(\d{1,15})$/.exec(decoded);
  if (!match || Number(match[1]) > MAX_ROW_ID || encodeCursor(Number(match[1])) !== cursor) {
    throw badUserInput(`"${argumentName}" is not a valid cursor: pass a cursor this API returned`, argumentName);
  }
  return Number(match[1]);
}

function checkSize(value: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw badUserInput(`"${argumentName}" must be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${value}`, argumentName);
  }
  if (value > MAX_PAGE_SIZE) {
    throw badUserInput(`"${argumentName}" must be at most ${MAX_PAGE_SIZE} (the page size cap), got ${value}`, argumentName);
  }
  return value;
}

/** Validates connection arguments; throws BAD_USER_INPUT that says what is wrong. */
export function parsePageArgs(args: PageArgs): PageWindow {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw badUserInput('Give "first" or "last", not both', "last");
  if (last != null && after != null) throw badUserInput('"after" goes with "first"; use "before" with "last"', "after");
  if (first != null && before != null) throw badUserInput('"before" goes with "last"; use "after" with "first"', "before");
  if (after != null && before != null) throw badUserInput('Give "after" (with "first") or "before" (with "last"), not both', "before");
  const afterId = after != null ? decodeCursor(after, "after") : null;
  const beforeId = before != null ? decodeCursor(before, "before") : null;
  if (last != null || beforeId !== null) {
    return { direction: "backward", size: checkSize(last ?? DEFAULT_PAGE_SIZE, "last"), afterId: null, beforeId };
  }
  return { direction: "forward", size: checkSize(first ?? DEFAULT_PAGE_SIZE, "first"), afterId, beforeId: null };
}

/** A stable string for a window, to key per-window loaders. */
export function windowKey(window: PageWindow): string {
  return `${window.direction}:${window.size}:${window.afterId ?? ""}:${window.beforeId ?? ""}`;
}

/**
 * Builds a connection from up to `size + 1` rows read in the window's direction (ascending ids for
 * forward pages, descending for backward ones).
 */
export function toConnection<T extends { id: number }>(rows: T[], window: PageWindow, totalCount: () => Promise<number>): Connection<T> {
  const hasMore = rows.length > window.size;
  const page = rows.slice(0, window.size);
  if (window.direction === "backward") page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: window.direction === "forward" ? hasMore : window.beforeId !== null,
      hasPreviousPage: window.direction === "forward" ? window.afterId !== null : hasMore,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
