import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createTestDatabase, type TestDatabase } from "./support/database";

const run = promisify(execFile);
const root = path.resolve(__dirname, "..");

let db: TestDatabase;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), "qg-cli-"));
});

afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm run ingest -- ...args` (the script itself) against this file's database. */
async function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.url },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run ingest", () => {
  it("ingests several files and prints a summary of each", async () => {
    const a = path.join(dir, "a.txt");
    const b = path.join(dir, "b.txt");
    writeFileSync(a, "Mayor opens new bridge\n\n“This bridge joins two halves of our city,” Mayor Anna Berg said on Friday.");
    writeFileSync(b, "Port strike ends\n\nUnion leader Tom Reyes said the deal was fair. “We got what we asked for,” he said.");
    const result = await ingest(a, b, "--source", "Test Gazette");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${a}: "Mayor opens new bridge" (mayor-opens-new-bridge)`);
    expect(result.stdout).toContain(`${b}: "Port strike ends" (port-strike-ends)`);
    expect(result.stdout).toMatch(/quotes found: 1 \(0 without a speaker\)\n {2}speakers: Anna Berg\n {2}new people: Anna Berg/);
    expect(result.stdout).toMatch(/speakers: Tom Reyes\n {2}new people: Tom Reyes/);
    const stored = await db.prisma.article.findMany({ orderBy: { id: "asc" }, select: { slug: true, source: true } });
    expect(stored).toEqual([
      { slug: "mayor-opens-new-bridge", source: "Test Gazette" },
      { slug: "port-strike-ends", source: "Test Gazette" },
    ]);
  });

  it("says so and writes nothing when the file was already ingested", async () => {
    const result = await ingest(path.join(dir, "a.txt"));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('already stored as "Mayor opens new bridge" (mayor-opens-new-bridge); nothing written');
    expect(await db.prisma.article.count()).toBe(2);
  });

  it("reports bad input with its code and exits 1, writing nothing", async () => {
    const empty = path.join(dir, "empty.txt");
    writeFileSync(empty, "  \n");
    const result = await ingest(empty, "--url", "https://example.com/x");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${empty}: BAD_USER_INPUT: text is empty`);
    expect(await db.prisma.article.count()).toBe(2);
  });

  it("refuses per-article options with several files", async () => {
    const result = await ingest(path.join(dir, "a.txt"), path.join(dir, "b.txt"), "--title", "One title");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--title, --url and --published-at describe one article: give one file with them");
  });
});
