import { badUserInput } from "../errors";
import { MAX_ROW_ID } from "../pagination";

/**
 * Parses a GraphQL ID of ours (a positive whole number). Returns null for a well-formed id that no
 * row can have (over the integer range); throws BAD_USER_INPUT for anything else.
 */
export function parseId(id: string, argumentName = "id"): number | null {
  if (!/^[1-9]\d*$/.test(id)) throw badUserInput(`"${argumentName}" must be the id of an object, got ${JSON.stringify(id)}`, argumentName);
  const value = Number(id);
  return value <= MAX_ROW_ID ? value : null;
}

/** Checks that a slug-or-id lookup got exactly one of the two. */
export function slugOrId(args: { slug?: string | null; id?: string | null }): { slug: string } | { id: number | null } {
  if (args.slug != null && args.id != null) throw badUserInput('Give "slug" or "id", not both');
  if (args.slug != null) return { slug: args.slug };
  if (args.id != null) return { id: parseId(args.id) };
  throw badUserInput('Give "slug" or "id"');
}
