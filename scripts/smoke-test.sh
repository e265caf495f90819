#!/usr/bin/env bash
# Smoke test of the README's start command on the embedded database: start `npm start` with no
# DATABASE_URL on a fresh data folder, wait until ready, query the G-20 article with its quotes
# over HTTP, stop it with SIGTERM and check it exits cleanly. Prints the time to ready.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${SMOKE_PORT:-4517}"
data_dir="$(mktemp -d)"
log="$(mktemp)"
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true; rm -rf "$data_dir"; }
trap cleanup EXIT

start=$(date +%s%N)
env -u DATABASE_URL PORT="$port" DATA_DIR="$data_dir" HOST=127.0.0.1 npm start >"$log" 2>&1 &
pid=$!

ready=""
for _ in $(seq 1 240); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then ready=1; break; fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 0.25
done
if [ -z "$ready" ]; then echo "smoke: service did not become ready"; cat "$log"; exit 1; fi
echo "smoke: ready after $(( ($(date +%s%N) - start) / 1000000 )) ms (npm start to /readyz, fresh embedded database)"

query='{"query":"{ article(slug: \"trump-putin-reach-syria-deal-as-russian-government-denies-interference-in-us-election\") { title quotes { text speaker { name } } } }"}'
answer="$(curl -fsS -H 'content-type: application/json' -d "$query" "http://127.0.0.1:$port/graphql")"
node -e '
  const r = JSON.parse(process.argv[1]);
  const a = r.data && r.data.article;
  if (!a || r.errors) { console.error("smoke: bad answer", process.argv[1]); process.exit(1); }
  const speakers = new Set(a.quotes.map(q => q.speaker && q.speaker.name));
  console.log(`smoke: "${a.title}": ${a.quotes.length} quotes, speakers ${[...speakers].join(", ")}`);
  if (a.quotes.length !== 12 || a.quotes.some(q => !q.speaker)) process.exit(1);
' "$answer"

grep -q "Playground:" "$log" || { echo "smoke: start command did not print the playground URL"; cat "$log"; exit 1; }
kill -TERM "$pid"
if ! wait "$pid"; then echo "smoke: service did not exit cleanly on SIGTERM"; cat "$log"; exit 1; fi
pid=""
grep -q "stopped" "$log" || { echo "smoke: no clean shutdown message"; cat "$log"; exit 1; }
echo "smoke: stopped cleanly on SIGTERM"
