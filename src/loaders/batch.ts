import DataLoader from "dataloader";

/**
 * A loader of one row per key: results come back in key order, `null` for a key with no row
 * (DataLoader's contract: same length as the keys, in the same order).
 */
export function rowLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map<K, V>();
    for (const row of await fetch(keys)) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A loader of a list per key (children of a parent): each key gets its rows in the order `fetch`
 * returned them, an empty list when it has none.
 */
export function groupLoader<K, R, V>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  groupOf: (row: R) => K,
  valueOf: (row: R) => V,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(groupOf(row))?.push(valueOf(row));
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A loader of one number per key (a count), 0 for keys with no row. */
export function countLoader<K>(fetch: (keys: readonly K[]) => Promise<{ key: K; count: number }[]>): DataLoader<K, number> {
  return new DataLoader<K, number>(async (keys) => {
    const counts = new Map<K, number>();
    for (const { key, count } of await fetch(keys)) counts.set(key, count);
    return keys.map((key) => counts.get(key) ?? 0);
  });
}
