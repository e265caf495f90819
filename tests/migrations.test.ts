// prisma/migrations against prisma/schema.prisma, and src/db/migrate.ts against `prisma migrate deploy`.
//
// The schema comparison is Prisma's own: the WebAssembly build of Prisma's schema engine
// (@prisma/schema-engine-wasm, the same engine code as the `prisma` CLI we use, driven through
// @prisma/adapter-pg) computes `migrate diff` from a live database to schema.prisma. An empty diff is what
// `prisma migrate dev` checks before it decides no new migration is needed, so it covers everything Prisma
// manages: tables, columns (type, nullability, default), primary keys, unique constraints, indexes, foreign
// keys and their actions, enums.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createTestDatabase as createSharedTestDatabase } from "./support/database";
import {
  applyMigrations,
  migrationChecksum,
  migrationStatus,
  MigrationError,
  scriptMatchesChecksum,
} from "../src/db/migrate";

// ---------------------------------------------------------------------------------------------------------
// Database setup: the one place that knows where test databases come from (swap for the shared helper).

interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, empty (unmigrated) database of this file's own: a fresh database on the server of
 * DATABASE_URL, or, without DATABASE_URL, a fresh in-memory embedded PGlite server.
 */
async function createTestDatabase(): Promise<TestDatabase> {
  const db = await createSharedTestDatabase({ migrate: false });
  return { url: db.url, drop: () => db.close() };
}

/** PGlite serves every connection from one session, so session-level locks cannot keep them apart. */
const separateSessions = Boolean(process.env.DATABASE_URL);

// ---------------------------------------------------------------------------------------------------------

const projectRoot = path.resolve(__dirname, "..");
const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
const migrationsDir = path.join(projectRoot, "prisma", "migrations");

const databases: TestDatabase[] = [];
async function freshDatabase(): Promise<string> {
  const db = await createTestDatabase();
  databases.push(db);
  return db.url;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "qg-migrations-"));
  writeFileSync(path.join(tmp, "schema-engine.mjs"), SCHEMA_ENGINE_DRIVER);
});
afterAll(async () => {
  await Promise.all(databases.map((db) => db.drop()));
  rmSync(tmp, { recursive: true, force: true });
});

async function query<T extends object = Record<string, unknown>>(url: string, sql: string, values?: unknown[]): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** The migration folders in prisma/migrations (there must be at least the initial one). */
function committedMigrations(): { name: string; sql: string }[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") }));
}

/** A copy of prisma/migrations in a new temporary folder. */
function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(tmp, "migrations-"));
  cpSync(migrationsDir, dir, { recursive: true });
  return dir;
}

// ------------------------------- Prisma's schema engine (WebAssembly) ------------------------------------

interface DiffResult {
  /** 0: no difference, 2: differences (the engine's --exit-code convention). */
  exitCode: number;
  /** The SQL script that would take the database to schema.prisma. */
  script: string;
}

const EMPTY_DIFF = "-- This is an empty migration.";

/**
 * `prisma migrate diff --from-config-datasource --to-schema prisma/schema.prisma --script --exit-code`,
 * computed by Prisma's schema engine (Wasm) on the given database.
 */
async function diffDatabaseToSchema(url: string): Promise<DiffResult> {
  const schema = { path: schemaPath, content: readFileSync(schemaPath, "utf8") };
  const result = (await runSchemaEngine(url, "diff", {
    from: { tag: "schemaDatasource", files: [schema], configDir: path.dirname(schemaPath) },
    to: { tag: "schemaDatamodel", files: [schema] },
    script: true,
    exitCode: true,
    filters: { externalTables: [], externalEnums: [] },
  })) as { exitCode: number; stdout: string | null };
  return { exitCode: result.exitCode, script: (result.stdout ?? "").trim() };
}

/**
 * Runs one schema-engine method in a child Node process: the package is an ES module with a Wasm
 * import (wasm-bindgen's bundler target), which jest's CommonJS module system cannot load.
 */
function runSchemaEngine(connectionString: string, method: string, params: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(tmp, "schema-engine.mjs")], {
      cwd: projectRoot,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      try {
        const answer = JSON.parse(stdout) as { ok: boolean; result?: unknown; error?: string };
        if (answer.ok) resolve(answer.result);
        else reject(new Error(`schema engine ${method} failed: ${answer.error}`));
      } catch {
        reject(new Error(`schema engine exited with ${code}: ${stderr || stdout}`));
      }
    });
    child.stdin.end(JSON.stringify({ projectRoot, connectionString, method, params }));
  });
}

