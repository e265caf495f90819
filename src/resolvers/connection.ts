import type DataLoader from "dataloader";
import type { PagedLoader } from "../loaders";
import { parsePageArgs, toConnection, type Connection, type PageArgs } from "../pagination";

/** One page of a parent's children (a person's quotes, a topic's articles ...), counted lazily. */
export async function childConnection<T extends { id: number }>(
  pages: PagedLoader<T>,
  counts: DataLoader<number, number>,
  parentId: number,
  args: PageArgs,
): Promise<Connection<T>> {
  const window = parsePageArgs(args);
  return toConnection(await pages.load(parentId, window), window, () => counts.load(parentId));
}
