import DataLoader from "dataloader";
import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../db/client";
import type { PageWindow } from "../pagination";
import { windowKey } from "../pagination";

/**
 * How to page the children of many parents in one statement: `from` joins the child table (alias
 * `c`) to whatever links it to its parent, and `parent` is the parent-id expression.
 */
export interface PagedRelation {
  from: Prisma.Sql;
  parent: Prisma.Sql;
}

type Row = { __parent: number };

/**
 * Returns, for each parent id, one page of its children ordered by child id, reading `size + 1`
 * rows per parent so the caller knows whether more follow. One SQL statement per window however
 * many parents: `row_number()` over a partition per parent keeps each parent's page apart.
 */
export async function fetchChildPages<T>(
  prisma: PrismaClient,
  relation: PagedRelation,
  parentIds: readonly number[],
  window: PageWindow,
): Promise<Map<number, T[]>> {
  const ascending = window.direction === "forward";
  const order = ascending ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const cursor =
    window.afterId !== null
      ? Prisma.sql`AND c."id" > ${window.afterId}`
      : window.beforeId !== null
        ? Prisma.sql`AND c."id" < ${window.beforeId}`
        : Prisma.empty;
  const rows = await prisma.$queryRaw<(T & Row)[]>`
    SELECT * FROM (
      SELECT c.*, ${relation.parent} AS "__parent",
             row_number() OVER (PARTITION BY ${relation.parent} ORDER BY c."id" ${order}) AS "__rank"
      ${relation.from}
      WHERE ${relation.parent} = ANY(${[...parentIds]}::int[]) ${cursor}
    ) paged
    WHERE "__rank" <= ${window.size + 1}
    ORDER BY "__parent", "__rank"`;
  const pages = new Map<number, T[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) {
    const { __parent, __rank: _rank, ...child } = row as T & Row & { __rank: unknown };
    pages.get(__parent)?.push(child as T);
  }
  return pages;
}

/**
 * Per-request loaders of child pages, one DataLoader per distinct window (first/after/...), so
 * `people { quotes(first: 5) }` over any number of people is one statement.
 */
export class PagedLoader<T> {
  private readonly loaders = new Map<string, DataLoader<number, T[]>>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly relation: PagedRelation,
  ) {}

  load(parentId: number, window: PageWindow): Promise<T[]> {
    const key = windowKey(window);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<number, T[]>(async (ids) => {
        const pages = await fetchChildPages<T>(this.prisma, this.relation, ids, window);
        return ids.map((id) => pages.get(id) ?? []);
      });
      this.loaders.set(key, loader);
    }
    return loader.load(parentId);
  }
}
