import { defineConfig } from "prisma/config";

// Prisma's own tools read this file. The service itself does not need the Prisma CLI at run time:
// it applies prisma/migrations with src/db/migrate.ts (same bookkeeping as `prisma migrate deploy`).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx seed/index.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  },
});
