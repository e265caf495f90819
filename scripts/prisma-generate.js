#!/usr/bin/env node
// Runs `prisma generate` without Prisma's native schema engine.
// Generating the client needs no engine, but the CLI still resolves (and, when missing, downloads)
// one before every command, which fails offline. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any
// executable skips that download; an engine the user configured is left alone.
const { spawnSync } = require("node:child_process");

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";
const result = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate", ...process.argv.slice(2)], {
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
