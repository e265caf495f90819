import { openDatabase, type Database } from "../src/db";
import { createTestDatabase, withClient, type TestDatabase } from "./support/database";

let server: TestDatabase;

beforeAll(async () => {
  server = await createTestDatabase({ migrate: false });
});

afterAll(async () => {
  await server?.close();
});

describe("openDatabase", () => {
  let db: Database;

  beforeAll(async () => {
    // A schema of its own through Prisma's `?schema=` convention: migrations, models and raw SQL all go there.
    const url = new URL(server.url);
    url.searchParams.set("schema", "qg_custom");
    db = await openDatabase({ databaseUrl: url.toString() });
  });

  afterAll(async () => {
    await db?.close();
  });

  it("migrates into the schema named by ?schema= and queries it, models and raw SQL alike", async () => {
    const tables = await withClient(server.url, (c) =>
      c.query<{ table_schema: string }>(`SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_name = 'Article'`),
    );
    expect(tables.rows.map((r) => r.table_schema)).toEqual(["qg_custom"]);
    const person = await db.prisma.person.create({ data: { slug: "p", name: "P", aliases: [] } });
    const raw = await db.prisma.$queryRaw<{ id: number }[]>`SELECT id FROM "Person"`;
    expect(raw).toEqual([{ id: person.id }]);
  });

  it("reports ready, and not ready with the reason when a migration's record goes missing", async () => {
    expect(await db.checkReady()).toEqual({ ready: true });
    await db.prisma.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = now()`);
    const result = await db.checkReady();
    expect(result.ready).toBe(false);
    expect(result).toMatchObject({ reason: expect.stringMatching(/^migrations not applied: \d{14}_init$/) });
    await db.prisma.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = NULL`);
  });

  it("refuses a schema name that is not a plain identifier", async () => {
    const url = new URL(server.url);
    url.searchParams.set("schema", "a;b");
    await expect(openDatabase({ databaseUrl: url.toString() })).rejects.toThrow('DATABASE_URL: schema must be a plain identifier (letters, digits, _), got "a;b"');
    const schemas = await withClient(server.url, (c) => c.query(`SELECT 1 FROM information_schema.schemata WHERE schema_name = 'a;b'`));
    expect(schemas.rowCount).toBe(0);
  });
});
