// Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's native schema engine.
//
// The bookkeeping is Prisma's own, so `prisma migrate status` / `prisma migrate deploy` (where the engine
// is available) read the same database without surprises:
// - the `_prisma_migrations` table, created with the exact DDL of Prisma's PostgreSQL connector;
// - one row per applied migration: a uuid id, the sha256 hex checksum of migration.sql, finished_at set,
//   applied_steps_count 1, logs NULL;
// - the advisory lock Prisma takes (pg_advisory_lock(72707369)), so two processes starting at once (or this
//   code and a real `prisma migrate deploy`) apply each migration once.
//
// Where this differs from `prisma migrate deploy`, deliberately:
// - Each pending migration runs in ONE transaction together with its `_prisma_migrations` row. A migration
//   that fails is rolled back completely and leaves no row at all, so the database is exactly as before it
//   and the next start simply tries again; Prisma would instead keep a "failed" row that blocks every later
//   deploy until someone runs `prisma migrate resolve`, a tool that is not usable offline here. (A
//   migration.sql that issues its own COMMIT would defeat this; Prisma never generates one.)
// - An applied migration whose migration.sql no longer matches its recorded checksum is refused (Prisma's
//   deploy only reports it in `migrate status`): changing history silently is how schemas drift.
// Like Prisma, a recorded failed migration (finished_at and rolled_back_at both NULL, e.g. left by a real
// `prisma migrate deploy`) is refused, and so is a non-empty database that has no `_prisma_migrations` table.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { projectRoot } from "../config";

/** The key of the session advisory lock Prisma's schema engine takes on PostgreSQL while migrating. */
export const PRISMA_MIGRATE_LOCK_ID = 72707369;

/** Prisma's migrations table, exactly as its PostgreSQL connector creates it. */
export const CREATE_MIGRATIONS_TABLE_SQL = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);
`;

export interface MigrateOptions {
  /** Folder in Prisma Migrate's layout (`<name>/migration.sql`, `migration_lock.toml`); default prisma/migrations. */
  migrationsDir?: string;
  /** Receives one line per step taken (nothing is printed otherwise). */
  log?: (line: string) => void;
}

export interface MigrationStatus {
  /** Migrations recorded as applied (finished and not rolled back), oldest first. */
  applied: string[];
  /** Migrations in the folder that the database has not applied yet, in the order they would run. */
  pending: string[];
  /** Migrations recorded as failed (started, neither finished nor rolled back): applyMigrations refuses to run. */
  failed: string[];
  /** Applied migrations whose migration.sql no longer matches the recorded checksum: applyMigrations refuses to run. */
  modified: string[];
}

/** Every refusal and failure of applyMigrations; `migration` names the migration concerned, when there is one. */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

interface MigrationOnDisk {
  name: string;
  script: Buffer;
  checksum: string;
}

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

export function defaultMigrationsDir(): string {
  return path.join(projectRoot(), "prisma", "migrations");
}

/** sha256 of the script, lower-case hex, as Prisma records it. */
export function migrationChecksum(script: Buffer | string): string {
  return createHash("sha256").update(script).digest("hex");
}

/**
 * Whether a script matches a recorded checksum, with Prisma's tolerances: line endings (git may convert
 * them: the script is also tried with CRLF→LF and LF→CRLF) and the non-zero-padded hex that old Prisma
 * versions wrote (prisma-engines#1887).
 */
export function scriptMatchesChecksum(script: Buffer, recorded: string): boolean {
  const text = script.toString("utf8");
  const variants = [script, Buffer.from(text.replace(/\r\n/g, "\n"), "utf8"), Buffer.from(text.replace(/\n/g, "\r\n"), "utf8")];
  return variants.some((variant) => {
    const digest = createHash("sha256").update(variant).digest();
    const formatted =
      recorded.length !== 0 && recorded.length !== 64
        ? Array.from(digest, (byte) => byte.toString(16)).join("")
        : digest.toString("hex");
    return formatted === recorded;
  });
}

/** Reads the migrations folder the way Prisma's CLI does: every sub-folder is a migration, sorted by name. */
function readMigrations(dir: string): MigrationOnDisk[] {
  if (!existsSync(dir)) {
    throw new MigrationError(`No migrations folder at ${dir}`);
  }
  const lockfile = path.join(dir, "migration_lock.toml");
  if (existsSync(lockfile)) {
    const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(readFileSync(lockfile, "utf8"))?.[1];
    if (provider !== undefined && provider !== "postgresql") {
      throw new MigrationError(
        `The migrations in ${dir} were written for provider "${provider}" (migration_lock.toml), not "postgresql"`,
      );
    }
  }
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => {
    const file = path.join(dir, name, "migration.sql");
    if (!existsSync(file)) {
      throw new MigrationError(`Migration \`${name}\` has no migration.sql (${file})`, name);
    }
    const script = readFileSync(file);
    return { name, script, checksum: migrationChecksum(script) };
  });
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Prisma takes the schema from the URL's `schema` parameter (default public); pg ignores it, so apply it
 * here (creating it when migrating, as Prisma does).
 */
