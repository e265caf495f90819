/**
 * Experiment (not part of the service): can a learned re-ranker over the extractor's own candidates
 * pick speakers better than its rules? For every dev quote the extractor matched, it writes the
 * candidates (no speaker, and each person or body the analysis found) with shallow features of
 * each: whether the rules chose it, distances to its mentions, whether it spoke the quotes before
 * and after, whether a speech verb stands beside a mention in the paragraph, and so on, each also
 * crossed with the quotation's context (partial, whole paragraph, kind of attribution).
 * train.py then fits models on them with article-grouped cross-validation. Results and the
 * conclusion: tests/eval/README.md ("A learned re-ranker").
 *
 *   npx tsx scripts/experiments/reranker/features.ts [split] [out.json]
 */
import * as fs from "fs";
import * as path from "path";
import { analyzeArticle } from "../../../src/ingest/analyze";
import { resolvePredictions, scoreArticle, speakersAgree } from "../../eval/score";
const split = process.argv[2] ?? "dev";
const set = path.resolve(__dirname, "..", "..", "..", "tests", "eval");
const out = process.argv[3] ?? `features-${split}.json`;
const dir = path.join(set, split);
const SPEECH = /^(said|says|say|told|tells|added|adds|stated|states|wrote|writes|asked|asks|replied|explained|explains|noted|notes|according|insisted|argued|argues|warned|warns|continued|recalled|admitted|claimed|claims|declared|responded|agreed|announced|tweeted|posted|acknowledged|suggested|described)$/i;
function esc(s: string) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
interface Candidate { f: Record<string, number>; y: number; key: string | null; lb?: number }
const items: { slug: string; rule: number; cands: Candidate[] }[] = [];
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
  const text = fs.readFileSync(path.join(dir, f.replace(/json$/, "txt")), "utf8");
  const a = analyzeArticle(text);
  const preds = resolvePredictions(a.quotes, a.people);
  const s = scoreArticle(gold.quotes, preds);
  const body = a.body;
  const paraStart: number[] = []; { let o = 0; for (const p of a.paragraphs) { paraStart.push(o); o += p.length + 2; } }
  const paraOf = (off: number) => { let i = 0; while (i + 1 < paraStart.length && paraStart[i + 1] <= off) i++; return i; };
  // mentions per person
  const mentions = new Map<string, { at: number; subj: boolean }[]>();
  const quoteCount = new Map<string, number>();
  for (const q of a.quotes) if (q.speakerKey) quoteCount.set(q.speakerKey, (quoteCount.get(q.speakerKey) ?? 0) + 1);
  const maxCount = Math.max(0, ...quoteCount.values());
  for (const p of a.people) {
    const forms = new Set([p.name, ...p.aliases].filter((x) => x && x.length > 1));
    const last = p.name.split(/\s+/).pop()!; if (p.kind === "PERSON" && last.length > 2) forms.add(last);
    const ms: { at: number; subj: boolean }[] = [];
    for (const form of forms) {
      const re = new RegExp(`(?<![\\p{L}])${esc(form)}(?![\\p{L}])`, "gu");
      let m; while ((m = re.exec(body))) {
        const after = body.slice(m.index + form.length, m.index + form.length + 40).split(/\s+/).filter(Boolean).slice(0, 3);
        const before = body.slice(Math.max(0, m.index - 30), m.index).split(/\s+/).filter(Boolean).slice(-2);
        ms.push({ at: m.index, subj: after.some((w) => SPEECH.test(w.replace(/[^\p{L}]/gu, ""))) || before.some((w) => SPEECH.test(w.replace(/[^\p{L}]/gu, ""))) });
      }
    }
    ms.sort((x, y) => x.at - y.at);
    mentions.set(p.key, ms);
  }
  const inTitle = (p: { name: string; aliases: string[] }) => [p.name, ...p.aliases].some((n) => n && a.title.includes(n));
  for (const pr of s.pairs) {
    const qi = pr.pred; const q = a.quotes[qi];
    const g = gold.quotes[pr.gold].speaker;
    const att = q.attribution;
    const attCat = att === null ? "none" : /\b(he|she|they|it|we|i)\b/i.test(att) ? "pronoun" : /\bthe\b/i.test(att) ? "theX" : "named";
    const prev = qi > 0 ? a.quotes[qi - 1] : null; const next = qi + 1 < a.quotes.length ? a.quotes[qi + 1] : null;
    const ps = paraStart[q.paragraph]; const pe = ps + a.paragraphs[q.paragraph].length;
    const wholePara = q.startOffset - ps <= 2 && pe - q.endOffset <= 2;
    const paraHasSpeech = a.paragraphs[q.paragraph].split(/\s+/).some((w) => SPEECH.test(w.replace(/[^\p{L}]/gu, "")));
    const common: Record<string, number> = { partial: +q.isPartial, wholePara: +wholePara, paraHasSpeech: +paraHasSpeech,
      att_none: +(attCat === "none"), att_pronoun: +(attCat === "pronoun"), att_theX: +(attCat === "theX"), att_named: +(attCat === "named"),
      ruleNull: +(q.speakerKey === null), prevSameParaOrAdj: prev ? +(q.paragraph - prev.paragraph <= 1) : 0 };
    const cands: Candidate[] = [];
    const nullF: Record<string, number> = { isNull: 1, rulePick: +(q.speakerKey === null) };
    for (const [k, v] of Object.entries(common)) { nullF[`null_x_${k}`] = v; nullF[`null_rp_x_${k}`] = v * nullF.rulePick; }
    cands.push({ f: nullF, y: g === null ? 1 : 0, key: null });
    for (const p of a.people) {
      const ms = mentions.get(p.key) ?? [];
      const before = ms.filter((m) => m.at < q.startOffset); const after = ms.filter((m) => m.at >= q.endOffset);
      const lb = before.length ? before[before.length - 1] : null; const fa = after.length ? after[0] : null;
      const dB = lb ? q.startOffset - lb.at : 1e5; const dA = fa ? fa.at - q.endOffset : 1e5;
      const rp = +(q.speakerKey === p.key);
      const fe: Record<string, number> = {
        rulePick: rp,
        org: +(p.kind === "ORGANIZATION"),
        logDistBefore: Math.log1p(dB) / 10, logDistAfter: Math.log1p(dA) / 10,
        mentionedSamePara: +ms.some((m) => m.at >= ps && m.at < pe),
        mentionedSameParaBefore: +(lb !== null && lb.at >= ps), mentionedSameParaAfter: +(fa !== null && fa.at < pe),
        mentionedPrevPara: +(q.paragraph > 0 && ms.some((m) => paraOf(m.at) === q.paragraph - 1)),
        subjSamePara: +ms.some((m) => m.subj && m.at >= ps && m.at < pe),
        subjPrevPara: +(q.paragraph > 0 && ms.some((m) => m.subj && paraOf(m.at) === q.paragraph - 1)),
        lastMentionedBefore: 0,
        prevSpeaker: +(prev?.speakerKey === p.key), nextSpeaker: +(next?.speakerKey === p.key),
        samePara_speaker: +a.quotes.some((o, j) => j !== qi && o.paragraph === q.paragraph && o.speakerKey === p.key),
        logQuotes: Math.log1p(quoteCount.get(p.key) ?? 0), topQuoted: +((quoteCount.get(p.key) ?? 0) === maxCount && maxCount > 0),
        inTitle: +inTitle(p), mentionedBeforeAtAll: +(before.length > 0), neverMentioned: +(ms.length === 0),
      };
      cands.push({ f: fe, y: g !== null && speakersAgree(g, p) ? 1 : 0, key: p.key, lb: lb ? lb.at : -1 });
    }
    // the person mentioned last before the quote
    let best = -1, bi = -1; cands.forEach((c, i) => { if (c.key && (c.lb ?? -1) > best) { best = c.lb ?? -1; bi = i; } });
    if (bi >= 0) cands[bi].f.lastMentionedBefore = 1;
    // interactions of person features with common context
    for (const c of cands) if (c.key) {
      const base = { ...c.f };
      for (const [ck, cv] of Object.entries(common)) if (cv) for (const k of ["rulePick", "prevSpeaker", "nextSpeaker", "lastMentionedBefore", "subjSamePara", "subjPrevPara", "mentionedSameParaBefore", "mentionedSameParaAfter", "samePara_speaker"]) c.f[`${k}_x_${ck}`] = base[k] * cv;
      delete c.lb;
    }
    items.push({ slug: f.slice(0, -5), rule: pr.speakerAgrees ? 1 : 0, cands });
  }
}
fs.writeFileSync(out, JSON.stringify(items));
console.log(items.length);
