/**
 * Scores the quote extractor against the hand-labelled evaluation set in tests/eval/.
 *
 *   npx tsx scripts/eval-quotes.ts [--split dev|heldout|all] [--verbose] [--json] [--module <path>] [--set <dir>]
 *
 * For every tests/eval/<split>/<slug>.txt it calls analyzeArticle(text) from
 * src/ingest/analyze.ts and compares the predicted quotes with <slug>.json.
 * Matching rules: see scripts/eval/score.ts and tests/eval/README.md.
 * --module points at another module exporting analyzeArticle (for trying the scorer
 * against a stand-in); by default src/ingest/analyze is used. --set scores another labelled set laid
 * out the same way (<dir>/dev/, <dir>/heldout/): your own articles, or probe texts.
 */
import * as fs from "fs";
import * as path from "path";
import {
  addCounts,
  ArticleScore,
  Counts,
  emptyCounts,
  GoldQuote,
  metrics,
  Metrics,
  PredictedPerson,
  PredictedQuote,
  resolvePredictions,
  scoreArticle,
} from "./eval/score";

const SPLITS = ["dev", "heldout"] as const;
type Split = (typeof SPLITS)[number];

interface GoldFile {
  source: string;
  url: string;
  title: string;
  quotes: GoldQuote[];
}

interface AnalyzeResult {
  people: PredictedPerson[];
  quotes: { text: string; speakerKey: string | null }[];
}
type AnalyzeFn = (text: string) => AnalyzeResult;

interface ArticleResult {
  split: Split;
  slug: string;
  score: ArticleScore;
  gold: GoldQuote[];
  predicted: PredictedQuote[];
  error?: string;
}

interface Options {
  splits: Split[];
  verbose: boolean;
  json: boolean;
  modulePath: string;
  /** The folder holding dev/ and heldout/ (tests/eval unless --set names another). */
  setDir: string;
}

const USAGE = "usage: npx tsx scripts/eval-quotes.ts [--split dev|heldout|all] [--verbose] [--json] [--module <path>] [--set <dir>]";

function parseArgs(argv: string[]): Options {
  let split = "all";
  let setDir = path.resolve(__dirname, "..", "tests", "eval");
  let verbose = false;
  let json = false;
  let modulePath = path.resolve(__dirname, "..", "src", "ingest", "analyze");
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--split") split = argv[++i] ?? "";
    else if (a.startsWith("--split=")) split = a.slice("--split=".length);
    else if (a === "--verbose" || a === "-v") verbose = true;
    else if (a === "--json") json = true;
    else if (a === "--module") modulePath = path.resolve(argv[++i] ?? "");
    else if (a === "--set") setDir = path.resolve(argv[++i] ?? "");
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  if (split !== "all" && !(SPLITS as readonly string[]).includes(split)) {
    console.error(`--split must be dev, heldout or all (got "${split}")`);
    process.exit(2);
  }
  const splits = split === "all" ? [...SPLITS] : [split as Split];
  if (!fs.existsSync(setDir)) {
    console.error(`--set: no such folder ${setDir}`);
    process.exit(2);
  }
  return { splits, verbose, json, modulePath, setDir };
}

async function loadAnalyzer(modulePath: string): Promise<AnalyzeFn> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(modulePath)) as Record<string, unknown>;
  } catch (e) {
    console.error(`cannot load analyzeArticle from ${modulePath}: ${(e as Error).message}`);
    process.exit(1);
  }
  const fn = (mod.analyzeArticle ?? (mod.default as Record<string, unknown> | undefined)?.analyzeArticle) as
    | AnalyzeFn
    | undefined;
  if (typeof fn !== "function") {
    console.error(`${modulePath} does not export analyzeArticle`);
    process.exit(1);
  }
  return fn;
}

function runSplit(setDir: string, split: Split, analyze: AnalyzeFn): ArticleResult[] {
  const dir = path.join(setDir, split);
  if (!fs.existsSync(dir)) return [];
  const slugs = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();
  return slugs.map((slug) => {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, `${slug}.json`), "utf8")) as GoldFile;
    const text = fs.readFileSync(path.join(dir, `${slug}.txt`), "utf8");
    let predicted: PredictedQuote[] = [];
    let error: string | undefined;
    try {
      const out = analyze(text);
      predicted = resolvePredictions(out.quotes ?? [], out.people ?? []);
    } catch (e) {
      // A crash on one article counts as no predictions for it; the error is reported.
      error = (e as Error).stack ?? String(e);
    }
    return { split, slug, gold: gold.quotes, predicted, score: scoreArticle(gold.quotes, predicted), error };
  });
}

