import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The schema's SDL: every `.graphql` file of this folder, in name order. */
export function loadTypeDefs(): string {
  const dir = __dirname;
  return readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), "utf8"))
    .join("\n");
}
