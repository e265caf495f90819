/**
 * The pure text-analysis pipeline: raw news text in, title, clean body, people and quotations out.
 * No I/O, deterministic, never throws on malformed text.
 */

import { AUXILIARIES, demonymGender, ORGANIZATION_BACK_REFERENCES, ORGANIZATION_HEADS, OFFICE_ABBREVIATIONS, DEMONYMS, NAMED_BODY_HEADS, RESPONSE_NOUNS, PARTY_MEMBERS, ROLE_MODIFIERS, FIRST_NAMES, lookupTable, NON_NAME_WORDS, PERSON_DESCRIPTIONS, PLACE_HEADS, PRONOUNS, SENTENCE_STARTERS, SPEECH_VERBS, SURNAMES_AMONG_NON_NAME_WORDS, TITLE_WORDS, VAGUE_SOURCES, isVerbModifier } from "./lexicon";
import { CLUB_SUFFIXES, isCapitalized, SMALL_PARTICLE_SURNAME, isNameNumber, lastMention, PeopleRegistry, readRun, runEndForward, runStartBackward, type Entity, type Gender, type NamedRun } from "./people";
import { findQuoteSpans, tokenizeParagraph, tokenizeRange, type QuoteSpan, type Token } from "./quotes";
import { afterOpeningTime, attributionAfter, BODY_PEOPLE, placesInTimeOrSpace, BUSINESS_DESCRIPTORS, isOfficeHolder, attributionBefore, participleAfterClause, attributionInSentence, characterisedAs, colonSubject, documentAuthor, documentNoun, documentNounsLike, DOCUMENT_NOUNS, holdsQuotedSpeech, PASSIVE_AUXILIARIES, isRoleNoun, personNounStart, phraseForward, speechVerbEnd, splitSentences, STATEMENT_VERBS, subjectOf, type Attribution, type SpeakerPhrase } from "./speakers";
import nlp from "compromise";
import { escapeRegExp, layoutArticle } from "./text";
import type { AnalyzeOptions, AnalyzedArticle, AnalyzedQuote } from "./types";

/** Everything known about one paragraph while analysing it. */
interface ParagraphState {
  text: string;
  offset: number;
  spans: QuoteSpan[];
  tokens: Token[];
  sentences: Array<[number, number]>;
  /** A photo or video caption set between paragraphs (found when its mentions are registered). */
  caption?: boolean;
}

/** A quotation being analysed. */
interface QuoteRecord {
  paragraph: number;
  span: QuoteSpan;
  tokenIndex: number;
  /** Body offset of the opening quote mark. */
  at: number;
  isPartial: boolean;
  attribution: string | null;
  /** The attribution named a source (even a vague one): never inherit another speaker then. */
  attributed: boolean;
  explicit: boolean;
  speaker: Entity | null;
  keep: boolean;
  /** Quoted in a caption: no later pronoun takes its speaker as the last one who spoke. */
  inCaption: boolean;
}

/** Words before a quotation that make it a name or title rather than speech ("the so-called “deal”"). */
const NAMING_WORDS = new Set([
  "so-called", "dubbed", "nicknamed", "titled", "entitled", "named", "headlined", "branded", "labeled", "labelled",
  "word", "words", "term", "phrase", "hashtag", "slogan", "motto", "film", "movie", "book", "song", "album", "show",
  "series", "novel", "play", "operation", "programme", "program", "campaign", "project", "documentary", "podcast",
  "headline", "banner", "sign", "signs", "reading", "read", "marked", "nickname", "codenamed", "code-named",
]);

/** Nouns that quoted words before them name ("the “one country, two systems” formula", "its “zero tolerance” policy"). */
const NAMED_NOUNS = new Set([
  "formula", "policy", "policies", "principle", "doctrine", "rule", "rules", "model", "strategy", "approach", "plan", "deal",
  "law", "bill", "act", "campaign", "movement", "slogan", "label", "tag", "category", "era", "project", "programme", "program",
  "initiative", "system", "framework", "scheme", "concept", "theory", "narrative", "hashtag", "brand", "list", "mantra",
]);

/** Words before "as" that make the quotation a name ("known as “the Beast”"). */
const NAMING_BEFORE_AS = new Set(["known", "billed", "referred", "styled", "listed", "named", "titled", "nicknamed", "dubbed", "branded"]);

const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;

/**
 * Title Case words, as titles of works are written ("Make America Great Again", “Night of the
 * Living Dead.”, “Zombies on Film: The Definitive Story”): every word capitalised but the minor
 * ones. Punctuation the writer put inside the closing mark (“White Zombie.”) does not stop it then,
 * when there are two words or more (“Absolutely.” is speech); a colon may part title and subtitle,
 * but no other punctuation may stand inside.
 */