function pct(x: number): string {
  return Number.isNaN(x) ? "  n/a" : `${(100 * x).toFixed(1).padStart(5)}%`;
}

function line(label: string, m: Metrics): string {
  return (
    `${label.padEnd(10)} articles ${String(m.articles).padStart(3)}  gold ${String(m.gold).padStart(4)}  ` +
    `predicted ${String(m.predicted).padStart(4)}  matched ${String(m.matched).padStart(4)}  | ` +
    `span P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}  | ` +
    `speaker ${pct(m.speakerAccuracy)} (${m.speakerCorrect}/${m.matched})`
  );
}

function short(s: string, n = 90): string {
  const t = s.replace(/\s+/g, " ");
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function printVerbose(r: ArticleResult): void {
  const m = metrics(addCounts(emptyCounts(), r.score));
  console.log(`  ${line(r.slug, m).replace(/^(\S+)\s+/, "$1  ")}`);
  if (r.error) console.log(`    ERROR: ${r.error.split("\n")[0]}`);
  for (const p of r.score.pairs) {
    if (!p.speakerAgrees) {
      const pred = r.predicted[p.pred].speaker;
      console.log(
        `    speaker: gold ${JSON.stringify(r.gold[p.gold].speaker)} vs predicted ${pred ? JSON.stringify(pred.name) : "null"}: "${short(r.gold[p.gold].text)}"`,
      );
    }
  }
  for (const i of r.score.missed) console.log(`    missed:   "${short(r.gold[i].text)}" (${r.gold[i].speaker ?? "null"})`);
  for (const i of r.score.spurious) console.log(`    spurious: "${short(r.predicted[i].text)}"`);
}

async function main(): Promise<void> {
  const { splits, verbose, json, modulePath, setDir } = parseArgs(process.argv.slice(2));
  const analyze = await loadAnalyzer(modulePath);
  const all: ArticleResult[] = [];
  const bySplit: Record<string, Metrics> = {};
  let overall: Counts = emptyCounts();
  for (const split of splits) {
    const results = runSplit(setDir, split, analyze);
    all.push(...results);
    let c: Counts = emptyCounts();
    for (const r of results) c = addCounts(c, r.score);
    overall = addCounts(overall, c);
    bySplit[split] = metrics(c);
  }
  const overallMetrics = metrics(overall);
  const errors = all.filter((r) => r.error).map((r) => ({ split: r.split, slug: r.slug, error: r.error }));

  if (json) {
    const articles = all.map((r) => ({
      split: r.split,
      slug: r.slug,
      ...metrics(addCounts(emptyCounts(), r.score)),
      missed: r.score.missed.map((i) => r.gold[i]),
      spurious: r.score.spurious.map((i) => r.predicted[i].text),
      speakerErrors: r.score.pairs
        .filter((p) => !p.speakerAgrees)
        .map((p) => ({ text: r.gold[p.gold].text, gold: r.gold[p.gold].speaker, predicted: r.predicted[p.pred].speaker?.name ?? null })),
      error: r.error ?? null,
    }));
    console.log(JSON.stringify({ splits: bySplit, overall: overallMetrics, articles, errors }, null, 2));
    return;
  }

  const shown = path.relative(process.cwd(), setDir);
  console.log(`Quote extraction evaluation (${shown.startsWith("..") || shown === "" ? setDir : shown})`);
  for (const split of splits) {
    console.log(line(split, bySplit[split]));
    if (verbose) for (const r of all.filter((x) => x.split === split)) printVerbose(r);
  }
  if (splits.length > 1) console.log(line("overall", overallMetrics));
  for (const e of errors) console.log(`error in ${e.split}/${e.slug}: ${(e.error ?? "").split("\n")[0]}`);
  console.log("targets: span F1 >= 92%, speaker accuracy >= 92% (held-out)");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