async function connect(connectionString: string, createSchema: boolean): Promise<Client> {
  let schema: string | null = null;
  try {
    schema = new URL(connectionString).searchParams.get("schema");
  } catch {
    // Not a URL (e.g. a key=value string): pg still understands it, and there is no schema parameter.
  }
  const client = new Client({ connectionString });
  await client.connect();
  try {
    if (schema) {
      if (createSchema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    }
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}

async function migrationsTableExists(client: Client): Promise<boolean> {
  const { rows } = await client.query<{ exists: boolean }>(
    `SELECT to_regclass(quote_ident(current_schema()) || '._prisma_migrations') IS NOT NULL AS "exists"`,
  );
  return rows[0]?.exists === true;
}

/** Tables, views, sequences and enums in the current schema (Prisma refuses to start history on top of them). */
async function existingObjects(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
       WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
     UNION ALL
     SELECT t.typname AS name FROM pg_type t
       WHERE t.typnamespace = current_schema()::regnamespace AND t.typtype = 'e'
     ORDER BY name`,
  );
  return rows.map((row) => row.name);
}

async function readMigrationRows(client: Client): Promise<MigrationRow[]> {
  const { rows } = await client.query<MigrationRow>(
    `SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count
       FROM _prisma_migrations ORDER BY started_at, migration_name`,
  );
  return rows;
}

function analyse(onDisk: MigrationOnDisk[], rows: MigrationRow[]): MigrationStatus & { failedRows: MigrationRow[] } {
  const live = rows.filter((row) => row.rolled_back_at === null);
  const failedRows = live.filter((row) => row.finished_at === null);
  const appliedRows = live.filter((row) => row.finished_at !== null);
  const byName = new Map(onDisk.map((migration) => [migration.name, migration]));
  const modified = appliedRows
    .filter((row) => {
      const migration = byName.get(row.migration_name);
      return migration !== undefined && !scriptMatchesChecksum(migration.script, row.checksum);
    })
    .map((row) => row.migration_name);
  // As in Prisma: a migration counts as handled once a row that is not rolled back exists, failed or not.
  const recorded = new Set(live.map((row) => row.migration_name));
  return {
    applied: appliedRows.map((row) => row.migration_name),
    pending: onDisk.filter((migration) => !recorded.has(migration.name)).map((migration) => migration.name),
    failed: failedRows.map((row) => row.migration_name),
    modified: [...new Set(modified)],
    failedRows,
  };
}

/** 1-based line of a character offset (Postgres error positions are 1-based characters). */
function lineOf(text: string, position: number): number {
  return text.slice(0, Math.max(0, position - 1)).split("\n").length;
}

function describeDbError(error: unknown, script: string): string {
  if (!(error instanceof Error)) return String(error);
  const pgError = error as Error & { code?: string; position?: string; detail?: string; hint?: string };
  const parts = [pgError.message];
  if (pgError.code) parts.push(`(SQLSTATE ${pgError.code})`);
  if (pgError.position) parts.push(`at line ${lineOf(script, Number(pgError.position))} of migration.sql`);
  let text = parts.join(" ");
  if (pgError.detail) text += `\nDETAIL: ${pgError.detail}`;
  if (pgError.hint) text += `\nHINT: ${pgError.hint}`;
  return text;
}

/**
 * Applies every pending migration of the folder (default prisma/migrations), oldest first, each in its own
 * transaction with its `_prisma_migrations` row. Returns the names applied (empty when up to date).
 * Throws a MigrationError, before applying anything, when the history is not safe to extend: a failed
 * migration is recorded, an applied migration.sql was modified, or the database already holds objects but no
 * migration history. When a migration fails, it is rolled back whole and the error names it; migrations
 * applied before it in the same call stay applied.
 */
export function applyMigrations(connectionString: string, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  // Callers in this process take turns before the advisory lock: with the embedded PGlite server every
  // connection shares one database session, where the session-level advisory lock cannot exclude anyone.
  const previous = inProcessTurns.get(connectionString) ?? Promise.resolve();
  const turn = previous.catch(() => undefined).then(() => applyMigrationsLocked(connectionString, options));
  const settled = turn.catch(() => undefined);
  inProcessTurns.set(connectionString, settled);
  void settled.then(() => {
    if (inProcessTurns.get(connectionString) === settled) inProcessTurns.delete(connectionString);
  });
  return turn;
}

const inProcessTurns = new Map<string, Promise<unknown>>();

async function applyMigrationsLocked(connectionString: string, options: MigrateOptions): Promise<{ applied: string[] }> {
  const dir = options.migrationsDir ?? defaultMigrationsDir();
  const log = options.log ?? (() => undefined);
  const onDisk = readMigrations(dir);
  const client = await connect(connectionString, true);
  let locked = false;
  try {
    const { rows: tryRows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock($1) AS locked`, [
      PRISMA_MIGRATE_LOCK_ID,
    ]);
    if (tryRows[0]?.locked !== true) {
      log(`Waiting for the migration lock (pg_advisory_lock(${PRISMA_MIGRATE_LOCK_ID})): another process is migrating`);
      await client.query(`SELECT pg_advisory_lock($1)`, [PRISMA_MIGRATE_LOCK_ID]);
    }
    locked = true;

    if (!(await migrationsTableExists(client))) {
      const objects = await existingObjects(client);
      if (objects.length > 0) {
        throw new MigrationError(
          `The database schema is not empty (${objects.slice(0, 5).join(", ")}${objects.length > 5 ? ", ..." : ""}) ` +
            `but has no _prisma_migrations table, so its history is unknown. Baseline it first ` +
            `(https://pris.ly/d/migrate-baseline) or use an empty database.`,
        );
      }
      await client.query(CREATE_MIGRATIONS_TABLE_SQL);
      log("Created the _prisma_migrations table");
    }

    const status = analyse(onDisk, await readMigrationRows(client));
    if (status.failedRows.length > 0) {
      const details = status.failedRows
        .map((row) => {
          const logs = row.logs?.trim() ? ` with the following logs:\n${row.logs.trim()}` : "";
          return `The \`${row.migration_name}\` migration started at ${row.started_at.toISOString()} failed${logs}`;
        })
        .join("\n");
      throw new MigrationError(
        `Found failed migrations in the database, new migrations will not be applied. Resolve them first ` +
          `(https://pris.ly/d/migrate-resolve).\n${details}`,
        status.failedRows[0]?.migration_name,
      );
    }
    if (status.modified.length > 0) {
      const names = status.modified.map((name) => `\`${name}\``).join(", ");
      throw new MigrationError(
        `Refusing to migrate: the migration.sql of applied migration(s) ${names} was modified after it was applied ` +
          `(its sha256 no longer matches the checksum in _prisma_migrations). Restore the original file and put ` +
          `the change in a new migration.`,
        status.modified[0],
      );
    }

    const applied: string[] = [];
    for (const name of status.pending) {
      const migration = onDisk.find((candidate) => candidate.name === name)!;
      const script = migration.script.toString("utf8");
      const started = Date.now();
      log(`Applying migration \`${name}\``);
      await client.query("BEGIN");
      try {
        const id = randomUUID();
        await client.query(
          `INSERT INTO _prisma_migrations (id, checksum, migration_name, applied_steps_count) VALUES ($1, $2, $3, 0)`,
          [id, migration.checksum, name],
        );
        await client.query(script);
        await client.query(
          `UPDATE _prisma_migrations
              SET applied_steps_count = applied_steps_count + 1, finished_at = clock_timestamp()
            WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw new MigrationError(
          `Migration \`${name}\` failed and was rolled back; nothing of it was applied or recorded. ` +
            describeDbError(error, script),
          name,
        );
      }
      applied.push(name);
      log(`Applied migration \`${name}\` in ${Date.now() - started} ms`);
    }
    if (applied.length === 0) log("No pending migrations to apply.");
    return { applied };
  } finally {
    if (locked) await client.query(`SELECT pg_advisory_unlock($1)`, [PRISMA_MIGRATE_LOCK_ID]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

/**
 * The database's migration state against the folder, read-only (no lock, creates nothing): for readiness
 * probes and diagnostics. A database without `_prisma_migrations` has everything pending.
 */
export async function migrationStatus(
  connectionString: string,
  options: Pick<MigrateOptions, "migrationsDir"> = {},
): Promise<MigrationStatus> {
  const onDisk = readMigrations(options.migrationsDir ?? defaultMigrationsDir());
  const client = await connect(connectionString, false);
  try {
    const rows = (await migrationsTableExists(client)) ? await readMigrationRows(client) : [];
    const { applied, pending, failed, modified } = analyse(onDisk, rows);
    return { applied, pending, failed, modified };
  } finally {
    await client.end().catch(() => undefined);
  }
}