function isTitleCase(text: string): boolean {
  const trimmed = text.replace(/[.!?,;:…]+$/u, "");
  const punctuated = trimmed.length < text.length;
  if (/[.!?,;…]/u.test(trimmed.replace(/\b(\p{Lu}\.)+/gu, "").replace(/\b(Mr|Mrs|Ms|Dr|St|Jr|Sr|Vs)\./g, ""))) return false;
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (punctuated && words.length < 2) return false;
  const minor = new Set(["a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with", "from", "vs", "vs.", "into", "upon"]);
  return words.length > 0 && words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w.replace(/^[("'‘“]+/u, "")) || (i > 0 && minor.has(w.toLowerCase())));
}

/**
 * Analyses one news article: finds the title (or uses `options.title`), removes page boilerplate
 * and repeated title lines, splits paragraphs, finds the dateline, the people and organisations,
 * and every quotation with its speaker. Deterministic; never throws (malformed text gives what
 * can be read, empty text gives no paragraphs). Quote offsets satisfy
 * `body.slice(startOffset, endOffset) === text`.
 */
export function analyzeArticle(raw: string, options: AnalyzeOptions = {}): AnalyzedArticle {
  const layout = layoutArticle(typeof raw === "string" ? raw : "", options.title);
  const body = layout.paragraphs.join("\n\n");
  const registry = new PeopleRegistry();
  registry.body = body;
  for (const [name, gender] of personNamesIn(`${layout.title}\n\n${body}`)) {
    registry.knownPeople.add(name);
    if (gender) registry.knownGender.set(name, gender);
  }
  const states: ParagraphState[] = [];
  const quotes: QuoteRecord[] = [];

  let offset = 0;
  let runsOn = false;
  for (const text of layout.paragraphs) {
    const spans = findQuoteSpans(text, runsOn);
    // A link or headline line set inside a quotation running over paragraphs ("Full list of
    // coronavirus deaths ...") does not end it: the next paragraph opening with a mark goes on.
    if (!(runsOn && spans.length === 0 && isInsertedLine(text))) runsOn = spans.length > 0 && spans[spans.length - 1].close === null;
    const tokens = tokenizeParagraph(text, spans);
    const sentences = splitSentences(tokens, spans, text);
    states.push({ text, offset, spans, tokens, sentences });
    offset += text.length + 2;
  }
  for (const state of states) {
    const starts = new Set(state.sentences.map(([from]) => from));
    state.tokens.forEach((t, i) => {
      if (t.kind === "word" && isCapitalized(t) && !starts.has(i) && state.tokens[i - 1]?.kind !== "quote") registry.capitalisedInside.add(t.lower.replace(/['’]s$/, ""));
    });
  }
  markSurnames(states, registry);
  markBusinessShortForms(states);
  // Every full name of the article first, so that short forms link to them wherever they stand;
  // the headline's too ("Dianne Staniforth, 51, discovered ..." as the title, the body saying only
  // "Mrs Staniforth" and "Dianne").
  const speakingWords = wordsBesideSpeechVerbs(states);
  const titleSpans = findQuoteSpans(layout.title, false);
  const titleTokens = tokenizeParagraph(layout.title, titleSpans);
  // (Not from a headline in Title Case, whose capitals run names and verbs together: "Carl Icahn Pushes McDonald’s to Change Way It Sources Its Pork".)
  if (!headlineCase(titleTokens)) collectFullNames(registry, { text: layout.title, offset: 0, spans: titleSpans, tokens: titleTokens, sentences: splitSentences(titleTokens, titleSpans, layout.title) }, speakingWords);
  for (const state of states) collectFullNames(registry, state, speakingWords);
  registry.dominantProperNoun = dominantProperNoun(states, registry);
  states.forEach((state, paragraphIndex) => {
    registerMentions(registry, state);
    for (const span of state.spans) registerQuotedMentions(registry, state, span);
    const reporters = reportingPronouns(state);
    state.tokens.forEach((token, tokenIndex) => {
      const reporter = reporters.get(tokenIndex);
      if (reporter) followReportingPronoun(registry, states, quotes, paragraphIndex, reporter);
      if (token.kind !== "quote" || token.quoteIndex === undefined) return;
      const record = analyzeQuote(registry, states, quotes, paragraphIndex, tokenIndex);
      quotes.push(record);
    });
  });

  // A quotation running over paragraphs (or over a paragraph break the copy lost: an unclosed
  // quotation followed by another in the same paragraph) takes the speaker named anywhere in it.
  for (let i = quotes.length - 2; i >= 0; i -= 1) {
    const next = quotes[i + 1];
    const runsInto = next.span.continuesPrevious || next.paragraph === quotes[i].paragraph;
    if (quotes[i].speaker === null && !quotes[i].attributed && runsInto && quotes[i].span.close === null && next.speaker) {
      quotes[i].speaker = next.speaker;
    }
  }

  attributePullQuotes(states, quotes);

  registry.expandAcronyms();
  const people = registry.toAnalyzedPeople();
  const analyzedQuotes: AnalyzedQuote[] = quotes
    .filter((q) => q.keep)
    .map((q) => {
      const state = states[q.paragraph];
      const startOffset = state.offset + q.span.start;
      const endOffset = state.offset + q.span.end;
      return {
        text: body.slice(startOffset, endOffset),
        paragraph: q.paragraph,
        startOffset,
        endOffset,
        isPartial: q.isPartial,
        attribution: q.attribution,
        speakerKey: q.speaker ? q.speaker.key : null,
      };
    });
  const speakers = new Set(quotes.filter((q) => q.keep && q.speaker).map((q) => q.speaker as Entity));
  return {
    title: layout.title,
    body,
    paragraphs: layout.paragraphs,
    dateline: layout.dateline,
    // Organisations are listed only when they speak; people whenever they are mentioned.
    people: people.filter((p) => p.kind === "PERSON" || [...speakers].some((s) => s.key === p.key)),
    quotes: analyzedQuotes,
  };
}

/** A headline with its words capitalised, as Title Case: most words of four letters or more, after the first, begin with a capital. */
function headlineCase(tokens: Token[]): boolean {
  const long = tokens.filter((t, i) => i > 0 && t.kind === "word" && t.text.length >= 4 && /^\p{L}/u.test(t.text));
  return long.length >= 4 && long.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 0.8 * long.length;
}

/**
 * Words quoted again: an unattributed quotation whose words (three or more) stand inside one
 * speaker's longer quotation is theirs. Pull quotes: a paragraph that is nothing but an unattributed quotation repeating words said
 * elsewhere in the article (before or after it, as magazines print them) takes the speaker of
 * those words. Words are compared without case and punctuation; at least 60 % of the pull quote's
 * words must stand, in one speaker's quotations of one paragraph, elsewhere.
 */
/**
 * A pull quote signed on the line after it ("‘Nobody told me anything.’" then "Margaret Wilson"):
 * the paragraph is one closed quotation, the next is a short line naming someone the article has
 * met, with no sentence of its own. Returns that person, or null.
 */
function signatureAfter(registry: PeopleRegistry, states: ParagraphState[], paragraphIndex: number): Entity | null {
  const state = states[paragraphIndex];
  const next = states[paragraphIndex + 1];
  if (next === undefined || state.spans.length !== 1 || state.spans[0].close === null) return null;
  if (!state.tokens.every((t) => t.kind === "quote" || t.kind === "punct")) return null;
  if (next.spans.length > 0 || wordCount(next.text) > 8 || /[.!?:;]\s*$/.test(next.text)) return null;
  const end = runEndForward(next.tokens, 0);
  const run = end > 0 ? readRun(next.tokens, 0, end, true) : null;
  if (!run || run.kind !== "PERSON" || run.nameTokens.length < 2) return null;
  // (Only the name, or the name and a role after a comma: "Margaret Wilson, grandmother".)
  if (end < next.tokens.length && next.tokens[end].text !== ",") return null;
  return registry.find(run.nameTokens, "PERSON");
}

function attributePullQuotes(states: ParagraphState[], quotes: QuoteRecord[]): void {
  const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  const textOf = (q: QuoteRecord) => states[q.paragraph].text.slice(q.span.start, q.span.end);
  // One bag of words per (paragraph, speaker): quotes split by an attribution count together.
  const said = new Map<string, { speaker: Entity; paragraph: number; words: Set<string> }>();
  for (const q of quotes) {
    if (!q.keep || q.speaker === null) continue;
    const key = `${q.paragraph}:${q.speaker.key}`;
    const entry = said.get(key) ?? { speaker: q.speaker, paragraph: q.paragraph, words: new Set<string>() };
    for (const word of wordsOf(textOf(q))) entry.words.add(word);
    said.set(key, entry);
  }
  // Words quoted again inside the reporter's sentence ("will lose a “grownup in the White House”"
  // after she said “Having a grownup in the White House who ...”): one speaker's quotation holding
  // the same run of three words or more gives the speaker.
  // (Each quotation's words are read once: articles may hold hundreds of quotations.)
  const read = new Map(quotes.filter((q) => q.keep).map((q) => {
    const words = wordsOf(textOf(q));
    return [q, { count: words.length, phrase: ` ${words.join(" ")} ` }] as const;
  }));
  const spoken = quotes.filter((o) => o.keep && o.speaker !== null);
  for (const q of quotes) {
    const own = read.get(q);
    if (own === undefined || q.speaker !== null || q.attributed || own.count < 3) continue;
    const sources = new Set(spoken.filter((o) => o !== q && (read.get(o)?.count ?? 0) > own.count && (read.get(o)?.phrase ?? "").includes(own.phrase)).map((o) => o.speaker as Entity));
    if (sources.size === 1) q.speaker = [...sources][0];
  }
  for (const q of quotes) {
    if (!q.keep || q.speaker !== null || q.attributed) continue;
    const state = states[q.paragraph];
    if (!state.tokens.every((t) => t.kind === "quote" || t.kind === "punct")) continue;
    const words = wordsOf(textOf(q));
    if (words.length < 4) continue;
    let best: { speaker: Entity; share: number } | null = null;
    for (const entry of said.values()) {
      if (entry.paragraph === q.paragraph) continue;
      const share = words.filter((w) => entry.words.has(w)).length / words.length;
      if (share >= 0.6 && (best === null || share > best.share)) best = { speaker: entry.speaker, share };
    }
    if (best) q.speaker = best.speaker;
  }
}

/**
 * Full names (two words or more, lower-cased, titles left out) that the `compromise` tagger reads
 * as people ("Feng Zhang", "Emmanuelle Charpentier"): a name no word list knows is still a person
 * then. Never throws: on any failure of the tagger the set is empty.
 */
function personNamesIn(body: string): Map<string, Gender | null> {
  const names = new Map<string, Gender | null>();
  try {
    const found = nlp(body).people().json({ terms: { normal: false } }) as Array<{ terms: Array<{ text: string; tags: string[] }> }>;
    for (const match of found) {
      const words = match.terms
        .filter((t) => !t.tags.includes("Honorific") && !t.tags.includes("Title") && (/^\p{Lu}/u.test(t.text) || SMALL_PARTICLE_SURNAME.test(t.text)))
        .map((t) => t.text.replace(/['’]s$/i, "").replace(/[.,;:!?)]+$/, ""));
      const first = match.terms.find((t) => t.tags.includes("FirstName"));
      const gender = first?.tags.includes("MaleName") ? "M" : first?.tags.includes("FemaleName") ? "F" : null;
      if (words.length >= 2) names.set(words.join(" ").toLowerCase(), gender);
    }
  } catch {
    // The tagger is a help, not a requirement.
  }
  return names;
}

/**
 * Records the multi-word person names written in the reporter's words of a paragraph ("Guadalupe
 * Salinas Hernández", "Sir Keith Joseph") as the article's full names. A run opening a sentence
 * counts only when it is certainly a person (title, known first name, tagger), since its first
 * word may be capitalised only by position ("Yesterday Smith").
 */
function collectFullNames(registry: PeopleRegistry, state: ParagraphState, speakingWords: ReadonlyMap<string, boolean>): void {
  const { tokens } = state;
  const starts = new Set(state.sentences.map(([from]) => from));
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i])) {
      i += 1;
      continue;
    }
    const runStart = i;
    const runEnd = runEndForward(tokens, runStart);
    i = Math.max(runEnd, runStart + 1);
    // "Caitlyn Smith and Kate York": each name of a pair is read on its own.
    const ands = [runStart - 1, ...tokens.slice(runStart, runEnd).flatMap((t, k) => (t.lower === "and" ? [runStart + k] : [])), runEnd];
    for (let part = 0; part + 1 < ands.length; part += 1) {
      const start = ands[part] + 1;
      const end = ands[part + 1];
      if (end <= start) continue;
      const named = possessiveName(tokens, start, end);
      const run = readRun(named.tokens, start, named.end, starts.has(start));
      if (!run || run.kind !== "PERSON" || run.nameTokens.length < 2 || run.nameTokens.length > 4) continue;
      // ("Edd Filiti blasted ..." opening a sentence, when "Edd wrote" elsewhere shows "Edd" speaking.)
      // ("Tetiana Poudel's father ..." opening the story, when "Poudel said" elsewhere shows the surname speaking.)
      const speaking = speakingWords.has(run.nameTokens[0].toLowerCase()) || speakingWords.get(run.nameTokens[run.nameTokens.length - 1].toLowerCase()) === true;
      const known = registry.knownPeople.has(run.nameTokens.join(" ").toLowerCase()) || roleAppositive(tokens, start, end, run.nameTokens.length) || speaking;
      if (starts.has(start) && !run.confident && !known) continue;
      // After "and" only a name that is surely a person's ("Smith and Kate York", not "Ministry of Trade and Industry").
      if (part > 0 && !run.confident && !known) continue;
      registry.fullNames.push(run.nameTokens);
      if (run.role !== null) registry.rolesOfFullNames.push({ role: run.role.toLowerCase(), run });
      // "the Archbishop of Canterbury, Dr Rowan Williams, will preside": the office set before the name.
      else if (start >= 3 && tokens[start - 1].text === ",") {
        const officeStart = runStartBackward(tokens, start - 2);
        const office = officeStart < start - 1 && tokens[officeStart - 1]?.lower === "the" ? readRun(tokens, officeStart, start - 1, false) : null;
        if (office && office.name === "" && office.role !== null) registry.rolesOfFullNames.push({ role: office.role.toLowerCase(), run });
      }
    }
  }
}

/**
 * "Tetiana Poudel's father": a name ending in a possessive is read up to it, the possessive
 * dropped, so the words after it (whose relative it is) do not make the whole run a role.
 */
function possessiveName(tokens: Token[], start: number, end: number): { tokens: Token[]; end: number } {
  for (let k = start + 1; k < end - 1; k += 1) {
    if (!/^\p{Lu}[\p{L}-]*['’]s$/u.test(tokens[k].text)) continue;
    if (!tokens.slice(start, k).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) break;
    const bare = tokens[k].text.slice(0, -2);
    return { tokens: [...tokens.slice(0, k), { ...tokens[k], text: bare, lower: bare.toLowerCase(), end: tokens[k].end - 2 }], end: k + 1 };
  }
  return { tokens, end };
}

/** "Chathuri Dileeka, who works as an office assistant": a full name that "who" describes is a person's, whatever word list knows it. */
function whoFollows(tokens: Token[], end: number, run: NamedRun): boolean {
  return run.kind === "PERSON" && run.nameTokens.length >= 2 && tokens[end]?.text === "," && tokens[end + 1]?.lower === "who";
}

/**
 * "Vimbai Gwata-St John in Bexley has seen her food shop go up": a name of two words or more whose
 * own verb, a word or two after it (past where they live), takes "her" or "his" is someone's.
 */
function ownsWithPersonalPossessive(tokens: Token[], end: number, run: NamedRun): boolean {
  // (Not a ship, "HMS Perseus ... her", nor a participle opening the sentence, "Backing Hageman, his ...".)
  if (run.kind !== "PERSON" || run.nameTokens.length < 2 || /^(HMS|USS|RMS|MV|SS)$/.test(run.nameTokens[0]) || /ing$/.test(run.nameTokens[0])) return false;
  let k = end;
  if (["in", "from", "of"].includes(tokens[k]?.lower ?? "") && isCapitalized(tokens[k + 1] ?? tokens[k])) {
    k += 1;
    while (k < tokens.length && tokens[k].kind === "word" && isCapitalized(tokens[k])) k += 1;
  }
  for (let verbs = 0; verbs < 3 && k < tokens.length && tokens[k].kind === "word" && !isCapitalized(tokens[k]); verbs += 1, k += 1) {
    if (["her", "his"].includes(tokens[k].lower)) return verbs > 0;
  }
  return ["her", "his"].includes(tokens[k]?.lower ?? "") && k > end + 1;
}

/**
 * Single capitalised words standing right before or after a speech verb anywhere in the article
 * ("Edd wrote", "said Edd"), lower-cased: words used as someone's name. The value tells whether
 * the word once stood alone as the speaker ("Poudel said" opening a sentence, "said Poudel"),
 * not after a word of the reporter's ("Police in suburban Atlanta say").
 */
function wordsBesideSpeechVerbs(states: ParagraphState[]): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const { tokens } of states) {
    tokens.forEach((t, i) => {
      // (A word alone, not part of a longer capitalised run.)
      const inRun = (n: Token | undefined) => n !== undefined && n.kind === "word" && isCapitalized(n);
      if (t.kind !== "word" || !isCapitalized(t) || inRun(tokens[i - 1]) || inRun(tokens[i + 1])) return;
      if (NON_NAME_WORDS.has(t.lower) || SENTENCE_STARTERS.has(t.lower) || TITLE_WORDS.has(t.lower) || VAGUE_SOURCES.has(t.lower)) return;
      const before = speechVerbEnd(tokens, i + 1) > 0;
      const after = i > 0 && speechVerbEnd(tokens, i - 1) === i;
      if (!before && !after) return;
      const alone = after || tokens[i - 1] === undefined || tokens[i - 1].kind !== "word";
      found.set(t.lower, (found.get(t.lower) ?? false) || alone);
    });
  }
  return found;
}

/** Words before a month or place that keep it one ("in May", "since June", "last May"). */
const BEFORE_MONTH_OR_PLACE = new Set(["in", "on", "since", "until", "till", "by", "of", "from", "to", "through", "during", "last", "next", "early", "late", "mid", "this", "new", "former", "before", "after", "across", "around", "near", "outside", "inside"]);

/** A short line with no closing punctuation and no quotation marks: a headline, link or caption line. */
function isInsertedLine(text: string): boolean {
  return !/[.!?:;"“”‘’'…]\s*$/u.test(text) && !/["“”]/u.test(text) && wordCount(text) <= 25;
}

/** Honorifics written before a surname ("Mr Dean"). */
const SURNAME_HONORIFICS = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."]);

/**
 * A word that usually names a month, a place or an office but is a surname in this article:
 * written right after a first name ("Theresa May", "Kate York", "Simon Dean": a known first name,
 * or a full name the tagger reads as a person) or after "Mr"/"Mrs"/"Ms"/"Dr" ("Mr Dean"), it is
 * marked as a name there and wherever it stands alone as one ("York said", "Mrs May") — not after
 * a preposition or time word, nor before a number ("in May", "May 5").
 */
function markSurnames(states: ParagraphState[], registry: PeopleRegistry): void {
  const surnames = new Set<string>();
  const standsAlone = (tokens: Token[], i: number) => !BEFORE_MONTH_OR_PLACE.has(tokens[i - 1]?.lower ?? "") && !/^\p{N}/u.test(tokens[i + 1]?.text ?? "");
  for (const { tokens } of states) {
    for (let i = 1; i < tokens.length; i += 1) {
      const word = tokens[i];
      const first = tokens[i - 1];
      if (word.kind !== "word" || !isCapitalized(word) || !standsAlone(tokens, i)) continue;
      if (first.kind !== "word" || !isCapitalized(first)) continue;
      // (Or a first name and a middle name: "Martin Luther King".)
      const beforeFirst = tokens[i - 2];
      const middleName = beforeFirst !== undefined && beforeFirst.kind === "word" && isCapitalized(beforeFirst) && FIRST_NAMES[beforeFirst.lower] !== undefined && !TITLE_WORDS.has(first.lower);
      const firstName = FIRST_NAMES[first.lower] !== undefined || middleName || registry.knownPeople.has(`${first.lower} ${word.lower}`);
      // An office word ends a name only when nothing follows that could be the name ("Simon Dean said", not "Chief Justice John Roberts").
      const office = TITLE_WORDS.has(word.lower) && !isCapitalized(tokens[i + 1] ?? first) && (firstName || SURNAME_HONORIFICS.has(first.lower));
      // ("Guhaad Said, the leader of ...": "Said" with its capital after a name is a surname; the verb is written small.)
      const saidSurname = word.text === "Said" && !TITLE_WORDS.has(first.lower) && !NON_NAME_WORDS.has(first.lower);
      if (!office && !saidSurname && !(SURNAMES_AMONG_NON_NAME_WORDS.has(word.lower) && (firstName || SURNAME_HONORIFICS.has(first.lower)))) continue;
      surnames.add(word.lower);
    }
  }
  if (surnames.size === 0) return;
  for (const { tokens } of states) {
    tokens.forEach((token, i) => {
      if (token.kind === "word" && isCapitalized(token) && surnames.has(token.lower.replace(/'s$/, "")) && standsAlone(tokens, i)) token.surname = true;
    });
  }
}

/** Head words of business names whose first word alone stands for them ("American Airlines" → "American said"). */
const BUSINESS_HEADS = new Set(["airlines", "airline", "airways", "bank", "motors", "group", "express", "energy", "telecom", "steel", "railways", "insurance"]);

/**
 * The first word of a business name that is otherwise a place or nationality word ("American" of
 * "American Airlines", "United" of "United Airlines") names the business where it stands alone as
 * the subject or inverted subject of a speech verb ("American said in a statement", "said United").
 * Such words are marked as names (`Token.surname`), so the organisation's short form is read.
 */
function markBusinessShortForms(states: ParagraphState[]): void {
  const shortForms = new Set<string>();
  for (const { tokens } of states) {
    tokens.forEach((t, i) => {
      const head = tokens[i + 1];
      if (t.kind === "word" && isCapitalized(t) && NON_NAME_WORDS.has(t.lower) && head?.kind === "word" && isCapitalized(head) && BUSINESS_HEADS.has(head.lower)) shortForms.add(t.lower);
    });
  }
  if (shortForms.size === 0) return;
  for (const { tokens } of states) {
    tokens.forEach((t, i) => {
      if (t.kind !== "word" || !isCapitalized(t) || !shortForms.has(t.lower) || isCapitalized(tokens[i + 1] ?? t)) return;
      if (speechVerbEnd(tokens, i + 1) > 0 || (i > 0 && speechVerbEnd(tokens, i - 1) === i)) t.surname = true;
    });
  }
}

/** Index of the sentence of `state` that holds token `tokenIndex`. */
function sentenceOf(state: ParagraphState, tokenIndex: number): [number, number] {
  return state.sentences.find(([from, to]) => tokenIndex >= from && tokenIndex < to) ?? [0, state.tokens.length];
}

/** Words that end a stretch before it reaches a body's head ("the Senate voted on the committee"). */
const NOT_IN_BODY_NAMES = new Set(["the", "a", "an", "of", "in", "on", "at", "for", "to", "from", "with", "by", "that", "which", "who", "is", "was", "has", "had", "will", "would", "said", "its", "their", "his", "her"]);


/**
 * "the Commons work and pensions committee", "the Senate intelligence committee", "the Welsh
 * assembly government": a one-word name after "the", then up to four lower-case words ending in
 * the head of a body, is that body's name. Returns it as an organisation's run, or null.
 */
function bodyNamedBefore(tokens: Token[], start: number, end: number, read: NamedRun | null): NamedRun | null {
  if (read === null || end - start !== 1 || tokens[start - 1]?.lower !== "the") return null;
  for (let k = end; k < Math.min(tokens.length, end + 4); k += 1) {
    const t = tokens[k];
    if (t.kind !== "word" || isCapitalized(t) || SPEECH_VERBS.has(t.lower) || isVerbModifier(t.lower) || NOT_IN_BODY_NAMES.has(t.lower)) return null;
    if (!NAMED_BODY_HEADS.has(t.lower)) continue;
    const words = tokens.slice(start, k + 1).map((w) => w.text);
    return { ...read, end: t.end, nameEnd: t.end, name: words.join(" "), nameTokens: words, role: null, shortTitle: null, kind: "ORGANIZATION", gender: null, confident: true };
  }
  return null;
}

/**
 * "Campaign to Protect Rural England director Shaun Spiers disagreed": a full name after nothing but
 * an organisation's name and a lower-case role, with a lower-case verb after it, is the subject.
 */
function afterOrganizationAndRole(tokens: Token[], lo: number, start: number, end: number, hasRole: boolean): boolean {
  if (end - start < 2 || start - lo < 1 || tokens[end]?.kind !== "word" || isCapitalized(tokens[end])) return false;
  const before = tokens.slice(lo, start);
  // (The role is in the run itself, "Protect Rural England director Shaun Spiers", or ends what stands before it.)
  const last = before[before.length - 1];
  if (!hasRole && (last.kind !== "word" || isCapitalized(last) || !TITLE_WORDS.has(last.lower))) return false;
  // ("Labour election co-ordinator Alan Milburn unveiled": a lower-case noun may qualify the role;
  // no verb stands there — "Voters backed party leader Tony Blair" names an object.)
  const qualifier = (t: Token) => !/ed$/.test(t.lower) && !SPEECH_VERBS.has(t.lower) && !isVerbModifier(t.lower) && !OBJECT_LEADS.has(t.lower) && PRONOUNS[t.lower] === undefined;
  return before.every((t) => t.kind === "word" && (isCapitalized(t) || ["to", "of", "for", "and", "the", "on", "in"].includes(t.lower) || TITLE_WORDS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || (t !== before[0] && qualifier(t))));
}

/**
 * "Equinor also announced its exit", "Nestle raised its forecast": a verb straight after the name
 * (past an adverb) whose object opens with "its" — the name is a body's. Not after a speech verb,
 * whose "its" may open a reported clause about something else ("Smith said its impact ...").
 */
function ownsWithIts(tokens: Token[], end: number): boolean {
  let k = end;
  if (tokens[k]?.kind === "word" && isVerbModifier(tokens[k].lower)) k += 1;
  const verb = tokens[k];
  if (verb?.kind !== "word" || isCapitalized(verb) || !/(ed|s)$/.test(verb.lower) || ["said", "says", "told", "tells", "added", "adds", "noted", "argued", "claimed", "thinks", "believes", "was", "is", "has"].includes(verb.lower)) return false;
  return tokens[k + 1]?.lower === "its";
}

/**
 * "Norwegian oil and gas producer Equinor also announced ...": a body's name after a sentence-opening
 * description of its trade is the sentence's subject.
 */
function kindOpensSentence(tokens: Token[], start: number, sentenceStarts: Set<number>): boolean {
  if (start < 1 || tokens[start - 1].kind !== "word" || !TRADE_NOUNS.has(tokens[start - 1].lower)) return false;
  for (let s = start - 1; s >= Math.max(0, start - 7); s -= 1) {
    const t = tokens[s];
    if (t.kind !== "word" || SPEECH_VERBS.has(t.lower) || isVerbModifier(t.lower) || (s < start - 1 && /ed$/.test(t.lower))) return false;
    if (sentenceStarts.has(s)) return true;
  }
  return false;
}

/** Nouns an appositive gives a firm for what it makes or runs ("Unilever, maker of Marmite", "Meta, the parent of Facebook"). */
const FIRM_APPOSITIVES = new Set(["maker", "makers", "manufacturer", "producer", "operator", "parent", "developer", "publisher", "provider", "supplier", "distributor"]);

/** Is a word of the name part of the name of a person the story has met ("Jon FitzGerald ... FitzGerald said")? */
const inPersonsName = (registry: PeopleRegistry, nameTokens: string[]): boolean => registry.entities.some((e) => e.kind === "PERSON" && e.nameTokens.some((t) => nameTokens.includes(t)));

/** Nouns for a firm's own clients, staff and stock, after its name ("Credit Suisse accounts", "Activision executives"). */
const FIRMS_OWN = new Set(["executives", "employees", "shareholders", "staffers", "workers", "engineers", "shares", "stock", "stores", "accounts", "customers", "clients", "locations", "restaurants", "outlets", "franchises", "franchisees", "subscribers", "bookings"]);

/** Finds name runs in token list and records them; returns the mentions in order. */
function scanRuns(registry: PeopleRegistry, tokens: Token[], offset: number, sentenceStarts: Set<number>, outsideQuotes: boolean): Array<{ entity: Entity; index: number }> {
  const found: Array<{ entity: Entity; index: number }> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i])) {
      i += 1;
      continue;
    }
    const start = Math.max(runStartBackward(tokens, i), found.length > 0 ? found[found.length - 1].index + 1 : 0);
    const end = Math.max(runEndForward(tokens, start), i + 1);
    // ("BOSTON (Reuters) - ...": the place of a dateline, in capitals, and the agency after it name
    // nobody the story's words refer to.)
    if (tokens.slice(start, end).every((t) => !/\p{Ll}/u.test(t.text)) && tokens[end]?.text === "(" && isCapitalized(tokens[end + 1]) && tokens[end + 2]?.text === ")") {
      i = end + 3;
      continue;
    }
    const readAsRun = readRun(tokens, start, end, sentenceStarts.has(start));
    // ("Edward Fox ... Fox told the South Wales Evening Post": a one-word name of a known body that is
    // the surname of someone met is that person.)
    const surnameMet = readAsRun !== null && readAsRun.kind === "ORGANIZATION" && readAsRun.role === null && readAsRun.nameTokens.length === 1 && registry.entities.some((e) => e.kind === "PERSON" && e.nameTokens.length >= 2 && e.nameTokens[e.nameTokens.length - 1] === readAsRun.nameTokens[0]);
    const read = surnameMet ? { ...readAsRun, kind: "PERSON" as const } : readAsRun;
    // "The group that owns most of her music, Big Machine, says": a name set off by commas after
    // "the group/company/label ..." opening the sentence is that organisation's.
    // (And that name again later: "Big Machine have twice denied ...".)
    // "Save the Children", "the Guardian": one capitalised word right after "the" inside a sentence is
    // no person's name (unless it is the name of someone met: "the Trump administration").
    const afterThe = read !== null && read.nameTokens.length === 1 && end - start === 1 && start > 0 && !sentenceStarts.has(start - 1) && tokens[start - 1].lower === "the" && FIRST_NAMES[read.nameTokens[0].toLowerCase()] === undefined && !TITLE_WORDS.has(read.nameTokens[0].toLowerCase().split("-")[0]) && !registry.find(read.nameTokens, "PERSON") && !registry.isKnownSurname(read.nameTokens[0]);
    // ("Orbis, which makes the operating system, said": "which" follows a thing's name, not a person's.)
    const whichFollows = tokens[end]?.text === "," && tokens[end + 1]?.lower === "which";
    // ("state newspaper Neutral Turkmenistan reported": a name right after a kind of medium is the medium's.)
    // ("according to Wood Mackenzie": a source of figures whose name starts with no first name is a body.)
    const figuresSource = start > 1 && tokens[start - 1].lower === "to" && tokens[start - 2].lower === "according" && read !== null && read.nameTokens.length >= 2 && FIRST_NAMES[read.nameTokens[0].toLowerCase()] === undefined && !registry.knownPeople.has(read.nameTokens.join(" ").toLowerCase());
    const afterMedium = start > 0 && (MEDIUM_KINDS.has(tokens[start - 1].lower) || BODY_KINDS.has(tokens[start - 1].lower) || figuresSource);
    // ("Eylem Senyuz, senior global macro strategist at Truist, wrote": the employer after a role and "at" is a body.)
    const employer = start >= 2 && tokens[start - 1].lower === "at" && tokens[start - 2].kind === "word" && !isCapitalized(tokens[start - 2]) && TITLE_WORDS.has(tokens[start - 2].lower);
    const verbAfter = tokens[end]?.kind === "word" && !isCapitalized(tokens[end]) && (speechVerbEnd(tokens, end) > 0 || ["has", "had", "is", "was", "will", "would", "announced", "reported", "posted", "plans", "wants"].includes(tokens[end].lower));
    // ("EasyJet said", "BlackRock is expected": one word with a capital inside, before a verb, is a brand's
    // name; not "McCarthy", "DeSantis".)
    // (Nor the surname of someone named in full before: "Jon FitzGerald ... FitzGerald said".)
    const brand = verbAfter && read !== null && read.nameTokens.length === 1 && end - start === 1 && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(read.nameTokens[0]) && !/^(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Del)\p{Lu}/u.test(read.nameTokens[0]) &&
      !inPersonsName(registry, read.nameTokens);
    // ("Equinor also announced its exit": a one-word name whose own verb takes "its" is a thing's, not someone's.)
    const itsAfter = read !== null && read.nameTokens.length === 1 && end - start === 1 && FIRST_NAMES[read.nameTokens[0].toLowerCase()] === undefined && ownsWithIts(tokens, end) &&
      !inPersonsName(registry, read.nameTokens);
    // ("Credit Suisse accounts", "Activision executives": a firm's clients, staff or stock after a name with no first name make it the firm's.)
    const firmsOwn = read !== null && read.nameTokens.length <= 2 && end - start === read.nameTokens.length && tokens[end]?.kind === "word" && FIRMS_OWN.has(tokens[end].lower) && FIRST_NAMES[read.nameTokens[0].toLowerCase()] === undefined &&
      !inPersonsName(registry, read.nameTokens);
    // ("Unilever, maker of Marmite": a name whose appositive says what it makes or runs is a firm's.)
    const makerOf = read !== null && end - start === read.nameTokens.length && FIRST_NAMES[read.nameTokens[0].toLowerCase()] === undefined && tokens[end]?.text === "," &&
      FIRM_APPOSITIVES.has(tokens[end + (tokens[end + 1]?.lower === "the" ? 2 : 1)]?.lower ?? "") && tokens[end + (tokens[end + 1]?.lower === "the" ? 3 : 2)]?.lower === "of" && !inPersonsName(registry, read.nameTokens);
    // ("Citigroup (C) disclosed", "Societe Generale (SCGLF) said": a stock ticker in brackets after a name makes it a listed firm's.)
    const tickerAfter = read !== null && end - start === read.nameTokens.length && tokens[end]?.text === "(" && /^[A-Z]{1,5}$/.test(tokens[end + 1]?.text ?? "") && tokens[end + 2]?.text === ")";
    const organization = read !== null && read.kind === "PERSON" && !read.confident && read.role === null && (afterThe || whichFollows || makerOf || tickerAfter || afterMedium || employer || brand || itsAfter || firmsOwn || isNameNumber(tokens, end - 1) || organizationAppositive(tokens, sentenceStartOf(sentenceStarts, start), start, end) || registry.entities.some((e) => e.kind === "ORGANIZATION" && e.nameTokens.join(" ").toLowerCase() === read.nameTokens.join(" ").toLowerCase()));
    // ("Sainsbury's said", "In a statement, Halden's said": a name in the possessive before a verb is a
    // shop's or firm's, written so.)
    // ("Papa John’s said": two words too, when the first is no first name.)
    const shopName = read !== null && read.kind === "PERSON" && read.role === null && read.nameTokens.length <= 2 && /^\p{Lu}\p{L}+['’]s$/u.test(tokens[end - 1]?.text ?? "") && end - start === read.nameTokens.length && verbAfter && FIRST_NAMES[read.nameTokens[0].toLowerCase()] === undefined;
    const asOrganization = (r: NamedRun): NamedRun => {
      const shopTokens = shopName ? tokens.slice(start, end).map((t) => t.text) : null;
      return { ...r, kind: "ORGANIZATION", confident: true, ...(shopTokens ? { name: shopTokens.join(" "), nameTokens: shopTokens, nameEnd: tokens[end - 1].end } : {}) };
    };
    const single = familyName(tokens, start, end, bodyNamedBefore(tokens, start, end, read) ?? ((organization || shopName) && read ? asOrganization(read) : read), registry, offset + tokens[start].start);
    const run = coupleName(tokens, start, end, single);
    // (After "Lauren" of "Lauren and Jamie Whitworth", read on from "Jamie".)
    const next = run !== single ? tokens.findIndex((t, k) => k > start && t.lower === "and") + 1 : end;
    // "the Spaniard", "the New Zealander": a nationality standing for someone met, not a name.
    const nounStart = run !== null && end - start <= 3 ? personNounStart(tokens, end - 1, sentenceStartOf(sentenceStarts, start)) : -1;
    const nationality = nounStart >= 0 && nounStart >= start - 1;
    // "London's King Cross station", "the Euston Road area": a name before a lower-case place noun is the place's.
    const placeAfter = run !== null && run.kind === "PERSON" && tokens[end]?.kind === "word" && !isCapitalized(tokens[end]) && PLACE_HEADS.has(tokens[end].lower);
    if (run && run.name !== "" && !nationality && !placeAfter) {
      // Organisations are recorded too (so "the ministry" can refer back) but listed only when they speak.
      // A name right before or after a speech verb ("Ijaz said", "said Ahmad Ijaz") is someone's
      // name even when no word list knows it; it is also the subject of that sentence.
      const speaks = outsideQuotes && run.kind === "PERSON" && speaksNextTo(tokens, start, end);
      const known = run.kind === "PERSON" && run.nameTokens.length >= 2 && registry.knownPeople.has(run.nameTokens.join(" ").toLowerCase());
      // A lone surname speaks only inside the sentence ("In 2010, Swallow allegedly told"), where a capital is a name's,
      // or opening one when the article writes it with its capital inside a sentence too ("Schumer told
      // reporters ...", "... said Schumer").
      // ("One was Svetlana's husband": a known first name alone, whose husband, wife or child the story
      // names, is someone's name.)
      const familyOf = run.kind === "PERSON" && run.nameTokens.length === 1 && FIRST_NAMES[run.nameTokens[0].toLowerCase().replace(/['’]s$/, "")] !== undefined && /['’]s$/.test(tokens[end - 1]?.text ?? "") && (PERSON_DESCRIPTIONS[tokens[end]?.lower ?? ""] !== undefined || RELATION_NOUNS.has(tokens[end]?.lower ?? ""));
      const create =
        (run.confident || known || familyOf || tickerAfter || (speaks && (run.nameTokens.length >= 2 || !sentenceStarts.has(start) || registry.capitalisedInside.has(run.nameTokens[0].toLowerCase()))) || roleAppositive(tokens, start, end, run.nameTokens.length) || afterPersonNoun(tokens, start, run.nameTokens.length) || (run.nameTokens.length >= 2 && tokens[start - 1]?.text === "," && describedSubject(tokens, start, sentenceStarts)) || whoFollows(tokens, end, run) || ownsWithPersonalPossessive(tokens, end, run)) &&
        (run.kind === "PERSON" || outsideQuotes);
      const firstInSentence = found.length === 0 || found[found.length - 1].index < sentenceStartOf(sentenceStarts, start);
      const subject =
        speaks ||
        // (A body that speaks is the subject too: "Unilever, maker of Marmite, which said".)
        (outsideQuotes && run.kind === "ORGANIZATION" && speaksNextTo(tokens, start, end)) ||
        sentenceStarts.has(start) ||
        (start > 0 && sentenceStarts.has(start - 1) && ["but", "and", "the"].includes(tokens[start - 1].lower)) ||
        // ("But the Food and Drink Federation said ...".)
        (start > 1 && sentenceStarts.has(start - 2) && ["but", "and"].includes(tokens[start - 2].lower) && tokens[start - 1].lower === "the") ||
        describedSubject(tokens, start, sentenceStarts) ||
        (run.kind === "ORGANIZATION" && kindOpensSentence(tokens, start, sentenceStarts)) ||
        (firstInSentence && afterOpeningAdverbial(tokens, sentenceStartOf(sentenceStarts, start), start)) ||
        afterOpeningClause(tokens, sentenceStartOf(sentenceStarts, start), start, end) ||
        afterOrganizationAndRole(tokens, sentenceStartOf(sentenceStarts, start), start, end, run.role !== null) ||
        // "Mr Alcott was warned by Labour MP Peter Vane that ...": the agent of a passive speech verb speaks.
        (start >= 3 && tokens[start - 1].lower === "by" && (speechVerbEnd(tokens, start - 2) === start - 1 || STANCE_PARTICIPLES.has(tokens[start - 2].lower)) && /(ed|told)$/.test(tokens[start - 2].lower) && ["was", "were", "been", "is", "are"].includes(tokens[start - 3].lower)) ||
        // ("The musical's British director is Matthew Warchus, best known for ...": the one a role
        // opening the sentence is said to be; the sentence is about them.)
        (start >= 2 && ["is", "was"].includes(tokens[start - 1].lower) && tokens[start - 2].kind === "word" && !isCapitalized(tokens[start - 2]) && isRoleNoun(tokens[start - 2].lower) && tokens.slice(sentenceStartOf(sentenceStarts, start), start - 1).every((t) => t.kind === "word") && ["the", "its", "his", "her", "their"].includes(tokens[sentenceStartOf(sentenceStarts, start)]?.lower ?? "")) ||
        // "Mr Kingsley's response was swift.": the one whose response the sentence is about.
        (/['’]s$/.test(tokens[end - 1]?.text ?? "") && RESPONSE_NOUNS.has(tokens[end]?.lower ?? "") && (sentenceStarts.has(start) || ["but", "and"].includes(tokens[start - 1]?.lower ?? "")));
      // ("Mr Blair's government was ...": a possessor is no subject — unless it is their response.)
      const possessive = /['’]s?$/.test(tokens[end - 1]?.text ?? "") && run.kind === "PERSON" && !RESPONSE_NOUNS.has(tokens[end]?.lower ?? "");
      const entity = registry.mention(run, offset + run.nameStart, { create, outsideQuotes, sentenceSubject: subject && !possessive, possessive });
      // "Big Machine have twice denied": an organisation written with a plural verb, as British copy
      // does; a later "they" may mean it.
      let verbAt = end;
      while (verbAt < tokens.length && tokens[verbAt].kind === "word" && isVerbModifier(tokens[verbAt].lower) && !PLURAL_VERBS.has(tokens[verbAt].lower)) verbAt += 1;
      if (entity && outsideQuotes && entity.kind === "ORGANIZATION" && PLURAL_VERBS.has(tokens[verbAt]?.lower ?? "")) (entity.pluralAt ??= []).push(offset + run.nameStart);
      if (entity && outsideQuotes && entity.kind === "PERSON" && entity.role === null) entity.role = appositiveRole(tokens, end);
      // "The group, WeWorkers Coalition, formed ...": the organisation "the group" will refer to.
      if (entity && outsideQuotes && entity.kind === "ORGANIZATION" && tokens[start - 1]?.text === "," && ORGANIZATION_BACK_REFERENCES.has(tokens[start - 2]?.lower ?? "") && tokens[start - 3]?.lower === "the") entity.role = tokens[start - 2].lower;
      if (entity) found.push({ entity, index: next - 1 });
    }
    i = next;
  }
  return found;
}

/**
 * Kinds of medium whose name follows them ("state newspaper Neutral Turkmenistan", "the broadcaster RTE").
 * (Not MEDIA_NOUNS, the media that relay someone else's words: "according to the state news agency".)
 */
const MEDIUM_KINDS = new Set(["newspaper", "paper", "magazine", "tabloid", "broadcaster", "channel", "station", "website", "agency", "daily", "weekly"]);

/** Kinds of body written before a body's name ("homeless charity Shelter", "booking platform Airbnb", "business lobby UK Steel"). */
const BODY_KINDS = new Set(["charity", "lobby", "watchdog", "regulator", "retailer", "carrier", "firm", "company", "group", "union", "tank", "association", "supermarket", "chain", "lender", "insurer", "airline", "platform", "startup", "start-up", "giant", "maker", "operator"]);

/** Words for what a firm makes or does, written before its name ("oil and gas producer Equinor"). */
const TRADE_NOUNS = new Set([...BODY_KINDS, ...BUSINESS_DESCRIPTORS, "miner", "automaker", "carmaker", "drugmaker", "chipmaker"]);

/** Relatives whose first name, set off after "Mr Pike's widow,", takes the family's surname (not a partner or girlfriend). */
const SURNAME_SHARING_RELATIVES = new Set(["widow", "widower", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "mum", "dad", "grandmother", "grandfather"]);

/**
 * "Mr Pike's widow, Margaret, said": a first name alone set off by commas after a relative of someone
 * named by surname is that relative's full name, with the family's surname ("Margaret Pike"). The
 * owner may be a pronoun for the person last named ("His sister, Claire,"), the comma before the name
 * may be missing ("Kellett's wife Shannon, 32,"), and the first name need not be one the lexicon knows.
 */
function familyName(tokens: Token[], start: number, end: number, run: NamedRun | null, registry: PeopleRegistry, at: number): NamedRun | null {
  if (run === null || run.kind !== "PERSON" || run.nameTokens.length !== 1 || end - start !== 1 || tokens[end]?.text !== ",") return run;
  const comma = tokens[start - 1]?.text === "," ? 1 : 0;
  const relative = tokens[start - 1 - comma];
  if (start < 2 + comma || !SURNAME_SHARING_RELATIVES.has(relative.lower)) return run;
  const known = FIRST_NAMES[run.nameTokens[0].toLowerCase()] !== undefined;
  if (!known && (comma === 0 || TITLE_WORDS.has(run.nameTokens[0].toLowerCase()))) return run;
  const owner = tokens[start - 2 - comma];
  let surname = /^(\p{Lu}[\p{L}-]+)['’]s?$/u.exec(owner.text)?.[1];
  // ("Reality star Chantelle Vane ... Chantelle's mother, Debbie,": a first name for someone met
  // stands for their whole name, and the family's surname is theirs.)
  const firstNamed = surname === undefined ? undefined : registry.entities.find((e) => e.kind === "PERSON" && e.nameTokens.length >= 2 && e.nameTokens[0].toLowerCase() === surname?.toLowerCase() && lastMention(e, at) >= 0);
  if (firstNamed) surname = firstNamed.nameTokens[firstNamed.nameTokens.length - 1];
  if (!surname && ["his", "her", "their"].includes(owner.lower)) {
    const gender = owner.lower === "his" ? "M" : owner.lower === "her" ? "F" : null;
    const people = registry.entities.filter((e) => e.kind === "PERSON" && e.nameTokens.length >= 2 && lastMention(e, at) >= 0 && (gender === null || registry.gender(e) === gender));
    const latest = people.length === 0 ? null : people.reduce((a, b) => (lastMention(b, at) > lastMention(a, at) ? b : a));
    surname = latest?.nameTokens[latest.nameTokens.length - 1];
  }
  if (!surname || FIRST_NAMES[surname.toLowerCase()] !== undefined) return run;
  return { ...run, name: `${run.nameTokens[0]} ${surname}`, nameTokens: [run.nameTokens[0], surname], confident: true };
}

/** Participles by which someone takes a stand on what was said ("The figures were dismissed by Mr Kingsley"). */
const STANCE_PARTICIPLES = new Set(["dismissed", "rejected", "criticised", "criticized", "attacked", "condemned", "welcomed", "praised", "challenged", "questioned", "disputed", "denied", "backed", "opposed", "ridiculed", "mocked"]);


/**
 * "Lauren and Jamie Whitworth": two first names sharing one surname. The first, read alone as
 * "Lauren", is Lauren Whitworth.
 */
function coupleName(tokens: Token[], start: number, end: number, run: NamedRun | null): NamedRun | null {
  if (run === null || run.kind !== "PERSON" || run.nameTokens.length !== 1 || FIRST_NAMES[run.nameTokens[0].toLowerCase()] === undefined) return run;
  const and = tokens.findIndex((t, k) => k >= start && k < end && t.lower === "and");
  if (and < 0 || tokens[and - 1]?.text !== run.nameTokens[0] || end - and !== 3) return run;
  const [second, surname] = [tokens[and + 1], tokens[and + 2]];
  if (second.kind !== "word" || !isCapitalized(second) || !isCapitalized(surname) || FIRST_NAMES[surname.lower] !== undefined) return run;
  return { ...run, name: `${run.nameTokens[0]} ${surname.text}`, nameTokens: [run.nameTokens[0], surname.text], confident: true };
}

/** Verbs that agree with a plural subject, after an organisation's name in British copy ("Big Machine have"). */
const PLURAL_VERBS = new Set(["have", "are", "were", "say", "insist", "claim", "deny", "want", "believe", "hope", "argue"]);

/**
 * Is the run tokens[start, end) set off by commas right after a sentence opening "the group",
 * "the company", "the label" ... and a clause about it ("The group that owns most of her music, Big
 * Machine, says")?
 */
function organizationAppositive(tokens: Token[], sentenceStart: number, start: number, end: number): boolean {
  if (tokens[start - 1]?.text !== "," || tokens[end]?.text !== "," || start - sentenceStart > 14) return false;
  if (tokens[sentenceStart]?.lower !== "the" || !ORGANIZATION_BACK_REFERENCES.has(tokens[sentenceStart + 1]?.lower ?? "")) return false;
  return tokens.slice(sentenceStart + 2, start - 1).every((t) => t.kind === "word" && !isCapitalized(t));
}

/** Lower-case nouns for how people stand to each other, written before a name ("team-mate Raheem Sterling"). */
const RELATION_NOUNS = new Set(["team-mate", "teammate", "colleague", "neighbour", "neighbor", "friend", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee", "fiancée", "partner", "cousin", "co-star", "classmate", "rival", "opponent", "successor", "predecessor"]);

/**
 * A name of two or three words right after a lower-case noun for a person or a relation ("his City
 * team-mate Raheem Sterling", "fellow surfer Andrew Walsh", "her husband Tom Reyes") is a person's.
 */
function afterPersonNoun(tokens: Token[], start: number, nameWords: number): boolean {
  const before = tokens[start - 1];
  if (nameWords < 2 || nameWords > 3 || before === undefined || before.kind !== "word" || isCapitalized(before)) return false;
  return RELATION_NOUNS.has(before.lower) || PERSON_DESCRIPTIONS[before.lower] !== undefined || (TITLE_WORDS.has(before.lower) && !VAGUE_SOURCES.has(before.lower));
}

/**
 * A name of two or three words set off by commas right after a role ("The mayor of Surabaya, Tri
 * Rismaharini, comforted"; "its chief executive, Mark Chen, said") or followed by an age ("Una
 * Crown, 86, was stabbed"; a first name alone too, "Alex, 28, says") is a person's, even when no word
 * list knows it.
 */
function roleAppositive(tokens: Token[], start: number, end: number, nameWords: number): boolean {
  if (nameWords >= 2 && nameWords <= 4 && copulaRole(tokens, end)) return true;
  if (nameWords >= 1 && nameWords <= 4 && tokens[end]?.text === "," && /^\d{1,3}$/.test(tokens[end + 1]?.text ?? "") && Number(tokens[end + 1].text) <= 115 && [",", "."].includes(tokens[end + 2]?.text ?? "")) return true;
  // "Shami Chakrabarti, from human rights group Liberty, joined calls": where the person is from, set
  // off by commas, then the person's verb.
  if (nameWords >= 2 && nameWords <= 4 && tokens[end]?.text === "," && ["from", "of"].includes(tokens[end + 1]?.lower ?? "")) {
    const close = tokens.findIndex((t, k) => k > end + 1 && k < end + 10 && t.text === ",");
    const verb = close > 0 ? tokens[close + 1] : undefined;
    if (verb !== undefined && verb.kind === "word" && !isCapitalized(verb) && /(ed|s)$/.test(verb.lower)) return true;
  }
  // ("Ngozi Eze, a nurse at the clinic, was on duty": a person noun in an appositive after the name.)
  if (nameWords >= 2 && nameWords <= 4 && tokens[end]?.text === "," && ["a", "an", "the"].includes(tokens[end + 1]?.lower ?? "")) {
    const noun = tokens.slice(end + 2, end + 6).find((t) => t.kind !== "word" || isCapitalized(t) || OBJECT_LEADS.has(t.lower) || TITLE_WORDS.has(t.lower) || PERSON_DESCRIPTIONS[t.lower] !== undefined);
    if (noun !== undefined && noun.kind === "word" && !isCapitalized(noun) && (TITLE_WORDS.has(noun.lower) || PERSON_DESCRIPTIONS[noun.lower] !== undefined)) return true;
  }
  // ("Reinaldo Quintero, president of the association that ...", "Mike Wilson, chief U.S. equity strategist at
  // Morgan Stanley": an office of a body after the name, with no article.)
  if (nameWords >= 2 && nameWords <= 4 && tokens[end]?.text === ",") {
    for (let k = end + 1; k < end + 6 && tokens[k]?.kind === "word"; k += 1) {
      if (TITLE_WORDS.has(tokens[k].lower) && !isCapitalized(tokens[k]) && ["of", "at", "for"].includes(tokens[k + 1]?.lower ?? "")) return true;
      if (!isCapitalized(tokens[k]) && !ROLE_MODIFIERS.has(tokens[k].lower) && !TITLE_WORDS.has(tokens[k].lower)) break;
    }
  }
  if (nameWords < 2 || nameWords > 4 || tokens[start - 1]?.text !== "," || tokens[end]?.text !== ",") return false;
  return tokens
    .slice(Math.max(0, start - 7), start - 1)
    .some((t) => t.kind === "word" && !isCapitalized(t) && (TITLE_WORDS.has(t.lower) || PERSON_DESCRIPTIONS[t.lower] !== undefined));
}

/**
 * A role set after a name as an appositive: "Nancy Silvestri, the agency spokesperson," → "agency
 * spokesperson" (so that "the spokesperson said" can refer back to her). Up to five lower-case
 * words after "the"/"a"/"an", the last a role word, closed by punctuation. Null when there is none.
 */
function appositiveRole(tokens: Token[], end: number): string | null {
  if (tokens[end]?.text !== "," || !["the", "a", "an"].includes(tokens[end + 1]?.lower ?? "")) return null;
  for (let k = end + 2; k < Math.min(tokens.length, end + 7); k += 1) {
    const t = tokens[k];
    if (t.kind !== "word" || isCapitalized(t)) return null;
    const role = isRoleNoun(t.lower);
    if (role && (tokens[k + 1] === undefined || tokens[k + 1].kind === "punct")) return tokens.slice(end + 2, k + 1).map((w) => w.text).join(" ");
    // "a spokesperson for Instagram,": the organisation is part of the role.
    if (role && ["for", "at", "of", "with"].includes(tokens[k + 1]?.lower ?? "")) {
      let m = k + 2;
      while (m < tokens.length && m < k + 8 && tokens[m].kind === "word" && (isCapitalized(tokens[m]) || ["of", "the", "and", "for"].includes(tokens[m].lower))) m += 1;
      if (m > k + 2 && (tokens[m] === undefined || tokens[m].kind === "punct")) return tokens.slice(end + 2, m).map((w) => w.text).join(" ");
    }
  }
  return null;
}

/**
 * A name followed by "is/was a/an/the" and a role within four words ("Punsri Abeywickrema is the
 * founder of Cloud of Goods", "Ana Costa was a nurse") is a person's: features introduce people so.
 */
function copulaRole(tokens: Token[], end: number): boolean {
  if (!["is", "was"].includes(tokens[end]?.lower ?? "") || !["a", "an", "the"].includes(tokens[end + 1]?.lower ?? "")) return false;
  for (let k = end + 2; k < Math.min(tokens.length, end + 6); k += 1) {
    const t = tokens[k];
    if (t.kind !== "word" || isCapitalized(t)) return false;
    if (TITLE_WORDS.has(t.lower) || PERSON_DESCRIPTIONS[t.lower] !== undefined) return true;
  }
  return false;
}

/** Index of the first token of the sentence holding token `index`. */
function sentenceStartOf(sentenceStarts: Set<number>, index: number): number {
  let best = 0;
  for (const s of sentenceStarts) if (s <= index && s > best) best = s;
  return best;
}

const TIME_ADVERBIALS = new Set(
  "next last this that year week month day night morning afternoon evening today yesterday tomorrow then now later soon earlier meanwhile still once again since recently eventually".split(" "),
);

/**
 * Is the name at tokens[start], the first name of its sentence, its subject after an opening
 * adverbial or description: a short phrase closed by a comma ("In 2009, Matie, then in his 20s,
 * trundled"; "On Friday, Smith said"; "The mayor of Surabaya, Tri Rismaharini, comforted") or a
 * few time words ("Next year Isaac will appear")?
 */
function afterOpeningAdverbial(tokens: Token[], sentenceStart: number, start: number): boolean {
  // ("However, shadow home secretary Jack Heywood attacked": lower-case role words may stand between the comma and the name.)
  let roleFrom = start;
  while (roleFrom - 1 > sentenceStart && tokens[roleFrom - 1].kind === "word" && !isCapitalized(tokens[roleFrom - 1]) && (ROLE_MODIFIERS.has(tokens[roleFrom - 1].lower) || TITLE_WORDS.has(tokens[roleFrom - 1].lower)) && !OBJECT_LEADS.has(tokens[roleFrom - 1].lower)) roleFrom -= 1;
  if (roleFrom < start && TITLE_WORDS.has(tokens[start - 1].lower) && tokens[roleFrom - 1]?.text === ",") start = roleFrom;
  const before = tokens.slice(sentenceStart, start);
  // ("Following a performance of their sing-along jam “Black Water,” Simmons teed up": a longer phrase, with a quoted title, closed by a comma.)
  const closedByComma = before.length > 0 && (before[before.length - 1].text === "," || /,["”’]?$/.test(before[before.length - 1].text));
  if (before.length === 0 || before.length > (closedByComma ? 10 : 6)) return false;
  // "The mayor of Surabaya, Tri Rismaharini, comforted": a description before the name may hold names of places.
  const description = ["the", "a", "an"].includes(before[0].lower) && before.length >= 3 && before[1].kind === "word" && !isCapitalized(before[1]);
  const title = (t: Token) => t.kind === "quote" && wordCount(t.text) <= 4;
  if (before.some((t) => (t.kind === "quote" && !title(t)) || (!description && t.kind === "word" && isCapitalized(t) && t !== before[0]))) return false;
  if (closedByComma) return true;
  return before.every((t) => t.kind === "word" && TIME_ADVERBIALS.has(t.lower));
}

/** Words after which a capitalised run is an object, not a subject ("of Mr Smales", "in Wakefield"). */
const OBJECT_LEADS = new Set(["of", "for", "with", "to", "by", "from", "in", "at", "on", "the", "alongside", "against", "after", "before", "during", "into", "near"]);

/**
 * Is the name at tokens[start, end) the subject after a longer opening clause closed by a comma,
 * whose own names are all objects of prepositions: "First jailed for the killing of Mr Smales
 * alongside his brother in 1998, Maxwell made headlines"? The clause opens with a lower-case-led
 * word (a participle, preposition or adverb), and a lower-case verb follows the name.
 */
function afterOpeningClause(tokens: Token[], sentenceStart: number, start: number, end: number): boolean {
  if (start - sentenceStart < 4 || start - sentenceStart > 30 || tokens[start - 1]?.text !== ",") return false;
  const opener = tokens[sentenceStart];
  const next = tokens[sentenceStart + 1];
  const commonWord = next?.kind === "word" && !isCapitalized(next) && FIRST_NAMES[opener.lower] === undefined;
  if (opener.kind !== "word" || !(SENTENCE_STARTERS.has(opener.lower) || /(ed|ing)$/.test(opener.lower) || isVerbModifier(opener.lower) || commonWord)) return false;
  const verb = tokens[end];
  if (verb === undefined || verb.kind !== "word" || isCapitalized(verb)) return false;
  for (let i = sentenceStart + 1; i < start - 1; i += 1) {
    const t = tokens[i];
    if (t.kind === "quote") return false;
    if (t.kind !== "word" || !isCapitalized(t) || isCapitalized(tokens[i - 1])) continue;
    // A capitalised run must follow a preposition or article ("of Mr Smales", "in Wakefield").
    if (!OBJECT_LEADS.has(tokens[i - 1].lower)) return false;
  }
  return true;
}

/**
 * Does the name at tokens[start] open its sentence after a short description: "His neighbour
 * Greta Lind moved away", "Her younger sister Ann Cole": a possessive or article, then up to two
 * lower-case words, then the name.
 */
/** Words that open a description of a person ("the", "his", ...). */
const DESCRIPTION_OPENERS = new Set(["his", "her", "their", "our", "my", "its", "the", "a", "an", "one", "another"]);

/** A noun for a person: a relation, a description or an office ("sister", "actress", "secretary"). */
const isPersonNoun = (lower: string): boolean => RELATION_NOUNS.has(lower) || PERSON_DESCRIPTIONS[lower] !== undefined || TITLE_WORDS.has(lower);

/** True when the words from a sentence start up to the comma at `comma` are a short opening phrase with no verb of speech ("Outside the courthouse,"). */
function openingPhraseBefore(tokens: Token[], comma: number, sentenceStarts: Set<number>): boolean {
  for (let r = comma - 1; r >= Math.max(0, comma - 6); r -= 1) {
    if (tokens[r].kind !== "word" || SPEECH_VERBS.has(tokens[r].lower) || /['’]s?$/.test(tokens[r].text)) return false;
    if (sentenceStarts.has(r)) return OBJECT_LEADS.has(tokens[r].lower) || ["outside", "inside", "later", "earlier", "afterwards", "meanwhile", "yesterday", "today", "speaking", "asked"].includes(tokens[r].lower);
  }
  return false;
}

/** "(Former) (British|world) number one" from tokens[s] right up to a name at tokens[start]. */
function rankedBefore(tokens: Token[], s: number, start: number): boolean {
  const words = tokens.slice(s, start).map((t) => t.lower);
  if (words.length < 2 || words[words.length - 2] !== "number" || !/^(one|two|three|\d+)$/.test(words[words.length - 1])) return false;
  return words.slice(0, -2).every((w, i) => ["former", "ex", "new", "world", "british", "english", "scottish", "welsh", "irish"].includes(w) || (DEMONYMS.has(w) && i === words.length - 3));
}

function describedSubject(tokens: Token[], start: number, sentenceStarts: Set<number>): boolean {
  // "But the Liberal Democrat's shadow home secretary, Mark Oaten, accused": a name set off by
  // commas after a sentence-opening description ending in an office or person noun.
  if (start >= 3 && tokens[start - 1].text === ",") {
    // ("One of them, Javed Qasim, said", "One of the councillors, ...": one of a group named after it.)
    for (let s = start - 4; s >= Math.max(0, start - 8); s -= 1) {
      if (sentenceStarts.has(s) && tokens[s].lower === "one" && tokens[s + 1]?.lower === "of" && tokens.slice(s, start - 1).every((t) => t.kind === "word")) return true;
    }
    const noun = tokens[start - 2];
    const personNoun = noun.kind === "word" && !isCapitalized(noun) && isPersonNoun(noun.lower);
    for (let s = start - 3; personNoun && s >= Math.max(0, start - 12); s -= 1) {
      // ("Outside the courthouse, Broussard's daughter, Denise, said": after a short opening phrase and its comma.)
      if (tokens[s].text === "," && s < start - 3 && openingPhraseBefore(tokens, s, sentenceStarts)) return tokens.slice(s + 1, start - 2).some((t) => t.kind === "word" && /['’]s?$/.test(t.text));
      if (tokens[s].kind !== "word" || SPEECH_VERBS.has(tokens[s].lower)) break;
      const opensSentence = sentenceStarts.has(s) || (s > 0 && sentenceStarts.has(s - 1) && ["but", "and", "yet"].includes(tokens[s - 1].lower));
      // ("Mrs Crown’s niece, Judith Paynes, told": a possessor's relation opens it too.)
      if (opensSentence) return DESCRIPTION_OPENERS.has(tokens[s].lower) || tokens.slice(s, start - 2).some((t) => t.kind === "word" && /['’]s?$/.test(t.text));
    }
  }
  for (let s = start - 2; s >= Math.max(0, start - 4); s -= 1) {
    if (!sentenceStarts.has(s)) continue;
    const opener = tokens[s].lower;
    // ("Former British number one John Lloyd was less forgiving", "British number one Tim Henman said": a player's ranking describes them.)
    if (rankedBefore(tokens, s, start)) return true;
    // ("Kerry's co-star Lauren Hebditch was among the first": a possessive name opens it as "her" would.)
    const possessor = isCapitalized(tokens[s]) && /['’]s$/.test(tokens[s].text) && s < start - 1;
    if (!DESCRIPTION_OPENERS.has(opener) && !possessor) return false;
    const between = tokens.slice(s + 1, start);
    // ("His City team-mate Raheem Sterling": a capitalised word may qualify a noun for a person.)
    const noun = between[between.length - 1];
    const personNoun = noun !== undefined && isPersonNoun(noun.lower);
    return between.every((t) => t.kind === "word" && (!isCapitalized(t) || personNoun) && !SPEECH_VERBS.has(t.lower) && !isVerbModifier(t.lower));
  }
  return false;
}

/** Is the name run tokens[start, end) the subject of a speech verb ("X said", "X, 51, said", "said X")? */
function speaksNextTo(tokens: Token[], start: number, end: number): boolean {
  // "according to Jeff Schlegelmilch, deputy director ...": the source of the sentence.
  // ("according to research leader Dr. Xi LI": a few lower-case role words may come between.)
  let lead = start - 1;
  while (lead > start - 4 && lead >= 0 && tokens[lead].kind === "word" && !isCapitalized(tokens[lead]) && tokens[lead].lower !== "to") lead -= 1;
  if (lead >= 1 && tokens[lead].lower === "to" && tokens[lead - 1].lower === "according") return true;
  // "an ecologist from the Antarctic Survey in Cambridge, told": the object of a preposition is no subject.
  // ("records from 18th century Antwerp suggested", "in northern France": nor is it after words placing it in time or space.)
  let before = start - 1;
  while (before > start - 5 && before >= 0 && placesInTimeOrSpace(tokens[before])) before -= 1;
  if (before >= 0 && ["the", "a", "an"].includes(tokens[before].lower)) before -= 1;
  if (before >= 0 && ["from", "of", "at", "in", "with", "for", "by", "to", "on"].includes(tokens[before].lower)) return false;
  // Inverted "said Ahmad Ijaz" — not "he said Kabul had ensured ...", where the verb has a subject of its own,
  // nor "Robert Haldane has urged Stephen Whitlock to ...": an inverted verb has no auxiliary.
  let auxiliary = start - 2;
  while (auxiliary >= 0 && tokens[auxiliary].kind === "word" && isVerbModifier(tokens[auxiliary].lower) && !AUXILIARIES.has(tokens[auxiliary].lower)) auxiliary -= 1;
  const ownSubject =
    start >= 2 &&
    ((tokens[start - 2].kind === "word" && (PRONOUNS[tokens[start - 2].lower] !== undefined || isCapitalized(tokens[start - 2]))) ||
      (auxiliary >= 0 && tokens[auxiliary].kind === "word" && AUXILIARIES.has(tokens[auxiliary].lower)) ||
      // "Marco Villa, the company's chief operating officer, said Tyvak would ...".
      (tokens[start - 2].text === "," && subjectOf(tokens, start - 1, 0)?.phrase.kind === "named"));
  if (start > 0 && speechVerbEnd(tokens, start - 1) === start && !ownSubject && !["told", "tells", "asked", "asks", "called", "described"].includes(tokens[start - 1].lower)) return true;
  let k = end;
  // A short appositive between commas: "Yearout, 51, co-owner of Yearout Mechanical Inc., said".
  if (tokens[k]?.text === ",") {
    // ("..., the council's leader, Roy Fenton, said": a name set off by commas after a role, right before the verb.)
    if (tokens[start - 1]?.text === "," && tokens[start - 2]?.kind === "word" && !isCapitalized(tokens[start - 2]) && isPersonNoun(tokens[start - 2].lower) && speechVerbEnd(tokens, k + 1) > 0) return true;
    let m = k + 1;
    while (m < tokens.length && m < k + 24 && tokens[m].kind !== "quote" && !/^[.!?;:]$/.test(tokens[m].text)) {
      // (Or a relative "which"/"who" with the verb, past a longer appositive: "Unilever, maker of
      // Marmite, Dove beauty products and PG Tips among other brands, which said".)
      // ("Zvi Bodie, professor emeritus in finance at Boston University, and the author of numerous books
      // on investing, said": two appositions.)
      if (tokens[m].text === "," && ((m < k + 22 && speechVerbEnd(tokens, m + 1) > 0) || (["which", "who"].includes(tokens[m + 1]?.lower ?? "") && speechVerbEnd(tokens, m + 2) > 0))) return true;
      m += 1;
    }
    return false;
  }
  // A role after a dash: "Arlen Badalyan – deputy head of the Yerevan rescue service told reporters".
  if (tokens[k]?.text === "–" || tokens[k]?.text === "—") {
    for (let m = k + 1; m < tokens.length && m < k + 14 && tokens[m].kind === "word"; m += 1) if (speechVerbEnd(tokens, m) > 0) return m > k + 1;
    return false;
  }
  while (k < tokens.length && tokens[k].kind === "word" && isVerbModifier(tokens[k].lower)) k += 1;
  return k < tokens.length && speechVerbEnd(tokens, k) > 0;
}

/** Records the people named in the reporter's words of a paragraph, and gender hints from pronouns. */
/** A photo credit ending a caption: "(Photo by SAUL LOEB/AFP via Getty Images)", "(AP Photo/Evan Vucci)", "(Reuters)". */
const PHOTO_CREDIT = /\((?:Photo by|(?:AP|Reuters|AFP) Photo\b|Photo:|Credit:|Image:)|Getty Images\)|\(Reuters\)$/i;

/** What a video's caption says its speaker does ("... weighs in on ...", "... with the latest."). */
const VIDEO_CAPTION = /\b(?:weighs in on|weigh in on|with the latest|breaks down|discusses|reacts to|provides insight|offers insight|joined ['"‘“]|joins ['"‘“])/i;
/** A video caption quoting its speaker in single marks, in the present tense ("Stephen Schork warns that the average price for gas 'is going to remain high'"). */
const QUOTING_VIDEO_CAPTION = /\b(?:warns|argues|says|notes|explains|predicts|suggests|claims|insists)(?: that)?\b[^"“”]*\s['‘]\w[^'’]*['’](?:\s|$)/;

function registerMentions(registry: PeopleRegistry, state: ParagraphState): void {
  const starts = new Set(state.sentences.map(([from]) => from));
  // "The prime minister shrugged off claims ...": an office opening a sentence, held by someone the
  // article has given that role, makes them its subject (a later "he" may mean them).
  // ("Mr Rahami's father, John, opened the restaurant, the mayor said.": so does an office saying
  // the reporter's words anywhere in the sentence.)
  for (const [lo, hi] of state.sentences) {
    const { tokens } = state;
    for (let the = lo; the < hi; the += 1) {
      if (tokens[the].lower !== "the" || (the > lo && tokens[the - 1].text !== ",")) continue;
      let end = the + 1;
      while (end < hi && end < the + 4 && tokens[end].kind === "word" && !isCapitalized(tokens[end]) && !TITLE_WORDS.has(tokens[end].lower)) end += 1;
      if (end >= hi || !TITLE_WORDS.has(tokens[end].lower)) continue;
      while (end + 1 < hi && TITLE_WORDS.has(tokens[end + 1].lower)) end += 1;
      const verb = tokens[end + 1];
      if (verb?.kind !== "word" || isCapitalized(verb) || ["of", "for", "in", "at", "and", "who", "whose"].includes(verb.lower)) continue;
      if (the > lo && speechVerbEnd(tokens, end + 1) <= 0) continue;
      resolveDescription(registry, tokens.slice(the, end + 1).map((t) => t.text), false, state.offset + tokens[the].start);
    }
  }
  // (A photo caption with its credit, set between a paragraph and the next, is no part of the story's
  // thread: the people it names are recorded, but no later "she told" goes back to them.)
  // (So is a video's caption, as Fox Business sets them between paragraphs: "The Biden administration
  // weighs in on the January CPI report. FOX Business' Ed Lawrence with the latest.")
  // (And one quoting its speaker: "The Schork Group principal Stephen Schork warns that ... 'is going to remain high'".)
  const quotesInSingleMarks = state.spans.every((span) => "'‘".includes(state.text[span.open]));
  const short = state.sentences.length <= 2 && wordCount(state.text) <= 40;
  const caption =
    (state.spans.length === 0 && PHOTO_CREDIT.test(state.text)) ||
    (short && ((state.spans.length === 0 && VIDEO_CAPTION.test(state.text)) || (quotesInSingleMarks && QUOTING_VIDEO_CAPTION.test(state.text))));
  state.caption = caption;
  const found = scanRuns(registry, state.tokens, state.offset, starts, !caption);
  // "his daughter Laila Lacy", "wife Anne Smith": a relative's noun right before a name tells the
  // person's gender, more surely than any pronoun after it ("who gave him a second chance after he hurt her").
  state.tokens.forEach((token, i) => {
    const gender = token.kind === "word" && !isCapitalized(token) && token.lower !== "widow" && token.lower !== "widower" ? PERSON_DESCRIPTIONS[token.lower] : undefined;
    if (!gender || !SURNAME_SHARING_RELATIVES.has(token.lower)) return;
    const named = found.find((m) => m.index > i && m.index <= i + 4 && state.tokens.slice(i + 1, m.index + 1).every((t) => t.kind === "word" && isCapitalized(t)));
    if (named && named.entity.kind === "PERSON") named.entity.genderVotes[gender] += 3;
  });
  // "Abney said that she arrived": a pronoun soon after a mention tells the person's gender. Not
  // "him"/"her", which mostly stand for someone else, the object ("Roof stood over her with his gun").
  let cursor = 0;
  let last: { entity: Entity; index: number } | null = null;
  state.tokens.forEach((token, index) => {
    while (cursor < found.length && found[cursor].index < index) last = found[cursor++];
    if (last === null || index - last.index > 25 || last.entity.kind !== "PERSON") return;
    const gender = { he: "M", his: "M", himself: "M", she: "F", hers: "F", herself: "F" }[token.lower] as Gender | undefined;
    if (gender && token.kind === "word") {
      last.entity.genderVotes[gender] += 1;
      last = null;
    }
  });
}

/** Records the people named inside a quotation (they count as mentions, not as subjects). */
function registerQuotedMentions(registry: PeopleRegistry, state: ParagraphState, span: QuoteSpan): void {
  const tokens = tokenizeRange(state.text, span.start, span.end, true);
  scanRuns(registry, tokens, state.offset, new Set([0]), false);
}

/**
 * "instead of the “bonfire of quangos” New Labour had promised": a clause straight after quoted
 * words set after a determiner describes them and attributes nothing. The index after that clause
 * (up to the next punctuation or quotation), or k + 1 when the quotation at tokens[k] has none.
 */
function describingClauseAfter(state: ParagraphState, k: number, lo: number, hi: number): number {
  const { tokens } = state;
  const span = state.spans[tokens[k].quoteIndex as number];
  // (Not words that end in their own punctuation: "The “police have been devoting ... Market,” Ver says".)
  const ownPunctuation = span !== undefined && /[.,!?;:…—–-]\s*$/u.test(state.text.slice(span.start, span.end));
  const determiner = !ownPunctuation && k - 1 >= lo && ["the", "a", "an", "his", "her", "its", "their"].includes(tokens[k - 1].lower);
  let end = k + 1;
  while (determiner && end < hi && tokens[end].kind === "word") end += 1;
  return end;
}

/**
 * A transcript's line, "Johnson: “Much, much higher...”": a paragraph opening with the name of
 * someone the story has named, a colon, then the quotation. Only a person already met, so that a
 * caption's label ("Amazing experience: ‘…’") names no one, and only speech, not a headline.
 */
function transcriptLabel(registry: PeopleRegistry, state: ParagraphState, k: number): Attribution | null {
  const { tokens } = state;
  if (k < 2 || k > 4 || !(tokens[k - 1].kind === "punct" && tokens[k - 1].text === ":")) return null;
  if (!tokens.slice(0, k - 1).every((t) => t.kind === "word" && isCapitalized(t))) return null;
  // (Not a linked headline: "Emma Stone: “Ryan Gosling Has Restraining Order Against Me”".)
  const span = state.spans[tokens[k].quoteIndex as number];
  if (isTitleCase(state.text.slice(span.start, span.end))) return null;
  const run = readRun(tokens, 0, k - 1, true);
  if (!run || run.kind !== "PERSON" || run.name === "") return null;
  const met = registry.mention(run, state.offset + tokens[0].start, { create: false, outsideQuotes: true, sentenceSubject: false });
  return met && met.kind === "PERSON" ? { phrase: { kind: "named", run }, from: 0, to: k - 1, how: "explicit" } : null;
}

/** Nouns for news media, which relay other people's words ("according to the state news agency", "state media reported"). */
const MEDIA_NOUNS = new Set(["media", "agency", "newspaper", "television", "tv", "broadcaster", "radio", "outlet", "outlets", "press"]);

/** News outlets that relay someone's words when they "reported" them. */
const NEWS_OUTLETS = new Set(["bbc", "cnn", "reuters", "bloomberg", "associated press", "ap", "afp", "fox news", "cnbc", "nbc", "nbc news", "cbs", "cbs news", "abc", "abc news", "sky news", "new york times", "washington post", "wall street journal", "financial times", "guardian", "times", "politico", "axios", "tass", "interfax", "ria novosti", "xinhua"]);

/** Words that end a newspaper's name ("the Birmingham News", "the Sunday Telegraph"). */
const NEWSPAPER_NAME_ENDS = new Set(["news", "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "chronicle", "examiner", "observer", "mirror", "express", "inquirer", "enquirer", "dispatch", "courier", "bulletin", "today"]);

/** A news outlet known by name, or one whose name a newspaper's word ends. */
const isNewsOutlet = (name: string): boolean => {
  const words = name.toLowerCase().split(/\s+/);
  return NEWS_OUTLETS.has(words.join(" ")) || (words.length >= 2 && NEWSPAPER_NAME_ENDS.has(words[words.length - 1]));
};

/** Works out partiality, attribution and speaker of the quotation at tokens[tokenIndex]. */
function analyzeQuote(registry: PeopleRegistry, states: ParagraphState[], previous: QuoteRecord[], paragraphIndex: number, tokenIndex: number): QuoteRecord {
  const state = states[paragraphIndex];
  const { tokens } = state;
  const token = tokens[tokenIndex];
  const span = state.spans[token.quoteIndex as number];
  const [lo, sentenceHi] = sentenceOf(state, tokenIndex);
  const inner = state.text.slice(span.start, span.end);
  // ("“... including inflation.”, The price of menu items rose ..., according to government data": a
  // paragraph break the copy lost after a quotation that ended its sentence; what follows is another
  // paragraph, which attributes nothing to it.)
  const opener = tokens[tokenIndex + 2];
  // ("“... Oscar films?”, Netflix acknowledged that ...": so does a name whose verb opens reported speech.)
  const openerEnd = opener?.kind === "word" ? runEndForward(tokens, tokenIndex + 2) : -1;
  // ("Starbucks announced on Monday that": a few words may stand between the verb and its "that".)
  const thatAt = tokens.slice(openerEnd + 1, openerEnd + 6).findIndex((t) => t.kind !== "word" || t.lower === "that");
  const reportsAfter = openerEnd > tokenIndex + 2 && tokens[openerEnd]?.kind === "word" && !isCapitalized(tokens[openerEnd]) && thatAt >= 0 && tokens[openerEnd + 1 + thatAt].lower === "that";
  const lostBreak = /[.!?]$/.test(inner) && tokens[tokenIndex + 1]?.text === "," && opener?.kind === "word" && /^\p{Lu}/u.test(opener.text) && ((SENTENCE_STARTERS.has(opener.lower) && PRONOUNS[opener.lower] === undefined) || reportsAfter);
  const hi = lostBreak ? tokenIndex + 1 : sentenceHi;

  // "instead of the “bonfire of quangos” New Labour had promised": a clause straight after quoted
  // words set after a determiner describes them; it is no attribution.
  const describedAfter = describingClauseAfter(state, tokenIndex, lo, hi) > tokenIndex + 1;
  const inSentence = (): Attribution | null => {
    // (Nor does the verb of such a clause attribute any quotation of the sentence.)
    const clauses = tokens.slice(lo, hi).map((t, i) => (t.kind === "quote" ? describingClauseAfter(state, lo + i, lo, hi) : -1));
    return attributionInSentence(tokens, lo, hi, tokenIndex, (v) => clauses.some((end, i) => end > lo + i + 1 && v > lo + i && v < end));
  };
  // "X rejected the claims as “…”" is specific enough to come first.
  let attribution: Attribution | null =
    characterisedAs(tokens, tokenIndex, lo) ??
    // "… and said, “somebody ought to …,” the prosecutor's office said": a speech verb right before
    // the quotation introduces it, whoever relays the words afterwards.
    (leadInVerb(tokens, tokenIndex, lo) ? (attributionBefore(tokens, tokenIndex, lo) ?? attributionInSentence(tokens, lo, tokenIndex, tokenIndex)) : null) ??
    (describedAfter ? null : attributionAfter(tokens, tokenIndex + 1, hi)) ??
    participleAfterClause(tokens, tokenIndex, lo) ??
    attributionBefore(tokens, tokenIndex, lo) ??
    inSentence() ??
    colonSubject(tokens, tokenIndex, lo) ??
    transcriptLabel(registry, state, tokenIndex);
  // ("Interior Minister Ahmed Khalil said the attackers were “foreign mercenaries,” according to the state
  // news agency" / "state media reported": the agency relays the words of the one who said them.)
  // (So does a news outlet named as reporting them: "Judge Gerald Bloem said Shell earned the right ...
  // on “…,” the BBC reported.")
  const outletReported = attribution !== null && attribution.phrase.kind === "named" && isNewsOutlet(attribution.phrase.run.name) && tokens.slice(attribution.from, attribution.to).some((t) => t.lower === "reported" || t.lower === "reports");
  // ("English wrote colleagues that she wants “…,” according to the email seen by Reuters": the document
  // the reporter saw relays the words of the one its sentence says wrote them.)
  const documentSeen = attribution !== null && attribution.phrase.kind === "described" && tokens[attribution.from]?.lower === "according" && tokens[attribution.from + 1]?.lower === "to" && ["the", "a", "an"].includes(tokens[attribution.from + 2]?.lower ?? "") && DOCUMENT_NOUNS.has(tokens[attribution.from + 3]?.lower ?? "");
  if (attribution !== null && (outletReported || documentSeen || tokens.slice(attribution.from, attribution.to).some((t) => t.kind === "word" && MEDIA_NOUNS.has(t.lower)))) {
    const speaker = attributionInSentence(tokens, lo, tokenIndex, tokenIndex);
    if (speaker && (speaker.phrase.kind === "named" || speaker.phrase.kind === "pronoun") && !tokens.slice(speaker.from, speaker.to).some((t) => t.kind === "word" && MEDIA_NOUNS.has(t.lower))) attribution = speaker;
  }
  let attributionParagraph = state;
  if (attribution === null && tokenIndex === 0 && paragraphIndex > 0 && !span.continuesPrevious) {
    // (Not when the quotation's own sentence has a speech verb: an attribution this reading missed, "the man asks".)
    const ownSentenceSpeaks = tokens.slice(lo, hi).some((t, i) => t.kind === "word" && speechVerbEnd(tokens, lo + i) > 0);
    const reported = ownSentenceSpeaks ? null : reportedSpeechIn(states[paragraphIndex - 1]);
    const sameAsReported = (phrase: SpeakerPhrase): boolean => {
      if (phrase.kind === "pronoun") return true;
      if (phrase.kind !== "named" || reported?.phrase.kind !== "named") return false;
      const last = (words: string[]) => words[words.length - 1]?.toLowerCase();
      return last(phrase.run.nameTokens) === last(reported.phrase.run.nameTokens);
    };
    const introduced = introductionIn(states[paragraphIndex - 1]) ?? (reported && onlySameSpeakerAfter(state, hi, sameAsReported) ? reported : null);
    if (introduced) {
      attribution = introduced;
      attributionParagraph = states[paragraphIndex - 1];
    }
  }

  const isPartial = partialQuote(tokens, tokenIndex, lo, hi, span, inner);
  const record: QuoteRecord = {
    paragraph: paragraphIndex,
    span,
    tokenIndex,
    at: state.offset + span.open,
    isPartial,
    attribution: null,
    attributed: false,
    explicit: false,
    speaker: null,
    keep: true,
    inCaption: state.caption === true,
  };

  if (attribution) {
    const from = attributionParagraph.tokens[attribution.from];
    const to = attributionParagraph.tokens[attribution.to - 1];
    record.attribution = attributionParagraph.text.slice(from.start, to.end);
    record.attributed = true;
    record.explicit = attribution.how === "explicit";
    const at = attributionParagraph.offset + from.start;
    const [sentenceLo] = sentenceOf(attributionParagraph, attribution.from);
    const attributionIndex = states.indexOf(attributionParagraph);
    const context = {
      paragraphStart: attributionParagraph.offset,
      sentenceStart: attributionParagraph.offset + attributionParagraph.tokens[sentenceLo].start,
      exclude: objectOf(registry, attributionParagraph.tokens, attribution),
      // (And, for "..., he added" closing the sentence, those named in the words before it: "they could see
      // Tory leader Michael Howard “coming in the back door ...”, he added".)
      reportedNames: [
        ...namedWithin(registry, state.offset + span.start, state.offset + span.end),
        // (Not the sentence's own subject: "Oprah Winfrey hesitated: “…!” she tells Us".)
        ...(attributionParagraph === state && attribution.phrase.kind === "pronoun" && attribution.from > tokenIndex
          ? namedWithin(registry, state.offset + tokens[lo].start, state.offset + tokens[attribution.from].start).filter(
              (e) => !e.mentions.some((m) => m.at >= state.offset + tokens[lo].start && m.at < state.offset + tokens[attribution.from].start && (m.sentenceSubject || verbFollowsName(state, m.at))),
            )
          : []),
        // (Nor one whose name the quoted words go straight on from, as its predicate: "Mr Sullivan “made
        // accounting decisions,” he told the court" is Mr Ebbers's.)
        ...(attributionParagraph === state && attribution.phrase.kind === "pronoun" && attribution.from > tokenIndex && tokenIndex > lo && isCapitalized(tokens[tokenIndex - 1])
          ? namedWithin(registry, state.offset + tokens[runStartBackward(tokens, tokenIndex - 1)].start, state.offset + tokens[tokenIndex - 1].end)
          : []),
      ],
      previousParagraph: attributionIndex > 0 ? states[attributionIndex - 1] : undefined,
      inCaption: attributionParagraph.caption === true,
    };
    // "Mr Zahawi published an open letter ... It declared that “…”": "it" is the document just put out.
    const document = attribution.phrase.kind === "pronoun" && attribution.phrase.pronoun === "it" ? documentPutOutBefore(states, attributionParagraph, attribution.from) : null;
    const issuer = document ? documentIssuer(registry, states, previous, { kind: "described", words: ["the", document], organization: false }, attributionParagraph, attribution.from) : null;
    record.speaker = issuer ?? (unnamedReferent(registry, attribution.phrase, states, attributionParagraph, at) ? null : resolveSpeaker(registry, attribution.phrase, at, previous, context));
    if (record.speaker === null) record.speaker = documentIssuer(registry, states, previous, attribution.phrase, attributionParagraph, attribution.from);
    if (record.speaker === null && (attribution.phrase.kind === "vague" || (attribution.phrase.kind === "described" && !attribution.phrase.organization && attributionIndex === 0))) {
      const lede = attributionIndex === 0 ? states[1] : undefined;
      record.speaker = namedInNextSentence(registry, attributionParagraph, attribution.from, lede);
    }
  } else {
    const before = previous[previous.length - 1];
    const samePargraphEarlier = [...previous].reverse().find((q) => q.paragraph === paragraphIndex && q.keep);
    const reportedSpeaker = (after = -1, shortPartialAt = -1): Entity | null => {
      const reported = reportedSpeechBefore(state, lo);
      // (A short partial quote inside the reported sentence does not stop its reporter: "And he hit back at
      // Labour claims he had used Mrs Dixon as a “human shield”. “She's not a human shield ...”".)
      const around = shortPartialAt >= 0 && reported !== null && sentenceOf(state, reported.from)[0] === sentenceOf(state, shortPartialAt)[0];
      if (!reported || (reported.from <= after && !around)) return null;
      const from = tokens[reported.from];
      const [sentenceLo] = sentenceOf(state, reported.from);
      const context = { paragraphStart: state.offset, sentenceStart: state.offset + tokens[sentenceLo].start, exclude: objectOf(registry, tokens, reported) };
      return resolveSpeaker(registry, reported.phrase, state.offset + from.start, previous, context);
    };
    // "The survey of 1,000 people “showed ...”": a document opening the sentence says the words, for whoever issued it.
    const document = isPartial && !span.continuesPrevious ? documentOpening(tokens, lo, tokenIndex) : null;
    if (document) {
      record.speaker = documentIssuer(registry, states, previous, document, state, lo + (["but", "and"].includes(tokens[lo].lower) ? 1 : 0));
    } else if (span.continuesPrevious && before && before.span.close === null) {
      record.speaker = before.speaker;
    } else if (samePargraphEarlier && samePargraphEarlier.speaker) {
      // Someone else reported as speaking since that quotation ("“…,” Gardner said. Mr Dunn warned
      // that ... . “…”") takes over.
      const shortPartial = samePargraphEarlier.isPartial && wordCount(state.text.slice(samePargraphEarlier.span.start, samePargraphEarlier.span.end)) <= 4 && !isPartial;
      record.speaker = reportedSpeaker(samePargraphEarlier.tokenIndex, shortPartial ? samePargraphEarlier.tokenIndex : -1) ?? samePargraphEarlier.speaker;
    } else {
      record.speaker =
        signatureAfter(registry, states, paragraphIndex) ??
        (tokenIndex === 0 && !span.continuesPrevious ? reportedInParagraphBefore(registry, states, previous, paragraphIndex) : null) ??
        continuedSpeaker(registry, states, previous, paragraphIndex, tokenIndex, record.at);
    }
    if (record.speaker === null) record.speaker = reportedSpeaker();
    if (record.speaker === null && isPartial) {
      const subject = sentenceSubjectBefore(tokens, lo, tokenIndex);
      const at = subject ? state.offset + tokens[subject.from].start : 0;
      if (subject?.phrase.kind === "named") {
        // Only someone the article already knows: a capitalised word opening a sentence may be no name ("Besides").
        record.speaker = registry.mention(subject.phrase.run, at, { create: false, outsideQuotes: true, sentenceSubject: true });
      } else if (subject) {
        const context = { paragraphStart: state.offset, sentenceStart: state.offset + tokens[lo].start };
        record.speaker = resolveSpeaker(registry, subject.phrase, at, previous, context);
      }
    }
  }

  if (record.speaker === null && !record.attributed && isPartial) record.speaker = firstPersonOwner(registry, state, lo, hi, inner);
  if (record.speaker === null && !record.attributed && !isPartial && !span.continuesPrevious && tokenIndex === lo) record.speaker = narratedSubject(registry, states, previous, paragraphIndex, lo, hi, inner);

  // Quoted words that are not speech: titles, names, scare quotes.
  const precedingWord = tokenIndex > lo ? tokens[tokenIndex - 1] : undefined;
  const wordBeforeAs = precedingWord?.lower === "as" && tokenIndex - 2 >= lo ? tokens[tokenIndex - 2].lower : "";
  // ("branded “a shambles” by Dr Hugh Parris": words opening with "a" in lower case characterise; they name nothing.)
  // ("called the film “gorgeous but glacial”": lower-case words after a naming verb's object describe it.)
  const namingVerbs = ["branded", "labeled", "labelled", "dubbed", "called"];
  const characterises =
    (/^(a|an) [a-z]/.test(inner) && namingVerbs.includes(precedingWord?.lower ?? "")) ||
    (/^[a-z]/.test(inner) && tokenIndex - 3 >= lo && namingVerbs.includes(tokens[tokenIndex - 3].lower) && ["the", "his", "her", "their", "its"].includes(tokens[tokenIndex - 2].lower));
  const named =
    precedingWord !== undefined &&
    precedingWord.kind === "word" &&
    !characterises &&
    ((NAMING_WORDS.has(precedingWord.lower) && !SPEECH_VERBS.has(precedingWord.lower)) || NAMING_BEFORE_AS.has(wordBeforeAs));
  // (A short fragment after an attributed quotation of the same sentence is that speaker's too:
  // "accusing her of “playing the victim” and being unable to handle a little “hate mail.”")
  const sentenceQuoted = previous.some((q) => q.paragraph === paragraphIndex && q.keep && q.explicit && q.speaker !== null && q.tokenIndex >= lo && q.tokenIndex < tokenIndex);
  const shortFragment = isPartial && wordCount(inner) <= 4 && !record.explicit && !sentenceQuoted;
  // “called” right before Title Case words names a work, even after a name ("a film starring X called “White Zombie.”").
  const calledTitle = precedingWord !== undefined && ["called", "named"].includes(precedingWord.lower) && wordCount(inner) >= 2;
  const titleLike = isTitleCase(inner) && wordCount(inner) <= (inner.includes(":") ? 14 : 8) && (!record.explicit || isPartial || calledTitle);
  // "the “one country, two systems” formula": quoted words naming the noun after them.
  // (The noun in the same sentence, in lower case, after a few quoted words: not "told her “I am
  // done with all of this.” Law enforcement officers arrived".)
  const followingWord = tokenIndex + 1 < hi ? tokens[tokenIndex + 1] : undefined;
  const namesNoun =
    precedingWord !== undefined &&
    ["the", "a", "an", "its", "their", "his", "her"].includes(precedingWord.lower) &&
    followingWord?.kind === "word" &&
    !isCapitalized(followingWord) &&
    NAMED_NOUNS.has(followingWord.lower) &&
    wordCount(inner) <= 6;
  if (!span.continuesPrevious && (named || shortFragment || titleLike || namesNoun)) record.keep = false;
  return record;
}

/** Does the quoted text speak in the first person, singular ("I", "my") or plural ("we", "our")? */
function firstPerson(inner: string): { singular: boolean; plural: boolean } {
  return {
    singular: /(^|[^\p{L}])(I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|myself|mine)(?![\p{L}'’])/u.test(inner),
    plural: /(^|[^\p{L}])([Ww]e|[Ww]e're|[Ww]e’re|us|[Oo]ur|[Oo]urselves)(?![\p{L}'’])/u.test(inner),
  };
}

/**
 * A partial quote speaking in the first person inside the reporter's sentence ("after his school
 * “started feathering me into some special-education classes,” Gosling turned to acting",
 * "allowed Gosling to “do the dances I wish I had learned”") is the words of the one person that
 * sentence names; "we"/"our" may be an organisation's, so then the one person or organisation it
 * names. Null when the sentence names nobody or several.
 */
function firstPersonOwner(registry: PeopleRegistry, state: ParagraphState, lo: number, hi: number, inner: string): Entity | null {
  const { singular, plural } = firstPerson(inner);
  if (!singular && !plural) return null;
  const from = state.offset + state.tokens[lo].start;
  const to = state.offset + state.tokens[hi - 1].end;
  const named = registry.entities.filter((e) => (singular ? e.kind === "PERSON" : true) && e.mentions.some((m) => m.outsideQuotes && m.at >= from && m.at < to));
  return named.length === 1 ? named[0] : null;
}

/**
 * A quotation in the first person, opening its sentence with no attribution, right after the
 * reporter's narration about one person ("He pushed his companions up through the hatch. Then he
 * ducked under and passed through it himself. ¶ “I let go, and the oxygen lifted me ...”"): the
 * words are that person's. The narration is the sentences before the quotation in its paragraph,
 * or, when it opens the paragraph, the paragraph before (caption lines skipped), which quotes no
 * one; every sentence there whose subject is a person must have that same person as subject.
 */
function narratedSubject(registry: PeopleRegistry, states: ParagraphState[], previous: QuoteRecord[], paragraphIndex: number, lo: number, hi: number, inner: string): Entity | null {
  // (Not when the quotation's own sentence has a speech verb: an attribution not read, "says the guy".)
  const own = states[paragraphIndex].tokens;
  if (own.slice(lo, hi).some((t, i) => t.kind === "word" && speechVerbEnd(own, lo + i) > 0)) return null;
  const { singular, plural } = firstPerson(inner);
  if (!singular && !plural) return null;
  let p = paragraphIndex;
  let sentences = states[p].sentences.filter(([, to]) => to <= lo);
  if (sentences.length === 0) {
    p -= 1;
    while (p >= 0 && isInsertedLine(states[p].text)) p -= 1;
    if (p < 0 || states[p].spans.length > 0) return null;
    sentences = states[p].sentences;
  }
  const state = states[p];
  if (previous.some((q) => q.paragraph === p)) return null;
  let found: Entity | null = null;
  for (const [from, to] of sentences) {
    // Someone reported as speaking there is handled as reported speech, not narration.
    if (state.tokens.slice(from, to).some((t, i) => t.kind === "word" && speechVerbEnd(state.tokens, from + i) > 0)) return null;
    const subject = sentenceSubjectBefore(state.tokens, from, to);
    if (!subject && p !== paragraphIndex) continue;
    if (!subject) {
      // ("On the Chepauk pitch, which was watered on Tuesday, Malhotra was non-committal. “…”": after an
      // opening phrase, the one person read as the subject of a sentence in the quotation's paragraph.)
      const [start, end] = [state.offset + state.tokens[from].start, state.offset + state.tokens[to - 1].end];
      const subjects = registry.entities.filter((e) => e.mentions.some((m) => m.outsideQuotes && m.sentenceSubject && !m.possessive && m.at >= start && m.at < end));
      if (subjects.length > 1 || (subjects.length === 1 && subjects[0].kind !== "PERSON")) return null;
      if (subjects.length === 1) {
        if (found !== null && found !== subjects[0]) return null;
        found = subjects[0];
      }
      continue;
    }
    const at = state.offset + state.tokens[subject.from].start;
    const context = { paragraphStart: state.offset, sentenceStart: state.offset + state.tokens[from].start };
    const who = subject.phrase.kind === "named" ? registry.find(subject.phrase.run.nameTokens, subject.phrase.run.kind) : resolveSpeaker(registry, subject.phrase, at, previous, context);
    if (who === null || who === undefined || who.kind !== "PERSON") return null;
    if (found !== null && found !== who) return null;
    found = who;
  }
  return found;
}

/** Role nouns that tell a gender ("a spokeswoman for the union said"). */
const GENDERED_ROLES: Record<string, Gender> = lookupTable({
  spokeswoman: "F", spokesman: "M", chairwoman: "F", chairman: "M", congresswoman: "F", congressman: "M",
  councilwoman: "F", councilman: "M", policewoman: "F", policeman: "M", businesswoman: "F", businessman: "M",
});

/**
 * "WIRED spoke to one mother, who ... . “…,” she said", "a spokeswoman for the union said at a
 * press conference ... “…,” she said": a he/she after an unnamed person of that gender was
 * introduced ("one mother", "a man" in its paragraph; "a spokeswoman for ..." there or in the
 * paragraph before), with no person named since, refers to that person, who has no name: no speaker.
 */
function unnamedReferent(registry: PeopleRegistry, phrase: SpeakerPhrase, states: ParagraphState[], state: ParagraphState, at: number): boolean {
  if (phrase.kind !== "pronoun" || !["he", "she"].includes(phrase.pronoun)) return false;
  const wanted = phrase.pronoun === "she" ? "F" : "M";
  let described = -1;
  let describedEnd = -1;
  const index = states.indexOf(state);
  for (const paragraph of index > 0 ? [states[index - 1], state] : [state]) {
    paragraph.tokens.forEach((t, i) => {
      const offset = paragraph.offset + t.start;
      // (Not an appositive of a name: "Eric Gardner, a man who died as he pleaded".)
      const afterComma = paragraph.tokens[i - 1]?.text === ",";
      const afterName = afterComma && isCapitalized(paragraph.tokens[i - 2] ?? t);
      if (offset >= at || !["a", "an", "one", "the", "another"].includes(t.lower) || afterName) return;
      for (let k = i + 1; k <= i + 4 && k < paragraph.tokens.length; k += 1) {
        const noun = paragraph.tokens[k];
        // (The body the role belongs to may stand first: "A Labour Party spokesman criticised ...".)
        if (noun.kind === "word" && isCapitalized(noun) && t.lower !== "the" && k < i + 3) continue;
        if (noun.kind !== "word" || isCapitalized(noun)) break;
        // ("The executive spokeswoman said": "the" only for a role no one named was given.)
        if (t.lower === "the" && registry.entities.some((e) => e.kind === "PERSON" && (e.role ?? "").toLowerCase().split(/\s+/).includes(noun.lower))) continue;
        if (t.lower === "the" && GENDERED_ROLES[noun.lower] === undefined) continue;
        // (Introduced, with a clause about them: "one mother, who knew ...", not "a better man"; a
        // role with its organisation or its speech: "a spokeswoman for the union said".)
        const next = paragraph.tokens[k + 1]?.lower ?? "";
        const introduced = [",", "who", "whose"].includes(next);
        if (PERSON_DESCRIPTIONS[noun.lower] === wanted && introduced && paragraph === state && !afterComma) described = offset;
        // ("Another neighbor, who did not want to be identified, said she saw ...": a person of no
        // told sex opening the sentence, whom the sentence's own "she" makes a woman.)
        if (PERSON_DESCRIPTIONS[noun.lower] === null && introduced && paragraph === state && !afterComma && t.lower !== "the" && sentenceOf(paragraph, i)[0] === i) {
          const [, sentenceEnd] = sentenceOf(paragraph, k);
          if (paragraph.tokens.slice(k + 1, sentenceEnd).some((w) => w.lower === phrase.pronoun)) described = offset;
        }
        // (Or the subject of a verb of its own: "A Labour Party spokesman criticised ...".)
        const acts = /^[a-z]+ed$/.test(next) && t.lower !== "the";
        if (GENDERED_ROLES[noun.lower] === wanted && (introduced || acts || ["for", "at", "of", "with", "from"].includes(next) || speechVerbEnd(paragraph.tokens, k + 1) > 0)) {
          described = offset;
          // (The body the role speaks for is no rival: "A spokeswoman for developer GreenGen said".)
          // ("a spokeswoman for the union, Ana Ruiz, said": the body phrase ends at its comma.)
          if (["for", "at", "of", "with", "from"].includes(next)) {
            let e = k + 1;
            while (e + 1 < Math.min(paragraph.tokens.length, k + 7) && paragraph.tokens[e + 1].kind === "word" && speechVerbEnd(paragraph.tokens, e + 1) < 0) e += 1;
            describedEnd = paragraph.offset + paragraph.tokens[e].end;
          }
        }
      }
    });
  }
  if (described < 0) return false;
  // (A possessor met since is no rival: "criticised Michael Howard's record".)
  return !registry.entities.some((e) => e.kind === "PERSON" && e.mentions.some((m) => m.outsideQuotes && !m.possessive && m.at > Math.max(described, describedEnd) && m.at < at));
}

/**
 * The document put out in the sentence right before tokens[from] of `state` (in its paragraph, or
 * the last sentence of the paragraph before): a document noun within three words after a verb of
 * putting out ("published an open letter"), or null.
 */
function documentPutOutBefore(states: ParagraphState[], state: ParagraphState, from: number): string | null {
  const [sentenceLo] = sentenceOf(state, from);
  const before = state.sentences.filter(([, hi]) => hi <= sentenceLo);
  const index = states.indexOf(state);
  const previous = before.length > 0 ? { tokens: state.tokens, range: before[before.length - 1] } : index > 0 && states[index - 1].sentences.length > 0 ? { tokens: states[index - 1].tokens, range: states[index - 1].sentences[states[index - 1].sentences.length - 1] } : null;
  if (previous === null) return null;
  const { tokens, range: [lo, hi] } = previous;
  for (let v = lo; v < hi; v += 1) {
    if (!STATEMENT_VERBS.has(tokens[v].lower)) continue;
    const noun = tokens.slice(v + 1, v + 4).find((t) => DOCUMENT_NOUNS.has(t.lower));
    if (noun) return noun.lower;
  }
  return null;
}

/** Documents whose issuer a paragraph ending in a colon introduces ("X issued a statement ...:"). */
const INTRODUCED_DOCUMENTS = new Set(["statement", "letter", "message", "note", "memo"]);

/**
 * Who put out a document of the sentence tokens[lo, hi): the subject of the first statement verb
 * followed within three words by one of `nouns` ("Big Machine Records issued a statement"), with
 * the verb's index; null when there is none.
 */
function issuerOf(tokens: Token[], lo: number, hi: number, nouns: ReadonlySet<string>): { phrase: SpeakerPhrase; start: number; verb: number } | null {
  for (let v = lo; v < hi - 1; v += 1) {
    if (!STATEMENT_VERBS.has(tokens[v].lower) || !tokens.slice(v + 1, v + 4).some((t) => nouns.has(t.lower))) continue;
    const subject = subjectOf(tokens, v, lo);
    if (subject) return { ...subject, verb: v };
  }
  return null;
}

/** Adjectives that may stand between a document's owner and the document ("the NAO's annual report"). */
const DOCUMENT_ADJECTIVES = new Set(["annual", "latest", "new", "final", "interim", "own", "recent", "full", "official", "written", "joint", "draft", "quarterly", "monthly", "weekly", "brief", "short", "long", "internal", "independent"]);

/** The organisation named right before a document noun at tokens[k] ("a National Audit Office report", "the NAO's report"). */
function ownerBefore(tokens: Token[], lo: number, k: number): { phrase: SpeakerPhrase; from: number } | null {
  let end = k;
  while (end - 1 >= lo && tokens[end - 1].kind === "word" && DOCUMENT_ADJECTIVES.has(tokens[end - 1].lower)) end -= 1;
  if (end - 1 < lo || !isCapitalized(tokens[end - 1])) return null;
  let start = runStartBackward(tokens, end - 1);
  if (["the", "a", "an"].includes(tokens[start]?.lower ?? "")) start += 1;
  if (start < lo || start >= end) return null;
  const found = phraseForward(tokens, start, end);
  if (!found || found.end !== end || found.phrase.kind !== "named") return null;
  return { phrase: found.phrase, from: start };
}

/**
 * "the statement said" → whoever the article said issued it: "the US military said in a
 * statement", "Amtrak released a statement", "a statement from the ministry" — the latest such
 * sentence within the twelve paragraphs before the attribution (or earlier in its own paragraph): a story
 * may quote "the statement" long after saying whose it is ("In its post-meeting statement, the FOMC said").
 */
/** Bodies whose meetings' minutes the news quotes: central banks and their committees. */
const MINUTES_KEEPERS = /\b(?:Fed|Federal Reserve|FOMC|Federal Open Market Committee|Monetary Policy Committee|Bank of England|European Central Bank|ECB|Bank of Japan|Bank of Canada|Reserve Bank of \p{Lu}\p{L}+)\b/u;

function documentIssuer(registry: PeopleRegistry, states: ParagraphState[], previous: QuoteRecord[], phrase: SpeakerPhrase, state: ParagraphState, from: number): Entity | null {
  const noun = phrase.kind === "described" && !phrase.organization ? documentNoun(phrase) : null;
  if (noun === null) return null;
  // ("… ,” the minutes said": a meeting's minutes are the central bank's or committee's the story names.)
  if (noun === "minutes") {
    const at = state.offset + (state.tokens[from]?.start ?? 0);
    const bodies = registry.entities.filter((e) => e.kind === "ORGANIZATION" && e.firstMention < at && [e.name, ...e.aliases].some((n) => MINUTES_KEEPERS.test(n)));
    if (bodies.length > 0) return bodies.reduce((a, b) => (lastMention(b, at, true) > lastMention(a, at, true) ? b : a));
  }
  // "His report says": the one the possessive pronoun stands for.
  const owner = ({ his: "he", her: "she", its: "it" } as Record<string, string>)[state.tokens[from]?.lower ?? ""];
  if (owner) {
    const at = state.offset + state.tokens[from].start;
    return resolvePronoun(registry, owner, at, previous, { paragraphStart: state.offset, sentenceStart: state.offset + state.tokens[sentenceOf(state, from)[0]].start });
  }
  const index = states.indexOf(state);
  // ("The Pensions Commission said the UK faced a stark choice. “…,” the report says.": the body that
  // spoke in the sentence right before, when no one is said to have issued the document.)
  const [ownLo] = sentenceOf(state, from);
  const sentenceBefore = state.sentences.filter(([, hi]) => hi <= ownLo).pop();
  const bodyBefore = (): Entity | null => {
    if (!sentenceBefore) return null;
    const said = attributionInSentence(state.tokens, sentenceBefore[0], sentenceBefore[1], sentenceBefore[0]);
    if (said?.phrase.kind !== "named" || said.phrase.run.kind !== "ORGANIZATION") return null;
    return registry.find(said.phrase.run.nameTokens, "ORGANIZATION");
  };
  // The statement quoted just before ("… the statement read. … the statement continued").
  const earlier = [...previous].reverse().find((q) => q.paragraph >= index - 3 && q.speaker !== null && (q.attribution ?? "").toLowerCase().includes(noun));
  if (earlier) return earlier.speaker;
  const body = bodyBefore();
  if (body) return body;
  for (let p = index; p >= Math.max(0, index - 12); p -= 1) {
    const { tokens, sentences } = states[p];
    for (const [lo, hi] of [...sentences].reverse()) {
      if (p === index && lo >= sentenceOf(state, from)[0]) continue;
      const nouns = documentNounsLike(noun);
      const at = tokens.slice(lo, hi).findIndex((t) => nouns.has(t.lower));
      if (at < 0) continue;
      // "A National Audit Office report on ... says", "The NAO's annual report showed": the owner
      // written before the noun.
      // (A possessive acronym reads as a name: "the NAO's" is the organisation met as "NAO".)
      const owner = ownerBefore(tokens, lo, lo + at);
      if (owner?.phrase.kind === "named") {
        const organization = owner.phrase.run.kind === "PERSON" ? registry.find(owner.phrase.run.nameTokens, "ORGANIZATION") : null;
        return organization ?? resolveSpeaker(registry, owner.phrase, states[p].offset + tokens[owner.from].start, previous, { paragraphStart: states[p].offset, sentenceStart: states[p].offset + tokens[lo].start });
      }
      // "A survey by the Electoral Commission found ...": its author.
      const determinerAt = [lo + at - 1, lo + at - 2, lo + at - 3, lo + at].find((d) => d >= lo && documentAuthor(tokens, d, hi) !== null);
      const author = determinerAt === undefined ? null : documentAuthor(tokens, determinerAt, hi);
      if (author) return resolveSpeaker(registry, author.phrase, states[p].offset + tokens[determinerAt as number].start, previous, { paragraphStart: states[p].offset, sentenceStart: states[p].offset + tokens[lo].start });
      // "Big Machine Records issued a statement that ...": whoever put it out.
      const putter = issuerOf(tokens, lo, hi, nouns);
      // "Big Machine flat-out denied the allegations in a statement": the sentence's subject, when
      // named ("The company ..." may mean any of several companies of the story).
      const inDocument = at >= 2 && ["a", "an", "its", "their", "his", "her"].includes(tokens[lo + at - 1].lower) && tokens[lo + at - 2].lower === "in";
      const opener = putter === null && inDocument ? phraseForward(tokens, lo, lo + at - 2) : null;
      const openerVerb = opener ? tokens[opener.end] : undefined;
      const subject = opener && openerVerb?.kind === "word" && !isCapitalized(openerVerb) && opener.phrase.kind === "named" ? { phrase: opener.phrase, from: lo } : null;
      const found = putter ? { phrase: putter.phrase, from: putter.start } : (subject ?? attributionInSentence(tokens, lo, hi, lo + at));
      // ("The statement, which was obtained by Variety, claimed": the document again; look further back.)
      if (found !== null && documentNoun(found.phrase) !== null) continue;
      // (A sentence that only mentions the document, "The survey findings are being released ...", tells nothing: look further back.)
      if (found === null) continue;
      // ("..., a report says.": the document itself, named by nobody; whose it is may be told next.)
      if (found.phrase.kind === "vague" && ["a", "an"].includes(tokens[lo + at - 1]?.lower ?? "")) return introducedDocumentBody(registry, states, nouns, index);
      if (found.phrase.kind === "vague" || found.phrase.kind === "pronoun") return null;
      const where = states[p].offset + tokens[found.from].start;
      return resolveSpeaker(registry, found.phrase, where, previous, { paragraphStart: states[p].offset, sentenceStart: states[p].offset + tokens[lo].start });
    }
  }
  return introducedDocumentBody(registry, states, documentNounsLike(noun), index);
}

/**
 * "... if courses are made more attractive, a report says. ⏎ The National Audit Office praised
 * ministers ...": a document first met with no issuer ("a report says") is the one body that opens
 * the next paragraph as its subject, the story's way of saying whose it is.
 */
function introducedDocumentBody(registry: PeopleRegistry, states: ParagraphState[], nouns: ReadonlySet<string>, before: number): Entity | null {
  const first = states.findIndex((state, p) => p < before && state.tokens.some((t, i) => nouns.has(t.lower) && ["a", "an"].includes(state.tokens[i - 1]?.lower ?? "")));
  const next = states[first + 1];
  if (first < 0 || !next || first + 1 > before || next.sentences.length === 0) return null;
  const [lo, hi] = next.sentences[0];
  const from = next.offset + (next.tokens[lo]?.start ?? 0);
  const to = next.offset + (next.tokens[hi - 1]?.end ?? 0);
  const bodies = registry.entities.filter((e) => e.kind === "ORGANIZATION" && e.mentions.some((m) => m.outsideQuotes && m.sentenceSubject && m.at >= from && m.at < to));
  return bodies.length === 1 && next.tokens[lo]?.lower === "the" ? bodies[0] : null;
}

/** Does a speech verb and a comma or colon stand right before the quotation at tokens[k] ("said, “…”")? */
function leadInVerb(tokens: Token[], k: number, lo: number): boolean {
  // (Not a bare "say," of something that may be said: "may meet with Boeing and say, “…,” Cancian said.")
  return k - 2 >= lo && [",", ":"].includes(tokens[k - 1].text) && speechVerbEnd(tokens, k - 2) === k - 1 && /(ed|s|said|told|wrote)$/.test(tokens[k - 2].lower);
}

/**
 * Paragraph-level continuity: a quotation that opens its paragraph with no attribution anywhere in
 * the paragraph (a paragraph that is only a quote, or a quote followed by the reporter's narration),
 * or one further in after reporter's words that name nobody,
 * carries on the speaker of the closest preceding quotation, when that quotation stands at most two
 * paragraphs back, had a speaker, and no other person became the subject of a sentence, and no
 * other source was said to speak, in between. (A paragraph ending by introducing someone's words
 * is handled before this, as an attribution.)
 */
function continuedSpeaker(registry: PeopleRegistry, states: ParagraphState[], previous: QuoteRecord[], paragraphIndex: number, tokenIndex: number, at: number): Entity | null {
  const state = states[paragraphIndex];
  if (tokenIndex !== 0) {
    // Mid-paragraph ("That process led to a realization: “…”"): only when the reporter's words
    // before the quotation name nobody, quote nothing and report no speech.
    const before = state.tokens.slice(0, tokenIndex);
    if (before.some((t, i) => t.kind === "quote" || (t.kind === "word" && speechVerbEnd(state.tokens, i) > 0))) return null;
    if (registry.entities.some((e) => e.mentions.some((m) => m.outsideQuotes && m.at >= state.offset && m.at < at))) return null;
  }
  const prior = [...previous].reverse().find((q) => q.keep);
  if (!prior || prior.speaker === null) return null;
  // Caption and link lines set between the two ("Close up: pigeons have become used to the city
  // traffic") are not the reporter turning away: they neither count nor name a rival.
  const inserted = (p: number) => p > prior.paragraph && p < paragraphIndex && isInsertedLine(states[p].text);
  let distance = 0;
  for (let p = prior.paragraph + 1; p <= paragraphIndex; p += 1) if (!inserted(p)) distance += 1;
  if (distance > 2) return null;
  const speaker = prior.speaker;
  if (tokenIndex === 0) {
    if (state.spans[state.tokens[0].quoteIndex as number]?.continuesPrevious) return null;
    // The rest of the paragraph may report more of the same speaker ("“…” Dr Tamimi said the main
    // issues were ..."), but no one else speaking.
    const [, quoteSentenceEnd] = sentenceOf(state, 0);
    const sameSpeaker = (phrase: SpeakerPhrase) => phrase.kind === "pronoun" || (phrase.kind === "named" && registry.find(phrase.run.nameTokens, phrase.run.kind) === speaker);
    if (state.tokens.slice(0, quoteSentenceEnd).some((t, i) => t.kind === "word" && speechVerbEnd(state.tokens, i) > 0)) return null;
    if (!onlySameSpeakerAfter(state, quoteSentenceEnd, sameSpeaker, true)) return null;
  }
  // The reporter's words between the two quotations: no one else speaks or becomes the subject.
  for (let p = prior.paragraph + 1; p < paragraphIndex; p += 1) {
    const between = states[p];
    if (inserted(p)) continue;
    if (between.spans.length > 0) return null;
    if (between.tokens.some((t, i) => t.kind === "word" && speechVerbEnd(between.tokens, i) > 0 && !isCapitalized(t))) {
      const found = attributionInSentence(between.tokens, 0, between.tokens.length, 0);
      if (found === null || found.phrase.kind !== "pronoun") return null;
    }
  }
  const inInsertedLine = (offset: number) => states.some((s, p) => inserted(p) && offset >= s.offset && offset < s.offset + s.text.length);
  const rival = registry.entities.some((e) => e !== speaker && e.kind === "PERSON" && e.mentions.some((m) => m.outsideQuotes && m.sentenceSubject && m.at > prior.at && m.at < at && !inInsertedLine(m.at)));
  return rival ? null : speaker;
}

/**
 * Does the paragraph introduce the quotation that opens the next one? ("Tillerson said:",
 * "The following is a statement from NASA Administrator Sean O'Keefe ...")
 */
function introductionIn(state: ParagraphState): Attribution | null {
  if (state.sentences.length === 0) return null;
  const [lo, hi] = state.sentences[state.sentences.length - 1];
  const { tokens } = state;
  // (A short quoted phrase on the way does not stop it: "Twitter issued a statement that it would “take action” ...:".)
  if (holdsQuotedSpeech(tokens, lo, hi)) return null;
  const lastToken = tokens[hi - 1];
  if (lastToken && lastToken.text === ":") {
    const found = attributionInSentence(tokens, lo, hi, hi);
    if (found) return { ...found, how: "introduction" };
    // "Twitter issued a statement to Slate ...:": whoever put the statement out.
    const issuer = issuerOf(tokens, lo, hi, INTRODUCED_DOCUMENTS);
    if (issuer && issuer.phrase.kind !== "vague") return { phrase: issuer.phrase, from: issuer.start, to: issuer.verb + 1, how: "introduction" };
  }
  for (let i = lo; i < hi - 1; i += 1) {
    if (!["statement", "remarks", "message", "letter", "comments", "testimony", "speech", "address"].includes(tokens[i].lower)) continue;
    for (let j = i + 1; j < Math.min(hi, i + 4); j += 1) {
      if (tokens[j].lower === "from" || tokens[j].lower === "by" || tokens[j].lower === "of") {
        const phrase = phraseForward(tokens, j + 1, hi);
        if (phrase) return { phrase: phrase.phrase, from: i, to: phrase.end, how: "introduction" };
      }
    }
  }
  return null;
}

/**
 * An unattributed quotation after a sentence of the same paragraph that reports what someone says
 * ("Matie says he'd curse at the driver. “Keep going ...”"): the nearest such sentence before the
 * quotation's own, provided no quotation stands between them, gives the speaker.
 */
function reportedSpeechBefore(state: ParagraphState, quoteSentenceStart: number): Attribution | null {
  const { tokens } = state;
  const earlier = state.sentences.filter(([, hi]) => hi <= quoteSentenceStart).reverse();
  for (const [index, [lo, hi]] of earlier.entries()) {
    if (holdsQuotedSpeech(tokens, lo, hi)) return null;
    if (tokens[hi - 1]?.text === "?") continue;
    const found = attributionInSentence(tokens, lo, hi, lo) ?? (index === 0 ? stanceTaken(tokens, lo, hi) : null);
    if (found && found.phrase.kind !== "vague") return found;
  }
  return null;
}

/**
 * A paragraph opening with a quotation after a paragraph of the reporter's own whose last sentence
 * reports someone saying something ("Andy Richards, of Swansea UAF, said the leaflet was exactly
 * what he had come to expect. ⏎ “The people of Swansea will not put up with this.”"): that person.
 */
function reportedInParagraphBefore(registry: PeopleRegistry, states: ParagraphState[], previous: QuoteRecord[], paragraphIndex: number): Entity | null {
  const before = states[paragraphIndex - 1];
  if (before === undefined || before.spans.length > 0 || before.sentences.length === 0 || isInsertedLine(before.text)) return null;
  const [lo, hi] = before.sentences[before.sentences.length - 1];
  if (before.tokens[hi - 1]?.text === "?") return null;
  const found = attributionInSentence(before.tokens, lo, hi, lo);
  // (The person opens the sentence: not "... married to David Cameron's aunt Cecilia, although friends deny ...".)
  if (found === null || found.phrase.kind !== "named" || found.from > lo + 1) return null;
  const context = { paragraphStart: before.offset, sentenceStart: before.offset + before.tokens[lo].start };
  return resolveSpeaker(registry, found.phrase, before.offset + before.tokens[found.from].start, previous, context);
}

/** Verbs of taking a stance, which a quotation straight after often bears out ("X criticised the system. “…”"). */
const STANCE_VERBS = new Set(["criticised", "criticized", "welcomed", "defended", "attacked", "praised", "condemned", "rejected", "dismissed", "backed", "hailed", "questioned", "challenged", "blamed", "thanked", "apologised", "apologized", "disagreed", "opposed", "defends", "criticises", "criticizes", "welcomes", "attacks", "praises", "condemns", "rejects", "dismisses", "backs", "hails", "repeated", "repeats", "reiterated", "reiterates"]);

/**
 * The sentence right before a quotation has a named person or a pronoun take a stance ("Fostering
 * Network executive director Robert Tapsfield criticised the existing system. “…”"): that person.
 */
function stanceTaken(tokens: Token[], lo: number, hi: number): Attribution | null {
  for (let v = lo + 1; v < hi; v += 1) {
    if (tokens[v].kind !== "word" || !STANCE_VERBS.has(tokens[v].lower)) continue;
    const subject = subjectOf(tokens, v, lo);
    if (subject === null || (subject.phrase.kind !== "named" && subject.phrase.kind !== "pronoun")) return null;
    if (subject.phrase.kind === "named" && subject.phrase.run.kind !== "PERSON") return null;
    return { phrase: subject.phrase, from: subject.start, to: v + 1, how: "explicit" };
  }
  return null;
}

/**
 * A paragraph opening with an unattributed quotation, after a paragraph that ends by reporting what
 * someone said ("Ms Smith said tabloid journalists had forgotten ..."), continues that speaker. The
 * report may be followed by up to two sentences of the reporter's paraphrase ("He says he has based
 * his business on ... . When they are not being used, they can be rented."), as long as nobody else
 * becomes the subject of a sentence there. Not after a question ("What did Suh say after the
 * play?") nor across a sentence that holds a quotation.
 */
function reportedSpeechIn(state: ParagraphState): Attribution | null {
  const { tokens } = state;
  const lastSentences = state.sentences.slice(-3).reverse();
  for (const [index, [lo, hi]] of lastSentences.entries()) {
    if (holdsQuotedSpeech(tokens, lo, hi)) return null;
    if (index === 0 && tokens[hi - 1]?.text === "?") return null;
    const found = attributionInSentence(tokens, lo, hi, lo) ?? (index === 0 ? stanceTaken(tokens, lo, hi) : null);
    if (found !== null) return found.phrase.kind === "vague" ? null : { ...found, how: "introduction" };
    // Paraphrase names nothing: any capitalised word inside the sentence may be someone else.
    if (tokens.slice(lo + 1, hi).some((t) => t.kind === "word" && isCapitalized(t) && t.text !== "I")) return null;
  }
  return null;
}

/**
 * Do the sentences of the paragraph after the quotation's own (from token `after`) report no one
 * speaking, or only the same speaker ("“...” Mr Parton said he had been told ...")?
 */
function onlySameSpeakerAfter(state: ParagraphState, after: number, sameSpeaker: (phrase: SpeakerPhrase) => boolean, nextOnly = false): boolean {
  const { tokens } = state;
  for (const [lo, hi] of state.sentences) {
    if (lo < after) continue;
    const sentence = tokens.slice(lo, hi);
    if (sentence.every((t) => t.kind === "quote" || t.kind === "punct")) continue;
    // (A later quotation of the paragraph must be the same speaker's: "... “We are a great believer
    // in simulation,” he said.")
    const quoteAt = sentence.findIndex((t) => t.kind === "quote");
    // (A word or two quoted in the reporter's sentence is no one else speaking: "Reyes had moved to play
    // down reports, issuing a statement through Arsenal describing the speculation as “flattering”".)
    const fragmentsOnly = quoteAt >= 0 && sentence.every((t) => t.kind !== "quote" || t.quoteIndex === undefined || wordCount(state.text.slice(state.spans[t.quoteIndex].start, state.spans[t.quoteIndex].end)) <= 2);
    if (fragmentsOnly && nextOnly) return true;
    const found = quoteAt >= 0 ? attributionInSentence(tokens, lo, hi, lo + quoteAt) : attributionInSentence(tokens, lo, hi, lo);
    if (quoteAt >= 0 && found === null) return false;
    // (Someone unnamed reporting without quoting, "A police spokeswoman confirmed that ...", said no
    // quotation before: in a copy that lost its paragraph breaks this is the next paragraph.)
    const unnamedReport = nextOnly && quoteAt < 0 && found !== null && (found.phrase.kind === "vague" || found.phrase.kind === "described");
    if (found !== null && !sameSpeaker(found.phrase) && !unnamedReport) return false;
    if (nextOnly) return true;
  }
  return true;
}

/** Conjunctions that open a subordinate clause before the main one. */
const SUBORDINATORS = new Set(["when", "after", "before", "as", "while", "if", "because", "although", "though", "since", "once", "until", "unless", "whenever", "whether"]);

/**
 * "This week a judge claimed drink was breeding “urban savages”. Judge Charles Harris QC made his
 * remarks ...": someone introduced as "a judge" and named, by that title, at the head of the next
 * sentence. In a lede, "the"/a possessive before the title will do, and the next paragraph's opening
 * name needs no title when it speaks straight away ("The prime minister has said “…”" ⏎ "Tony Blair
 * told"). Returns that person, or null.
 */
function namedInNextSentence(registry: PeopleRegistry, state: ParagraphState, from: number, following?: ParagraphState): Entity | null {
  const { tokens } = state;
  // ("A hospital boss has warned": the article may stand a word or two before the attribution read.)
  const window = tokens.slice(Math.max(0, from - 3), from + 1);
  const lowers = window.map((t) => t.lower);
  const indefinite = lowers.lastIndexOf("a") >= 0 ? lowers.lastIndexOf("a") : lowers.lastIndexOf("an");
  // ("The prime minister has said", "Scotland's justice minister has warned": a lede's one office, filled
  // by the name that opens the next paragraph.)
  const definite = indefinite < 0 && following !== undefined ? window.findIndex((t) => t.lower === "the" || (isCapitalized(t) && /^\p{Lu}[\p{L}.]*['’]s$/u.test(t.text))) : -1;
  const article = indefinite >= 0 ? indefinite : definite;
  if (article < 0 || window.slice(article + 1).some((t) => t.kind !== "word")) return null;
  const start = Math.max(0, from - 3) + article;
  const noun = tokens.slice(start + 1, start + 4).find((t) => t.kind === "word" && TITLE_WORDS.has(t.lower));
  const [, hi] = sentenceOf(state, from);
  // (A lede's last sentence: the first of the next paragraph. "A hospital boss has warned ... ⏎ Dr
  // Fiona Achebe, chief executive of Medway Valley NHS Trust, said".)
  const inParagraph = state.sentences.find(([lo]) => lo === hi);
  const paragraph = inParagraph ? state : following;
  const next = inParagraph ?? following?.sentences[0];
  if (noun === undefined || next === undefined || paragraph === undefined) return null;
  // ("… the country's finance minister has said. ⏎ “We have to be patient,” Christian Lindner told the
  // BBC.": or the name attributing the quotation that opens it.)
  const attributed = paragraph.tokens[next[0]]?.kind === "quote" ? attributionAfter(paragraph.tokens, next[0] + 1, next[1]) : null;
  const quoted = attributed?.phrase.kind === "named" && attributed.phrase.run.kind === "PERSON" ? attributed : null;
  const opening = quoted ? { phrase: quoted.phrase, end: quoted.to } : phraseForward(paragraph.tokens, next[0], next[1]);
  if (opening?.phrase.kind !== "named" || opening.phrase.run.kind !== "PERSON") return null;
  // The role as written before the name, or set off after it ("Dr Fiona Achebe, chief executive of ...,").
  let role = (opening.phrase.run.role ?? "").toLowerCase().split(/\s+/);
  if (paragraph.tokens[opening.end]?.text === ",") {
    const after = paragraph.tokens.slice(opening.end + 1, opening.end + 6);
    role = [...role, ...after.slice(0, Math.max(0, after.findIndex((t) => t.kind !== "word" || t.lower === "of" || t.lower === "at"))).map((t) => t.lower)];
  }
  const heads = new Set([noun.lower, ...(LEADING_ROLES.has(noun.lower) ? LEADING_ROLES : [])]);
  // (Only a name speaking straight away, "Cathy Jamieson said": not "John Smith, 45, was jailed".)
  const unroled = definite >= 0 && paragraph === following && role.every((w) => w === "") && (quoted !== null || speechVerbEnd(paragraph.tokens, opening.end) > 0);
  if (!role.some((w) => heads.has(w)) && !unroled) return null;
  if (unroled) {
    // (Not someone of the other sex than the lede's pronoun: "The minister said she ..." ⏎ "John Reid said".)
    const pronoun = tokens.slice(from, hi).find((t) => ["he", "she", "his", "her", "him"].includes(t.lower));
    const gender = opening.phrase.run.gender ?? registry.nameGender(opening.phrase.run.nameTokens) ?? null;
    if (pronoun && gender && (["she", "her"].includes(pronoun.lower) ? "F" : "M") !== gender) return null;
  }
  // (Named in a paragraph not read yet: recorded now, where it stands.)
  return registry.find(opening.phrase.run.nameTokens, "PERSON") ?? (paragraph === state ? null : registry.mention(opening.phrase.run, paragraph.offset + paragraph.tokens[next[0]].start, { create: true, outsideQuotes: true, sentenceSubject: true }));
}

/** Words for someone who runs a body, which name the same post ("a hospital boss" ... "chief executive"). */
const LEADING_ROLES = new Set(["boss", "chief", "head", "executive", "director", "chairman", "chairwoman", "chair", "leader"]);

/** A document noun after "the"/"this"/"its" opening the sentence before tokens[k] ("The survey of ..."), as a described phrase, or null. */
function documentOpening(tokens: Token[], lo: number, k: number): SpeakerPhrase | null {
  const start = ["but", "and"].includes(tokens[lo]?.lower ?? "") ? lo + 1 : lo;
  if (!["the", "this", "its", "their"].includes(tokens[start]?.lower ?? "") || start + 1 >= k) return null;
  const noun = tokens[start + 1];
  return noun.kind === "word" && DOCUMENT_NOUNS.has(noun.lower) ? { kind: "described", words: [tokens[start].text, noun.text], organization: false } : null;
}

/**
 * The subject of the sentence holding a partial quote that no speech verb introduces, when it is
 * a person the words can only be theirs: "She was in Italy and “in a place that felt very dark”",
 * "she ended up finding one of “the greatest loves of her life.”" The subject is a personal pronoun
 * or a person's name opening the sentence, or an office held by one person ("The President"); not when the sentence is passive ("He was charged with
 * “…”", "was described as") or names another person before the quotation.
 */
function sentenceSubjectBefore(tokens: Token[], lo: number, k: number): Attribution | null {
  // Not after an opening clause ("When Tom Jones arrived, the crowd said ...").
  if (SUBORDINATORS.has(tokens[lo]?.lower ?? "")) return null;
  let start = lo;
  if (["but", "and", "so", "yet", "still"].includes(tokens[start]?.lower ?? "")) start += 1;
  // ("In 2011 he apologised after ...": past an opening time phrase.)
  start = afterOpeningTime(tokens, start);
  // ("Quoted by NY Daily News, she showed understanding ...", "Speaking to reporters, he ...": after an
  // opening participle clause and its comma.)
  const participleComma = /(ed|ing)$/.test(tokens[start]?.lower ?? "") ? tokens.slice(start, Math.min(k, start + 10)).findIndex((t) => t.text === ",") : -1;
  if (participleComma > 0 && tokens.slice(start, start + participleComma).every((t) => t.kind === "word")) start += participleComma + 1;
  if (start >= k) return null;
  const subject = phraseForward(tokens, start, k);
  if (!subject) return null;
  const personal = subject.phrase.kind === "pronoun" && ["he", "she"].includes(subject.phrase.pronoun);
  const named = subject.phrase.kind === "named" && subject.phrase.run.kind === "PERSON" && subject.phrase.run.name !== "";
  if (!personal && !named && !isOfficeHolder(subject.phrase)) return null;
  const rest = tokens.slice(subject.end, k);
  if (rest.length === 0 || rest[0].kind !== "word" || isCapitalized(rest[0])) return null;
  if (rest.some((t, i) => t.kind === "quote" || (t.kind === "word" && isCapitalized(t) && i > 0 && FIRST_NAMES[t.lower] !== undefined))) return null;
  // Passive voice: the words are someone else's ("was charged with", "were described as").
  if (rest.some((t, i) => PASSIVE_AUXILIARIES.has(t.lower) && /ed$|en$/.test(rest[i + 1]?.lower ?? ""))) return null;
  return { phrase: subject.phrase, from: start, to: subject.end, how: "explicit" };
}

/**
 * A partial quote is a fragment set inside the reporter's own sentence: reporter's words come
 * before it in the sentence (other than an attribution ending in a comma, or a colon), or it is
 * followed straight on by the reporter's words.
 */
function partialQuote(tokens: Token[], k: number, lo: number, hi: number, span: QuoteSpan, inner: string): boolean {
  if (span.continuesPrevious) return false;
  if (k > lo) {
    const prev = tokens[k - 1];
    if (prev.text === ":") return false;
    if ((prev.text === "," || prev.text === "—" || prev.text === "–") && (attributionBefore(tokens, k, lo) !== null || tokens[k - 2]?.kind === "quote")) return false;
    if (prev.kind === "word" && SPEECH_VERBS.has(prev.lower) && /^[\p{Lu}]/u.test(inner)) return false;
    if (prev.kind === "punct" && /^[.!?]$/.test(prev.text)) return false;
    return true;
  }
  // At the start of the sentence: partial only when the reporter's sentence carries straight on.
  const next = tokens[k + 1];
  if (next && k + 1 < hi && next.kind === "word" && !/[.!?,;:…—–-]$/.test(inner) && attributionAfter(tokens, k + 1, hi) === null) return true;
  return false;
}

/** Roles of someone who speaks for or about a person without being them ("the Trump adviser"). */
const SERVING_ROLES = new Set(["adviser", "advisor", "aide", "ally", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "staffer", "assistant", "confidant", "friend", "source", "official", "insider", "associate"]);

/**
 * "the Trump adviser said", "a Biden aide said": a person of the article named before a role of
 * service modifies it; the one who serves them is not named.
 */
function servesNamedPerson(registry: PeopleRegistry, words: string[]): boolean {
  if (words.length < 2 || !SERVING_ROLES.has(words[words.length - 1].toLowerCase())) return false;
  const modifiers = new Set(words.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, "")));
  return registry.entities.some((e) => e.kind === "PERSON" && [...e.nameTokens, ...e.aliases].some((n) => modifiers.has(n.toLowerCase())));
}

/** Resolves a speaker phrase against the people of the article, or null when it names nobody. */
function resolveSpeaker(registry: PeopleRegistry, phrase: SpeakerPhrase, at: number, previous: QuoteRecord[], context: PronounContext): Entity | null {
  switch (phrase.kind) {
    case "vague":
      return null;
    case "named":
      return registry.mention(phrase.run, at, { create: true, outsideQuotes: context.inCaption !== true, sentenceSubject: true });
    case "described": {
      if (servesNamedPerson(registry, phrase.words)) return null;
      // ("the strategists wrote": the body whose people they are, or nobody.)
      if (phrase.words.length === 2 && /^the$/i.test(phrase.words[0]) && BODY_PEOPLE.has(phrase.words[1].toLowerCase())) {
        const body = bodyOfItsPeopleBefore(registry, phrase.words[1].toLowerCase(), at);
        body?.mentions.push({ at, outsideQuotes: true, sentenceSubject: true });
        return body;
      }
      const entity =
        resolveOrganizationBackReference(registry, phrase.words, at) ??
        resolveQualifiedBackReference(registry, phrase.words, at) ??
        resolveDescription(registry, phrase.words, phrase.organization, at) ??
        resolveReferringDescription(registry, phrase.words, at, previous, context);
      const words = phrase.words.map((w) => w.toLowerCase()).filter((w) => !["the", "a", "an"].includes(w));
      if (entity && entity.kind === "PERSON" && words.length > 0) registry.descriptions.set(entity, (registry.descriptions.get(entity) ?? new Set()).add(words.join(" ")));
      return entity;
    }
    case "pronoun":
      return resolvePronoun(registry, phrase.pronoun, at, previous, context);
  }
}

/** Lower-case words allowed between a body's name and its people ("Goldman Sachs equity strategists"). */
const BODY_PEOPLE_MODIFIERS = "equity|investment|market|chief|senior|bank|credit|research|global|strategy|economic|policy|portfolio|currency|energy|commodity|industry";

/**
 * "the strategists wrote" after "Goldman Sachs strategists" or "the analysts at Morgan Stanley": the
 * named body whose people the article last met under that noun, as the labels give a body's staff
 * to the body. Only a body already met by name; not a nationality or place ("Ukrainian officials").
 */
function bodyOfItsPeopleBefore(registry: PeopleRegistry, noun: string, at: number): Entity | null {
  const text = registry.body.slice(0, at);
  const name = String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})`;
  const before = new RegExp(`${name}(?:'s|’s)?\\s+(?:(?:${BODY_PEOPLE_MODIFIERS})\\s+)?${noun}(?![\\p{L}])`, "gu");
  const after = new RegExp(`(?<![\\p{L}])${noun}\\s+(?:at|from|with)\\s+(?:the\\s+)?${name}`, "gu");
  let last: { index: number; name: string; at: boolean } | null = null;
  for (const pattern of [before, after]) {
    for (const match of text.matchAll(pattern)) if (last === null || match.index > last.index) last = { index: match.index, name: match[1], at: pattern === after };
  }
  if (last === null) return null;
  const words = last.name.replace(/[.’']+$/, "").split(/\s+/).filter((w, i) => i > 0 || !/^the$/i.test(w));
  if (words.length === 0 || words.some((w) => DEMONYMS.has(w.toLowerCase()) || NON_NAME_WORDS.has(w.toLowerCase()) || PARTY_MEMBERS.has(w.toLowerCase()))) return null;
  const wanted = words.join(" ").toLowerCase();
  // ("analysts at Morgan Stanley": a name after "at" is a body's, whatever its first word made of it.)
  return registry.entities.find((e) => (e.kind === "ORGANIZATION" || last.at) && e.firstMention < at && [e.name, ...e.aliases].some((n) => n.toLowerCase() === wanted || n.toLowerCase().startsWith(`${wanted} `))) ?? null;
}

/** A description's words with any office written as initials spelt out. */
function expandOffices(words: string[]): string[] {
  return words.flatMap((w) => OFFICE_ABBREVIATIONS[w] ?? [w]);
}

/** "the Russian president" → the person whose role has those words; "the ministry" → that organisation. */
function resolveDescription(registry: PeopleRegistry, words: string[], organization: boolean, at: number): Entity | null {
  const wanted = expandOffices(words.map((w) => w.toLowerCase().replace(/’/g, "'")).filter((w) => !["the", "a", "an", "his", "her", "its", "their"].includes(w)));
  if (wanted.length === 0) return null;
  const head = wanted[wanted.length - 1];
  const candidates = registry.entities.filter((entity) => {
    if (lastMention(entity, at) < 0 && entity.firstMention >= at) return false;
    if (organization) {
      if (entity.kind !== "ORGANIZATION") return false;
      const name = entity.name.toLowerCase();
      // "the central bank" after "the U.S. Federal Reserve".
      if (wanted.join(" ") === "central bank" && name.includes("reserve")) return true;
      return wanted.every((w) => name.includes(w));
    }
    if (entity.kind !== "PERSON" || entity.role === null) return false;
    const role = sameParty(entity.role.toLowerCase());
    if (anotherOffice(role, wanted)) return false;
    // ("the Bolton boss" for "Bolton manager Sam Boyd": a boss is whoever runs the side or the firm.)
    const boss = (w: string) => w === "boss" && /\b(manager|coach|chief|head|executive|chairman|chairwoman|director)\b/.test(role);
    return sameParty(wanted.join(" ")).split(" ").every((w) => role.includes(w) || boss(w) || (w === "russian" && role.includes("russia")));
  });
  if (candidates.length > 0) {
    // ("The President" written with its capital, as American copy writes its own president's office:
    // the one whose role is that office alone, not the "Russian President" met since.)
    const bare = candidates.filter((e) => sameParty((e.role ?? "").toLowerCase()) === wanted.join(" "));
    if (bare.length === 1 && candidates.length > 1 && words.filter((w) => !/^(the|a|an)$/i.test(w)).every((w) => /^\p{Lu}/u.test(w))) return bare[0];
    return referBack(candidates, at, (e) => lastMention(e, at));
  }
  // "the Hello singer", "the Aloha actress": a work's or brand's name before a lower-case role
  // modifies it; the role alone ("Singer Adele") is matched.
  // (Not a nationality or place: "the Russian president" is no president of anywhere.)
  const modifier = (w: string, i: number) => i < words.length - 1 && /^\p{Lu}/u.test(w) && !/^(the|a|an)$/i.test(w);
  const bare = words.filter((w, i) => !modifier(w, i));
  const placeLike = words.some((w, i) => modifier(w, i) && (DEMONYMS.has(w.toLowerCase()) || NON_NAME_WORDS.has(w.toLowerCase())));
  if (!organization && !placeLike && bare.length < words.length && /^\p{Ll}/u.test(words[words.length - 1]) && bare.some((w) => !/^(the|a|an)$/i.test(w))) {
    return resolveDescription(registry, bare, organization, at);
  }
  // "The home secretary said ..." before the story names "Home Secretary Charles Clarke": the one
  // person the article gives that office.
  // (Not "the spokesman": spokespeople met unnamed stay so, whoever the story names as one later.)
  if (!organization && wanted.some((w) => TITLE_WORDS.has(w)) && !/^spokes/.test(head)) {
    const ahead = registry.rolesOfFullNames.filter(({ role }) => wanted.every((w) => role.split(/\s+/).includes(w)) && !anotherOffice(role, wanted));
    const names = new Set(ahead.map(({ run }) => run.nameTokens.join(" ").toLowerCase()));
    if (names.size === 1) return registry.mention(ahead[0].run, at, { create: true, outsideQuotes: true, sentenceSubject: true });
  }
  // A bare generic head ("the company") names no organisation of its own: no speaker rather than one called "company".
  // (Nor "the investment firm" when no firm named before fits it: not a body called "investment firm".)
  if (ORGANIZATION_BACK_REFERENCES.has(head) && (wanted.length === 1 || (!ORGANIZATION_HEADS.has(head) && words.every((w) => /^(the|a|an)$/i.test(w) || /^\p{Ll}/u.test(w))))) return null;
  if (organization && !TITLE_WORDS.has(head)) {
    // "said the magazine" after "by US magazine Mobile PC": the organisation named there.
    const named = wanted.length === 1 ? nameAfterNoun(registry, head, at) : null;
    // ("The King's Fund think tank said": the name, not the noun that says what it is.)
    const bare = words.filter((w) => !/^(the|a|an)$/i.test(w));
    const capitalised = bare.findIndex((w) => !/^\p{Lu}/u.test(w));
    // (Not a place or nationality alone: "the French foreign ministry", "the Dallas police department".)
    const leading = capitalised > 0 ? bare.slice(0, capitalised) : [];
    // ("The GMB union branded": initials alone before the noun are the body's name too.)
    const isName = (leading.length >= 2 || (leading.length === 1 && /^\p{Lu}{2,6}$/u.test(leading[0]))) && !leading.some((w) => DEMONYMS.has(w.toLowerCase()) || NON_NAME_WORDS.has(w.toLowerCase()));
    const name = isName ? leading : bare;
    return registry.mentionDescribedOrganization(named ?? name.join(" "), at);
  }
  return null;
}

/** Words that make an office another one: a shadow chancellor, a former or deputy prime minister is not "the chancellor" or "the prime minister". */
const OFFICE_MODIFIERS = new Set(["former", "ex", "shadow", "deputy", "vice", "assistant"]);

/** True when a role holds an office modifier ("shadow", "former") that the description referring back does not. */
function anotherOffice(role: string, wanted: string[]): boolean {
  return role.split(/[\s-]+/).some((w) => OFFICE_MODIFIERS.has(w) && !wanted.includes(w));
}

/** Party names written one way: "Tory" and "Conservative" are one party, "Lib Dem" and "Liberal Democrat" another. */
function sameParty(text: string): string {
  return text.replace(/\b(tory|tories|conservatives)\b/g, "conservative").replace(/\blib dems?\b|\bliberal democrats\b/g, "liberal democrat");
}

/**
 * The name written right after an organisation noun earlier in the body ("by US magazine Mobile
 * PC", "the broadcaster RTE"): what "the magazine" refers back to. Null when none was written.
 */
function nameAfterNoun(registry: PeopleRegistry, head: string, at: number): string | null {
  const text = registry.body.slice(0, at);
  // (The noun in either case, the name capitalised: "Magazine"/"magazine", then "Mobile PC".)
  const noun = [...head].map((c) => (/\p{L}/u.test(c) ? `[${c.toUpperCase()}${c}]` : escapeRegExp(c))).join("");
  const pattern = new RegExp(`(?<![\\p{L}-])${noun}\\s+(\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’-]*){0,3})`, "gu");
  let name: string | null = null;
  for (const match of text.matchAll(pattern)) {
    const words = match[1].replace(/[.’']+$/, "").split(/\s+/);
    if (words.some((w) => NON_NAME_WORDS.has(w.toLowerCase()) && !/^the$/i.test(w)) || TITLE_WORDS.has(words[0].toLowerCase())) continue;
    name = words.join(" ");
  }
  return name;
}


/**
 * The single capitalised word the reporter's text repeats most (at least three times, never just
 * because it opens a sentence) that is not part of a person's name, a place or time word, or a
 * title: "AirAsia", "Reddit". "The airline said" / "the company said" refer to it when no
 * organisation was recognised by name.
 */
function dominantProperNoun(states: ParagraphState[], registry: PeopleRegistry): string | null {
  const personWords = new Set(registry.fullNames.flat().map((w) => w.toLowerCase()));
  const counts = new Map<string, number>();
  for (const state of states) {
    const starts = new Set(state.sentences.map(([from]) => from));
    state.tokens.forEach((t, i) => {
      // "AirAsia's" counts for "AirAsia".
      const text = t.text.replace(/['’]s$/u, "");
      const lower = text.toLowerCase();
      if (t.kind !== "word" || !isCapitalized(t) || starts.has(i) || !/^\p{Lu}[\p{L}\d]+$/u.test(text)) return;
      if (text === text.toUpperCase() && text.length <= 2) return;
      if (NON_NAME_WORDS.has(lower) || SENTENCE_STARTERS.has(lower) || TITLE_WORDS.has(lower) || FIRST_NAMES[lower] || personWords.has(lower)) return;
      counts.set(text, (counts.get(text) ?? 0) + 1);
    });
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < 3 || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return null;
  return ranked[0][0];
}

/**
 * The candidate a description refers back to: the one ranking highest by `rank` (its latest
 * mention, say), recorded as mentioned as a subject at `at`.
 */
function referBack(candidates: Entity[], at: number, rank: (entity: Entity) => number): Entity {
  const best = candidates.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  best.mentions.push({ at, outsideQuotes: true, sentenceSubject: true });
  return best;
}

/** Back-references that mean a business, never a public body. */
const COMMERCIAL_BACK_REFERENCES = new Set(["company", "firm", "giant", "business", "retailer", "chain", "startup", "start-up", "airline", "carrier", "bank", "studio", "label", "publisher", "brand", "insurer", "lender", "automaker", "carmaker"]);

/** Head words of public bodies and forces, which "the company" never refers to. */
const PUBLIC_BODY_HEADS = new Set(["ministry", "department", "agency", "office", "council", "committee", "commission", "government", "administration", "police", "army", "navy", "force", "forces", "court", "parliament", "senate", "congress", "university", "school", "hospital", "party", "embassy", "authority", "board", "bureau"]);

/** Offset of the entity's latest mention as a sentence's subject in the reporter's words, after `after` and before `before`; -1 when none. */
function lastSubjectMention(entity: Entity, after: number, before: number): number {
  return Math.max(-1, ...entity.mentions.filter((m) => m.outsideQuotes && m.sentenceSubject && m.at > after && m.at < before).map((m) => m.at));
}

/** Is the entity written so, as its name or an alias, whatever the case ("UBS", "ubs")? */
const writtenAs = (e: Entity, name: string): boolean => [e.name, ...e.aliases].some((n) => n.toLowerCase() === name.toLowerCase());

/** A one-word "person" with no first name, honorific, role or gender ("Maersk", "Starbucks"): a body, should the story refer to it as one. */
const mayBeFirm = (registry: PeopleRegistry, e: Entity): boolean =>
  e.kind === "PERSON" && e.nameTokens.length === 1 && e.honorific === undefined && e.role === null && registry.gender(e) === null && FIRST_NAMES[e.nameTokens[0].toLowerCase()] === undefined;

/** Kinds of body a news outlet never is. */
const NOT_OUTLET_KINDS = new Set(["bank", "lender", "insurer", "airline", "carrier", "retailer", "chain", "automaker", "carmaker", "club", "team", "charity", "regulator", "watchdog", "brand", "studio", "label"]);

/** "the company", "the firm" alone → the most recently mentioned organisation with a name of its own. */
function resolveOrganizationBackReference(registry: PeopleRegistry, words: string[], at: number): Entity | null {
  const wanted = words.map((w) => w.toLowerCase()).filter((w) => !["the", "its", "their"].includes(w));
  if (wanted.length !== 1 || !ORGANIZATION_BACK_REFERENCES.has(wanted[0])) return null;
  // One introduced as "the group, X," is what "the group" means.
  const introduced = registry.entities.filter((e) => e.kind === "ORGANIZATION" && e.role === wanted[0] && lastMention(e, at, true) >= 0);
  if (introduced.length > 0) return referBack(introduced, at, (e) => lastMention(e, at, true));
  // Only an organisation the article is about: named at least twice in the reporter's words before;
  // a business for "the company" ("Air Force One's replacement" is no company).
  const business = COMMERCIAL_BACK_REFERENCES.has(wanted[0]);
  // (But first the one body that was the subject of the sentence right before: "Orbis, which makes the
  // operating system, said ... “…,” the company said", whatever body the story named more often.)
  const before = registry.body.slice(0, at).trimEnd();
  const ends = [...before.slice(0, -1).matchAll(/[.!?]["”’']?\s+|\n+/g)].map((m) => (m.index ?? 0) + m[0].length);
  // (The sentence before the one holding the reference, maybe ending the paragraph before: "Marlow
  // Motors said ... “…,” the company said"; "ITV defended the programme. ⏎ “…,” the broadcaster said".)
  const sentenceFrom = ends.length > 1 ? ends[ends.length - 2] : 0;
  // (A news outlet is never "the bank" or "the airline": "according to Bloomberg, which first reported
  // the bank's move. ⏎ “…,” the bank said" is Goldman's.)
  const outletRuledOut = (e: Entity) => NOT_OUTLET_KINDS.has(wanted[0]) && NEWS_OUTLETS.has(e.name.toLowerCase());
  const eligible = (e: Entity) => e.kind === "ORGANIZATION" && /^\p{Lu}/u.test(e.name) && !outletRuledOut(e) && !(business && e.nameTokens.some((t) => PUBLIC_BODY_HEADS.has(t.toLowerCase().replace(/['’]s?$/, ""))));
  // ("… shares dropped 3.3% after UBS downgraded the retail stock … “…,” the firm said": the firm
  // that rated the stock in the sentence before, in market copy, not the company rated.)
  if (business) {
    const rater = /(?<![\p{L}])(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,2})\s+(?:downgraded|upgraded|initiated|reiterated|double-upgraded)\b/u.exec(registry.body.slice(sentenceFrom, at));
    const firm = rater ? registry.entities.find((e) => (e.kind === "ORGANIZATION" || mayBeFirm(registry, e)) && writtenAs(e, rater[1])) : undefined;
    if (firm) {
      firm.kind = "ORGANIZATION";
      return firm;
    }
  }
  const subjectJustBefore = registry.entities.filter((e) => eligible(e) && e.mentions.some((m) => m.outsideQuotes && m.sentenceSubject && m.at < at && m.at >= sentenceFrom));
  if (subjectJustBefore.length === 1) return subjectJustBefore[0];
  // (Else the one body of that kind the sentence right before names at all: "While New York-based
  // Goldman is closing its operations in Russia, ..., according to Bloomberg ... ⏎ “…,” the bank said".)
  if (subjectJustBefore.length === 0 && NOT_OUTLET_KINDS.has(wanted[0])) {
    const namedJustBefore = registry.entities.filter((e) => eligible(e) && e.mentions.some((m) => m.outsideQuotes && m.at < at && m.at >= sentenceFrom));
    if (namedJustBefore.length === 1) return namedJustBefore[0];
  }
  // ("“…,” Maersk said in a Tuesday tweet. The Danish company added": a one-word name that spoke just
  // before with no first name, honorific, role or gender is the business "the company" means.)
  if (business && subjectJustBefore.length === 0) {
    const firmLike = registry.entities.filter((e) => mayBeFirm(registry, e) && e.mentions.some((m) => m.outsideQuotes && m.sentenceSubject && m.at < at && m.at >= sentenceFrom));
    if (firmLike.length === 1) {
      firmLike[0].kind = "ORGANIZATION";
      return firmLike[0];
    }
  }
  // (Else the one body named as someone's employer in the sentence right before: "“…,” Eylem Senyuz,
  // strategist at Truist wrote. ⏎ “…,” the firm added", whatever body the story named more often.)
  const employerAt = (m: { at: number }) => {
    const role = registry.body.slice(Math.max(0, m.at - 40), m.at).match(/(\p{Ll}+) at\s+$/u);
    return role !== null && TITLE_WORDS.has(role[1]);
  };
  const employers = registry.entities.filter((e) => eligible(e) && e.mentions.some((m) => m.outsideQuotes && m.at < at && m.at >= sentenceFrom && employerAt(m)));
  if (employers.length === 1 && business) return employers[0];
  const named = registry.entities.filter(
    (e) =>
      e.kind === "ORGANIZATION" &&
      /^\p{Lu}/u.test(e.name) &&
      !outletRuledOut(e) &&
      !(business && e.nameTokens.some((t) => PUBLIC_BODY_HEADS.has(t.toLowerCase().replace(/['’]s?$/, "")))) &&
      // (A club's name says it is one: "Westbourne United are closing in ... the club said", named once.)
      e.mentions.filter((m) => m.outsideQuotes && m.at < at).length >= (["club", "team"].includes(wanted[0]) && CLUB_SUFFIXES.has(e.nameTokens[e.nameTokens.length - 1].toLowerCase()) ? 1 : 2),
  );
  if (named.length === 0) {
    // ("Novo Nordisk partly funded the study. The company said": the one body named in the sentence right before.)
    const justBefore = registry.entities.filter((e) => eligible(e) && e.mentions.some((m) => m.outsideQuotes && m.at < at && m.at >= sentenceFrom));
    if (justBefore.length === 1 && sentenceFrom >= 0) return justBefore[0];
    // ("Amazon has scrapped plans to stop accepting Visa credit cards ... But in a statement Monday, the
    // firm said": the latest body that was the subject of a sentence, before the story's most named word.)
    const subjectsBefore = registry.entities.filter((e) => eligible(e) && lastSubjectMention(e, -1, at) >= 0);
    if (subjectsBefore.length > 0) return referBack(subjectsBefore, at, (e) => lastSubjectMention(e, -1, at));
    return registry.dominantProperNoun ? registry.mentionDescribedOrganization(registry.dominantProperNoun, at) : null;
  }
  // The latest one that was the subject of a sentence ("Boeing is in only the early stages ...") before one merely mentioned.
  const subjectAt = (e: Entity) => lastSubjectMention(e, -1, at);
  const subjects = named.filter((e) => subjectAt(e) >= 0);
  return subjects.length > 0 ? referBack(subjects, at, subjectAt) : referBack(named, at, (e) => lastMention(e, at, true));
}

/**
 * "the production company said" → the organisation named before whose name has the qualifying
 * words ("Dick Clark Productions"): a generic head ("company", "firm") with words before it that
 * begin words of the name. The latest mentioned such organisation.
 */
function resolveQualifiedBackReference(registry: PeopleRegistry, words: string[], at: number): Entity | null {
  const wanted = words.map((w) => w.toLowerCase()).filter((w) => !["the", "its", "their"].includes(w));
  if (wanted.length < 2 || !ORGANIZATION_BACK_REFERENCES.has(wanted[wanted.length - 1])) return null;
  const qualifiers = wanted.slice(0, -1);
  const named = registry.entities.filter((e) => e.kind === "ORGANIZATION" && lastMention(e, at, true) >= 0 && qualifiers.every((q) => e.nameTokens.some((t) => t.toLowerCase().startsWith(q))));
  if (named.length > 0) return referBack(named, at, (e) => lastMention(e, at, true));
  // ("ShareAction said ... The campaign group added": lower-case words saying what kind of group it is,
  // no part of its name; the head alone refers back.)
  // (Not "the central bank", an office of its own that resolveDescription knows.)
  if (wanted.join(" ") === "central bank") return null;
  // ("The Danish company added": a nationality says where it is from, no part of its name either.)
  return words.every((w) => /^\p{Ll}/u.test(w) || /^(the|its|their)$/i.test(w) || nationalityAdjective(w)) ? resolveOrganizationBackReference(registry, [wanted[wanted.length - 1]], at) : null;
}

/** A capitalised word telling where someone is from: "Danish", "Japanese", "Swiss", "Dutch". */
function nationalityAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && (DEMONYMS.has(lower) || ["swiss", "dutch", "french", "greek", "thai", "british", "irish", "welsh", "scottish"].includes(lower) || /\p{Ll}(ish|ese|ian|ean|can|man|ic)$/u.test(lower));
}

/**
 * The person named right after a description earlier in the body, set off by a comma ("the boy's
 * mother, Sarah Jones,"), or null. `words` are the description's lower-case words without article.
 */
function namedBeside(registry: PeopleRegistry, words: string[], at: number): Entity | null {
  const text = registry.body.slice(0, at).replace(/’/g, "'");
  const escaped = words.map(escapeRegExp);
  const pattern = new RegExp(`\\b${escaped.join("\\s+")},\\s+(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,3})`, "giu");
  let found: Entity | null = null;
  for (const match of text.matchAll(pattern)) {
    const name = match[1].toLowerCase();
    found = registry.entities.find((e) => e.kind === "PERSON" && writtenAs(e, name)) ?? found;
  }
  return found;
}

/**
 * The age the article gave a person before body offset `before`, or null: "Erling Haaland, 24,",
 * "said Rose, 29.", "Dana Ruiz (41)", "24-year-old Erling Haaland". The latest one given counts.
 */
function ageOf(registry: PeopleRegistry, entity: Entity, before: number): number | null {
  const { body } = registry;
  const forms = [entity.name, ...entity.aliases].sort((a, b) => b.length - a.length);
  let age: number | null = null;
  for (const m of entity.mentions) {
    if (m.at >= before || !m.outsideQuotes) continue;
    const form = forms.find((f) => body.startsWith(f, m.at));
    const after = form === undefined ? "" : body.slice(m.at + form.length, m.at + form.length + 8);
    const written = after.match(/^(?:,\s*|\s*\()(\d{1,3})(?=[,.;)]|\s*$)/) ?? body.slice(Math.max(0, m.at - 16), m.at).match(/(\d{1,3})-year-old\s+$/);
    if (written) age = Number(written[1]);
  }
  return age;
}

/**
 * A description that refers back instead of naming: "the 34-year-old", "the actress", "the Aloha
 * actress, 26", "the former interpreter" → the person of the article it fits (a role written that
 * way was matched before) by gender when the noun tells it, resolved like a pronoun of that gender
 * (same sentence, subject of the paragraph, most recent speaker). (Called after role matching.)
 */
function resolveReferringDescription(registry: PeopleRegistry, words: string[], at: number, previous: QuoteRecord[], context: PronounContext): Entity | null {
  const wanted = expandOffices(words.map((w) => w.toLowerCase().replace(/’/g, "'")).filter((w) => !["the", "a", "an"].includes(w)));
  if (wanted.length === 0) return null;
  const head = wanted[wanted.length - 1];
  // "The boy's mother told": someone's relative is the person named beside those words before
  // ("the boy's mother, Sarah Jones,"), else nobody met.
  // ("said the firm's chief U.S. equity strategist": an office at the body just named, held by someone
  // the story has met; resolved below as an office, if no name stands beside the words.)
  // ("the party's 2008 presidential nominee said": a party's or a committee's office likewise.)
  const firmsOffice = /'s$/.test(wanted[0]) && (ORGANIZATION_BACK_REFERENCES.has(wanted[0].slice(0, -2)) || ["party", "committee", "panel", "government", "administration"].includes(wanted[0].slice(0, -2))) && wanted.slice(1).some((w) => TITLE_WORDS.has(w));
  if (!firmsOffice && (wanted.slice(0, -1).some((w) => /'s?$/.test(w) && /'/.test(w)) || ["his", "her"].includes(wanted[0]))) return namedBeside(registry, wanted, at);
  if (firmsOffice) {
    const beside = namedBeside(registry, wanted, at);
    if (beside) return beside;
  }
  // "the founder and chairman of Icahn Enterprises": an office at a firm bearing the surname of the one person met with it is theirs.
  const ofAt = wanted.findIndex((w, i) => i > 0 && (w === "of" || w === "at"));
  if (ofAt > 0 && TITLE_WORDS.has(wanted[ofAt - 1])) {
    const firm = new Set(wanted.slice(ofAt + 1));
    const owners = registry.entities.filter((e) => e.kind === "PERSON" && e.nameTokens.length >= 2 && firm.has(e.nameTokens[e.nameTokens.length - 1].toLowerCase()) && lastMention(e, at) >= 0);
    if (owners.length === 1) return owners[0];
  }
  const aged = wanted.some((w) => /^(\d+-)?years?-old$/.test(w));
  // An office no one's role was written with ("the President-elect fumed" in a story that only says "Trump") refers back too.
  const office = (TITLE_WORDS.has(head) || firmsOffice) && !VAGUE_SOURCES.has(head) && !/^(spokes|mr|mrs|ms|dr)/.test(head);
  const nationality = DEMONYMS.has(head) || PARTY_MEMBERS.has(head);
  if (!(head in PERSON_DESCRIPTIONS) && !aged && !office && !nationality) return null;
  // "the 24-year-old": the one person the article gave that age ("Erling Haaland, 24,"); someone
  // given another age is not meant.
  const age = aged ? Number(wanted.join(" ").match(/(\d+)\s*-?\s*years?-old/)?.[1] ?? NaN) : NaN;
  const otherAge = (e: Entity | null): boolean => {
    const known = Number.isNaN(age) || e === null ? null : ageOf(registry, e, at);
    return known !== null && known !== age;
  };
  if (!Number.isNaN(age)) {
    const ofAge = registry.entities.filter((e) => e.kind === "PERSON" && ageOf(registry, e, at) === age);
    if (ofAge.length === 1) return ofAge[0];
  }
  // "the teenager said": the one person the story gave an age from 13 to 19 ("Andy Mackay, 17,").
  if (["teenager", "teen", "sixth-former"].includes(head)) {
    const teens = registry.entities.filter((e) => {
      const years = e.kind === "PERSON" ? ageOf(registry, e, at) : null;
      return years !== null && years >= 13 && years <= 19;
    });
    return teens.length === 1 ? teens[0] : null;
  }
  // ("the congresswoman replied": an office written with its holder's sex tells it too.)
  const gender = nationality ? demonymGender(head) : (PERSON_DESCRIPTIONS[head] ?? GENDERED_ROLES[head] ?? null);
  if (gender) {
    const resolved = resolvePronoun(registry, gender === "F" ? "she" : "he", at, previous, context);
    return otherAge(resolved) ? null : resolved;
  }
  // No gender told: the latest subject of a sentence when the reporter turned to them after the
  // last quotation ("Chandor asked his leading man ... “...,” the director said"), else the most
  // recent speaker if still in view, else the latest subject.
  const lastSpoken = [...previous].reverse().find((q) => q.speaker !== null && q.keep && q.speaker.kind === "PERSON");
  const subjects = registry.entities.filter((e) => e.kind === "PERSON" && !otherAge(e) && e.mentions.some((m) => m.outsideQuotes && m.sentenceSubject && m.at < at));
  const subjectAt = (e: Entity) => lastSubjectMention(e, -1, at);
  const latestSubject = subjects.length === 0 ? null : subjects.reduce((a, b) => (subjectAt(b) > subjectAt(a) ? b : a));
  if (latestSubject && lastSpoken && latestSubject !== lastSpoken.speaker && subjectAt(latestSubject) > lastSpoken.at) return latestSubject;
  if (lastSpoken?.speaker && !otherAge(lastSpoken.speaker) && lastMention(lastSpoken.speaker, at, true) >= context.paragraphStart - 1500) return lastSpoken.speaker;
  if (latestSubject) return latestSubject;
  // Nobody spoke or led a sentence yet: the person the story has named most, when one clearly leads.
  const counts = registry.entities
    .filter((e) => e.kind === "PERSON")
    .map((e) => ({ e, n: e.mentions.filter((m) => m.outsideQuotes && m.at < at).length }))
    .sort((a, b) => b.n - a.n);
  return counts.length > 0 && counts[0].n >= 2 && (counts.length === 1 || counts[0].n > counts[1].n) ? counts[0].e : null;
}

/**
 * Does the name mentioned at body offset `at` of the paragraph stand as a subject: not after a
 * preposition or article, and followed (after the rest of the name, and an appositive set off by
 * commas) by a lower-case word?
 */
function verbFollowsName(paragraph: ParagraphState, at: number): boolean {
  const { tokens } = paragraph;
  let i = tokens.findIndex((t) => paragraph.offset + t.start === at);
  // (A mention may stand at the surname, after its title: "the family of Mr Smales for".)
  while (i > 0 && tokens[i - 1].kind === "word" && isCapitalized(tokens[i - 1]) && TITLE_WORDS.has(tokens[i - 1].lower)) i -= 1;
  if (i < 0 || OBJECT_LEADS.has(tokens[i - 1]?.lower ?? "")) return false;
  let k = i;
  while (k < tokens.length && tokens[k].kind === "word" && isCapitalized(tokens[k])) k += 1;
  // (Past an appositive: "Professor Robert Edelmann, author of Coping With Blushing, thinks".)
  if (tokens[k]?.text === ",") {
    const close = tokens.findIndex((t, m) => m > k && m <= k + 12 && t.text === ",");
    if (close > k) k = close + 1;
  }
  return k < tokens.length && tokens[k].kind === "word" && !isCapitalized(tokens[k]);
}

/** A "he"/"she" reporting speech in a sentence of the reporter's own (no quotation in it). */
interface ReportingPronoun {
  index: number;
  pronoun: string;
  /** The tokens of the words it reports: the sentence around a parenthetical "..., he said", else what follows the verb. */
  lo: number;
  hi: number;
}

/**
 * The pronouns that report speech in sentences without quotations, by token index: "He said Tony
 * Blair would lead", "And Tony Blair would be in the front line, he said", "Nobody, he claimed,
 * could picture ...". One per sentence: the pronoun opening it (after "and"/"but") or set off by a
 * comma, with a speech verb right after it.
 */
function reportingPronouns(state: ParagraphState): Map<number, ReportingPronoun> {
  const { tokens } = state;
  const found = new Map<number, ReportingPronoun>();
  for (const [lo, hi] of state.sentences) {
    if (tokens.slice(lo, hi).some((t) => t.kind === "quote")) continue;
    for (let p = lo; p < hi; p += 1) {
      const kind = PRONOUNS[tokens[p].lower];
      if (tokens[p].kind !== "word" || (kind !== "M" && kind !== "F")) continue;
      const placed = p === lo || (p === lo + 1 && ["and", "but", "yet", "so"].includes(tokens[lo].lower)) || tokens[p - 1].text === ",";
      let v = p + 1;
      while (v < hi && tokens[v].kind === "word" && isVerbModifier(tokens[v].lower)) v += 1;
      const verbEnd = placed ? speechVerbEnd(tokens, v) : -1;
      if (verbEnd > 0) {
        // ("When Ashraf Ghani announced the exchange, he said Kabul had ...": a name in a clause
        // before the pronoun may be its own; only the reported words are not.)
        // ("..., he told activists.": a short object may close it.)
        let close = verbEnd;
        while (close < hi && close < verbEnd + 5 && !/^[,.!?;]$/.test(tokens[close].text)) close += 1;
        const parenthetical = close >= hi || /^[,.!?;]$/.test(tokens[close].text);
        found.set(p, { index: p, pronoun: tokens[p].lower, lo: parenthetical ? lo : verbEnd, hi });
        break;
      }
    }
  }
  return found;
}

/**
 * Resolves a reporting pronoun as an attribution's would be, except that it is none of the people
 * its own sentence names, and records it as a mention of whom it means: the next "he said" then
 * follows the chain ("Mr Milburn spoke. ⏎ He said Tony Blair would lead ... “…,” he promised").
 */
function followReportingPronoun(registry: PeopleRegistry, states: ParagraphState[], previous: QuoteRecord[], paragraphIndex: number, reporter: ReportingPronoun): void {
  const state = states[paragraphIndex];
  const { tokens } = state;
  const at = state.offset + tokens[reporter.index].start;
  const [sentenceLo] = sentenceOf(state, reporter.index);
  const context: PronounContext = {
    paragraphStart: state.offset,
    sentenceStart: state.offset + tokens[sentenceLo].start,
    reportedNames: namedWithin(registry, state.offset + tokens[reporter.lo].start, state.offset + tokens[reporter.hi - 1].end),
    previousParagraph: paragraphIndex > 0 ? states[paragraphIndex - 1] : undefined,
  };
  const entity = resolvePronoun(registry, reporter.pronoun, at, previous, context);
  if (entity) entity.mentions.push({ at, outsideQuotes: true, sentenceSubject: true });
}

/**
 * The one asked just before `sentenceStart`, when the text there puts a question to someone of
 * `pool` ("Tory MP John Gale asked Home Secretary Richard Alcott whether identity cards would be
 * compulsory."): the "he said" that follows is the answer. The text read is the last two sentences
 * before `sentenceStart` (found by their full stops, within 400 characters, or all 400 when fewer
 * stops stand there), and holds no quotation.
 */
function askedInSentenceBefore(registry: PeopleRegistry, pool: Entity[], sentenceStart: number): Entity | null {
  const before = registry.body.slice(Math.max(0, sentenceStart - 400), sentenceStart);
  const ends = [...before.matchAll(/[.!?]["”’']?\s+(?=\S)/g)];
  const last = ends.length >= 2 ? ends[ends.length - 2] : null;
  const from = sentenceStart - before.length + (last ? (last.index ?? 0) + last[0].length : 0);
  const sentence = registry.body.slice(from, sentenceStart);
  if (/["“”]/.test(sentence)) return null;
  const question = /\basked\s+((?:[A-Z][\w.'’-]*\s+){1,5})(?:whether|if|about|why|how|what|when)\b/.exec(sentence);
  if (!question) return null;
  const nameFrom = from + question.index + question[0].indexOf(question[1]);
  const nameTo = nameFrom + question[1].length;
  const askedPeople = pool.filter((e) => e.mentions.some((m) => m.at >= nameFrom && m.at < nameTo));
  return askedPeople.length === 1 ? askedPeople[0] : null;
}

/** The people named (by name, not by pronoun) between two body offsets. */
function namedWithin(registry: PeopleRegistry, from: number, to: number): Entity[] {
  return registry.entities.filter((e) => e.kind === "PERSON" && e.mentions.some((m) => m.at >= from && m.at < to));
}

/** Where a pronoun stands: body offsets of the start of its paragraph and of its sentence. */
interface PronounContext {
  paragraphStart: number;
  sentenceStart: number;
  /** Someone the pronoun cannot be: the object named right after its verb ("he called Jones"). */
  exclude?: Entity | null;
  /**
   * People the pronoun cannot be either: those named in the words it reports (“Tony Blair will lead
   * us,” he said; "Blair would be in the front line, he said"): a reporter does not name themselves.
   */
  reportedNames?: readonly Entity[];
  /** The paragraph before the pronoun's, when known. */
  previousParagraph?: ParagraphState;
  /** The attribution stands in a caption: the name it gives is no antecedent for a later pronoun. */
  inCaption?: boolean;
}

/** Conjunctions opening a subordinate clause before the main one ("While ..., he said"). */
const OPENING_SUBORDINATORS = /^(?:While|Whilst|Although|Though|As|Since|After|Before|When|Because|Once|Even though|Even as)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+\p{Ll}/u;

/**
 * The person named as the subject right after a sentence's opening subordinator, when the pronoun at
 * `at` opens the main clause after a comma: "When Mr. Silbar got into the business, he said".
 */
function subordinateClauseSubject(registry: PeopleRegistry, pool: Entity[], sentenceStart: number, at: number): Entity | null {
  const before = registry.body.slice(sentenceStart, at);
  const match = OPENING_SUBORDINATORS.exec(before);
  if (match === null || !/,\s*$/.test(before)) return null;
  const words = match[1].replace(/['’]s$/, "").split(/\s+/);
  const last = words[words.length - 1].toLowerCase();
  const found = pool.filter((e) => e.nameTokens.some((t) => t.toLowerCase() === last));
  return found.length === 1 ? found[0] : null;
}

/**
 * The person named right after a pronoun's speech verb, its object: "in which he called Jones
 * “terrible”", "she told Benioff". A pronoun subject never refers to its own verb's object.
 */
function objectOf(registry: PeopleRegistry, tokens: Token[], attribution: Attribution): Entity | null {
  if (attribution.phrase.kind !== "pronoun") return null;
  let open = attribution.from - 1;
  while (open >= 0 && !(tokens[open].kind === "punct" && /^[.!?]$/.test(tokens[open].text)) && tokens[open].kind !== "quote") open -= 1;
  // "Mr Blair has failed to tackle these problems, he claimed": the subject of the words reported
  // before a parenthetical attribution is not the one reporting them.
  // (Not a name after an opening subordinator: "When Mr. Silbar got into the business, he said".)
  if (attribution.from - 1 > open + 1 && tokens[attribution.from - 1].text === "," && !OPENING_SUBORDINATORS.test(tokens.slice(open + 1, attribution.from).map((t) => t.text).join(" "))) {
    const reported = phraseForward(tokens, open + 1, attribution.from - 1);
    // (Not one whose own speech verb the clause hangs on: "Eberhart stressed that regardless of what
    // happens, he believes ..." is Eberhart's belief.)
    if (reported?.phrase.kind === "named" && reported.phrase.run.kind === "PERSON" && tokens[reported.end]?.kind === "word" && !isCapitalized(tokens[reported.end]) && speechVerbEnd(tokens, reported.end) < 0) {
      const subject = registry.find(reported.phrase.run.nameTokens, "PERSON");
      if (subject) return subject;
    }
  }
  // "Asked if Mr Blunkett could return ..., he replied": the one asked about is not the one replying.
  if (tokens[open + 1]?.lower === "asked" && ["if", "whether", "about", "what", "why", "how", "when"].includes(tokens[open + 2]?.lower ?? "")) {
    for (let k = open + 3; k < attribution.from; k += 1) {
      if (!isCapitalized(tokens[k])) continue;
      const run = readRun(tokens, k, runEndForward(tokens, k), false);
      const asked = run && run.name !== "" ? registry.find(run.nameTokens, run.kind) : null;
      if (asked) return asked;
    }
  }
  // The verb is the first speech verb after the pronoun; the object, a name right after it.
  let verbEnd = -1;
  for (let v = attribution.from + 1; v <= attribution.to && v < tokens.length && verbEnd < 0; v += 1) verbEnd = speechVerbEnd(tokens, v);
  const next = verbEnd < 0 ? undefined : tokens[verbEnd];
  if (next === undefined || !isCapitalized(next)) return null;
  const run = readRun(tokens, verbEnd, runEndForward(tokens, verbEnd), false);
  return run && run.name !== "" ? registry.find(run.nameTokens, run.kind) : null;
}

/**
 * Does "he" (or "she", by `gender`) stand between body offset `from` and the first mention of
 * `entity` in [from, to)? Then that pronoun, written first, is not that person.
 */
function pronounBeforeMention(registry: PeopleRegistry, entity: Entity, gender: "M" | "F", from: number, to: number, outsideQuotesOnly: boolean): boolean {
  const first = Math.min(...entity.mentions.filter((m) => (!outsideQuotesOnly || m.outsideQuotes) && m.at >= from && m.at < to).map((m) => m.at));
  return Number.isFinite(first) && new RegExp(`\\b${gender === "M" ? "[Hh]e" : "[Ss]he"}\\b`).test(registry.body.slice(from, first));
}

/**
 * he/she → the most recent person of that gender, preferring (in order) someone named earlier in the
 * pronoun's own sentence ("Eric Garner ... as he pleaded"), the person the paragraph is about (the
 * latest subject of its sentences: "Swallow allegedly told Johnson ... access to Harry Reid. The
 * access, he warned"), and the most recent speaker; they/it → an organisation.
 */
function resolvePronoun(registry: PeopleRegistry, pronoun: string, at: number, previous: QuoteRecord[], context: PronounContext): Entity | null {
  const kind = PRONOUNS[pronoun];
  const lastSpoken = [...previous].reverse().find((q) => q.speaker !== null && q.keep && !q.inCaption);
  if (kind === "PLURAL" || kind === "NEUTER") {
    // Singular "they" for a spokesperson just named ("Kym Lino, a spokesperson for Instagram, confirmed
    // ... “…,” they said"): the latest person the paragraph names, when a spokesperson.
    if (kind === "PLURAL") {
      const recent = registry.entities.filter((e) => e.kind === "PERSON" && lastMention(e, at, true) >= context.paragraphStart);
      const latest = recent.length === 0 ? null : recent.reduce((a, b) => (lastMention(b, at, true) > lastMention(a, at, true) ? b : a));
      if (latest && /spokes|representative|publicist/i.test(latest.role ?? "")) return latest;
    }
    if (lastSpoken?.speaker?.kind === "ORGANIZATION") {
      // (Unless another body became the subject of a sentence since: "Toyota is halting production, saying
      // “…”. ⏎ Volkswagen Group, which also owns Porsche, did the same, saying it believes “…”".)
      const since = (e: Entity) => lastSubjectMention(e, lastSpoken.at, at);
      const rivals = registry.entities.filter((e) => e.kind === "ORGANIZATION" && e !== lastSpoken.speaker && since(e) >= 0);
      return rivals.length > 0 ? rivals.reduce((a, b) => (since(b) > since(a) ? b : a)) : lastSpoken.speaker;
    }
    // "“…,” said Seagate. ... “…,” it said": a name of one or two words that just spoke ("Plum
    // Village"), with no first name, honorific or role and nothing telling a gender, is the
    // organisation "it" means.
    const last = lastSpoken?.speaker;
    if (kind === "NEUTER" && last && lastSpoken.at >= (context.previousParagraph?.offset ?? context.paragraphStart) && last.nameTokens.length <= 2 && last.honorific === undefined && last.role === null && registry.gender(last) === null && FIRST_NAMES[last.nameTokens[0].toLowerCase()] === undefined) {
      last.kind = "ORGANIZATION";
      return last;
    }
    // An organisation written with a plural verb in this paragraph or the one before ("Big Machine
    // have twice denied doing anything wrong. ⏎ “…,” they said").
    if (kind === "PLURAL") {
      const since = context.previousParagraph?.offset ?? context.paragraphStart;
      const latestPlural = (e: Entity) => Math.max(-1, ...(e.pluralAt ?? []).filter((p) => p >= since && p < at));
      const plural = registry.entities.filter((e) => latestPlural(e) >= 0);
      if (plural.length > 0) return plural.reduce((a, b) => (latestPlural(b) > latestPlural(a) ? b : a));
    }
    // ("Citi said Wednesday that it would stick to its plan ... ⏎ “…,” it said": a one-word name with no
    // first name, honorific, role or gender, the subject of this paragraph or the one before, is the
    // body "it" means, unless a body was a subject since.)
    if (kind === "NEUTER") {
      const since = context.previousParagraph?.offset ?? context.paragraphStart;
      const firmLike = registry.entities.filter((e) => mayBeFirm(registry, e) && lastSubjectMention(e, since - 1, at) >= 0);
      const firm = firmLike.length === 1 ? firmLike[0] : null;
      const bodySince = firm !== null && registry.entities.some((e) => e.kind === "ORGANIZATION" && lastSubjectMention(e, lastSubjectMention(firm, since - 1, at), at) >= 0);
      if (firm && !bodySince) {
        firm.kind = "ORGANIZATION";
        return firm;
      }
    }
    const orgs = registry.entities.filter((e) => e.kind === "ORGANIZATION" && lastMention(e, at, true) >= 0);
    // ("Airbnb says ... ⏎ In the US, urban bookings have rebounded, it said": the body last the subject
    // of a sentence, not a place named on the way.)
    const subjects = orgs.filter((e) => lastSubjectMention(e, -1, at) >= 0);
    if (kind === "NEUTER" && subjects.length > 0) return subjects.reduce((a, b) => (lastSubjectMention(b, -1, at) > lastSubjectMention(a, -1, at) ? b : a));
    if (kind === "NEUTER" && orgs.length > 0) return orgs.reduce((a, b) => (lastMention(b, at, true) > lastMention(a, at, true) ? b : a));
    return null;
  }
  if (kind !== "M" && kind !== "F") return null;
  if (context.inCaption) {
    // A caption's own "he" is the one it names ("Dan Eberhart ... explains why he believes ..."), though
    // its names are no antecedents for the story's pronouns.
    const named = registry.entities.filter((e) => e.kind === "PERSON" && lastMention(e, at) >= context.paragraphStart && registry.gender(e) !== (kind === "M" ? "F" : "M"));
    if (named.length > 0) return named.reduce((a, b) => (lastMention(b, at) > lastMention(a, at) ? b : a));
  }
  const people = registry.entities.filter((e) => e.kind === "PERSON" && lastMention(e, at, true) >= 0 && e !== context.exclude && !context.reportedNames?.includes(e));
  // A name met in the pronoun's own sentence only as a possessor ("Mr Blair's government was a “…”,
  // he added") is no subject: it does not make them "he".
  const inSentenceAsSubjectOrObject = (e: Entity) => e.mentions.some((m) => m.outsideQuotes && !m.possessive && m.at >= context.sentenceStart && m.at < at);
  const exact = people.filter((e) => registry.gender(e) === kind);
  // (A gender only guessed from an ambiguous first name does not rule someone out: "Dani Vallverdu".)
  const unknown = people.filter((e) => registry.gender(e) === null || (registry.gender(e) !== kind && registry.genderGuessedOnly(e)));
  // Someone of unknown gender who was just the subject of a sentence ("said Ahmad Ijaz") stays a
  // candidate next to the people known to be of the pronoun's gender.
  const unknownSubjects = unknown.filter((e) =>
    e.mentions.some((m) => m.outsideQuotes && m.at < at && (m.sentenceSubject || m.at >= context.paragraphStart)),
  );
  const pool = exact.length > 0 ? [...exact, ...unknownSubjects] : unknown;
  if (pool.length === 0) return null;
  const latest = pool.reduce((a, b) => (lastMention(b, at, true) > lastMention(a, at, true) ? b : a));
  // ("While Peebles remains optimistic that Mayor Eric Adams will “step in”, he cautioned ...": the
  // subject of an opening subordinate clause is the "he" of the main clause after its comma.)
  const opener = subordinateClauseSubject(registry, pool, context.sentenceStart, at);
  if (opener) return opener;
  const asked = askedInSentenceBefore(registry, pool, context.sentenceStart);
  if (asked) return asked;
  // (Not when the same pronoun stood before that name in the sentence, which it then is not: "When he
  // refused to support Harold Wilson ..., he said".)
  const pronounBefore = pronounBeforeMention(registry, latest, kind, context.sentenceStart, at, false);
  if (lastMention(latest, at, true) >= context.sentenceStart && inSentenceAsSubjectOrObject(latest) && !pronounBefore) return latest;
  const subjectAt = (e: Entity) => lastSubjectMention(e, context.paragraphStart - 1, at);
  const subjects = pool.filter((e) => subjectAt(e) >= 0);
  if (subjects.length > 0 && !subjects.includes(latest)) return subjects.reduce((a, b) => (subjectAt(b) > subjectAt(a) ? b : a));
  const speaker = lastSpoken?.speaker;
  if (speaker && speaker !== latest && pool.includes(speaker)) {
    const spokeAt = (lastSpoken as QuoteRecord).at;
    // A new paragraph that names someone else, and neither quotes nor names the last speaker, is
    // about that someone: salience inside the paragraph beats the memory of the last speaker.
    // (Or refers to them as the story has before: "The chancellor said ... ⏎ ... the chancellor said the cuts ...".)
    const described = [...(registry.descriptions.get(speaker) ?? [])].some((d) => new RegExp(`\\bthe ${escapeRegExp(d)}\\b`, "i").test(registry.body.slice(context.paragraphStart, at)));
    const speakerInParagraph = spokeAt >= context.paragraphStart || lastMention(speaker, at, true) >= context.paragraphStart || described;
    // (Unless the paragraph's own "he" came before that name: "With sterling under pressure, he
    // resisted devaluation ... When he refused to support Harold Wilson ..., he said".)
    const pronounFirst = pronounBeforeMention(registry, latest, kind, context.paragraphStart, at, true);
    if (!speakerInParagraph && !pronounFirst && lastMention(latest, at, true) >= context.paragraphStart) return latest;
    // ... or a paragraph of the reporter's own, right before, that names only that someone ("It's a
    // ban Mr Mayer has since latched onto himself. ⏎ “…,” he said").
    if (!speakerInParagraph && context.previousParagraph && lastMention(latest, at, true) >= context.previousParagraph.offset && lastMention(speaker, at, true) < context.previousParagraph.offset) {
      const paragraph = context.previousParagraph;
      const others = registry.entities.filter((e) => e.kind === "PERSON" && e !== latest && lastMention(e, at, true) >= paragraph.offset);
      // (A subject there, a name with its verb after it; "the memory of Karl Weiss" is a mere mention.)
      const subjectThere = latest.mentions.some((m) => m.outsideQuotes && m.at >= paragraph.offset && m.at < at && verbFollowsName(paragraph, m.at));
      // (A short quoted word there does not count: "repeated his call for a “pause”".)
      // (Or someone quoted before, whom the paragraph names only in passing: "… he said. The comments come
      // a day after John Snow said the dollar was “…”. ⏎ But that was not enough for Mr Sarkozy. ⏎ “…,” he said".)
      const quotedBefore = previous.some((q) => q.speaker === latest && q.keep && q.at < paragraph.offset);
      if (!holdsQuotedSpeech(paragraph.tokens, 0, paragraph.tokens.length) && others.length === 0 && (subjectThere || quotedBefore)) return latest;
    }
    // Someone else of the right gender who became the subject of a sentence since that quotation
    // ("Chandor attributed ... . “...,” he said") takes over; the latest of them.
    const subjectSince = (e: Entity) => lastSubjectMention(e, spokeAt, at);
    const rivals = pool.filter((e) => e !== speaker && subjectSince(e) >= 0);
    if (rivals.length === 0) return speaker;
    const rival = rivals.reduce((a, b) => (subjectSince(b) > subjectSince(a) ? b : a));
    // (Unless the last speaker became a subject again after them: "Green said that ... But Gershman
    // noted that Mueller may be reluctant to charge Sessions ... “…,” he said" is Gershman's.)
    if (subjectSince(speaker) > subjectSince(rival)) return speaker;
    if (rival !== latest) return rival;
  }
  // A subject outranks a name met in passing ("Chandor attributed ... making Abel and Anna's
  // relationship feel so real. “…,” he said"): the latest subject of a sentence since the last
  // quotation, when the latest mention is no subject.
  const subjectAfter = (e: Entity) => lastSubjectMention(e, lastSpoken?.at ?? -1, at);
  const latestSubject = pool.filter((e) => subjectAfter(e) >= 0).reduce<Entity | null>((a, b) => (a === null || subjectAfter(b) > subjectAfter(a) ? b : a), null);
  if (latestSubject && latestSubject !== latest && subjectAfter(latest) < 0) return latestSubject;
  // ... and the latest subject outranks someone who was the subject earlier but is now met only as
  // an object ("Charles Clarke spoke. But Mark Oaten accused Mr Clarke of ... “…,” he told").
  const lastSubjectOf = (e: Entity) => lastSubjectMention(e, -1, at);
  if (latestSubject && latestSubject !== latest && lastSubjectOf(latestSubject) > lastSubjectOf(latest) && lastMention(latest, at, true) > lastSubjectOf(latest)) {
    const latestIsObject = !latest.mentions.some((m) => m.at === lastMention(latest, at, true) && m.sentenceSubject);
    if (latestIsObject) return latestSubject;
  }
  return latest;
}
