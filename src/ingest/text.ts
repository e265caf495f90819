/**
 * Turning pasted text into clean paragraphs: normalising white space, dropping page boilerplate
 * (navigation, share bars, comment forms), finding the title and the dateline.
 */

/** The cleaned layout of an article before any quote or person analysis. */
export interface ArticleLayout {
  title: string;
  paragraphs: string[];
  dateline: string | null;
}

/**
 * Normalises line endings and white space: CRLF/CR become LF, no-break and odd spaces become a
 * plain space, zero-width characters go, runs of spaces collapse (except exactly three between
 * words, which stand for a lost dash), and each line is trimmed.
 * Quote marks and all other characters are kept as written.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, " ")
    .split("\n")
    // (Three spaces between words stay: the BBC News dataset's copies write a dash so, "Lord Bingham   a senior law lord   said".)
    .map((line) => unglueShouting(line.replace(/ {2,}/g, (run, at: number, whole: string) => (run.length === 3 && at > 0 && /\S/.test(whole[at + 3] ?? "") ? run : " ")).trim()))
    .join("\n");
}

/**
 * A line of page furniture in capitals that scraped copy glued to the paragraphs around it ("... she
 * added.GET FOX BUSINESS ON THE GO BY CLICKING HEREPuzder told host ..."): set apart as a paragraph
 * of its own, so the words after it open a sentence again. Three capitalised words at least.
 */
function unglueShouting(line: string): string {
  return line
    .replace(/(?<=\p{Ll}[.!?]["”’]?)(?=\p{Lu}{2,}(?: \p{Lu}[\p{Lu}'’&:,-]*){2,})/gu, "\n\n")
    .replace(/(?<=(?:^|\n|[.!?] |\s)\p{Lu}[\p{Lu}'’&:,-]*(?: \p{Lu}[\p{Lu}'’&:,-]*)+ \p{Lu}{3,})(?=\p{Lu}\p{Ll})/gu, "\n\n");
}

/**
 * Soft line breaks: in a copy whose long lines end with a space before the break (as mail and
 * some scraped copies wrap text, format=flowed style), such a break only wraps the paragraph, even
 * after a full stop ("... pesticides. ⏎People must look in the garden."): the lines are joined.
 * Applied only when at least three long lines (40 characters or more) end so; then every line
 * ending so is joined to the next.
 */
function joinSoftWraps(raw: string): string {
  // Line by line (a pattern over the whole text would backtrack quadratically on a long line).
  const lines = raw.split("\n");
  const softAfter = (i: number): boolean => {
    const line = lines[i].replace(/\r$/, "");
    return i + 1 < lines.length && /[ \t]$/.test(line) && /\S/.test(line) && /\S/.test(lines[i + 1]);
  };
  let longSoftBreaks = 0;
  for (let i = 0; i < lines.length && longSoftBreaks < 3; i += 1) if (softAfter(i) && lines[i].trim().length >= 39) longSoftBreaks += 1;
  if (longSoftBreaks < 3) return raw;
  let out = "";
  lines.forEach((line, i) => {
    out += softAfter(i) ? line.replace(/\r$/, "") : i + 1 < lines.length ? `${line}\n` : line;
  });
  return out;
}

/** Lines that are page furniture wherever they appear. */
const BOILERPLATE_LINE: RegExp[] = [
  /^connect with us$/i,
  /^follow us( on .*)?$/i,
  /^(share|tweet|email|e-mail|print|pin|save|like|reply|menu|search|home|close|comments?|advertisement|advertising|sponsored( content)?|skip to (main )?content|loading\.*|subscribe( now)?|sign (in|up)|log ?in|log ?out|register|whatsapp|facebook|twitter|linkedin|reddit|google\+?|instagram|telegram|pinterest|messenger|copy link)$/i,
  /^share (this|on|via)\b/i,
  /^(share|tweet|email|print|facebook|twitter|whatsapp|linkedin|google|reddit|pinterest)( (share|tweet|email|print|facebook|twitter|whatsapp|linkedin|google|reddit|pinterest))+$/i,
  /^like this:?$/i,
  /^related( articles| posts| stories| news| content)?:?$/i,
  /^(read|see) (more|also)\b.{0,80}$/i,
  /^continue reading/i,
  /^click (here )?to (comment|share|print|email|subscribe)/i,
  /^leave a (reply|comment)/i,
  /^post a comment$/i,
  /^cancel reply$/i,
  /^post comment$/i,
  /your email address will not be published/i,
  /required fields are marked/i,
  /^(name|email|e-mail|website|comment)\s*\*?$/i,
  /save my name, email,? and website/i,
  /^notify me of (follow-up comments|new posts)/i,
  /this site uses akismet/i,
  /learn how your comment data is processed/i,
  /bloggers like this/i,
  /^all rights reserved/i,
  /^(copyright|©)/i,
  /\ball rights reserved\.?$/i,
  /we use cookies/i,
  /^(accept|reject) (all )?cookies$/i,
  /^(posted|published|updated|last updated)( on| at)?:? .{0,60}$/i,
  /^press release from:/i,
  /^(tags|filed under|categories|category):/i,
  /^(photo|image|picture|video)( credit| courtesy)?:.{0,80}$/i,
  /^credit:/i,
  /^\d+ (shares?|comments?|views?)$/i,
  /^(previous|next) (article|post|story)\b/i,
  /^you (may|might) also like/i,
  /^(recommended|trending|most (read|popular))( for you| now| stories)?:?$/i,
  /^[\W_]*(end)?[\W_]*$/i,
];

/**
 * Lines after which, once the article has started, the rest of the page is comments, share bars
 * or links to other stories.
 */
const END_OF_ARTICLE_LINE: RegExp[] = [
  /^click (here )?to comment$/i,
  /^leave a (reply|comment)$/i,
  /^post a comment$/i,
  /^\d+ comments?$/i,
  /^comments?( \(\d+\))?:?$/i,
  /^related (posts|articles|stories)$/i,
  /^you (may|might) also like/i,
];

/** Is the line page furniture (navigation, share bar, comment form, copyright)? */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === "") return false;
  return BOILERPLATE_LINE.some((pattern) => pattern.test(trimmed));
}

