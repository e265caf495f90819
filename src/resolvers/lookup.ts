import { badUserInput } from "../errors";

/** Parses a GraphQL ID of ours (a positive whole number) or throws BAD_USER_INPUT. */
export function parseId(id: string, argumentName = "id"): number {
  if (!/^[1-9]\d{0,14}$/.test(id)) throw badUserInput(`"${argumentName}" must be the id of an object, got ${JSON.stringify(id)}`, argumentName);
  return Number(id);
}

/** Checks that a slug-or-id lookup got exactly one of the two. */
export function slugOrId(args: { slug?: string | null; id?: string | null }): { slug: string } | { id: number } {
  if (args.slug != null && args.id != null) throw badUserInput('Give "slug" or "id", not both');
  if (args.slug != null) return { slug: args.slug };
  if (args.id != null) return { id: parseId(args.id) };
  throw badUserInput('Give "slug" or "id"');
}