/**
 * The child process: loads @prisma/schema-engine-wasm the way Prisma's CLI does (instantiating the Wasm
 * module with the wasm-bindgen glue), connects it to the database through @prisma/adapter-pg, runs one
 * method and prints {ok, result | error} as JSON.
 *
 * One work-around: adapter-pg 7.10 has no mapping for Postgres' internal `"char"` type (OID 18, e.g.
 * pg_constraint.contype), which the engine's catalog queries return, and fails them with "Column type
 * 'char' could not be deserialized". patchQueryable() lets such columns through as the driver-adapter
 * type Character, which is what the engine reads them as (their values are one-character strings).
 */
const SCHEMA_ENGINE_DRIVER = String.raw`
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// A panic inside the engine can surface outside the awaited call: report it the same way.
function fail(error) {
  process.stdout.write(JSON.stringify({ ok: false, error: String(globalThis.PRISMA_WASM_PANIC ?? error?.message ?? error) }), () => process.exit(0));
}
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

const input = JSON.parse(fs.readFileSync(0, "utf8"));
const rootRequire = createRequire(path.join(input.projectRoot, "package.json"));
const gluePath = rootRequire.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
const glue = await import(pathToFileURL(gluePath).href);
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { set_message(message) { globalThis.PRISMA_WASM_PANIC = message; } };
const wasmModule = new WebAssembly.Module(fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm")));
const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": glue });
glue.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start();

const adapterPgPath = rootRequire.resolve("@prisma/adapter-pg");
const adapterRequire = createRequire(adapterPgPath);
const { PrismaPg } = rootRequire("@prisma/adapter-pg");
const { bindMigrationAwareSqlAdapterFactory } = adapterRequire("@prisma/driver-adapter-utils");

// Postgres' internal one-byte "char" type (pg_constraint.contype, pg_class.relkind...).
const CHAR_OID = 18;
const TEXT_OID = 25;
const CHARACTER = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils
const charColumns = new WeakMap();
function patchQueryable(adapter) {
  let proto = adapter;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto || proto.charPatched) return;
  proto.charPatched = true;
  const performIO = proto.performIO;
  proto.performIO = async function (query) {
    const result = await performIO.call(this, query);
    const indexes = [];
    (result.fields ?? []).forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) { field.dataTypeID = TEXT_OID; indexes.push(i); }
    });
    if (indexes.length > 0 && result.rows) charColumns.set(result.rows, indexes);
    return result;
  };
  const queryRaw = proto.queryRaw;
  proto.queryRaw = async function (query) {
    const result = await queryRaw.call(this, query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = CHARACTER;
    return result;
  };
}

let output;
try {
  const factory = new PrismaPg({ connectionString: input.connectionString });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => { const adapter = await connect(); patchQueryable(adapter); return adapter; };
  const engine = await glue.SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    output = { ok: true, result: await engine[input.method](input.params) };
  } finally {
    engine.free();
  }
} catch (error) {
  output = { ok: false, error: String(globalThis.PRISMA_WASM_PANIC ?? error?.message ?? error) };
}
process.stdout.write(JSON.stringify(output), () => process.exit(0));
`;

// ------------------------------------------------ tests ---------------------------------------------------