function isEndOfArticleLine(line: string): boolean {
  return END_OF_ARTICLE_LINE.some((pattern) => pattern.test(line.trim()));
}

/** Compares lines loosely: case, quote styles, punctuation and spacing ignored. */
export function looseKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[“”„‟"«»]/g, '"')
    .replace(/[‘’‚‛`]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;

/** A byline ("By Jane Smith", "By Reuters Staff") or a bare date/time line. */
function isBylineOrDate(line: string): boolean {
  if (/^[Bb]y \p{Lu}/u.test(line) && wordCount(line) <= 10 && !/[.!?]$/.test(line.replace(/\b[A-Z]\.$/, ""))) return true;
  const month = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?";
  const day = "(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\\.?";
  const date = new RegExp(
    `^(${day},? )?((${month} \\d{1,2}(st|nd|rd|th)?,? \\d{4})|(\\d{1,2} ${month},? \\d{4})|(\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}))([ ,]+(at )?\\d{1,2}[:.]\\d{2}( ?[ap]\\.?m\\.?)?( [A-Z]{2,4})?)?$`,
    "i",
  );
  return date.test(line) || /^\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [A-Z]{2,4})?$/i.test(line);
}

/** A place line on its own ("HAMBURG, Germany", "WASHINGTON"). */
const STANDALONE_DATELINE = /^([\p{Lu}][\p{Lu} .'’-]{2,})(, [\p{Lu}][\p{L} .]{1,30})?$/u;

/** A dateline opening a paragraph: "WASHINGTON (Reuters) - ", "HAMBURG, Germany — ", "BOISE – ". */
const INLINE_DATELINE =
  /^(?:([\p{Lu}][\p{Lu} .'’-]{1,40}[\p{Lu}.](?:, [\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,3})?)\s*(?:\([^)\n]{1,40}\))?|([\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}(?:, [\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,3})?)\s*\([^)\n]{1,40}\))\s*(?:—|–|--?|:)\s+/u;

/** The text with every character that is special in a regular expression escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The length of the dateline opening a paragraph ("WASHINGTON (AP) — "), or 0 when it has none. */
export function inlineDatelineLength(paragraph: string): number {
  const inline = paragraph.match(INLINE_DATELINE);
  const place = inline ? (inline[1] ?? inline[2] ?? "").trim() : "";
  return inline && place !== "" && !/^(THE|A|AN)$/.test(place) ? inline[0].length : 0;
}

/** Does the line look like a headline: short, not a sentence ending in a full stop? */
function isHeadingLike(line: string): boolean {
  const count = wordCount(line);
  if (count < 3 || count > 30 || line.length > 220) return false;
  if (/[.,;:]$/.test(line) && !/\b[A-Z]\.$/.test(line) && !/\.\.\.$|…$/.test(line)) return false;
  if (!/\p{Lu}/u.test(line.charAt(0)) && !/^[“"‘'(\d]/.test(line)) return false;
  if (isBylineOrDate(line)) return false;
  return true;
}

/** Would a line end a sentence (so the next line starts a new paragraph)? */
function endsSentence(line: string): boolean {
  return /[.!?:;”"’'»)\]…]$/.test(line);
}

/**
 * Groups the lines of a blank-line separated block into paragraphs: hard-wrapped lines are
 * joined with a space; lines that end a sentence, or short heading-like lines, start a new one.
 */
function blockToParagraphs(lines: string[]): string[] {
  const out: string[] = [];
  const hardWrapped = lines.length >= 3 && lines.slice(0, -1).filter((l) => l.length >= 50 && !endsSentence(l)).length >= (lines.length - 1) / 2;
  let current = "";
  for (const line of lines) {
    if (current === "") {
      current = line;
      continue;
    }
    const next = line;
    const join = !endsSentence(current) && (/^[\p{Ll}(,]/u.test(next) || (hardWrapped && current.length >= 40));
    if (join) current = `${current} ${next}`;
    else {
      out.push(current);
      current = next;
    }
  }
  if (current !== "") out.push(current);
  return out;
}

/**
 * Splits normalised text into candidate paragraphs (before title and boilerplate decisions).
 * Blank lines separate blocks; inside a block, lines are grouped by `blockToParagraphs`.
 */
function splitParagraphs(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length > 0) paragraphs.push(...blockToParagraphs(block));
    block = [];
  };
  for (const line of lines) {
    if (line === "") flush();
    else block.push(line);
  }
  flush();
  return paragraphs;
}

/**
 * Lays out an article: boilerplate removed, title given or found, repeated title lines dropped,
 * dateline found, paragraphs in reading order. Never throws; empty text gives no paragraphs and an
 * empty title.
 *
 * Title rule when none is given: the first heading-like line (3–30 words, not ending in a full
 * stop, not a byline or date) before the first full paragraph. When the text opens straight with
 * prose, the first sentence of the first paragraph stands as title and stays in the body.
 */
export function layoutArticle(raw: string, givenTitle?: string): ArticleLayout {
  const normalized = normalizeText(joinSoftWraps(typeof raw === "string" ? raw : ""));
  const keptLines: string[] = [];
  let articleStarted = false;
  for (const line of normalized.split("\n")) {
    if (line !== "" && articleStarted && isEndOfArticleLine(line)) break;
    if (isBoilerplateLine(line)) continue;
    if (line !== "" && wordCount(line) >= 15 && /[.!?”"]$/.test(line)) articleStarted = true;
    keptLines.push(line);
  }
  let paragraphs = splitParagraphs(keptLines);

  let title = (givenTitle ?? "").trim().replace(/\s+/g, " ");
  let titleIndex = -1;
  if (title === "") {
    for (let i = 0; i < paragraphs.length; i += 1) {
      const candidate = paragraphs[i];
      if (isBylineOrDate(candidate)) continue;
      if (isHeadingLike(candidate)) {
        title = candidate;
        titleIndex = i;
        break;
      }
      if (wordCount(candidate) > 30 || /[.!?]$/.test(candidate)) break;
    }
  }
  const titleKey = looseKey(title);
  paragraphs = paragraphs.filter((p, i) => {
    if (i === titleIndex) return false;
    if (titleKey !== "" && looseKey(p) === titleKey) return false;
    // Header furniture before the first real paragraph: bylines and bare dates.
    return !(isBylineOrDate(p) && wordCount(p) <= 10);
  });

  let dateline: string | null = null;
  const firstProse = paragraphs.findIndex((p) => wordCount(p) >= 8);
  for (let i = 0; i < paragraphs.length && (firstProse === -1 || i <= firstProse); i += 1) {
    const p = paragraphs[i];
    const standalone = p.match(STANDALONE_DATELINE);
    if (standalone && i < firstProse && wordCount(p) <= 5) {
      dateline = p;
      paragraphs.splice(i, 1);
      break;
    }
    const inline = p.match(INLINE_DATELINE);
    if (inline && wordCount(p) >= 8) {
      if (inlineDatelineLength(p) > 0) dateline = (inline[1] ?? inline[2] ?? "").trim();
      break;
    }
  }

  if (title === "" && paragraphs.length > 0) title = firstSentence(paragraphs[0]);
  return { title, paragraphs, dateline };
}

/** The first sentence of a paragraph, at most 160 characters (used as a fallback title). */
function firstSentence(paragraph: string): string {
  const match = paragraph.match(/^.{10,}?[.!?](?=\s+[\p{Lu}“"]|$)/u);
  const sentence = (match ? match[0] : paragraph).trim();
  return sentence.length <= 160 ? sentence : `${sentence.slice(0, 157).replace(/\s+\S*$/, "")}…`;
}
