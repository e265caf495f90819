import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";

/** Every code an expected failure can carry in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  CONFLICT = "CONFLICT",
  PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE",
  /** The operation asks for more objects than one request may (src/http/cost-limit.ts). */
  OPERATION_TOO_COSTLY = "OPERATION_TOO_COSTLY",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** An expected failure: its message is meant for the client and is never masked. */
export function userError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return userError(ErrorCode.BAD_USER_INPUT, message, argumentName ? { argumentName } : {});
}

const exposedCodes = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));
// Apollo's own codes for malformed requests (parse and validation failures, bad variables...).
for (const code of ["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED", "OPERATION_RESOLUTION_FAILURE"]) {
  exposedCodes.add(code);
}

/**
 * Apollo `formatError`: expected errors pass through; anything else (a database failure, a bug)
 * becomes a bare INTERNAL_SERVER_ERROR with no message detail, stack, SQL or path, unless the
 * server runs in development mode. Unexpected errors are logged with `log`.
 */
export function createFormatError(options: { development: boolean; log?: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && exposedCodes.has(code)) {
      if (options.development) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    options.log?.(unwrapResolverError(error));
    if (options.development) return formatted;
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