describe("prisma/migrations", () => {
  test("has Prisma's lock file and at least the initial migration", () => {
    expect(readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toBe(
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
    const migrations = committedMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    for (const { name } of migrations) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    expect(migrations[0]!.name).toMatch(/_init$/);
  });

  // `prisma migrate dev` diffs an empty (shadow) database against the schema: the same diff as here. Once
  // later migrations exist, the first one no longer describes the whole schema and the check after
  // applying them all (below) is the one that matters.
  const onlyInitialMigration = committedMigrations().length === 1;
  (onlyInitialMigration ? test : test.skip)(
    "the initial migration is exactly the SQL Prisma generates for schema.prisma on an empty database",
    async () => {
      const url = await freshDatabase();
      const diff = await diffDatabaseToSchema(url);
      expect(diff.exitCode).toBe(2);
      expect(diff.script + "\n").toBe(committedMigrations()[0]!.sql);
    },
  );
});

describe("applyMigrations", () => {
  let url: string;
  const lines: string[] = [];

  beforeAll(async () => {
    url = await freshDatabase();
  });

  test("applies every migration to a fresh database, which then matches schema.prisma", async () => {
    const names = committedMigrations().map((migration) => migration.name);
    expect(await migrationStatus(url)).toEqual({ applied: [], pending: names, failed: [], modified: [] });

    const result = await applyMigrations(url, { log: (line) => lines.push(line) });
    expect(result.applied).toEqual(names);
    expect(lines).toContain(`Applying migration \`${names[0]}\``);

    const diff = await diffDatabaseToSchema(url);
    expect(diff.script).toBe(EMPTY_DIFF);
    expect(diff.exitCode).toBe(0);
    expect(await migrationStatus(url)).toEqual({ applied: names, pending: [], failed: [], modified: [] });
  });

  test("records each migration in _prisma_migrations as Prisma does", async () => {
    const table = await query<{ column_name: string; data_type: string; is_nullable: string; column_default: string | null; character_maximum_length: number | null }>(
      url,
      `SELECT column_name, data_type, is_nullable, column_default, character_maximum_length
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '_prisma_migrations'
        ORDER BY ordinal_position`,
    );
    expect(table).toEqual([
      { column_name: "id", data_type: "character varying", is_nullable: "NO", column_default: null, character_maximum_length: 36 },
      { column_name: "checksum", data_type: "character varying", is_nullable: "NO", column_default: null, character_maximum_length: 64 },
      { column_name: "finished_at", data_type: "timestamp with time zone", is_nullable: "YES", column_default: null, character_maximum_length: null },
      { column_name: "migration_name", data_type: "character varying", is_nullable: "NO", column_default: null, character_maximum_length: 255 },
      { column_name: "logs", data_type: "text", is_nullable: "YES", column_default: null, character_maximum_length: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", is_nullable: "YES", column_default: null, character_maximum_length: null },
      { column_name: "started_at", data_type: "timestamp with time zone", is_nullable: "NO", column_default: "now()", character_maximum_length: null },
      { column_name: "applied_steps_count", data_type: "integer", is_nullable: "NO", column_default: "0", character_maximum_length: null },
    ]);
    const pk = await query<{ def: string }>(
      url,
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = '_prisma_migrations'::regclass AND contype = 'p'`,
    );
    expect(pk).toEqual([{ def: "PRIMARY KEY (id)" }]);

    const rows = await query<{ id: string; checksum: string; finished_at: Date | null; migration_name: string; logs: string | null; rolled_back_at: Date | null; started_at: Date; applied_steps_count: number }>(
      url,
      `SELECT * FROM _prisma_migrations ORDER BY started_at`,
    );
    const migrations = committedMigrations();
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((migration) => migration.name));
    rows.forEach((row, i) => {
      const file = readFileSync(path.join(migrationsDir, migrations[i]!.name, "migration.sql"));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.checksum).toBe(migrationChecksum(file));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    });
  });

  test("applying again applies nothing", async () => {
    const before = await query(url, `SELECT id FROM _prisma_migrations ORDER BY id`);
    const log: string[] = [];
    expect(await applyMigrations(url, { log: (line) => log.push(line) })).toEqual({ applied: [] });
    expect(log).toContain("No pending migrations to apply.");
    expect(await query(url, `SELECT id FROM _prisma_migrations ORDER BY id`)).toEqual(before);
  });

  test("refuses to run when an applied migration.sql was modified", async () => {
    const dir = copyOfMigrations();
    const [first] = committedMigrations();
    appendFileSync(path.join(dir, first!.name, "migration.sql"), "\n-- edited after it was applied\n");

    const attempt = applyMigrations(url, { migrationsDir: dir });
    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(new RegExp(`\`${first!.name}\`.*modified`));
    expect((await migrationStatus(url, { migrationsDir: dir })).modified).toEqual([first!.name]);

    // Line endings alone are not a modification (git may convert them), as in Prisma.
    const crlf = copyOfMigrations();
    const file = path.join(crlf, first!.name, "migration.sql");
    writeFileSync(file, readFileSync(file, "utf8").replace(/\n/g, "\r\n"));
    expect(await applyMigrations(url, { migrationsDir: crlf })).toEqual({ applied: [] });
  });

  test("refuses to run when a failed migration is recorded", async () => {
    await query(
      url,
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES ('00000000-0000-4000-8000-000000000000', repeat('0', 64), '29990101000000_half_done', 'boom', now(), 0)`,
    );
    try {
      const status = await migrationStatus(url);
      expect(status.failed).toEqual(["29990101000000_half_done"]);
      await expect(applyMigrations(url)).rejects.toThrow(/failed migrations[\s\S]*`29990101000000_half_done`[\s\S]*boom/);
    } finally {
      await query(url, `DELETE FROM _prisma_migrations WHERE migration_name = '29990101000000_half_done'`);
    }
    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });

  test("the schema check bites: a dropped column and index are reported as differences", async () => {
    // (The CHECK constraint, which Prisma does not model, makes the engine read pg_constraint.contype rows.)
    await query(
      url,
      `ALTER TABLE "Quote" DROP COLUMN "attribution"; DROP INDEX "Quote_speakerId_idx";
       ALTER TABLE "Quote" ADD CONSTRAINT "Quote_offsets_check" CHECK ("startOffset" <= "endOffset");`,
    );
    const diff = await diffDatabaseToSchema(url);
    expect(diff.exitCode).toBe(2);
    expect(diff.script).toContain(`ALTER TABLE "Quote" ADD COLUMN`);
    expect(diff.script).toMatch(/"attribution" TEXT/);
    expect(diff.script).toContain(`CREATE INDEX "Quote_speakerId_idx" ON "Quote"("speakerId");`);
  });
});

describe("applyMigrations with a broken migration", () => {
  test("rolls the broken migration back whole, records nothing for it and names it", async () => {
    const url = await freshDatabase();
    const dir = copyOfMigrations();
    const broken = "29990101000000_broken";
    mkdirSync(path.join(dir, broken));
    writeFileSync(
      path.join(dir, broken, "migration.sql"),
      `-- CreateTable\nCREATE TABLE "HalfDone" ("id" SERIAL NOT NULL);\n\n-- AlterTable\nALTER TABLE "Article" ADD COLUMN "extra" TEXT;\n\nSELECT * FROM "does_not_exist";\n`,
    );
    const good = committedMigrations().map((migration) => migration.name);

    const attempt = applyMigrations(url, { migrationsDir: dir });
    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(new RegExp(`\`${broken}\` failed[\\s\\S]*does_not_exist[\\s\\S]*line 7`));

    // The good migrations before it are applied and recorded; nothing of the broken one exists.
    const rows = await query<{ migration_name: string; finished_at: Date | null }>(
      url,
      `SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY started_at`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(good);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    expect(await query(url, `SELECT to_regclass('"HalfDone"') AS t`)).toEqual([{ t: null }]);
    expect(
      await query(url, `SELECT column_name FROM information_schema.columns WHERE table_name = 'Article' AND column_name = 'extra'`),
    ).toEqual([]);
    expect(await migrationStatus(url, { migrationsDir: dir })).toEqual({
      applied: good,
      pending: [broken],
      failed: [],
      modified: [],
    });

    // Once fixed, the next run applies it.
    writeFileSync(path.join(dir, broken, "migration.sql"), `-- CreateTable\nCREATE TABLE "HalfDone" ("id" SERIAL NOT NULL);\n`);
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual({ applied: [broken] });
  });
});

describe("applyMigrations, other refusals and races", () => {
  test("two callers starting at once apply each migration once", async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    const names = committedMigrations().map((migration) => migration.name);
    expect([...a.applied, ...b.applied]).toEqual(names);
    const rows = await query<{ n: string }>(url, `SELECT count(*)::text AS n FROM _prisma_migrations`);
    expect(rows).toEqual([{ n: String(names.length) }]);
  });

  // Needs a server where each connection is its own session (not the embedded PGlite server).
  (separateSessions ? test : test.skip)("waits while another session (e.g. `prisma migrate deploy`) holds Prisma's advisory lock", async () => {
    const url = await freshDatabase();
    const other = new Client({ connectionString: url });
    await other.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(72707369)`);
      const log: string[] = [];
      let done = false;
      const run = applyMigrations(url, { log: (line) => log.push(line) }).finally(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(done).toBe(false);
      expect(log).toEqual([expect.stringMatching(/^Waiting for the migration lock/)]);
      expect(await query(url, `SELECT to_regclass('_prisma_migrations') AS t`)).toEqual([{ t: null }]);

      await other.query(`SELECT pg_advisory_unlock(72707369)`);
      expect((await run).applied).toEqual(committedMigrations().map((migration) => migration.name));
    } finally {
      await other.end();
    }
  });

  test("refuses a database that has tables but no migration history", async () => {
    const url = await freshDatabase();
    await query(url, `CREATE TABLE "Legacy" (id int)`);
    await expect(applyMigrations(url)).rejects.toThrow(/not empty \(Legacy\)[\s\S]*baseline/i);
    expect(await query(url, `SELECT to_regclass('_prisma_migrations') AS t`)).toEqual([{ t: null }]);
  });

  test("checksums tolerate line endings and old unpadded checksums, as Prisma's do", () => {
    const lf = Buffer.from("CREATE TABLE a ();\nCREATE TABLE b ();\n");
    const crlf = Buffer.from("CREATE TABLE a ();\r\nCREATE TABLE b ();\r\n");
    expect(scriptMatchesChecksum(crlf, migrationChecksum(lf))).toBe(true);
    expect(scriptMatchesChecksum(lf, migrationChecksum(crlf))).toBe(true);
    expect(scriptMatchesChecksum(lf, migrationChecksum(Buffer.from("CREATE TABLE a ();\n")))).toBe(false);
    expect(migrationChecksum("hello")).toBe("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    // sha256("hello") has bytes below 0x10, so its old unpadded rendering is shorter than 64 characters.
    const unpadded = Array.from(createHash("sha256").update("hello").digest(), (byte) => byte.toString(16)).join("");
    expect(unpadded.length).toBeLessThan(64);
    expect(scriptMatchesChecksum(Buffer.from("hello"), unpadded)).toBe(true);
    expect(scriptMatchesChecksum(Buffer.from("hello!"), unpadded)).toBe(false);
  });
});
