/**
 * A limit on how many rows one operation may ask for. Depth alone does not bound the work: aliases
 * ("a1: articles(first: 100) { … } a2: articles(first: 100) { … }") and nested pages multiply it.
 * The cost is the number of values the operation can return at most: every field counts once per
 * parent object, and the `nodes`/`edges` of a paged field (one with `first`/`last` arguments) count
 * once per item of its page (the argument's value, a variable's value, or the default page size).
 * Lists without paging (an article's quotes) are bounded by the data, not by the operation, and
 * count once.
 */

import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  isCompositeType,
  Kind,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { ErrorCode, userError } from "../errors";
import { fragmentsOf } from "./fragments";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../pagination";

/**
 * Most objects one operation may ask for. The deep query of `tests/sql-count.test.ts` and the
 * benchmark's (100 articles, each speaker's next 100 quotes) ask for about 62,000; ten aliases of
 * that, or three nested pages of 100, are refused.
 */
export const MAX_OPERATION_COST = 100_000;

/** The cost of an operation's selection set under parent type `type`, each object counted `times` times. */
export function operationCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  type: GraphQLCompositeType,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  // Fields are gathered by response key as GraphQL executes them: a field selected twice (directly
  // or through fragments) is one value, and a fragment already spread in the same selection is not
  // walked again, so a chain of fragments each spread twice stays linear to count.
  const costOf = (sets: readonly SelectionSetNode[], parent: GraphQLCompositeType, page: number): number => {
    const fields = new Map<string, { node: FieldNode; parent: GraphQLCompositeType; sets: SelectionSetNode[] }>();
    const spread = new Set<string>();
    const collect = (set: SelectionSetNode, type: GraphQLCompositeType) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const entry = fields.get(key) ?? { node: selection, parent: type, sets: [] };
          if (selection.selectionSet) entry.sets.push(selection.selectionSet);
          fields.set(key, entry);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
          collect(selection.selectionSet, condition && isCompositeType(condition) ? condition : type);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || spread.has(selection.name.value)) continue; // unknown ones are validation's to report
          spread.add(selection.name.value);
          const condition = schema.getType(fragment.typeCondition.name.value);
          collect(fragment.selectionSet, condition && isCompositeType(condition) ? condition : type);
        }
      }
    };
    for (const set of sets) collect(set, parent);
    // `page` is the page size of the connection whose selection this is (1 elsewhere): its `nodes`
    // and `edges` repeat that many times, its `totalCount` and `pageInfo` once.
    let total = 0;
    for (const { node, parent: type, sets: childSets } of fields.values()) {
      if (node.name.value.startsWith("__")) continue;
      const each = ["nodes", "edges"].includes(node.name.value) ? page : 1;
      total += each;
      const field = "getFields" in type ? type.getFields()[node.name.value] : undefined;
      if (!field || childSets.length === 0) continue;
      let size = 1;
      if (field.args.some((arg) => arg.name === "first" || arg.name === "last")) {
        const given = node.arguments?.find((arg) => arg.name.value === "first" || arg.name.value === "last");
        const argument = given ? field.args.find((arg) => arg.name === given.name.value) : undefined;
        const value = given && argument ? valueFromAST(given.value, argument.type, variables) : undefined;
        size = typeof value === "number" ? Math.min(Math.max(value, 0), MAX_PAGE_SIZE) : given ? MAX_PAGE_SIZE : DEFAULT_PAGE_SIZE;
      }
      const child = getNamedType(field.type);
      if (isCompositeType(child)) total += each * costOf(childSets, child, size);
    }
    return total;
  };
  return costOf([selectionSet], type, 1);
}

/** Refuses, before anything runs, an operation whose cost is over `maxCost` (code OPERATION_TOO_COSTLY, HTTP 400). */
export function costLimitPlugin<T extends object>(maxCost: number = MAX_OPERATION_COST): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          const root = operation.operation === "mutation" ? schema.getMutationType() : operation.operation === "subscription" ? schema.getSubscriptionType() : schema.getQueryType();
          if (!root) return;
          const cost = operationCost(schema, operation.selectionSet, root, fragments, request.variables ?? {});
          if (cost > maxCost) {
            throw userError(ErrorCode.OPERATION_TOO_COSTLY, `The operation asks for up to ${cost} values; the limit is ${maxCost}. Ask for smaller pages or fewer aliases.`, {
              http: { status: 400 },
            });
          }
        },
      };
    },
  };
}

