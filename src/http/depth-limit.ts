import { GraphQLError, Kind, type SelectionSetNode, type ValidationRule } from "graphql";
import { fragmentsOf } from "./fragments";

/** Deepest nesting of fields an operation may have (introspection's `__` fields do not count). */
export const MAX_QUERY_DEPTH = 12;

/**
 * A validation rule that refuses operations nested deeper than `maxDepth` fields, following
 * fragments, before anything runs: each level can multiply the rows a request reads. Each
 * fragment's depth is computed once, so the check stays linear in the document's size however
 * often fragments are spread.
 */
export function depthLimit(maxDepth: number = MAX_QUERY_DEPTH): ValidationRule {
  return (context) => {
    const fragments = fragmentsOf(context.getDocument());
    const fragmentDepths = new Map<string, number>();
    const inProgress = new Set<string>();

    const fragmentDepth = (name: string): number => {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      if (!fragment || inProgress.has(name)) return 0; // unknown or cyclic: other rules report those
      inProgress.add(name);
      const depth = depthOf(fragment.selectionSet);
      inProgress.delete(name);
      fragmentDepths.set(name, depth);
      return depth;
    };

    const depthOf = (selectionSet: SelectionSetNode): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith("__")) continue;
          deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet));
        } else {
          deepest = Math.max(deepest, fragmentDepth(selection.name.value));
        }
      }
      return deepest;
    };

    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            // Apollo reports it, like every validation error, with code GRAPHQL_VALIDATION_FAILED.
            new GraphQLError(`The operation nests fields ${depth} deep; the limit is ${maxDepth}`, { nodes: [operation] }),
          );
        }
      },
    };
  };
}
