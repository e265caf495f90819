/**
 * Reading attributions around quotations: sentence boundaries that ignore quoted words, and the
 * speaker phrase of a quotation ("Tillerson said", "said U.S. Attorney Hurwit", "he added",
 * "according to the ministry", "Putin is quoted as saying").
 */

import { AUXILIARIES, COUNTRY_NAMES, DEMONYMS, RESPONSE_NOUNS, NAMED_BODY_HEADS, PARTY_MEMBERS, FIRST_NAMES, KNOWN_ORGANIZATIONS, ORGANIZATION_BACK_REFERENCES, ORGANIZATION_HEADS, PERSON_DESCRIPTIONS, PRONOUNS, SENTENCE_STARTERS, ROLE_MODIFIERS, SPEECH_PHRASES, SPEECH_VERBS, TITLE_WORDS, VAGUE_SOURCES, WEEKDAYS, isVerbModifier } from "./lexicon";
import { isCapitalized, isNameNumber, PARTY_STATE_TAG, readRun, runEndForward, runStartBackward, type NamedRun } from "./people";
import type { QuoteSpan, Token } from "./quotes";
import { inlineDatelineLength } from "./text";

/** Who an attribution names, before it is resolved against the people of the article. */
export type SpeakerPhrase =
  | { kind: "named"; run: NamedRun }
  | { kind: "pronoun"; pronoun: string }
  /** A description without a name: "the Russian president", "the ministry". */
  | { kind: "described"; words: string[]; organization: boolean }
  /** A source that names nobody: "officials", "a spokesman", "one resident". */
  | { kind: "vague" };

/** An attribution found in a paragraph's tokens. */
export interface Attribution {
  phrase: SpeakerPhrase;
  /** Token range [from, to) covering the speaker phrase and the verb, as written. */
  from: number;
  to: number;
  /** How it was found: "explicit" (in the quote's sentence) or "introduction" (a previous sentence ending in a colon). */
  how: "explicit" | "introduction";
}

/** Speech verbs whose passive makes the subject the one addressed ("she was warned that “…”", "he was told"). */
const PASSIVE_ADDRESSEE_VERBS = new Set(["told", "asked", "warned", "advised", "informed", "assured", "reminded", "promised", "urged", "ordered", "instructed", "notified", "cautioned"]);

/** Participles that lead into a quotation after a clause ("issued a statement, saying, “…”", "warning that “…”"). */
const PARTICIPLE_LEADS = new Set(["saying", "adding", "warning", "stating", "noting", "claiming", "arguing", "insisting", "explaining", "writing", "declaring", "admitting", "conceding", "stressing", "promising", "vowing", "joking", "quipping", "boasting", "predicting", "complaining", "acknowledging", "confirming", "announcing", "pledging", "telling", "urging", "asking", "reminding", "assuring", "accusing", "citing"]);

/** Verbs that put out a written statement ("released a statement saying"). */
export const STATEMENT_VERBS = new Set(["released", "issued", "posted", "published", "sent", "put", "tweeted", "wrote", "releases", "issues", "posts"]);

/** Forms of "be" that make a participle after them passive ("was said", "has been described"). */
const BE_FORMS = new Set(["was", "were", "is", "are", "been", "being", "be"]);

/** Auxiliaries of the passive: the forms of "be", and "get"/"got" ("got accused of"). */
export const PASSIVE_AUXILIARIES = new Set([...BE_FORMS, "get", "got"]);

const DETERMINERS = new Set(["the", "a", "an", "one", "another", "his", "her", "its", "their", "our", "some", "two", "three", "several", "many"]);
const PREPOSITIONS = new Set(["with", "of", "at", "for", "from", "in", "on"]);
/** Words of a short time phrase that may open a sentence before its subject ("And on Thursday ..."). */
const TIME_LEADS = new Set(["and", "but", "on", "last", "this", "next", "early", "late", "by"]);

const DAYS = new Set([...WEEKDAYS, "today", "yesterday", "tonight"]);

const isWord = (token: Token | undefined): token is Token => token !== undefined && token.kind === "word";
const isPunct = (token: Token | undefined, chars: string): boolean => token !== undefined && token.kind === "punct" && chars.includes(token.text);

/** Is tokens[i] a speech verb (or the first word of a speech phrase such as "pointed out")? Returns the index after it, or -1. */
export function speechVerbEnd(tokens: Token[], i: number): number {
  const token = tokens[i];
  if (!isWord(token) || /^\p{Lu}/u.test(token.text)) return -1;
  // "did not respond to a request for comment", "won't comment": speech that did not happen.
  if (i > 0 && /^(not|never|n[o']t|\w+n['’]t)$/.test(tokens[i - 1].lower)) return -1;
  const next = tokens[i + 1];
  // "the media reports were not ...", "his comments have": a plural noun before a verb of its own.
  if (/s$/.test(token.lower) && token.lower !== "says" && isWord(next) && NOUN_FOLLOWERS.has(next.lower)) return -1;
  // ("China initially agreed to the deal": agreeing to a thing is no speech.)
  if (/^agree[ds]?$/.test(token.lower) && next?.lower === "to" && ["the", "a", "an", "its", "their", "his", "her"].includes(tokens[i + 2]?.lower ?? "")) return -1;
  if (SPEECH_VERBS.has(token.lower)) return i + 1;
  for (const [a, b] of SPEECH_PHRASES) if (token.lower === a && next?.lower === b) return i + 2;
  return -1;
}

/** Auxiliaries and copulas that follow a plural noun, never a speech verb ("reports were"). */
const NOUN_FOLLOWERS = new Set(["were", "are", "was", "is", "have", "had", "has", "will", "would", "could", "can", "may", "might", "should", "must"]);

/** Words that may end a sentence with a full stop without ending it ("U.S." is kept whole by the tokenizer). */
const endsWithTerminal = (text: string): boolean => /[.!?…]["'”’)]*$/.test(text);

/**
 * Splits a paragraph's tokens into sentences, as token index ranges [from, to). Quotations are
 * single tokens: a quotation that ends its own sentence inside the marks ends the reporter's
 * sentence too, unless an attribution follows it (“Are you serious?” she asked.).
 */
export function splitSentences(tokens: Token[], spans: QuoteSpan[], paragraph: string): Array<[number, number]> {
  const sentences: Array<[number, number]> = [];
  let from = 0;
  // A dateline ("WASHINGTON (AP) — ") is no part of the sentence after it, whose subject opens it.
  const dateline = inlineDatelineLength(paragraph);
  const opening = dateline > 0 ? tokens.findIndex((t) => t.start >= dateline) : -1;
  if (opening > 0) {
    sentences.push([0, opening]);
    from = opening;
  }
  for (let i = from; i < tokens.length; i += 1) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (next === undefined) break;
    const nextStarts = next.kind === "quote" || (next.kind === "word" && /^[\p{Lu}\p{N}]/u.test(next.text)) || next.text === "(";
    // ("… original artwork., Trump's NFT also comes ...", "… this year.”, Dr. Kaan Kurtural told ...": a
    // full stop, then a comma and a capital, is where a scraper glued two paragraphs together.)
    const afterComma = tokens[i + 2];
    const fullStop = (token.kind === "punct" && token.text === ".") || (token.kind === "quote" && token.quoteIndex !== undefined && /\.\s*$/.test(paragraph.slice(spans[token.quoteIndex].start, spans[token.quoteIndex].end)));
    if (fullStop && next.kind === "punct" && next.text === "," && afterComma !== undefined && (afterComma.kind === "quote" || (afterComma.kind === "word" && /^\p{Lu}/u.test(afterComma.text)))) {
      sentences.push([from, i + 2]);
      from = i + 2;
      i += 1;
      continue;
    }
    let boundary = false;
    if (token.kind === "punct" && /^[.!?]$/.test(token.text) && nextStarts) boundary = true;
    if (token.kind === "quote" && token.quoteIndex !== undefined && nextStarts) {
      const span = spans[token.quoteIndex];
      const inner = paragraph.slice(span.start, span.end);
      if (endsWithTerminal(inner) && !attributionClosesQuote(tokens, i + 1, /[.]["'”’)]*$/.test(inner))) boundary = true;
    }
    if (boundary) {
      sentences.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < tokens.length) sentences.push([from, tokens.length]);
  return sentences;
}

/**
 * "“extravagant” Tory promises", "Labour claims": a party or nationality used as an adjective
 * before a verb form that is also a plural noun (tokens[k]) makes it that noun, no speech.
 */
function adjectiveBeforeNoun(tokens: Token[], k: number): boolean {
  const adjective = tokens[k - 1];
  const noun = tokens[k];
  return isWord(adjective) && isCapitalized(adjective) && (PARTY_MEMBERS.has(adjective.lower) || DEMONYMS.has(adjective.lower)) && isWord(noun) && SPEECH_VERBS.has(noun.lower) && /[^s]s$/.test(noun.lower) && noun.lower !== "says";
}

/** Participles of speaking after someone a recording shows. */
const SHOWN_PARTICIPLES = new Set(["telling", "saying", "shouting", "yelling", "screaming", "asking", "warning", "boasting", "threatening"]);

/** Verbs by which a recording shows someone speaking ("Footage showed Colley telling officers"). */
/** "with one writing", "with some saying": a participle of one of a crowd the story does not name, at tokens[v]. */
const crowdParticipleAt = (tokens: Token[], v: number, lo: number): boolean =>
  PARTICIPLE_LEADS.has(tokens[v].lower) && v - 2 >= lo && ["one", "another", "some", "many", "others", "several"].includes(tokens[v - 1].lower) && tokens[v - 2].lower === "with";

/** Nouns for what someone argued that, after their possessive name ("Lazar's argument that"). */
const CLAIM_NOUNS = new Set(["argument", "claim", "claims", "assertion", "contention", "insistence", "warning", "prediction", "suggestion", "view", "belief", "complaint", "allegation", "allegations", "assessment", "observation", "conclusion", "admission", "promise", "pledge", "vow", "threat", "boast"]);

/** Object pronouns and the subject pronouns they stand for ("shows him saying"). */
const OBJECT_PRONOUNS: Readonly<Record<string, string>> = { him: "he", her: "she", them: "they" };

/** Recordings that show someone speaking ("a clip of her saying"). */
const RECORDING_NOUNS = new Set(["clip", "video", "footage", "recording", "audio", "tape", "film", "livestream", "videos", "clips", "recordings"]);

const SHOWING_VERBS = new Set(["showed", "shows", "captured", "captures", "recorded", "records", "caught", "catches", "filmed", "heard", "hears"]);

/** Heads of state bodies a country's possessive can own ("Russia's defence ministry"), unlike a description ("Britain's data protection watchdog"). */
const OWNED_BODY_HEADS = new Set(["ministry", "department", "forces", "army", "navy", "police", "government", "embassy", "parliament", "military", "cabinet", "guard", "mission", "presidency"]);

/** Conjunctions that open a new clause after a quotation rather than its attribution. */
const CLAUSE_CONJUNCTIONS = new Set(["while", "whereas", "although", "though", "but", "and", "when", "after", "before", "because", "if", "since", "until", "unless", "whilst"]);


/**
 * Does an attribution right after a quotation that ends its own sentence belong to it? (“Go home!”
 * Miles told them.) After a full stop only a short attribution counts ("…” Smith said.), not a new
 * sentence that happens to open with a speech verb ("…” Peskov added that …).
 */
function attributionClosesQuote(tokens: Token[], j: number, afterFullStop: boolean): boolean {
  const attribution = attributionAfter(tokens, j, tokens.length);
  if (attribution === null) return false;
  if (!afterFullStop) return true;
  // ("“Retailers are discounting heavily.” Analysts agreed.": a new sentence of agreement, not the quotation's attribution.)
  if (tokens.slice(j, attribution.to).some((t) => ["agreed", "agree", "agrees", "disagreed", "disagree", "disagrees", "concurred"].includes(t.lower))) return false;
  // ("“Retailers are discounting heavily.” Unions also called for a pause.": a call for something is a sentence of its own.)
  if (tokens[attribution.to]?.lower === "for") return false;
  // ("“…” The Hansard Society has long campaigned for televised debates and has published reports":
  // a sentence of its own, with joined verbs, is no attribution.)
  if (tokens.slice(j, attribution.to).some((t) => t.lower === "and" || t.lower === "but") || attribution.to - j > 12) return false;
  // ("“a disgrace.” Gov. Ann Booth said it passed with support ...": a clause reported after the verb.)
  const opensClause = isWord(tokens[attribution.to]) && (["he", "she", "it", "they", "we", "this", "the", "his", "her", "their", "its"].includes(tokens[attribution.to].lower)) && isWord(tokens[attribution.to + 1]);
  if (opensClause && CLAUSE_REPORTING_VERBS.has(tokens[attribution.to - 1]?.lower ?? "")) return false;
  for (let k = attribution.to; k < tokens.length && k < attribution.to + 8; k += 1) {
    // "…” Aniston replied, “Well, …”": the attribution introduces the next quotation.
    if (tokens[k].kind === "punct" && /^[,:]$/.test(tokens[k].text) && tokens[k + 1]?.kind === "quote") return false;
    if (tokens[k].kind === "punct" && /^[.,;!?]$/.test(tokens[k].text)) return true;
    // ("…” Vince Cable said both parties were avoiding the issues.": a reported clause, with its own verb.)
    if (tokens[k].kind === "quote" || tokens[k].lower === "that" || AUXILIARIES.has(tokens[k].lower)) return false;
  }
  return attribution.to >= tokens.length;
}

/** Verbs of praise or blame whose object's quoted words are the subject's ("hailed the “brilliant” response"). */
const EVALUATIVE_VERBS = new Set(["hailed", "hails", "praised", "praises", "condemned", "condemns", "criticised", "criticized", "criticises", "criticizes", "welcomed", "welcomes", "thanked", "thanks", "defended", "defends", "lauded", "applauded", "denounced", "deplored", "lamented", "mocked", "ridiculed"]);

/** Lower-case trades written before a business's name ("Pub group Westcombe", "Chip maker Intel"). */
export const BUSINESS_DESCRIPTORS = new Set(["group", "maker", "firm", "giant", "retailer", "chain", "operator", "brewer", "manufacturer", "producer", "supplier", "provider", "developer", "publisher", "carrier", "lender", "insurer", "lobby"]);

/** "The President", "the prime minister": an office held by one person, as a definite description. */
export function isOfficeHolder(phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== "described" || phrase.organization) return false;
  const words = phrase.words.map((w) => w.toLowerCase());
  // (Described phrases are definite ones; their words leave the article out.)
  return words.length <= 3 && TITLE_WORDS.has(words[words.length - 1]) && !/^spokes/.test(words[words.length - 1]);
}

/** A run read as a body's name ("Goldman Sachs" before "economists", "Pub group Westcombe"). */
const asBody = (run: NamedRun): NamedRun => ({ ...run, kind: "ORGANIZATION", gender: null, confident: true });

/** Bodies named by who leads them ("the Saudi-led coalition"). */
const LED_BODIES = new Set(["coalition", "alliance", "forces", "government", "administration", "bloc", "consortium", "force", "mission", "group", "military"]);

/** A body's own people, who speak for it when its name stands before them ("Goldman Sachs economists wrote"). */
export const BODY_PEOPLE = new Set(["officials", "economists", "analysts", "strategists", "executives", "researchers", "scientists"]);

/** A body's people named after "its": "its bosses", "its lawyers", "its executives". */
const ITS_PEOPLE = new Set([...BODY_PEOPLE, "bosses", "lawyers", "attorneys", "leaders", "directors", "managers"]);
const itsPeopleAt = (tokens: Token[], i: number): boolean => isWord(tokens[i]) && tokens[i].lower === "its" && isWord(tokens[i + 1]) && ITS_PEOPLE.has(tokens[i + 1].lower);

/**
 * Whether a name before BODY_PEOPLE is a body or country they speak for: a country, a known body or
 * initials alone ("U.S.", "CDC"), or a longer name that is a body's or starts with no first name
 * ("Goldman Sachs"). Not a nationality or party ("Ukrainian officials"), nor one word capitalised by the
 * sentence start ("Independent analysts").
 */
function speaksForItsPeople(run: NamedRun): boolean {
  const name = run.nameTokens.join(" ").toLowerCase();
  if (run.name === "" || run.role !== null || DEMONYMS.has(name) || PARTY_MEMBERS.has(name)) return false;
  if (COUNTRY_NAMES.has(name)) return true;
  if (run.nameTokens.length === 1) return KNOWN_ORGANIZATIONS.has(name) || /^(\p{Lu}\.?){2,5}$/u.test(run.nameTokens[0]);
  return run.kind === "ORGANIZATION" || FIRST_NAMES[run.nameTokens[0].toLowerCase()] === undefined;
}

/** Nouns for words someone commits to ("a promise to “…”", "a pledge to"). */
const PROMISE_NOUNS = new Set(["promise", "pledge", "vow", "commitment", "plea", "call", "bid", "appeal"]);

/** Speech verbs that take a reported clause straight after them ("said it passed"). */
const CLAUSE_REPORTING_VERBS = new Set(["said", "says", "added", "adds", "insisted", "insists", "argued", "argues", "claimed", "claims", "stated", "states", "noted", "notes", "believes", "believed", "thinks", "thought", "warned", "warns"]);

/** Capitalised first words of two-word nationality nouns ("the New Zealander", "the South African"). */
const DEMONYM_PREFIXES = new Set(["new", "south", "north", "east", "west", "sierra", "sri", "puerto", "costa", "el", "saudi", "lib"]);

/** Relatives, who after "his"/"her" are someone's relative ("His wife said"). */
const FAMILY_NOUNS = new Set(["wife", "husband", "mother", "father", "mum", "dad", "son", "daughter", "sister", "brother", "partner", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "widow", "grandmother", "grandfather", "uncle", "aunt", "niece", "nephew"]);

/** Person nouns too general to stand for someone already named ("the man", "a woman who ... the woman said"). */
const GENERIC_PERSON_NOUNS = new Set(["man", "woman", "boy", "girl", "youngster", "student"]);

/**
 * A noun after "the" that stands for a person the article has met, ending at tokens[i]: a
 * nationality ("the Spaniard", "the New Zealander"; "The Malawian" only opening the phrase's
 * stretch) or a person noun with up to two modifiers ("the widow", "the former fisherman", "the
 * 45-year-old widow"). Returns the index of "the", or -1.
 */
export function personNounStart(tokens: Token[], i: number, lo: number): number {
  const token = tokens[i];
  if (!isWord(token) || token.surname) return -1;
  let p = i - 1;
  if (isCapitalized(token)) {
    if (!DEMONYMS.has(token.lower) && !PARTY_MEMBERS.has(token.lower)) return -1;
    if (p >= lo && isCapitalized(tokens[p]) && DEMONYM_PREFIXES.has(tokens[p].lower)) p -= 1;
    return p >= lo && (tokens[p].text === "the" || (tokens[p].text === "The" && p === lo)) ? p : -1;
  }
  if (!(token.lower in PERSON_DESCRIPTIONS) || GENERIC_PERSON_NOUNS.has(token.lower)) return -1;
  for (let steps = 0; p >= lo && steps < 5; p -= 1, steps += 1) {
    const t = tokens[p];
    if (t.lower === "the") return t.text === "the" || p === lo ? p : -1;
    // ("His wife said", "her husband added": a relative, named beside those words before or nobody.)
    if (["his", "her"].includes(t.lower) && p === i - 1 && FAMILY_NOUNS.has(token.lower)) return t.text === t.lower || p === lo ? p : -1;
    // Modifiers: lower-case adjectives and an age ("45-year-old", "45 - year-old").
    if (!(t.text === "-" || (isWord(t) && !isCapitalized(t) && !SPEECH_VERBS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower) && !["and", "or", "but", "that", "who", "as"].includes(t.lower)))) return -1;
  }
  return -1;
}

/** "the Spaniard said" / "the widow said": the described person phrase ending at tokens[i], or null. */
function personNounBackward(tokens: Token[], i: number, lo: number): { phrase: SpeakerPhrase; start: number } | null {
  const start = personNounStart(tokens, i, lo);
  return start < 0 ? null : { phrase: { kind: "described", words: tokens.slice(start, i + 1).map((t) => t.text), organization: false }, start };
}

/** "said the Spaniard", "said the veteran": the described person phrase opening at tokens[i] ("the"), or null. */
function personNounForward(tokens: Token[], i: number, hi: number): { phrase: SpeakerPhrase; end: number } | null {
  if (tokens[i]?.lower !== "the") return null;
  for (let end = i + 1; end < Math.min(hi, i + 5); end += 1) {
    if (!isWord(tokens[end]) && tokens[end].text !== "-") return null;
    const next = tokens[end + 1];
    // The noun ends the phrase: "said the Spaniard Rafael Nadal" names him instead.
    // (Not "said the American source familiar with ...": a source or role noun after it is the head.)
    if (personNounStart(tokens, end, i) === i && !(end + 1 < hi && isWord(next) && (isCapitalized(next) || next.lower in PERSON_DESCRIPTIONS || VAGUE_SOURCES.has(next.lower) || TITLE_WORDS.has(next.lower)))) {
      return nameGivenInRelative(tokens, end + 1, hi) ?? { phrase: { kind: "described", words: tokens.slice(i, end + 1).map((t) => t.text), organization: false }, end: end + 1 };
    }
  }
  return null;
}

/** "spokesman for Cabinet Office minister Francis Maude": the name is the one spoken for, not the speaker's. */
const speaksForName = (run: NamedRun): boolean => /^(spokes\w+|representative|aide|lawyer|attorney|adviser|advisor) (for|of|to)( |$)/i.test(run.role ?? "");

/**
 * An age written as "34-year-old" or, with the hyphens lost, "34 year old", ending at tokens[i]: the
 * index of its number, or -1.
 */
function ageEndingAt(tokens: Token[], i: number): number {
  const hyphenated = tokens[i]?.lower === "year-old" && tokens[i - 1]?.text === "-";
  const spaced = tokens[i]?.lower === "old" && tokens[i - 1]?.lower === "year";
  return (hyphenated || spaced) && /^\d+$/.test(tokens[i - 2]?.text ?? "") ? i - 2 : -1;
}

/** Adverbs that open a sentence before its subject ("Separately the prime minister said"); no subordinators ("While it ..."). */
const OPENING_ADVERBS = new Set(["separately", "meanwhile", "however", "moreover", "also", "still", "earlier", "later", "then", "now", "even", "apparently", "reportedly", "allegedly", "additionally", "eventually", "finally", "initially", "ultimately", "recently", "previously", "currently", "instead", "indeed", "perhaps", "today", "yesterday", "nonetheless", "nevertheless", "similarly", "likewise", "elsewhere", "again"]);

/** Parses a speaker phrase that starts at tokens[i] (after an inverted verb, or right after a quotation). */
export function phraseForward(tokens: Token[], i: number, hi: number): { phrase: SpeakerPhrase; end: number } | null {
  const token = tokens[i];
  if (!isWord(token) || i >= hi) return null;
  if (PRONOUNS[token.lower] !== undefined) return { phrase: { kind: "pronoun", pronoun: token.lower }, end: i + 1 };
  // ("its bosses warned", "Its lawyers argued": a body's people in the plural speak for the body "it" means.)
  if (itsPeopleAt(tokens, i) && i + 1 < hi) return { phrase: { kind: "pronoun", pronoun: "it" }, end: i + 2 };
  // "said the 34-year-old" (or "the 52 year old", the BBC copy's hyphens turned to spaces): an age
  // alone stands for a person already met.
  if (token.lower === "the" && i + 3 < hi + 1 && ageEndingAt(tokens, i + 3) === i + 1 && !(isWord(tokens[i + 4]) && !SPEECH_VERBS.has(tokens[i + 4].lower) && i + 4 < hi)) {
    return { phrase: { kind: "described", words: [tokens[i + 1].text, "-", "year-old"], organization: false }, end: i + 4 };
  }
  // ("Separately the prime minister also defended ...", "Even as Mr. Biden spoke": an adverb opening the
  // sentence, capitalised only by position, is no name; the phrase starts after it.)
  const sentenceStart = i === 0 || (tokens[i - 1].kind === "punct" && /^[.!?]$/.test(tokens[i - 1].text));
  if (sentenceStart && isCapitalized(token) && OPENING_ADVERBS.has(token.lower) && isWord(tokens[i + 1]) && !isCapitalized(tokens[i + 1])) {
    return phraseForward(tokens, i + 1, hi);
  }
  const personNoun = personNounForward(tokens, i, hi);
  if (personNoun) return personNoun;
  // ("Pub group Westcombe has rejected a bid", "Chip maker Intel said": a trade before a business's name.)
  if (isCapitalized(token) && !isCapitalized(tokens[i + 1] ?? token) && BUSINESS_DESCRIPTORS.has(tokens[i + 1]?.lower ?? "") && i + 2 < hi && isCapitalized(tokens[i + 2]) && tokens[i + 2].kind === "word") {
    let end = i + 3;
    while (end < hi && tokens[end].kind === "word" && isCapitalized(tokens[end])) end += 1;
    const run = readRun(tokens, i + 2, end, false);
    if (run && run.name !== "") return { phrase: { kind: "named", run: asBody(run) }, end };
  }
  // "Turkey, which occupies northern Cyprus, had insisted": a country opening the phrase, alone.
  const theCountry = token.lower === "the" ? 1 : 0;
  for (const last of [i + theCountry, i + theCountry + 1]) {
    const next = tokens[last + 1];
    const country = last < hi && tokens[last] !== undefined && !(next !== undefined && isCapitalized(next)) ? countryEndingAt(tokens, last, i) : null;
    if (country && country.start === i) return { phrase: country.phrase, end: last + 1 };
  }
  let start = i;
  let determiner: string | null = null;
  if (DETERMINERS.has(token.lower) && !isCapitalizedName(token)) {
    determiner = token.lower;
    start = i + 1;
  }
  const first = tokens[start];
  if (!isWord(first) || start >= hi) return null;
  // ("the California Democrat said", "the Texas Republican added": a party member named by their state,
  // a description of someone met before.)
  if (determiner === "the" && isCapitalized(first)) {
    let k = start;
    while (k < start + 3 && k < hi && isWord(tokens[k]) && isCapitalized(tokens[k]) && !PARTY_MEMBERS.has(tokens[k].lower)) k += 1;
    if (k > start && k < hi && isWord(tokens[k]) && isCapitalized(tokens[k]) && PARTY_MEMBERS.has(tokens[k].lower) && !(isWord(tokens[k + 1]) && isCapitalized(tokens[k + 1]))) {
      return { phrase: { kind: "described", words: ["the", tokens[k].text], organization: false }, end: k + 1 };
    }
  }
  // ("said Tory shadow local government secretary Caroline Spelman": a party before a role and a name.)
  if (isCapitalized(first) && (PARTY_MEMBERS.has(first.lower) || ["labour", "conservative", "liberal", "green"].includes(first.lower)) && isWord(tokens[start + 1]) && !isCapitalized(tokens[start + 1])) {
    const person = personAfterRole(tokens, start + 1, hi);
    if (person) return person;
  }
  // ("said chairman of selectors David Graveney": a lower-case role with its object before the name.)
  if (!isCapitalized(first) && TITLE_WORDS.has(first.lower) && ["of", "for"].includes(tokens[start + 1]?.lower ?? "") && !isCapitalized(tokens[start + 2] ?? first)) {
    const person = personAfterRole(tokens, start, hi);
    if (person) return person;
  }
  if (isCapitalized(first) || TITLE_WORDS.has(first.lower)) {
    const end = Math.min(runEndForward(tokens, start), hi);
    if (end > start) {
      const run = readRun(tokens, start, end, false);
      // "said University of Miami tropical weather expert Brian McNoldy": an organisation, a few
      // lower-case words ending in a role, then the person's name.
      // ("said Apacs's fraud director, Colin Wakeham": or a body's possessive name.)
      if (run && (run.kind === "ORGANIZATION" || (/['’]s$/.test(tokens[end - 1].text) && isWord(tokens[end]) && !isCapitalized(tokens[end])))) {
        const person = personAfterRole(tokens, end, hi);
        if (person) return person;
      }
      const noun = tokens[end];
      // ("the Saudi-led coalition said", "the US-led forces": a body led by someone, named with its noun.)
      if (run && run.name !== "" && end === start + 1 && /-led$/i.test(tokens[start].text) && end < hi && isWord(noun) && LED_BODIES.has(noun.lower)) {
        const nameTokens = [tokens[start].text, noun.text];
        return { phrase: { kind: "named", run: asBody({ ...run, end: noun.end, nameEnd: noun.end, name: nameTokens.join(" "), nameTokens }) }, end: end + 1 };
      }
      // ("Goldman Sachs economists wrote": the body its people speak for.)
      // ("the Bank of America economists wrote": after "the" too, when the name is a body's.)
      if (run && end < hi && isWord(noun) && BODY_PEOPLE.has(noun.lower) && (determiner === null || (determiner === "the" && run.kind === "ORGANIZATION")) && speaksForItsPeople(run)) {
        return { phrase: { kind: "named", run: asBody(run) }, end: end + 1 };
      }
      // ("the Plum Village statement said", "a White House statement read": a document named after its issuer is the issuer's word.)
      if (run && run.name !== "" && run.role === null && determiner !== null && end < hi && documentAfterName(tokens[end - 1], noun)) {
        return { phrase: { kind: "named", run }, end: end + 1 };
      }
      // ("added Trump in Thursday's statement": the name ends before "in"; the noun after is the day's.)
      const inside = tokens.slice(start, end).findIndex((t, k) => k > 0 && t.lower === "in");
      if (run && run.name !== "" && determiner === null && inside > 0 && /['’]s$/.test(tokens[end - 1].text)) {
        const named = readRun(tokens, start, start + inside, false);
        if (named && named.name !== "") return { phrase: { kind: "named", run: named }, end: start + inside };
      }
      // "a GOP insider", "the Pentagon spokesman": a proper noun modifying a source noun is no speaker itself.
      if (run && end < hi && isWord(noun) && !isCapitalized(noun) && (VAGUE_SOURCES.has(noun.lower) || TITLE_WORDS.has(noun.lower))) {
        return { phrase: describe(tokens.slice(start, end + 1), determiner), end: end + 1 };
      }
      // ("The Biden administration has shown ...", "the Clinton campaign said": a leader's government or campaign, a body.)
      if (run && run.kind === "PERSON" && run.role === null && end < hi && isWord(noun) && ["administration", "campaign"].includes(noun.lower)) {
        const nameTokens = [...run.nameTokens, noun.text];
        return { phrase: { kind: "named", run: asBody({ ...run, end: noun.end, nameEnd: noun.end, name: nameTokens.join(" "), nameTokens }) }, end: end + 1 };
      }
      if (run && run.name !== "") return { phrase: speaksForName(run) ? { kind: "vague" } : { kind: "named", run: jointRun(tokens, run, end) ?? run }, end };
      // ("said Chelsea's director of football Frank Oduya": the role's object, then the name.)
      const roleObject = run && run.name === "" && run.role !== null && ["of", "for"].includes(tokens[end]?.lower ?? "") ? personAfterRole(tokens, end - 1, hi) ?? officeOfBodyThenName(tokens, end, hi) : null;
      if (roleObject) return roleObject;
      // ("RT News deputy editor-in-chief Anna Belkina hit out": more lower-case role words, then the name.)
      const roleGoesOn = run && run.name === "" && run.role !== null && determiner === null && isWord(noun) && !isCapitalized(noun) ? personAfterRole(tokens, end, hi) : null;
      if (roleGoesOn && roleGoesOn.phrase.kind === "named" && roleGoesOn.phrase.run.nameTokens.length >= 2) return roleGoesOn;
      if (run && run.role) return appositiveAfterDescription(tokens, end, hi) ?? { phrase: describe(tokens.slice(start, end), determiner), end };
    }
  }
  // An age before a name: "wrote 43-year-old Martin Taylor of Aberdeenshire".
  if (determiner === null && /^\d+$/.test(first.text) && tokens[start + 1]?.text === "-" && tokens[start + 2]?.lower === "year-old" && isCapitalized(tokens[start + 3] ?? first)) {
    const named = phraseForward(tokens, start + 3, hi);
    if (named && named.phrase.kind === "named") return named;
  }
  // Lower-case descriptors before a name: "mum-of-two Kerry Jones", "fellow surfer Andrew Walsh".
  if (determiner === null) {
    for (let d = start; d < Math.min(hi, start + 3) && isWord(tokens[d]) && !isCapitalized(tokens[d]); d += 1) {
      const lower = tokens[d].lower;
      if (SPEECH_VERBS.has(lower) || PREPOSITIONS.has(lower) || isVerbModifier(lower) || ["and", "or", "but", "that", "to", "which", "who", "whose"].includes(lower)) break;
      const next = tokens[d + 1];
      if (next && isCapitalized(next)) {
        const { run, end } = runAt(tokens, d + 1, hi);
        if (run && run.name !== "" && run.kind === "PERSON") return { phrase: { kind: "named", run }, end };
        break;
      }
    }
  }
  // Lower-case description: adjectives then a head noun ("the ministry", "a senior official").
  let j = start;
  while (j < hi && j < start + 4 && isWord(tokens[j])) {
    const lower = tokens[j].lower;
    // ("analysts at Wedbush Securities said": a body's people at it speak for the body, as the labels give them.)
    if (BODY_PEOPLE.has(lower) && ["at", "from"].includes(tokens[j + 1]?.lower ?? "") && isCapitalized(tokens[j + 2] ?? tokens[j])) {
      const { run: body, end: bodyEnd } = runAt(tokens, j + 2, hi);
      if (body && body.name !== "" && body.role === null && speaksForItsPeople(body)) return { phrase: { kind: "named", run: asBody(body) }, end: bodyEnd };
    }
    // ("the firm added", "the lender said": a generic head after "the" refers back to a body named before.)
    if (VAGUE_SOURCES.has(lower) || BODY_PEOPLE.has(lower) || ORGANIZATION_HEADS.has(lower) || TITLE_WORDS.has(lower) || KNOWN_ORGANIZATIONS.has(lower) || (determiner === "the" && ORGANIZATION_BACK_REFERENCES.has(lower))) {
      // ("says the assembly government": a head that modifies the next one.)
      while (ORGANIZATION_HEADS.has(lower) && j + 1 < hi && isWord(tokens[j + 1]) && !isCapitalized(tokens[j + 1]) && ORGANIZATION_HEADS.has(tokens[j + 1].lower)) j += 1;
      // ("said a former White House official": a capitalised body before a lower-case person noun
      // modifies it; the speaker is the official, not the body.)
      // ("said one former House Republican leadership aide": past a party and a lower-case modifier too.)
      if (ORGANIZATION_HEADS.has(lower) && isCapitalized(tokens[j])) {
        const personNoun = [1, 2, 3].map((d) => j + d).find((m) => m < hi && isWord(tokens[m]) && !isCapitalized(tokens[m]) && (TITLE_WORDS.has(tokens[m].lower) || VAGUE_SOURCES.has(tokens[m].lower)));
        const between = personNoun === undefined ? [] : tokens.slice(j + 1, personNoun);
        if (personNoun !== undefined && between.every((t) => isWord(t) && (PARTY_MEMBERS.has(t.lower) || (!isCapitalized(t) && !SPEECH_VERBS.has(t.lower) && !AUXILIARIES.has(t.lower) && !PREPOSITIONS.has(t.lower))))) j = personNoun;
      }
      // ("said the company's chief executive John Smith": more role words, then the one holding the role.)
      if (isRoleNoun(tokens[j].lower) && !isCapitalized(tokens[j])) {
        let m = j + 1;
        while (m < hi && m <= j + 3 && isWord(tokens[m]) && !isCapitalized(tokens[m]) && isRoleNoun(tokens[m].lower)) m += 1;
        if (m < hi && isWord(tokens[m]) && isCapitalized(tokens[m])) {
          const { run, end } = runAt(tokens, m, hi);
          if (run && run.kind === "PERSON" && run.role === null && run.nameTokens.length >= 2) return { phrase: { kind: "named", run }, end };
        }
      }
      return appositiveAfterDescription(tokens, j + 1, hi) ?? { phrase: describe(tokens.slice(start, j + 1), determiner), end: j + 1 };
    }
    // ("said the committee’s Ranking Democrat Jerrold Nadler": a body's possessive, then a capitalised
    // office and the name.)
    if (/['’]s$/.test(tokens[j].text) && j + 1 < hi && isWord(tokens[j + 1]) && isCapitalized(tokens[j + 1])) {
      const { run, end } = runAt(tokens, j + 1, hi);
      if (run && run.kind === "PERSON" && run.nameTokens.length >= 2 && (run.role !== null || run.nameStart > tokens[j + 1].start)) return { phrase: { kind: "named", run }, end };
    }
    // ("wrote one on Twitter": a preposition ends the description before a name after it.)
    if (SPEECH_VERBS.has(lower) || PREPOSITIONS.has(lower) || AUXILIARIES.has(lower)) break;
    j += 1;
  }
  return null;
}

/**
 * A full name set off by a comma right after a description at tokens[i], ending there or before
 * more punctuation: "said one resident, Maria Gomez, 67, of San Antonio", "said a spokesman, John
 * Smith." The name is the speaker.
 */
function appositiveName(tokens: Token[], i: number, hi: number): { phrase: SpeakerPhrase; end: number } | null {
  if (!isPunct(tokens[i], ",") || !isCapitalized(tokens[i + 1])) return null;
  const { run, end } = runAt(tokens, i + 1, hi);
  return run && run.kind === "PERSON" && run.name !== "" && run.nameTokens.length >= 2 && (end === hi || tokens[end].kind !== "word") ? { phrase: { kind: "named", run }, end } : null;
}

/**
 * The name set off after a description at tokens[i], past the description's own complement ("the
 * new chair of the Internet Engineering Task Force (IETF), Brian Carpenter, says").
 */
function appositiveAfterDescription(tokens: Token[], i: number, hi: number): { phrase: SpeakerPhrase; end: number } | null {
  let k = i;
  if (PREPOSITIONS.has(tokens[k]?.lower ?? "")) {
    while (k < hi && k < i + 12 && (isWord(tokens[k]) || isPunct(tokens[k], "()&")) && !SPEECH_VERBS.has(tokens[k].lower)) k += 1;
  }
  return appositiveName(tokens, k, hi) ?? nameGivenInRelative(tokens, k, hi);
}

/**
 * The name a relative clause after a description gives ("said the surrogate, who only wanted to use her
 * first name, Victoria", "a resident, who gave his name only as Dmitry"), even a first name alone.
 */
function nameGivenInRelative(tokens: Token[], i: number, hi: number): { phrase: SpeakerPhrase; end: number } | null {
  if (!isPunct(tokens[i], ",") || tokens[i + 1]?.lower !== "who") return null;
  for (let k = i + 2; k < Math.min(hi, i + 16) && tokens[k].kind === "word"; k += 1) {
    if (!["name", "names"].includes(tokens[k].lower)) continue;
    let n = k + 1;
    if (tokens[n]?.lower === "only") n += 1;
    if (isPunct(tokens[n], ",") || tokens[n]?.lower === "as") n += 1;
    if (n >= hi || !isCapitalized(tokens[n])) return null;
    const { run, end } = runAt(tokens, n, hi);
    if (!run || run.name === "" || (end < hi && tokens[end].kind === "word")) return null;
    return { phrase: { kind: "named", run: { ...run, kind: "PERSON", confident: true } }, end };
  }
  return null;
}

/** A lower-case noun for someone's role: a title word or a singular source noun ("spokesperson", "expert"). */
// ("editor-in-chief", "commander-in-chief": the office before "-in-chief".)
export const isRoleNoun = (lower: string): boolean => TITLE_WORDS.has(lower) || TITLE_WORDS.has(lower.replace(/-in-chief$/, "")) || (VAGUE_SOURCES.has(lower) && !lower.endsWith("s"));

/** The name run starting at tokens[from], read as inside a sentence and not past hi, and where it ends. */
function runAt(tokens: Token[], from: number, hi: number): { run: NamedRun | null; end: number } {
  const end = Math.min(runEndForward(tokens, from), hi);
  return { run: end > from ? readRun(tokens, from, end, false) : null, end };
}

/** Up to four lower-case words ending in a role word, then a person's name, from tokens[i]: "tropical weather expert Brian McNoldy". */
function personAfterRole(tokens: Token[], i: number, hi: number): { phrase: SpeakerPhrase; end: number } | null {
  for (let r = i; r < Math.min(hi, i + 4) && isWord(tokens[r]) && !isCapitalized(tokens[r]); r += 1) {
    // ("chairman of selectors David Graveney", "director of football Frank Oduya": a role's lower-case object, then the name.)
    if (isRoleNoun(tokens[r].lower) && ["of", "for"].includes(tokens[r + 1]?.lower ?? "")) {
      let q = r + 2;
      while (q < Math.min(hi, r + 5) && isWord(tokens[q]) && !isCapitalized(tokens[q]) && !SPEECH_VERBS.has(tokens[q].lower) && !PREPOSITIONS.has(tokens[q].lower) && !DETERMINERS.has(tokens[q].lower)) q += 1;
      if (q > r + 2 && q < hi && isCapitalized(tokens[q])) {
        const { run, end } = runAt(tokens, q, hi);
        if (run && run.kind === "PERSON" && run.nameTokens.length >= 2) return { phrase: { kind: "named", run }, end };
      }
    }
    if (SPEECH_VERBS.has(tokens[r].lower) || PREPOSITIONS.has(tokens[r].lower) || ["and", "or", "but", "that", "to"].includes(tokens[r].lower)) return null;
    // ("said Apacs's fraud director, Colin Wakeham": the name set off by a comma after the role.)
    if (isRoleNoun(tokens[r].lower) && isPunct(tokens[r + 1], ",") && isCapitalized(tokens[r + 2] ?? tokens[r])) {
      const { run, end } = runAt(tokens, r + 2, hi);
      if (run && run.kind === "PERSON" && run.nameTokens.length >= 2) return { phrase: { kind: "named", run }, end };
    }
    if (!isRoleNoun(tokens[r].lower) || !isCapitalized(tokens[r + 1] ?? tokens[r])) continue;
    const { run, end } = runAt(tokens, r + 1, hi);
    if (run && run.kind === "PERSON" && run.name !== "") return { phrase: { kind: "named", run }, end };
    return null;
  }
  return null;
}

/** A title word or role modifier ("Chairman", "Former"), whatever its case. */
const isTitleWordToken = (t: Token | undefined): boolean => t !== undefined && (TITLE_WORDS.has(t.lower) || ROLE_MODIFIERS.has(t.lower));

/**
 * "Former Chairman of the Council of Economic Advisers Kevin Hassett warned": a capitalised office of
 * a body (tokens[i] is its "of"), the body's name, then a person's name that starts with a known first
 * name and runs to the end of the capitalised words. Returns that person.
 */
function officeOfBodyThenName(tokens: Token[], i: number, hi: number): { phrase: SpeakerPhrase; end: number } | null {
  const from = i + 1 + (tokens[i + 1]?.lower === "the" ? 1 : 0);
  if (!isCapitalized(tokens[from] ?? tokens[i])) return null;
  let end = from;
  while (end < hi && isWord(tokens[end]) && (isCapitalized(tokens[end]) || (["of", "for", "and", "the"].includes(tokens[end].lower) && isCapitalized(tokens[end + 1] ?? tokens[end])))) end += 1;
  for (let k = from + 1; k <= end - 2; k += 1) {
    if (FIRST_NAMES[tokens[k].lower] === undefined || tokens.slice(k, end).some((t) => !isCapitalized(t))) continue;
    const run = readRun(tokens, k, end, false);
    if (run && run.kind === "PERSON" && run.nameTokens.length >= 2 && run.nameTokens.length <= 3) return { phrase: { kind: "named", run }, end };
  }
  return null;
}

/**
 * "said Treasury committee member and campaigner against financial corruption, Kevin Hollinrake.": a
 * description with a role noun, then a comma and a full name ending the sentence, after an inverted
 * speech verb: the name is the speaker, whatever bodies the description mentions.
 */
function roleThenName(tokens: Token[], i: number, hi: number): { phrase: SpeakerPhrase; end: number } | null {
  let comma = i;
  while (comma < hi && comma < i + 14 && isWord(tokens[comma]) && !SPEECH_VERBS.has(tokens[comma].lower) && !["who", "which", "that"].includes(tokens[comma].lower)) comma += 1;
  if (comma - i < 3 || comma >= hi || !isPunct(tokens[comma], ",") || !tokens.slice(i, comma).some((t) => !isCapitalized(t) && isRoleNoun(t.lower))) return null;
  const { run, end } = runAt(tokens, comma + 1, hi);
  if (!run || run.kind !== "PERSON" || run.nameTokens.length < 2 || (end < hi && !isPunct(tokens[end], ".!?") && tokens[end].kind !== "quote")) return null;
  return { phrase: { kind: "named", run }, end };
}

/**
 * "said Sarah Laouadi head of European policy at the trade body.": a full name right after an inverted
 * speech verb, its role following with no comma, is the speaker.
 */
function nameThenRole(tokens: Token[], i: number, hi: number): { phrase: SpeakerPhrase; end: number } | null {
  let end = i;
  while (end < hi && end < i + 4 && isWord(tokens[end]) && isCapitalized(tokens[end])) end += 1;
  const run = end > i + 1 ? readRun(tokens, i, end, false) : null;
  if (!run || run.kind !== "PERSON" || run.nameTokens.length < 2 || run.role !== null || FIRST_NAMES[run.nameTokens[0].toLowerCase()] === undefined) return null;
  const next = tokens[end];
  return isWord(next) && !isCapitalized(next) && isRoleNoun(next.lower) ? { phrase: { kind: "named", run }, end } : null;
}

const isCapitalizedName = (token: Token): boolean => isCapitalized(token) && !DETERMINERS.has(token.lower);

/** A description ("the Russian president") is vague when it has no definite article or is a plural source. */
function describe(words: Token[], determiner: string | null): SpeakerPhrase {
  const lower = words.map((w) => w.lower);
  // "a spokesman for Amtrak": the head is the word before the preposition.
  const preposition = lower.findIndex((w, i) => i > 0 && ["for", "of", "at", "with", "from"].includes(w));
  const head = preposition > 0 ? lower[preposition - 1] : lower[lower.length - 1];
  // ("the post added": a lower-case document noun is the document, not a newspaper.)
  const organization = (ORGANIZATION_HEADS.has(head) || KNOWN_ORGANIZATIONS.has(head) || (determiner === "the" && ORGANIZATION_BACK_REFERENCES.has(head))) && !(DOCUMENT_NOUNS.has(head) && words.every((w) => !isCapitalized(w)));
  const definite = determiner === "the" || determiner === "his" || determiner === "her" || determiner === "its" || determiner === "their";
  if (!definite && !organization) return { kind: "vague" };
  if (!definite && organization && words.every((w) => !isCapitalized(w))) return { kind: "vague" };
  // ("the strategists wrote" after "Goldman Sachs strategists": a body's people met before, whom the
  // analysis gives back to the body or to nobody.)
  if (determiner === "the" && words.length === 1 && BODY_PEOPLE.has(head)) return { kind: "described", words: ["the", words[0].text], organization: false };
  // (Not "the minutes", a meeting's record, one document though plural.)
  if (/s$/.test(head) && VAGUE_SOURCES.has(head) && !organization && !(head === "minutes" && determiner === "the")) return { kind: "vague" };
  // "the man wrote": someone the story does not name.
  if (GENERIC_PERSON_NOUNS.has(head) && words.length <= 2) return { kind: "vague" };
  return { kind: "described", words: words.map((w) => w.text), organization };
}

/**
 * A country standing as a subject, ending at tokens[i]: "Russia said", "North Korea warned", "the
 * U.S. considers". Not inside a longer name ("Bank of Russia", "Radio Free Russia").
 */
function countryEndingAt(tokens: Token[], i: number, lo: number): { phrase: SpeakerPhrase; start: number } | null {
  if (tokens[i] === undefined || !isCapitalized(tokens[i])) return null;
  const two = i - 1 >= lo && isCapitalized(tokens[i - 1]) && COUNTRY_NAMES.has(`${tokens[i - 1].lower} ${tokens[i].lower}`);
  if (!two && !COUNTRY_NAMES.has(tokens[i].lower)) return null;
  const first = two ? i - 1 : i;
  const before = tokens[first - 1];
  if (first - 1 >= lo && (isCapitalized(before) && before.lower !== "the" || ["of", "for", "in", "from", "to", "with", "and", "&"].includes(before.lower) || /['’]s$/.test(before.text))) return null;
  const nameTokens = tokens.slice(first, i + 1).map((t) => t.text);
  const run: NamedRun = {
    start: tokens[first].start, end: tokens[i].end, nameStart: tokens[first].start, nameEnd: tokens[i].end,
    name: nameTokens.join(" "), nameTokens, role: null, shortTitle: null, kind: "ORGANIZATION", gender: null, confident: true,
  };
  return { phrase: { kind: "named", run }, start: first - 1 >= lo && before.lower === "the" ? first - 1 : first };
}

/** "A source close to the player", "friends close to Mr Blair": the unnamed source speaks, not the one they are close to. */
function closeTo(tokens: Token[], phrase: { start: number }, lo: number): { phrase: SpeakerPhrase; start: number } | null {
  const s = phrase.start;
  if (s - 3 < lo || tokens[s - 1].lower !== "to" || tokens[s - 2].lower !== "close" || !(VAGUE_SOURCES.has(tokens[s - 3].lower) || ["friend", "friends"].includes(tokens[s - 3].lower))) return null;
  return { phrase: { kind: "vague" }, start: s - 3 };
}

/**
 * "Princes William and Harry said", "said Thorne and Rubio", "Marks and Spencer said": names joined by
 * "and" before or after a speech verb speak together; the run read as one name stopped at "and", so
 * the joint name runs on to tokens[to - 1]. Null when the words after "and" are not all names.
 */
function jointRun(tokens: Token[], run: NamedRun, to: number): NamedRun | null {
  const and = tokens.findIndex((t, k) => k < to && t.start >= run.nameEnd && t.kind === "word");
  if (and < 0 || tokens[and].lower !== "and" || to - and - 1 < 1 || to - and - 1 > 3) return null;
  const rest = tokens.slice(and + 1, to);
  if (!rest.every((t) => isWord(t) && isCapitalized(t) && !TITLE_WORDS.has(t.lower))) return null;
  const nameTokens = [...run.nameTokens, "and", ...rest.map((t) => t.text)];
  return { ...run, end: rest[rest.length - 1].end, nameEnd: rest[rest.length - 1].end, name: nameTokens.join(" "), nameTokens, confident: false };
}

/** "the Plum Village statement": a lower-case document noun right after the last word of a name, not its possessive. */
const documentAfterName = (last: Token, noun: Token | undefined): boolean => isWord(noun) && !isCapitalized(noun) && DOCUMENT_NOUNS.has(noun.lower) && !/['’]s?$/.test(last.text);

/** Parses the speaker phrase that ends at tokens[i] (the subject of a following verb). */
export function phraseBackward(tokens: Token[], i: number, lo: number): { phrase: SpeakerPhrase; start: number } | null {
  const token = tokens[i];
  if (!isWord(token) || i < lo) return null;
  if (PRONOUNS[token.lower] !== undefined && (token.lower !== "i" || token.text === "I")) {
    return { phrase: { kind: "pronoun", pronoun: token.lower }, start: i };
  }
  if (i - 1 >= lo && itsPeopleAt(tokens, i - 1)) return { phrase: { kind: "pronoun", pronoun: "it" }, start: i - 1 };
  const country = countryEndingAt(tokens, i, lo);
  if (country) return country;
  let result: { phrase: SpeakerPhrase; start: number } | null = null;
  // "the 34-year-old said": an age alone stands for a person already met.
  // ("Number 10 said": the prime minister's office by its door number.)
  if (i - 1 >= lo && isNameNumber(tokens, i)) {
    // ("BBC Radio 4 said": the words before the numbered one belong to the name too.)
    const from = Math.max(runStartBackward(tokens, i - 1), lo);
    const run = readRun(tokens, from, i + 1, false);
    if (run) return { phrase: { kind: "named", run }, start: tokens[from - 1]?.lower === "the" && from - 1 >= lo ? from - 1 : from };
  }
  // ("The 34-year-old said", "The 52 year old said".)
  if (i - 3 >= lo && ageEndingAt(tokens, i) === i - 2 && tokens[i - 3].lower === "the") {
    return { phrase: { kind: "described", words: [tokens[i - 2].text, "-", "year-old"], organization: false }, start: i - 3 };
  }
  // ("the Plum Village statement said", "a White House statement read": a document named after its issuer is the issuer's word.)
  if (i - 1 >= lo && isCapitalized(tokens[i - 1]) && documentAfterName(tokens[i - 1], token)) {
    const from = Math.max(runStartBackward(tokens, i - 1), lo);
    const run = readRun(tokens, from, i, from === lo);
    // (After "the" or "a", which opening the sentence is part of the capitalised run.)
    const determined = ["the", "a", "an"].includes(tokens[from].lower) || (from - 1 >= lo && ["the", "a", "an"].includes(tokens[from - 1].lower));
    if (run && run.name !== "" && run.role === null && determined) return { phrase: { kind: "named", run }, start: ["the", "a", "an"].includes(tokens[from].lower) ? from : from - 1 };
  }
  const personNoun = personNounBackward(tokens, i, lo);
  if (personNoun) return closeTo(tokens, personNoun, lo) ?? personNoun;
  if (isCapitalized(token) || TITLE_WORDS.has(token.lower) || ORGANIZATION_HEADS.has(token.lower)) {
    const start = Math.max(runStartBackward(tokens, i), lo);
    // ("Former Chairman of the Council of Economic Advisers Kevin Hassett warned": an office of a body,
    // the body's name, then a person's name starting with a known first name.)
    const ofAt = tokens[start - 1]?.lower === "the" ? start - 2 : start - 1;
    const officeOf = ofAt - 1 >= lo && ["of", "for"].includes(tokens[ofAt]?.lower ?? "") && isTitleWordToken(tokens[ofAt - 1]) ? officeOfBodyThenName(tokens, ofAt, i + 1) : null;
    if (officeOf && officeOf.end === i + 1) return { phrase: officeOf.phrase, start: Math.max(runStartBackward(tokens, ofAt - 1), lo) };
    const run = readRun(tokens, start, i + 1, start === lo);
    let determiner: string | null = null;
    if (start > lo && DETERMINERS.has(tokens[start - 1].lower)) determiner = tokens[start - 1].lower;
    let described = start;
    // "the 34-year-old actress", "the former actress": an age or one lower-case adjective between the article and a role.
    if (determiner === null && run && run.name === "" && run.role) {
      const ageWord = (t: Token): boolean => /^(\d+|-|year-old|years-old|year|old|\d+-year-old)$/.test(t.lower);
      for (let d = start - 1; d >= lo && d >= start - 5 && tokens[d].kind !== "quote" && (!isCapitalized(tokens[d]) || tokens[d].lower === "the"); d -= 1) {
        if (tokens[d].lower === "the") {
          determiner = "the";
          described = d + 1;
          break;
        }
        // ("the central bank chief", "the steel industry boss": lower-case words naming what the role is of.)
        const ofWhat = isWord(tokens[d]) && d >= start - 3 && !SPEECH_VERBS.has(tokens[d].lower) && !PREPOSITIONS.has(tokens[d].lower) && !AUXILIARIES.has(tokens[d].lower) && !CLAUSE_CONJUNCTIONS.has(tokens[d].lower) && !/ly$/.test(tokens[d].lower);
        if (!ageWord(tokens[d]) && !(isWord(tokens[d]) && ROLE_MODIFIERS.has(tokens[d].lower) && d === start - 1) && !ofWhat) break;
      }
    }
    if (described < start && run && run.role) result = { phrase: describe(tokens.slice(described, i + 1), "the"), start: described - 1 };
    else if (run && run.name !== "") result = { phrase: { kind: "named", run: jointRun(tokens, run, i + 1) ?? run }, start: determiner ? start - 1 : start };
    else if (run && run.role) {
      // "The president said" opening the sentence: the article is inside the run, capitalised.
      const article = start > lo && tokens[start - 1].lower === "the" ? "the" : tokens[start].lower === "the" ? "the" : null;
      result = { phrase: describe(tokens.slice(start, i + 1), determiner ?? article), start: determiner ? start - 1 : start };
    }
    else if (!isCapitalized(token)) {
      // "the ministry", "the agency": lower-case head with optional adjectives back to a determiner.
      let j = i - 1;
      // ("Russia's defence ministry said", "Ecuador's armed forces said": a country's or body's possessive opens it.)
      const owner = (t: Token) => isCapitalized(t) && /^\p{Lu}[\p{L}.]*['’]s$/u.test(t.text);
      while (j >= lo && j > i - (NAMED_BODY_HEADS.has(token.lower) ? 7 : 4) && isWord(tokens[j]) && !DETERMINERS.has(tokens[j].lower) && !SPEECH_VERBS.has(tokens[j].lower)) j -= 1;
      if (j >= lo && DETERMINERS.has(tokens[j].lower)) result = { phrase: describe(tokens.slice(j + 1, i + 1), tokens[j].lower), start: j };
      else if (OWNED_BODY_HEADS.has(token.lower)) {
        let o = i - 1;
        while (o > i - 4 && o >= lo && isWord(tokens[o]) && !isCapitalized(tokens[o])) o -= 1;
        if (o >= lo && owner(tokens[o]) && (o === lo || !isCapitalized(tokens[o - 1]))) result = { phrase: describe(tokens.slice(o, i + 1), "the"), start: o };
      }
    }
  }
  // "Goldman Sachs economists wrote", "U.S. officials said": a body's or a country's own people speak for it.
  if (result === null && BODY_PEOPLE.has(token.lower) && i - 1 >= lo && isCapitalized(tokens[i - 1])) {
    const from = Math.max(runStartBackward(tokens, i - 1), lo);
    const run = readRun(tokens, from, i, from === lo);
    if (run && speaksForItsPeople(run)) result = { phrase: { kind: "named", run: asBody(run) }, start: from };
  }
  // "The firm said", "the investment firm said": a generic head after "the" refers back to a body named before.
  if (result === null && ORGANIZATION_BACK_REFERENCES.has(token.lower) && !isCapitalized(token)) {
    let j = i - 1;
    while (j >= lo && j > i - 3 && isWord(tokens[j]) && !isCapitalized(tokens[j]) && tokens[j].lower !== "the" && !SPEECH_VERBS.has(tokens[j].lower) && !PREPOSITIONS.has(tokens[j].lower) && !AUXILIARIES.has(tokens[j].lower) && !CLAUSE_CONJUNCTIONS.has(tokens[j].lower)) j -= 1;
    if (j >= lo && tokens[j].lower === "the") result = { phrase: describe(tokens.slice(j + 1, i + 1), "the"), start: j };
  }
  // "officials", "Witnesses" (capitalised by the sentence start): a source that names nobody.
  if (result === null && VAGUE_SOURCES.has(token.lower) && (!isCapitalized(token) || runStartBackward(tokens, i) === i)) {
    let j = i - 1;
    const clauseWords = ["that", "which", "who", "and", "but", "or", "as", "if", "when", "while", "because", "said", "says"];
    // (Not across a verb: "the government said the move would help police “build ...”".)
    while (j >= lo && j > i - 4 && isWord(tokens[j]) && !DETERMINERS.has(tokens[j].lower) && !SPEECH_VERBS.has(tokens[j].lower) && !isCapitalized(tokens[j]) && !clauseWords.includes(tokens[j].lower) && !DAYS.has(tokens[j].lower) && !AUXILIARIES.has(tokens[j].lower)) j -= 1;
    const determiner = j >= lo && DETERMINERS.has(tokens[j].lower) ? tokens[j].lower : null;
    result = { phrase: describe(tokens.slice(j + 1, i + 1), determiner), start: determiner ? j : j + 1 };
  }
  if (result === null) return null;
  // ("“We need your support,” his letter to YouTube said": the one a document is addressed to does not say it.)
  if (result.start - 2 >= lo && tokens[result.start - 1].lower === "to" && DOCUMENT_NOUNS.has(tokens[result.start - 2].lower)) {
    return phraseBackward(tokens, result.start - 2, lo) ?? { phrase: { kind: "vague" }, start: result.start - 2 };
  }
  // "A spokesman for Cabinet Office minister Francis Maude said": the name is the one spoken for;
  // the spokesman, unnamed, says the words.
  if (result.phrase.kind === "named" && speaksForName(result.phrase.run)) return { phrase: { kind: "vague" }, start: result.start };
  const close = closeTo(tokens, result, lo);
  if (close) return close;
  // "a spokesman for the ministry", "Patrol Chief James Hall with the police": the head comes first.
  let start = result.start;
  // (Not "78 percent of survey respondents": the word before the preposition must be a head that speaks.)
  const headBefore = tokens[start - 2];
  const speakingHead = headBefore !== undefined && (isCapitalized(headBefore) || TITLE_WORDS.has(headBefore.lower) || VAGUE_SOURCES.has(headBefore.lower) || ORGANIZATION_HEADS.has(headBefore.lower) || (PERSON_DESCRIPTIONS[headBefore.lower] !== undefined && !isCapitalized(headBefore)));
  // ("One outside adviser to Trump said": "to" after a person's role links it to whom they serve.)
  const toWhom = tokens[start - 1]?.lower === "to" && headBefore !== undefined && !isCapitalized(headBefore) && (TITLE_WORDS.has(headBefore.lower) || PERSON_DESCRIPTIONS[headBefore.lower] !== undefined);
  if (start - 1 > lo && (PREPOSITIONS.has(tokens[start - 1].lower) || toWhom) && speakingHead) {
    const outer = phraseBackward(tokens, start - 2, lo);
    // ("Leader of the House Oliver Heald said": a full name after an office's words is the speaker.)
    // ("Friends of the Earth director Tony Juniper said": a full name after its role is the speaker.)
    const fullName = result.phrase.kind === "named" && result.phrase.run.kind === "PERSON" && result.phrase.run.nameTokens.length >= 2 && (outer?.phrase.kind !== "named" || result.phrase.run.role !== null);
    // ("Analysts at Harlan & Moss called": a body's staff in the plural speak for the body.)
    const staffOfBody = result.phrase.kind === "named" && result.phrase.run.kind === "ORGANIZATION" && BODY_PEOPLE.has(headBefore.lower) && tokens[start - 1].lower === "at";
    if (outer && outer.phrase.kind !== "pronoun" && !fullName && !staffOfBody) return outer;
    // ("A former student at Columbia described her as “…”": a person the story does not name, not the place.)
    if (outer === null && !fullName && PERSON_DESCRIPTIONS[headBefore.lower] !== undefined && !isCapitalized(headBefore)) return { phrase: { kind: "vague" }, start: start - 2 };
  }
  return result;
}

/** Words between a form of "be" and "to" that put a verb in the future: "is expected to say", "is set to warn". */
const FUTURE_LEADS = new Set(["expected", "set", "due", "poised", "likely", "scheduled", "going", "about", "preparing", "planning"]);

/** Skips adverbs and auxiliaries before a verb ("Tillerson later said", "she has said"), and "on Friday". */
function skipModifiersBackward(tokens: Token[], i: number, lo: number): number {
  let j = i;
  for (;;) {
    if (j >= lo && isWord(tokens[j]) && !isCapitalized(tokens[j]) && isVerbModifier(tokens[j].lower)) j -= 1;
    // ("Liz Truss is expected to tell", "she is set to warn", "he plans to say": speech to come is theirs too.)
    else if (j - 2 >= lo && tokens[j].lower === "to" && FUTURE_LEADS.has(tokens[j - 1].lower) && BE_FORMS.has(tokens[j - 2].lower)) j -= 3;
    else if (j - 1 >= lo && tokens[j].lower === "to" && ["plans", "planned", "intends", "intended", "wants", "wanted", "hopes", "promised", "vowed"].includes(tokens[j - 1].lower)) j -= 2;
    else if (j - 1 >= lo && DAYS.has(tokens[j].lower) && tokens[j - 1].lower === "on") j -= 2;
    else if (j >= lo && DAYS.has(tokens[j].lower) && isCapitalized(tokens[j])) j -= 1;
    else return j;
  }
}

/** The subject of the verb at tokens[verb]: directly before it, or before an appositive (", who ...,"). */
export function subjectOf(tokens: Token[], verb: number, lo: number): { phrase: SpeakerPhrase; start: number } | null {
  const subject = subjectBeforeVerb(tokens, verb, lo);
  return subject && bareVerbAfterSingular(tokens, verb, subject.phrase) ? null : subject;
}

/** A speech verb's bare form right after a singular description: "the standard reply" is a noun phrase. */
function bareVerbAfterSingular(tokens: Token[], verb: number, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== "described" || !BARE_SPEECH_VERBS.has(tokens[verb]?.lower ?? "")) return false;
  const head = phrase.words[phrase.words.length - 1].toLowerCase();
  return head === tokens[verb - 1]?.lower && !head.endsWith("s");
}

function subjectBeforeVerb(tokens: Token[], verb: number, lo: number): { phrase: SpeakerPhrase; start: number } | null {
  // "She was said to be “very cross”", "he was told": in the passive the words are someone else's,
  // unnamed — unless a "by" names them ("described as “heartbreaking” by the department"), and
  // not "is said to believe" (hearsay of the subject's own view).
  const be = tokens[verb - 1];
  const participle = tokens[verb].lower;
  const agent = tokens.slice(verb + 1, verb + 12).some((t) => t.lower === "by");
  const passive = verb - 1 >= lo && isWord(be) && BE_FORMS.has(be.lower) && !agent;
  if (passive && (PASSIVE_ADDRESSEE_VERBS.has(participle) || (participle === "said" && tokens[verb + 1]?.lower === "to" && tokens[verb + 2]?.lower === "be"))) return { phrase: { kind: "vague" }, start: verb - 1 };
  // "Trump’s answers", "Smith's claims": after a possessive, a verb form that is also a plural noun is that noun.
  const owner = tokens[verb - 1];
  if (verb - 1 >= lo && isWord(owner) && /['’]s$/i.test(owner.text) && /s$/.test(tokens[verb].lower)) return null;
  if (verb - 1 >= lo && adjectiveBeforeNoun(tokens, verb)) return null;
  let i = skipAsidesBackward(tokens, skipModifiersBackward(tokens, verb - 1, lo), lo);
  // "Haddad and her team said", "Smith and his colleagues wrote": the one named leads.
  // ("Prof Buckley and colleagues argued": without the possessive too.)
  const withTeam = i - 2 >= lo && ["team", "colleagues", "co-authors", "coauthors", "researchers"].includes(tokens[i].lower) ? (["his", "her", "their"].includes(tokens[i - 1].lower) ? i - 2 : tokens[i].lower === "colleagues" || tokens[i].lower === "co-authors" || tokens[i].lower === "coauthors" ? i - 1 : -1) : -1;
  if (withTeam - 1 >= lo && tokens[withTeam].lower === "and") {
    const leader = phraseBackward(tokens, withTeam - 1, lo);
    if (leader && leader.phrase.kind === "named" && leader.phrase.run.kind === "PERSON") return leader;
  }
  // "the chancellor smiled and said": the subject of the first of two joined verbs.
  if (i - 1 > lo && tokens[i].lower === "and" && isWord(tokens[i - 1]) && !isCapitalized(tokens[i - 1]) && /ed$/.test(tokens[i - 1].lower) && !BE_FORMS.has(tokens[i - 2]?.lower ?? "")) {
    i = skipAsidesBackward(tokens, skipModifiersBackward(tokens, i - 2, lo), lo);
  }
  if (i < lo) return null;
  // ("Ek acknowledged that the issue was “top of mind” but called it “very complicated”": a verb
  // straight after "but" shares the subject opening the sentence, when a verb follows that subject.)
  if (i > lo && tokens[i].lower === "but" && verb === i + 1) {
    const opening = sentenceOpener(tokens, lo, i);
    // ("The Federal Reserve did not raise rates, but said": an auxiliary opens the first verb too.)
    const verbAfter = opening !== null && isWord(tokens[opening.to]) && !isCapitalized(tokens[opening.to]) && (speechVerbEnd(tokens, opening.to) > 0 || /ed$/.test(tokens[opening.to].lower) || AUXILIARIES.has(tokens[opening.to].lower) || BE_FORMS.has(tokens[opening.to].lower));
    if (opening && verbAfter && (opening.phrase.kind === "named" || (opening.phrase.kind === "pronoun" && ["he", "she", "they", "it"].includes(opening.phrase.pronoun)))) return { phrase: opening.phrase, start: opening.from };
  }
  // "..., who yelled loud “No’s!”": the one "who" stands for, before it; people the story does not
  // name ("his wife and daughter, who yelled") name nobody.
  if (isWord(tokens[i]) && tokens[i].lower === "who" && i - 1 >= lo) {
    // ("Ruth Okonkwo-Bayliss, a 68-year-old retired GP from Bristol, who told": the name before an
    // appositive set off by commas, not a word inside it.)
    if (isPunct(tokens[i - 1], ",")) {
      let open = i - 2;
      while (open > lo && open > i - 14 && !isPunct(tokens[open], ",") && tokens[open].kind !== "quote") open -= 1;
      if (open > lo && isPunct(tokens[open], ",") && ["a", "an", "the"].includes(tokens[open + 1]?.lower ?? "")) {
        const named = phraseBackward(tokens, open - 1, lo);
        if (named && named.phrase.kind === "named" && named.phrase.run.kind === "PERSON") return named;
      }
    }
    const antecedent = phraseBackward(tokens, isPunct(tokens[i - 1], ",") ? i - 2 : i - 1, lo);
    if (antecedent && antecedent.phrase.kind === "named") return antecedent;
    // ("Joan Smith, a journalist and novelist who described herself as ...": the name before the appositive.)
    let comma = i - 1;
    while (comma > lo && comma > i - 8 && !isPunct(tokens[comma], ",") && tokens[comma].kind === "word" && !isCapitalized(tokens[comma])) comma -= 1;
    const named = comma > lo && isPunct(tokens[comma], ",") && ["a", "an", "the"].includes(tokens[comma + 1]?.lower ?? "") ? phraseBackward(tokens, comma - 1, lo) : null;
    return named && named.phrase.kind === "named" && named.phrase.run.kind === "PERSON" ? named : { phrase: { kind: "vague" }, start: i };
  }
  if (isPunct(tokens[i], ",")) {
    // ("The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star Wars,
    // said": a relative clause after the phrase opening the sentence runs to the comma before the verb,
    // however many commas its list holds; the phrase is the subject.)
    const relative = tokens.findIndex((t, m) => m > lo + 1 && m < i && isPunct(tokens[m - 1], ",") && ["who", "whose"].includes(t.lower));
    if (relative > 0 && tokens.slice(relative, i).some((t, m) => isPunct(t, ",") && relative + m < i) && !tokens.slice(relative, i).some((t) => t.kind === "quote" || isPunct(t, ".!?;"))) {
      const head = phraseBackward(tokens, relative - 2, lo);
      if (head && head.start === lo && head.phrase.kind !== "vague") return head;
    }
    // A sentence that opens with a person's name and a comma has that person as its subject, however
    // long the appositions before the verb ("Cmdr. Sean Robertson, a spokesperson for Inherent
    // Resolve, the U.S. military operation ..., told").
    let opening = phraseForward(tokens, lo, i);
    // ("On Twitter, MP Julian Knight, chairman of the UK's Digital, Culture, Media and Sport Committee,
    // called": past an opening prepositional phrase and its comma.)
    if (PREPOSITIONS.has(tokens[lo].lower) && !(opening?.phrase.kind === "named" && opening.phrase.run.kind === "PERSON")) {
      const comma = tokens.slice(lo, Math.min(i, lo + 6)).findIndex((t) => isPunct(t, ","));
      const after = comma > 0 ? phraseForward(tokens, lo + comma + 1, i) : null;
      if (after && after.phrase.kind === "named" && after.phrase.run.kind === "PERSON" && after.phrase.run.nameTokens.length >= 2) opening = after;
    }
    // ("The Mandan, North Dakota, police chief, Jason Ziegler, has asserted": a name after "the" is a place's.)
    const placeAfterArticle = tokens[lo].lower === "the" && opening?.phrase.kind === "named" && !opening.phrase.run.confident;
    // ("Del. Terry Kilgore (R-Scott), the House minority leader, said": past a bracketed party tag.)
    let afterName = opening?.end ?? -1;
    if (opening && isPunct(tokens[afterName], "(")) {
      const close = tokens.findIndex((t, m) => m > afterName && m <= afterName + 6 && isPunct(t, ")"));
      if (close > afterName) afterName = close + 1;
    }
    // (Not across a new clause: "Hale, 31, denies the charges, but his neighbour Lewis Gorton, 45, said".)
    // (Nor past a clause of its own after the appositions: "Inside Meta, which also owns Instagram, the
    // situation has been “chaotic” ..., said two employees".)
    const clauseOfItsOwn = opening !== null && tokens.slice(afterName, i).some((t, m) => {
      const at = afterName + m;
      if (!isPunct(t, ",") || !["the", "a", "an", "this", "his", "her", "its", "their"].includes(tokens[at + 1]?.lower ?? "")) return false;
      for (let k = at + 2; k < i && !isPunct(tokens[k], ","); k += 1) {
        if (["who", "which", "that", "whose"].includes(tokens[k].lower)) return false;
        if (isWord(tokens[k]) && (AUXILIARIES.has(tokens[k].lower) || BE_FORMS.has(tokens[k].lower))) return true;
      }
      return false;
    });
    const newClause = opening !== null && (clauseOfItsOwn || tokens.slice(afterName, i).some((t, m) => ["but", "while", "whereas"].includes(t.lower) && isPunct(tokens[afterName + m - 1], ",")));
    if (opening && opening.phrase.kind === "named" && opening.phrase.run.kind === "PERSON" && !placeAfterArticle && !newClause && isPunct(tokens[afterName], ",") && afterName < i) {
      return { phrase: opening.phrase, start: lo };
    }
    // Appositive or relative clause: "Tillerson, who was in the meeting, said".
    let j = i - 1;
    while (j >= lo && !isPunct(tokens[j], ",") && tokens[j].kind !== "quote" && !isPunct(tokens[j], ".!?:;")) j -= 1;
    if (j < lo || !isPunct(tokens[j], ",") || j + 1 >= i) return null;
    // "The company's chief executive, Mark Chen, told": the name between the commas is the speaker.
    const between = phraseForward(tokens, j + 1, i);
    // Not when a named person stands before the first comma: then the commas hold an appositive
    // about them ("Ms Smith, former partner of MP Denis MacShane, said").
    const head = j - 1 >= lo ? phraseBackward(tokens, j - 1, lo) : null;
    // ("The Conservative peer who led the opposition in the Lords, Lord Ellingham, said": a lone name
    // after "the", "the Lords", is an institution's, no person the commas describe.)
    const institution = head !== null && head.phrase.kind === "named" && head.phrase.run.nameTokens.length === 1 && !head.phrase.run.confident && tokens[head.start]?.lower === "the";
    // ("The former boss of energy regulator Ofgem, Dermot Nolan, said": a name after a kind of body is the body's.)
    const kindBefore = head !== null ? tokens[head.start - 1] : undefined;
    const bodyHead = isWord(kindBefore) && !isCapitalized(kindBefore) && (APPOSITIVE_BODY_KINDS.has(kindBefore.lower) || BUSINESS_DESCRIPTORS.has(kindBefore.lower));
    const namedHead = head !== null && head.phrase.kind === "named" && head.phrase.run.kind === "PERSON" && !institution && !bodyHead;
    // ("The Pensions Commission, chaired by Lord Tanner, said": a participle with its agent describes the
    // body before it; the agent is no subject.)
    const agentAside = /ed$/.test(tokens[j + 1].lower) && tokens[j + 2]?.lower === "by";
    // ("One delegate, Margaret Ellis from Harrogate, said": where the person is from may follow the name.)
    const fromPlace = between !== null && between.end < i && ["from", "of", "in"].includes(tokens[between.end].lower) && tokens.slice(between.end + 1, i).every((t) => isWord(t) && isCapitalized(t));
    if (!namedHead && !agentAside && between && (between.end === i || fromPlace) && between.phrase.kind === "named" && between.phrase.run.kind === "PERSON") {
      return { phrase: between.phrase, start: j + 1 };
    }
    // ("The owners, Nordstal Group, said": an organisation named after a short description of it.)
    if (!namedHead && between && between.end === i && between.phrase.kind === "named" && ["the", "its", "his", "her", "their"].includes(tokens[lo].lower) && j - lo <= 4 && tokens.slice(lo + 1, j).every((t) => isWord(t) && !isCapitalized(t))) {
      return { phrase: between.phrase, start: j + 1 };
    }
    const opener = tokens[j + 1].lower;
    const appositive = agentAside || ["who", "which", "whose", "a", "an", "the", "also", "himself", "herself", "itself", "his", "her", "its", "their", "now", "then", "aged", "one", "speaking", "writing", "talking", "testifying", "appearing"].includes(opener) || isCapitalized(tokens[j + 1]) || TITLE_WORDS.has(opener) || (ROLE_MODIFIERS.has(opener) && !["of", "for", "and", "the", "in", "at"].includes(opener)) || /^\d+$/.test(opener);
    if (!appositive) return null;
    i = j - 1;
    if (i < lo) return null;
  }
  // "The authors of the research published in the journal JAMA Psychiatry argued": a sentence
  // opening with a source that names nobody, then a prepositional phrase, has that source as subject.
  const opening = phraseForward(tokens, lo, i + 1);
  const subject = phraseBackward(tokens, i, lo);
  // (Not when a full name ends the phrase: "Leader of the House Oliver Heald said", "Director of
  // football Txiki Begiristain said", an office opening the sentence vouching for a name it does not know.)
  // ("Shadow spokesman for sport Hugh Robertson said": a singular role opening the phrase vouches too.)
  const roleOpens = opening !== null && tokens.slice(lo, opening.end).some((t) => isWord(t) && isRoleNoun(t.lower));
  const fullName = subject?.phrase.kind === "named" && subject.phrase.run.kind === "PERSON" && (subject.phrase.run.confident || TITLE_WORDS.has(tokens[lo].lower) || roleOpens) && subject.phrase.run.nameTokens.length >= 2;
  if (opening && opening.phrase.kind === "vague" && !fullName && PREPOSITIONS.has(tokens[opening.end]?.lower ?? "") && !tokens.slice(opening.end, i + 1).some((t) => t.kind !== "word")) {
    return { phrase: opening.phrase, start: lo };
  }
  // ("The report from the Brookings Institution found": a name after a preposition, past words placing
  // it in time or space, is that preposition's object; the phrase opening the sentence is the subject.)
  // (Nobody, when that phrase names no one: "A doctor's manual from 16th century France advised".)
  if (subject?.phrase.kind === "named" && opening?.phrase.kind !== "named" && !fullName) {
    let before = subject.start - 1;
    while (before > lo && placesInTimeOrSpace(tokens[before])) before -= 1;
    if (before > lo && isWord(tokens[before]) && ["from", "in", "of"].includes(tokens[before].lower)) return opening ? { phrase: opening.phrase, start: lo } : { phrase: { kind: "vague" }, start: lo };
  }
  // ("Carol K. Morgan, an attorney representing Cooper said, “…”": a name as the object inside an
  // appositive left open before the verb is the role's client, not the speaker; the name before the
  // comma is.)
  if (subject?.phrase.kind === "named" && ["representing", "for", "with", "at"].includes(tokens[subject.start - 1]?.lower ?? "")) {
    let c = subject.start - 2;
    while (c >= lo && c > subject.start - 10 && isWord(tokens[c]) && !SPEECH_VERBS.has(tokens[c].lower) && !PRONOUNS[tokens[c].lower]) c -= 1;
    const role = tokens.slice(c + 1, subject.start - 1);
    if (c - 1 >= lo && isPunct(tokens[c], ",") && ["a", "an", "the"].includes(role[0]?.lower ?? "") && role.some((t) => TITLE_WORDS.has(t.lower))) {
      const head = phraseBackward(tokens, c - 1, lo);
      if (head && head.phrase.kind === "named" && head.phrase.run.kind === "PERSON" && head.phrase.run.nameTokens.length >= 2) return head;
    }
  }
  // "Simon Dean, interim chief executive said:", "Mark Roberts, national police chiefs' council
  // football policing lead said": a role after a comma, with no closing comma, is an appositive of
  // the name before it. The role has no article ("the crowd") and no verb.
  if (subject === null || subject.phrase.kind === "described" || subject.phrase.kind === "vague") {
    let c = i;
    // ("Meg Hillier, chair of the Public Accounts Select Committee said": "the" after "of" belongs to the role.)
    const roleArticle = (k: number) => tokens[k].lower === "the" && ["of", "at", "for"].includes(tokens[k - 1]?.lower ?? "");
    while (c >= lo && c > i - 14 && isWord(tokens[c]) && (!DETERMINERS.has(tokens[c].lower) || roleArticle(c)) && !SPEECH_VERBS.has(tokens[c].lower) && !isVerbModifier(tokens[c].lower) && !PRONOUNS[tokens[c].lower]) c -= 1;
    if (c < i && c - 1 >= lo && isPunct(tokens[c], ",")) {
      const head = phraseBackward(tokens, c - 1, lo);
      if (head && head.phrase.kind === "named" && head.phrase.run.kind === "PERSON") return head;
    }
    // ("Aedan Smith, the charity's head of policy and advocacy said:": with an article too, when a role
    // word names the office in three words or more and the name opens the sentence; not "Regarding
    // Giuliani, the judge said".)
    // ("China Daily, a CPC-controlled media outlet tweeted ... and said": a body's, by the kind of body.)
    const appositive = tokens.slice(c + 1, i + 1);
    if (c + 3 <= i && c - 2 >= lo && ["the", "a", "an"].includes(tokens[c].lower) && isPunct(tokens[c - 1], ",") && appositive.some((t) => isWord(t) && (isRoleNoun(t.lower) || APPOSITIVE_BODY_KINDS.has(t.lower)))) {
      const head = phraseBackward(tokens, c - 2, lo);
      const kindAgrees = (run: NamedRun) => (run.kind === "PERSON" ? appositive.some((t) => isWord(t) && isRoleNoun(t.lower)) : appositive.some((t) => isWord(t) && APPOSITIVE_BODY_KINDS.has(t.lower)));
      if (head && head.start === lo && head.phrase.kind === "named" && kindAgrees(head.phrase.run)) return head;
    }
  }
  return subject;
}

/** Kinds of body an appositive may call a named one ("China Daily, a CPC-controlled media outlet"). */
const APPOSITIVE_BODY_KINDS = new Set(["outlet", "newspaper", "broadcaster", "network", "agency", "company", "firm", "group", "organisation", "organization", "charity", "union", "association", "regulator", "watchdog"]);

/** Words that place a name in time or space without being part of it: "18th century" (read "18", "th", "century"), "northern", "present-day". */
const PLACE_IN_TIME_OR_SPACE = /^(\d+|st|nd|rd|th|\d+(st|nd|rd|th)|century|-century|early|late|mid|medieval|ancient|modern|present-day|colonial|northern|southern|eastern|western|central|rural|downtown|suburban)$/;

/** Does the token place the name after it in time or space ("from 18th century Antwerp", "in northern France")? */
export const placesInTimeOrSpace = (token: Token | undefined): boolean => token !== undefined && PLACE_IN_TIME_OR_SPACE.test(token.text.toLowerCase());

/** Asides a writer sets between a subject and its verb, read backwards from tokens[i]. */
const ASIDE_WORDS = new Set(["however", "meanwhile", "instead", "too", "also", "though", "moreover", "nonetheless", "meantime"]);

/**
 * Steps back over asides between a subject and its verb: a parenthesis ("Sen. Dawn Addiego
 * (R-Burlington) said") and a short interjection between commas (", for example,", ", however,").
 * Returns the index of the last token before them (the end of the subject), or i unchanged.
 */
function skipAsidesBackward(tokens: Token[], i: number, lo: number): number {
  for (;;) {
    if (i >= lo && isPunct(tokens[i], ",") && i - 1 >= lo) {
      const one = tokens[i - 1].lower;
      const interjection = ASIDE_WORDS.has(one) ? 1 : one === "example" && tokens[i - 2]?.lower === "for" ? 2 : 0;
      if (interjection > 0 && i - interjection - 1 >= lo && isPunct(tokens[i - interjection - 1], ",")) {
        i = i - interjection - 2;
        continue;
      }
    }
    if (i >= lo && isPunct(tokens[i], ")")) {
      let open = i - 1;
      while (open >= lo && open > i - 8 && !isPunct(tokens[open], "(")) open -= 1;
      if (open >= lo && isPunct(tokens[open], "(")) {
        i = open - 1;
        continue;
      }
    }
    // ("Lord Bingham – a senior law lord – said", the dashes maybe lost to three spaces, or written as
    // spaced hyphens, "of Collinson - which also runs airport lounges - said": an aside between dashes.)
    if (i >= lo && isPunct(tokens[i], "–—-")) {
      let open = i - 1;
      // (A relative clause may be longer: "Rachael Rollins—who was sworn in to the post last week after
      // Vice President Kamala Harris broke a tie on her confirmation—said".)
      while (open > lo && open > i - 26 && (tokens[open].kind === "word" || isPunct(tokens[open], ","))) open -= 1;
      const relative = ["who", "which"].includes(tokens[open + 1]?.lower ?? "");
      if (open > lo && open < i - 1 && (open > i - 12 || relative) && isPunct(tokens[open], "–—-") && tokens[open].text === tokens[i].text) {
        i = open - 1;
        continue;
      }
    }
    return i;
  }
}

/**
 * An attribution starting at tokens[j] (right after a quotation): "Tillerson said", "said
 * Tillerson", "Patrol Chief James Hall with the NYPD said", "Putin is quoted as saying".
 * Returns null when the tokens do not start with one.
 */
export function attributionAfter(tokens: Token[], j: number, hi: number): Attribution | null {
  let i = j;
  while (i < hi && isPunct(tokens[i], ",—–-")) i += 1;
  // A caption: "‘We'll get justice’: Marina Litvinenko (left) ... speaks to the media".
  const caption = i === j && i < hi && isPunct(tokens[i], ":") && isCapitalized(tokens[i + 1] ?? tokens[i]);
  if (caption) i += 1;
  if (i >= hi) return null;
  const verbEnd = speechVerbEnd(tokens, i);
  if (verbEnd > 0 && !["told", "tells", "tell", "called", "calls", "described", "describes"].includes(tokens[i].lower)) {
    // ("“…,” said the Lib Dem leader, Charles Dunmore.": the name set off after the office.)
    if (tokens[verbEnd]?.lower === "the") {
      const comma = tokens.findIndex((t, m) => m > verbEnd && m <= verbEnd + 8 && (t.kind !== "word" || SPEECH_VERBS.has(t.lower)));
      const office = comma > verbEnd + 1 && isPunct(tokens[comma], ",") && tokens.slice(verbEnd + 1, comma).some((t) => TITLE_WORDS.has(t.lower) && !isCapitalized(t));
      const named = office ? phraseForward(tokens, comma + 1, hi) : null;
      if (named && named.phrase.kind === "named" && named.phrase.run.kind === "PERSON" && (named.end >= hi || isPunct(tokens[named.end], ".,!?"))) return { phrase: named.phrase, from: i, to: named.end, how: "explicit" };
    }
    const subject = roleThenName(tokens, verbEnd, hi) ?? nameThenRole(tokens, verbEnd, hi) ?? phraseForward(tokens, verbEnd, hi);
    // "said he." is an inversion; "said he was" is reported speech.
    const pronounTrails = subject?.phrase.kind === "pronoun" && tokens[subject.end] !== undefined && tokens[subject.end].kind === "word";
    if (subject && !pronounTrails) return { phrase: subject.phrase, from: i, to: subject.end, how: "explicit" };
    return null;
  }
  // ("... “spends money we don't have,” while Minority Leader Mitch McConnell urged ...": a new clause.)
  if (isWord(tokens[i]) && !isCapitalized(tokens[i]) && CLAUSE_CONJUNCTIONS.has(tokens[i].lower)) return null;
  // ("by recruiting “social media stars” to post on Instagram, ..., the company's founder, Vipinder
  // Jaswal, said": an infinitive goes on with the reporter's clause; no speaker's phrase starts there.)
  if (i === j && tokens[i].lower === "to" && isWord(tokens[i + 1]) && !isCapitalized(tokens[i + 1])) return null;
  const subject = phraseForward(tokens, i, hi);
  if (!subject || adjectiveBeforeNoun(tokens, subject.end)) return null;
  // ("“…?” It is very hard to argue with that point here.": an impersonal "it is", no one's attribution.)
  if (subject.phrase.kind === "pronoun" && subject.phrase.pronoun === "it" && BE_FORMS.has(tokens[subject.end]?.lower ?? "")) return null;
  // "‘I can't visualise watching my son play’ - Kick It Out's Troy Townsend": a caption or pull
  // quote signed with a dash and a person's name, nothing after it.
  const dashed = tokens.slice(j, i).some((t) => isPunct(t, "—–-"));
  const signature = tokens.slice(i);
  // ("“…”— Citlali Blanco, 22, human biology major at Stanford University": a full name, an age and a
  // description signing the words.)
  const signedWithAge = subject.phrase.kind === "named" && subject.phrase.run.kind === "PERSON" && subject.phrase.run.nameTokens.length >= 2 && isPunct(tokens[subject.end], ",") && /^\d{1,3}$/.test(tokens[subject.end + 1]?.text ?? "");
  if (dashed && (signature.length <= 12 || (signedWithAge && signature.length <= 24)) && !signature.some((t, k) => t.kind === "quote" || speechVerbEnd(tokens, i + k) > 0)) {
    const wholeName = signedWithAge || (subject.phrase.kind === "named" && subject.phrase.run.kind === "PERSON" && (subject.end >= tokens.length || (isPunct(tokens[subject.end], ".") && subject.end + 1 >= tokens.length)));
    // ("“It is too early” - a club spokesman": signed by a source that names nobody.)
    return { phrase: wholeName ? subject.phrase : { kind: "vague" }, from: i, to: tokens.length, how: "explicit" };
  }
  // ("“…,” the group's policy director, Maya Solano, said": the name set off after a description.)
  if ((subject.phrase.kind === "described" || subject.phrase.kind === "vague") && isPunct(tokens[subject.end], ",")) {
    const named = phraseForward(tokens, subject.end + 1, hi);
    if (named && named.phrase.kind === "named" && isPunct(tokens[named.end], ",") && speechVerbEnd(tokens, named.end + 1) > 0) {
      return { phrase: named.phrase, from: i, to: speechVerbEnd(tokens, named.end + 1), how: "explicit" };
    }
  }
  // Up to a dozen tokens of apposition or prepositional phrase before the verb.
  let k = subject.end;
  let commaOpen = false;
  // (Long appositions happen: "Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for
  // Astrophysics in Munich, Germany, and co-author of the study, said".)
  // ("Dr Eleanor Scerri, visiting scholar at the University of Oxford and lead author of the study
  // said.": an apposition left open by a verb that ends the sentence.)
  const namedPerson = subject.phrase.kind === "named" && subject.phrase.run.kind === "PERSON";
  let verbInApposition = -1;
  for (let steps = 0; k < hi && steps < 30; steps += 1, k += 1) {
    const token = tokens[k];
    // ("Marina Litvinenko (left), widow of ...": a bracketed aside.)
    if (isPunct(token, "(")) {
      const close = tokens.findIndex((t, m) => m > k && m < hi && isPunct(t, ")"));
      if (close > k && close - k <= 6) {
        k = close;
        continue;
      }
    }
    if (token.kind === "quote" || isPunct(token, ".!?;:")) {
      if (verbInApposition === k && isPunct(token, ".!?")) return { phrase: subject.phrase, from: i, to: k, how: "explicit" };
      // ("“We think Powell will emphasize ...,” Krishna Guha, head of central bank policy strategy
      // for Evercore ISI.": a quotation closed by a comma, then a full name and the office, and the
      // sentence ends with no verb; the verb was dropped, the name still signs the words.)
      const signed = commaOpen && namedPerson && i === j && tokens[j - 1]?.kind === "quote" && /,\W?$/.test(tokens[j - 1].text) && isPunct(token, ".") && k + 1 >= hi && subject.phrase.kind === "named" && subject.phrase.run.nameTokens.length >= 2;
      return signed && tokens.slice(subject.end, k).some((t) => TITLE_WORDS.has(t.lower)) ? { phrase: subject.phrase, from: i, to: k, how: "explicit" } : null;
    }
    if (isPunct(token, ",")) {
      // ("“…,” Melenhorst, of the University of Pennsylvania, who was an author of the new paper, said
      // in Tuesday's briefing": appositions one after another, then the verb right after a comma.)
      const verbNext = speechVerbEnd(tokens, k + 1);
      if (namedPerson && k > subject.end && isPunct(tokens[subject.end], ",") && verbNext > 0 && !["told", "tells"].includes(tokens[k + 1].lower)) return { phrase: subject.phrase, from: i, to: verbNext, how: "explicit" };
      commaOpen = !commaOpen;
      continue;
    }
    if (commaOpen && namedPerson && speechVerbEnd(tokens, k) > 0) {
      verbInApposition = speechVerbEnd(tokens, k);
      // "Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC": an apposition
      // that is only where the person comes from, left open by the verb.
      const opened = tokens.slice(subject.end, k).findIndex((t) => isPunct(t, ",")) + subject.end + 1;
      const aside = tokens.slice(opened, k);
      if (["from", "of", "at"].includes(tokens[opened]?.lower ?? "") && aside.every((t) => t.kind === "word" ? isCapitalized(t) || ["from", "of", "at", "the", "for", "and"].includes(t.lower) : isPunct(t, "()"))) {
        return { phrase: subject.phrase, from: i, to: verbInApposition, how: "explicit" };
      }
    }
    if (!commaOpen) {
      // ("“…,” the newspaper quoted Hefner’s attorney-issued statement as saying": the one quoted, not
      // the paper quoting.)
      if (k === subject.end && ["quoted", "quotes", "cited", "cites"].includes(tokens[k].lower)) {
        const as = tokens.findIndex((t, m) => m > k + 1 && m <= k + 8 && m + 1 < hi && t.lower === "as" && tokens[m + 1].lower === "saying");
        const between = as > 0 ? tokens.slice(k + 1, as) : [];
        if (as > 0 && between.every((t) => isWord(t))) {
          // (A person's statement quoted is theirs: "Hefner’s attorney-issued statement".)
          const ownerEnd = isCapitalized(tokens[k + 1]) ? runEndForward(tokens, k + 1) : -1;
          const owner = ownerEnd > k + 1 && ownerEnd < as && /['’]s$/.test(tokens[ownerEnd - 1].text) ? readRun(tokens, k + 1, ownerEnd, false) : null;
          if (owner && owner.kind === "PERSON") return { phrase: { kind: "named", run: owner }, from: i, to: as + 2, how: "explicit" };
          const quotedOne = phraseForward(tokens, k + 1, as);
          if (quotedOne && quotedOne.end === as) return { phrase: quotedOne.phrase, from: i, to: as + 2, how: "explicit" };
        }
      }
      const end = speechVerbEnd(tokens, k);
      // ("“Where is the money coming from?” Ms Hutton replied: “…”": a colon after the verb
      // introduces the next quotation; the one before, closed by its own question mark, is not hers.)
      if (end > 0 && isPunct(tokens[end], ":") && tokens[end + 1]?.kind === "quote") return null;
      // ("“Glory the heroes,” the standard reply.": a singular noun with a verb's bare form is a noun
      // phrase, no subject and its verb.)
      if (end > 0 && k === subject.end && bareVerbAfterSingular(tokens, k, subject.phrase)) return null;
      if (end > 0) return { phrase: subject.phrase, from: i, to: end, how: "explicit" };
      // "“…,” the statement read.": a document reads what it says.
      if (documentNoun(subject.phrase) !== null && ["read", "reads"].includes(tokens[k].lower)) return { phrase: subject.phrase, from: i, to: k + 1, how: "explicit" };
      const quoted = quotedAsSaying(tokens, k);
      if (quoted > 0) return { phrase: subject.phrase, from: i, to: quoted, how: "explicit" };
      if (k === subject.end && isVerbModifier(token.lower)) continue;
      if (k > subject.end && isVerbModifier(token.lower) && k === subject.end + 1) continue;
      if (k === subject.end && !PREPOSITIONS.has(token.lower)) return null;
    }
  }
  return verbInApposition === k && k >= hi ? { phrase: subject.phrase, from: i, to: k, how: "explicit" } : null;
}

/** Bare forms of speech verbs, which a singular subject never takes ("the standard reply" is a noun phrase). */
const BARE_SPEECH_VERBS = new Set(["say", "tell", "add", "reply", "write", "warn", "argue", "claim", "insist", "note", "explain", "state", "respond", "answer"]);

/** Nouns for documents that speak for their authors ("a survey by X", "the statement from X"). */
export const DOCUMENT_NOUNS = new Set(["survey", "research", "report", "minutes", "study", "statement", "analysis", "poll", "letter", "filing", "memo", "complaint", "lawsuit", "indictment", "paper", "review", "audit", "post", "message", "tweet", "email", "e-mail"]);

/** Documents that name one another ("posted a message ... The post added"). */
const POSTED_DOCUMENTS = new Set(["post", "message", "tweet", "email", "e-mail"]);

/** Findings that name one another ("Research undertaken for the Electoral Commission ... The survey “showed ...”"; "A survey of 250 councils by ... found ... According to the report"). */
const FINDINGS = new Set(["survey", "study", "research", "poll", "report"]);

/** The nouns that may name the same document as `noun` ("post" for a message posted). */
export const documentNounsLike = (noun: string): ReadonlySet<string> => (POSTED_DOCUMENTS.has(noun) ? POSTED_DOCUMENTS : FINDINGS.has(noun) ? FINDINGS : new Set([noun]));

/** The document a description names ("the statement" → "statement"), or null when it names none. */
export function documentNoun(phrase: SpeakerPhrase): string | null {
  if (phrase.kind !== "described") return null;
  const head = phrase.words[phrase.words.length - 1].toLowerCase();
  return DOCUMENT_NOUNS.has(head) ? head : null;
}

/** "a 2018 survey by X", "the report from X" starting at tokens[i]: X, named, with the index after it. */
export function documentAuthor(tokens: Token[], i: number, hi: number): { phrase: SpeakerPhrase; end: number } | null {
  let k = i;
  if (["a", "an", "the", "its", "their", "his", "her"].includes(tokens[k]?.lower ?? "")) k += 1;
  while (k < hi && k < i + 4 && isWord(tokens[k]) && !DOCUMENT_NOUNS.has(tokens[k].lower) && !isCapitalized(tokens[k])) k += 1;
  // ("according to a TUC report", "a new Home Office study": the body named before the document noun.)
  let m = k;
  while (m < hi && m < k + 4 && isWord(tokens[m]) && isCapitalized(tokens[m])) m += 1;
  if (m > k && DOCUMENT_NOUNS.has(tokens[m]?.lower ?? "") && !["by", "from", "of"].includes(tokens[m + 1]?.lower ?? "")) {
    const body = phraseForward(tokens, k, m);
    if (body && body.end === m && body.phrase.kind === "named") return { phrase: body.phrase, end: m + 1 };
  }
  if (!DOCUMENT_NOUNS.has(tokens[k]?.lower ?? "")) return null;
  // ("Research undertaken for the Electoral Commission": a participle of doing the work may stand between.)
  const done = ["undertaken", "carried", "commissioned", "conducted", "published"].includes(tokens[k + 1]?.lower ?? "") ? (tokens[k + 2]?.lower === "out" ? 2 : 1) : 0;
  let lead = k + 1 + done;
  // ("The survey, by actuaries Lane Harcourt,": the author set off by a comma.)
  if (done === 0 && isPunct(tokens[lead], ",") && tokens[lead + 1]?.lower === "by") lead += 1;
  // ("A survey of 250 councils by the Local Government Finance Unit", "The survey of 2,000 parents for
  // the Children's Media Forum": past what the document is of, to who made it.)
  else if (done === 0 && tokens[lead]?.lower === "of") {
    const maker = tokens.findIndex((t, n) => n > lead + 1 && n <= lead + 6 && ["by", "for"].includes(t.lower));
    if (maker > 0 && tokens.slice(lead + 1, maker).every((t) => isWord(t) && !isCapitalized(t) && !SPEECH_VERBS.has(t.lower))) lead = maker;
  }
  if (!["by", "from", "of", "for"].includes(tokens[lead]?.lower ?? "")) return null;
  if (tokens[lead].lower === "for" && done === 0 && lead === k + 1) return null;
  // ("by actuaries Lane Harcourt": a lower-case noun for what the author is may come first.)
  let from = lead + 1;
  if (isWord(tokens[from]) && !isCapitalized(tokens[from]) && !DETERMINERS.has(tokens[from].lower) && isCapitalized(tokens[from + 1] ?? tokens[from])) from += 1;
  const author = phraseForward(tokens, from, hi);
  return author && author.phrase.kind === "named" ? author : null;
}

/** "is quoted as saying", "was cited as saying" starting at tokens[k]: index after it, or -1. */
function quotedAsSaying(tokens: Token[], k: number): number {
  const words = [0, 1, 2, 3].map((n) => tokens[k + n]?.lower ?? "");
  if (["is", "was", "has", "had"].includes(words[0]) && ["quoted", "cited", "reported"].includes(words[1]) && words[2] === "as" && words[3] === "saying") return k + 4;
  // ("with Mr Dixon quoted as saying that the carrier could no longer afford to remain “…”": after a
  // name, with no auxiliary.)
  if (["quoted", "cited"].includes(words[0]) && words[1] === "as" && words[2] === "saying" && k > 0 && isCapitalized(tokens[k - 1])) return k + 3;
  // ("was quoted by the Interfax news agency as saying": the one relaying it named between.)
  if (["is", "was"].includes(words[0]) && ["quoted", "cited"].includes(words[1]) && words[2] === "by") {
    for (let a = k + 3; a < k + 10 && a + 1 < tokens.length && tokens[a].kind === "word"; a += 1) if (tokens[a].lower === "as" && tokens[a + 1].lower === "saying") return a + 2;
  }
  if (["is", "was"].includes(words[0]) && words[1] === "reported" && words[2] === "to") return k + 3;
  return -1;
}

/**
 * An attribution ending right before tokens[k] (a quotation): "Tillerson said:", "he added,",
 * "said Smith,", "according to the ministry,", "Putin was quoted as saying".
 */
/**
 * "was told by Dr Hugh Parris", "has been warned by the Tories": the named agent ending at tokens[b]
 * after "by", a speech verb's participle and a form of "be"; null otherwise.
 */
export function passiveAgentEndingAt(tokens: Token[], b: number, lo: number): Attribution | null {
  const agent = phraseBackward(tokens, b, lo);
  if (!agent || agent.phrase.kind === "pronoun" || agent.phrase.kind === "vague") return null;
  const by = agent.start - 1;
  if (by - 2 < lo || tokens[by].lower !== "by" || !/(ed|told|said)$/.test(tokens[by - 1].lower) || speechVerbEnd(tokens, by - 1) < 0) return null;
  return BE_FORMS.has(tokens[by - 2].lower) ? { phrase: agent.phrase, from: agent.start, to: b + 1, how: "explicit" } : null;
}

/** "with police chief Jason Ziegler saying": the name between "with" and the participle of speech at tokens[v], or null. */
function namedWithParticiple(tokens: Token[], v: number, lo: number): { phrase: SpeakerPhrase; start: number } | null {
  if (!PARTICIPLE_LEADS.has(tokens[v].lower) || v - 1 < lo) return null;
  // (Past a party and state tag: "with Rep. August Pfluger, R-Texas, arguing".)
  const tagged = v - 4 >= lo && isPunct(tokens[v - 1], ",") && PARTY_STATE_TAG.test(tokens[v - 2].text) && isPunct(tokens[v - 3], ",");
  return namedAfterWith(tokens, phraseBackward(tokens, tagged ? v - 4 : v - 1, lo), lo);
}

/**
 * A name (with its role) right after "with", or null: "with Jake Sullivan", and past the words owning a
 * role, "with the party's deputy leader Angela Rayner". Its start is then the token after "with".
 */
function namedAfterWith(tokens: Token[], named: { phrase: SpeakerPhrase; start: number } | null, lo: number): { phrase: SpeakerPhrase; start: number } | null {
  if (!named || named.phrase.kind !== "named") return null;
  let start = named.start;
  while (start - 1 > lo && named.phrase.run.role !== null && isWord(tokens[start - 1]) && (["the", "its", "his", "her", "their"].includes(tokens[start - 1].lower) || /^\p{Ll}+['’]s$/u.test(tokens[start - 1].text))) start -= 1;
  return start - 1 >= lo && tokens[start - 1].lower === "with" ? { phrase: named.phrase, start } : null;
}

export function attributionBefore(tokens: Token[], k: number, lo: number): Attribution | null {
  let b = k - 1;
  while (b >= lo && (isPunct(tokens[b], ",:—–-") || tokens[b].lower === "that")) b -= 1;
  if (b < lo) return null;
  // "according to X,"
  const according = accordingToEndingAt(tokens, b, lo);
  if (according) return according;
  // ("Observes Mr Hadi: “…”", "Says Ms Jones:": a speech verb opening the sentence, then the speaker.)
  const openingVerbEnd = isWord(tokens[lo]) && isCapitalized(tokens[lo]) && SPEECH_VERBS.has(tokens[lo].lower) ? lo + 1 : -1;
  if (openingVerbEnd > lo && openingVerbEnd <= b && /(s|ed|said)$/.test(tokens[lo].lower)) {
    const inverted = phraseForward(tokens, openingVerbEnd, b + 1);
    if (inverted && inverted.end === b + 1 && inverted.phrase.kind === "named") return { phrase: inverted.phrase, from: lo, to: inverted.end, how: "explicit" };
  }
  // "Ms Crowe was told by Dr Hugh Parris: “…”": the agent of a passive speech verb.
  const agent = passiveAgentEndingAt(tokens, b, lo);
  if (agent) return agent;
  // "... is quoted as saying"
  if (tokens[b].lower === "saying" && b - 3 >= lo && tokens[b - 1].lower === "as" && ["quoted", "cited"].includes(tokens[b - 2].lower)) {
    const subject = phraseBackward(tokens, skipModifiersBackward(tokens, b - 3, lo) === b - 3 ? b - 4 : skipModifiersBackward(tokens, b - 3, lo), lo);
    if (subject) return { phrase: subject.phrase, from: subject.start, to: b + 1, how: "explicit" };
  }
  // ("There was a swift response from Mr Kingsley: “…”": the one the response came from.)
  if (isPunct(tokens[k - 1], ":") || isPunct(tokens[k - 1], ",")) {
    const from = phraseBackward(tokens, b, lo);
    if (from && from.phrase.kind === "named" && from.start - 2 >= lo && tokens[from.start - 1].lower === "from" && (RESPONSE_NOUNS.has(tokens[from.start - 2].lower) || ["warning", "message"].includes(tokens[from.start - 2].lower))) {
      return { phrase: from.phrase, from: from.start, to: b + 1, how: "explicit" };
    }
  }
  // "Galuzin was quoted by Interfax as saying “…”": the one quoted, not the agency relaying it.
  if (tokens[b].lower === "saying" && tokens[b - 1]?.lower === "as") {
    for (let q = b - 2; q >= Math.max(lo + 1, b - 9); q -= 1) {
      if (tokens[q].kind !== "word") break;
      if (!["quoted", "cited"].includes(tokens[q].lower) || tokens[q + 1]?.lower !== "by" || !BE_FORMS.has(tokens[q - 1].lower)) continue;
      const subject = q - 2 >= lo ? phraseBackward(tokens, skipModifiersBackward(tokens, q - 2, lo), lo) : null;
      if (subject) return { phrase: subject.phrase, from: subject.start, to: b + 1, how: "explicit" };
      break;
    }
  }
  // ("Footage showed Colley telling officers: “…”", "CCTV captured him shouting:": the one shown.)
  for (let p = b; p >= Math.max(lo + 2, b - 3); p -= 1) {
    if (!SHOWN_PARTICIPLES.has(tokens[p].lower)) continue;
    // ("shows him saying", "a clip of her saying": an object pronoun is the one shown.)
    const objectPronoun = OBJECT_PRONOUNS[tokens[p - 1].lower];
    const shown = objectPronoun !== undefined ? { phrase: { kind: "pronoun" as const, pronoun: objectPronoun }, start: p - 1 } : phraseBackward(tokens, p - 1, lo);
    // ("an audio clip of her saying: “…”", "a video of Smith shouting": a recording of the one shown.)
    const recordingOf = shown !== null && shown.start - 2 >= lo && tokens[shown.start - 1].lower === "of" && RECORDING_NOUNS.has(tokens[shown.start - 2].lower);
    if (shown && (shown.phrase.kind === "named" || shown.phrase.kind === "pronoun") && shown.start - 1 >= lo && (SHOWING_VERBS.has(tokens[shown.start - 1].lower) || recordingOf)) return { phrase: shown.phrase, from: shown.start, to: b + 1, how: "explicit" };
    break;
  }
  // ("Fans were quick to praise him, with one writing: ‘…’": one of a crowd the story does not name.)
  if (crowdParticipleAt(tokens, b, lo)) {
    return { phrase: { kind: "vague" }, from: b - 2, to: b + 1, how: "explicit" };
  }
  // "..., with police chief Jason Ziegler saying: “…”": the one named between "with" and the participle.
  const withNamed = namedWithParticiple(tokens, b, lo);
  if (withNamed) return { phrase: withNamed.phrase, from: withNamed.start, to: b + 1, how: "explicit" };
  // "Amazon released a statement saying, “…”": the subject of the verb that put the statement out.
  if (PARTICIPLE_LEADS.has(tokens[b].lower)) {
    for (let v = b - 1; v >= Math.max(lo, b - 9); v -= 1) {
      if (!STATEMENT_VERBS.has(tokens[v].lower)) continue;
      const subject = subjectOf(tokens, v, lo);
      if (subject) return { phrase: subject.phrase, from: subject.start, to: b + 1, how: "explicit" };
      break;
    }
    // "Kimmel asked her about a photo ..., saying, “…”": the subject of the sentence's speech verb before it.
    if (isPunct(tokens[b - 1], ",")) {
      for (let v = b - 2; v >= lo; v -= 1) {
        if (tokens[v].kind === "quote") break;
        if (speechVerbEnd(tokens, v) < 0 && !STATEMENT_VERBS.has(tokens[v].lower)) continue;
        const subject = subjectOf(tokens, v, lo);
        if (subject && subject.phrase.kind !== "vague") return { phrase: subject.phrase, from: subject.start, to: b + 1, how: "explicit" };
        break;
      }
    }
  }
  // verb right before: "Tillerson said", "he added", or inverted "said Tillerson"
  let verbAt = -1;
  for (let v = b; v >= Math.max(lo, b - 1); v -= 1) if (speechVerbEnd(tokens, v) === b + 1) verbAt = v;
  if (verbAt >= 0) {
    const subject = subjectOf(tokens, verbAt, lo);
    // "He added the government had originally pledged “…”": a body reported inside someone's
    // words pledges nothing in its own voice here; the one reporting it speaks.
    if (subject && (subject.phrase.kind === "described" || subject.phrase.kind === "vague") && !UTTERING_VERBS.has(tokens[verbAt].lower)) {
      const r = tokens[subject.start - 1]?.lower === "that" ? subject.start - 2 : subject.start - 1;
      const reporter = r > lo && ["said", "says", "added", "adds", "told", "tells"].includes(tokens[r].lower) ? subjectOf(tokens, r, lo) : null;
      if (reporter && (reporter.phrase.kind === "named" || reporter.phrase.kind === "pronoun")) return { phrase: reporter.phrase, from: reporter.start, to: b + 1, how: "explicit" };
    }
    if (subject) return { phrase: subject.phrase, from: subject.start, to: b + 1, how: "explicit" };
  }
  // inverted: "..., said Tillerson, “...”" — unless the verb has a subject of its own before it:
  // then the name after it opens the reported clause ("Addiego said Christie “has dedicated ...”").
  for (let v = b; v >= Math.max(lo, b - 8); v -= 1) {
    const end = speechVerbEnd(tokens, v);
    if (end > 0 && !["told", "tells"].includes(tokens[v].lower)) {
      // "warned that the government “…”" reports speech; the words after "that" are no inverted subject.
      if (tokens[end]?.lower === "that") break;
      const subject = phraseForward(tokens, end, b + 1);
      if (subject && subject.end === b + 1) {
        const own = subjectOf(tokens, v, lo);
        // "The French foreign ministry said it “regrets ...”": a pronoun right before the quotation
        // opens the reported clause (an inverted pronoun is set off: "“…,” said he, “…”").
        // ("called it “immaterial”": there the pronoun is the object.)
        const naming = ["called", "calls", "described", "describes"].includes(tokens[v].lower);
        if (subject.phrase.kind === "pronoun" && b === k - 1 && !naming) return own && own.phrase.kind !== "vague" ? { phrase: own.phrase, from: own.start, to: b + 1, how: "explicit" } : null;
        if (own && (own.phrase.kind === "named" || own.phrase.kind === "pronoun")) return { phrase: own.phrase, from: own.start, to: b + 1, how: "explicit" };
        // ("called it “…”" with no subject read: "it" is the object, never the speaker.)
        if (subject.phrase.kind === "pronoun" && naming) return { phrase: { kind: "vague" }, from: v, to: b + 1, how: "explicit" };
        // ("Mr Glen admitted ... and said the government “will be looking closely ...”": a description
        // right before the quotation, with no comma or colon, opens the reported clause; the reporter is
        // found in the sentence.)
        if (b === k - 1 && subject.phrase.kind === "described" && tokens[v - 1]?.lower === "and") return null;
        return { phrase: subject.phrase, from: v, to: b + 1, how: "explicit" };
      }
      break;
    }
  }
  return null;
}

/** "according to NP" whose NP ends at tokens[b]. */
function accordingToEndingAt(tokens: Token[], b: number, lo: number): Attribution | null {
  for (let a = b - 1; a >= Math.max(lo, b - 10); a -= 1) {
    if (tokens[a].lower === "to" && a - 1 >= lo && tokens[a - 1].lower === "according") {
      const phrase = phraseForward(tokens, a + 1, b + 1);
      if (phrase && phrase.end === b + 1) return { phrase: phrase.phrase, from: a - 1, to: b + 1, how: "explicit" };
      return null;
    }
    if (tokens[a].kind !== "word") return null;
  }
  return null;
}

/** Words of time that follow "last", "next" or "this" in an opening phrase ("Last year", "This week"). */
const TIME_NOUNS = new Set(["year", "week", "month", "night", "summer", "winter", "spring", "autumn", "season", "weekend", "morning", "evening", "time"]);

/** The index after an opening time phrase of the sentence at tokens[lo] ("Last year", "In 2011,"), or lo when there is none. */
export function afterOpeningTime(tokens: Token[], lo: number): number {
  let start = lo;
  // ("However, on Wednesday, Everton ...", "Earlier this week, the EU ...": one opener after another.)
  for (let round = 0; round < 3; round += 1) {
    const from = start;
    const word = (n: number) => tokens[start + n]?.lower ?? "";
    if (["last", "next", "this", "earlier", "later"].includes(word(0)) && TIME_NOUNS.has(word(1))) start += 2;
    else if (["earlier", "later"].includes(word(0)) && ["this", "last", "next"].includes(word(1)) && TIME_NOUNS.has(word(2))) start += 3;
    else if (word(0) === "in" && /^(1[89]|20)\d\d$/.test(tokens[start + 1]?.text ?? "")) start += 2;
    else if (word(0) === "on" && DAYS.has(word(1))) start += 2;
    else if (["earlier", "later"].includes(word(0)) && word(1) === "on" && DAYS.has(word(2))) start += 3;
    else if (round === 0 && OPENING_ADVERBS.has(word(0)) && isPunct(tokens[start + 1], ",")) start += 1;
    else if (["after", "before", "while", "since", "upon", "despite", "besides"].includes(word(0)) && /^[a-z]{2,}ing$/.test(word(1))) {
      // ("After hyping up China's economy and calling for ..., Huang promoted the Olympics": an opening
      // clause of a participle, up to its comma, when a name follows it; a pronoun there may mean
      // someone the clause names.)
      const comma = tokens.findIndex((t, m) => m > start + 1 && m <= start + 25 && (isPunct(t, ",.;:!?") || t.kind === "quote"));
      if (comma > 0 && isPunct(tokens[comma], ",") && isWord(tokens[comma + 1]) && /^\p{Lu}/u.test(tokens[comma + 1].text)) start = comma;
    }
    if (start > from && isPunct(tokens[start], ",")) start += 1;
    if (start === from) break;
  }
  return start;
}

/**
 * "Manchin said ..., but Pelosi pushed back Sunday, claiming it is a “…”": a participle right before
 * the quotation, in a clause opened by ", but" (", while", ", whereas") with a named subject of its
 * own, puts the words to that subject rather than to the one who spoke earlier in the sentence.
 */
export function participleAfterClause(tokens: Token[], k: number, lo: number): Attribution | null {
  let v = -1;
  for (let p = k - 1; p > lo && p >= k - 8; p -= 1) {
    if (tokens[p].kind === "quote") return null;
    if (isWord(tokens[p]) && PARTICIPLE_LEADS.has(tokens[p].lower) && isPunct(tokens[p - 1], ",")) { v = p; break; }
  }
  if (v < 0) return null;
  let clause = -1;
  for (let c = v - 2; c > lo + 1; c -= 1) {
    if (tokens[c].kind === "quote") return null;
    if (["but", "while", "whereas"].includes(tokens[c].lower) && isPunct(tokens[c - 1], ",")) { clause = c + 1; break; }
  }
  if (clause < 0) return null;
  const subject = phraseForward(tokens, clause, v);
  const verb = subject ? tokens[subject.end] : undefined;
  if (!subject || subject.phrase.kind !== "named" || !isWord(verb) || isCapitalized(verb)) return null;
  if (tokens.slice(subject.end, v).some((_, n) => speechVerbEnd(tokens, subject.end + n) > 0)) return null;
  return { phrase: subject.phrase, from: clause, to: v + 1, how: "explicit" };
}

/**
 * Any attribution in the sentence tokens[lo, hi) outside quotations, nearest to `near` first
 * (after it before before it). Used for partial quotes inside the reporter's sentence.
 */
export function attributionInSentence(tokens: Token[], lo: number, hi: number, near: number, skip?: (v: number) => boolean): Attribution | null {
  const found: Array<{ attribution: Attribution; distance: number }> = [];
  for (let v = lo; v < hi; v += 1) {
    if (tokens[v].kind !== "word" || skip?.(v)) continue;
    if (tokens[v].lower === "according" && tokens[v + 1]?.lower === "to") {
      // "according to a 2018 survey by Penelope Muse Abernathy": the author of the document.
      const author = documentAuthor(tokens, v + 2, hi);
      if (author) {
        found.push({ attribution: { phrase: author.phrase, from: v, to: author.end, how: "explicit" }, distance: Math.abs(v - near) + (v < near ? 0.5 : 0) });
        continue;
      }
      const phrase = phraseForward(tokens, v + 2, hi);
      if (phrase) found.push({ attribution: { phrase: phrase.phrase, from: v, to: phrase.end, how: "explicit" }, distance: Math.abs(v - near) + (v < near ? 0.5 : 0) });
      continue;
    }
    // "..., as the New York Times put it": the source of the sentence's quoted words.
    if (tokens[v].lower === "as" && v > lo) {
      const source = phraseForward(tokens, v + 1, hi);
      // (Past an appositive and an auxiliary: "as Austan Goolsbee, a University of Chicago economist, has put it".)
      let put = source?.end ?? -1;
      if (source && isPunct(tokens[put], ",")) {
        const close = tokens.findIndex((t, m) => m > put && m <= put + 12 && isPunct(t, ","));
        if (close > put && tokens.slice(put + 1, close).every((t) => t.kind === "word")) put = close + 1;
      }
      while (put > 0 && ["has", "had", "once", "famously", "memorably", "recently"].includes(tokens[put]?.lower ?? "")) put += 1;
      if (source && ["put", "puts"].includes(tokens[put]?.lower ?? "") && tokens[put + 1]?.lower === "it") {
        found.push({ attribution: { phrase: source.phrase, from: v, to: put + 2, how: "explicit" }, distance: Math.abs(v - near) });
        continue;
      }
    }
    // ("responding to economist Nancy Lazar's argument that a “…” and “…”": the one whose argument,
    // claim or warning the quoted words are part of.)
    if (CLAIM_NOUNS.has(tokens[v].lower) && tokens[v + 1]?.lower === "that" && v - 1 > lo && v < near && /['’]s$/.test(tokens[v - 1].text)) {
      const owner = phraseBackward(tokens, v - 1, lo);
      if (owner && owner.phrase.kind === "named" && owner.phrase.run.kind === "PERSON") {
        found.push({ attribution: { phrase: owner.phrase, from: owner.start, to: v + 1, how: "explicit" }, distance: Math.abs(v - near) });
        continue;
      }
    }
    // ("Cathay pilots have told the BBC ..., with one saying that he was “…”": one of a crowd the story
    // does not name, as right before a quotation.)
    if (v < near && crowdParticipleAt(tokens, v, lo)) {
      found.push({ attribution: { phrase: { kind: "vague" }, from: v - 2, to: v + 1, how: "explicit" }, distance: Math.abs(v - near) });
      continue;
    }
    // "local newspapers quote Salinas as saying": the person quoted is the speaker.
    if (["quote", "quotes", "quoted", "cite", "cites", "cited"].includes(tokens[v].lower) && tokens[v + 1]?.lower !== "by") {
      const object = phraseForward(tokens, v + 1, hi);
      if (object && object.phrase.kind !== "pronoun" && tokens[object.end]?.lower === "as" && tokens[object.end + 1]?.lower === "saying") {
        found.push({ attribution: { phrase: object.phrase, from: v, to: object.end + 2, how: "explicit" }, distance: Math.abs(v - near) });
        continue;
      }
    }
    // ("The White House has declined ..., with Jake Sullivan saying the US would have to “…”": the one
    // named between "with" and the participle, as right before a quotation.)
    const withNamed = namedWithParticiple(tokens, v, lo);
    // (After a comma: "a rift with Andy Murray insisting ..." is no such clause, Murray the object of "with".)
    // (Or with the role before the name: "Labour are urging ... with the party's deputy leader Angela
    // Rayner accusing the prime minister of failing “…”".)
    if (withNamed && withNamed.phrase.kind === "named" && withNamed.phrase.run.kind === "PERSON" && withNamed.start - 2 >= lo && (isPunct(tokens[withNamed.start - 2], ",") || withNamed.phrase.run.role !== null)) {
      found.push({ attribution: { phrase: withNamed.phrase, from: withNamed.start, to: v + 1, how: "explicit" }, distance: Math.abs(v - near) });
      continue;
    }
    // "Australia's Prime Minister John Howard also offered his congratulations, adding that their
    // decision was a “…”": a participle after a comma has the sentence's opening subject.
    // ("Pelosi did not fully backtrack, defending her previous comments and saying that she has “…”": a
    // second participle joined by "and" to one after a comma.)
    const joinedParticiple = v - 1 > lo && tokens[v - 1].lower === "and" && tokens.slice(lo, v - 1).some((t, m) => isPunct(t, ",") && /^[a-z]{2,}ing$/.test(tokens[lo + m + 1]?.lower ?? ""));
    // ("Stallone, 71, appeared not to have enjoyed her time in the house saying: “…”": with no comma too,
    // right before the quotation, when no sign or document is what says it.)
    const bareBeforeQuote = tokens[v].lower === "saying" && v - 1 > lo && isWord(tokens[v - 1]) && !isCapitalized(tokens[v - 1]) && !SAYING_THINGS.has(tokens[v - 1].lower) && !DOCUMENT_NOUNS.has(tokens[v - 1].lower) && (tokens[v + 1]?.kind === "quote" || (isPunct(tokens[v + 1], ":,") && tokens[v + 2]?.kind === "quote"));
    if (PARTICIPLE_LEADS.has(tokens[v].lower) && v - 1 > lo && (isPunct(tokens[v - 1], ",") || joinedParticiple || bareBeforeQuote)) {
      // (After a conjunction opening the sentence too: "But the Biden administration has shown ..., saying".)
      const openingAt = afterOpeningTime(tokens, lo);
      const opening = phraseForward(tokens, openingAt + (["but", "and", "yet"].includes(tokens[openingAt]?.lower ?? "") ? 1 : 0), v);
      // ("Shane Colley, 45, resigned, saying ...": past an age set off by commas.)
      const aged = opening !== null && isPunct(tokens[opening.end], ",") && /^\d{1,3}$/.test(tokens[opening.end + 1]?.text ?? "") && isPunct(tokens[opening.end + 2], ",");
      // ("Armando López Orduña, the director general of the association, thanked ..., saying": past an
      // appositive set off by commas that opens with an article or a possessive.)
      let closing = -1;
      // ("Sergey Lavrov, one of Putin's most seasoned spin masters, doubled down ..., insisting".)
      if (opening !== null && !aged && isPunct(tokens[opening.end], ",") && ["the", "a", "an", "his", "her", "its", "their", "one"].includes(tokens[opening.end + 1]?.lower ?? "")) {
        for (let c = opening.end + 2; c < v - 1 && c <= opening.end + 14; c += 1) {
          if (tokens[c].kind === "quote" || (isWord(tokens[c]) && (speechVerbEnd(tokens, c) > 0 || ["who", "which", "that"].includes(tokens[c].lower)))) break;
          if (isPunct(tokens[c], ",")) { closing = c; break; }
        }
      }
      const after = opening ? tokens[closing > 0 ? closing + 1 : opening.end + (aged ? 3 : 0)] : undefined;
      // (Or an office held by one person: "The President also touted ..., saying".)
      const person = opening !== null && (opening.phrase.kind === "named" || isOfficeHolder(opening.phrase) || (opening.phrase.kind === "pronoun" && ["he", "she"].includes(opening.phrase.pronoun)));
      // (Not past a speech verb of its own: "Mr Blair has failed, he claimed, saying ..." is the claimant's.)
      // (A plural noun after a determiner is no verb there: "defending her previous comments and saying".)
      const nounAfterDeterminer = (m: number) => /s$/.test(tokens[m].lower) && ["his", "her", "their", "its", "the", "previous", "earlier", "recent", "those", "these"].includes(tokens[m - 1]?.lower ?? "");
      const speechBetween = opening !== null && tokens.slice(opening.end, v).some((t, k) => speechVerbEnd(tokens, opening.end + k) > 0 && !nounAfterDeterminer(opening.end + k));
      if (opening && person && !speechBetween && isWord(after) && !isCapitalized(after)) {
        found.push({ attribution: { phrase: opening.phrase, from: lo, to: v + 1, how: "explicit" }, distance: Math.abs(v - near) });
        continue;
      }
    }
    const quoted = quotedAsSaying(tokens, v);
    if (quoted > 0) {
      const subject = phraseBackward(tokens, v - 1, lo);
      if (subject) found.push({ attribution: { phrase: subject.phrase, from: subject.start, to: quoted, how: "explicit" }, distance: Math.abs(v - near) });
      continue;
    }
    const end = speechVerbEnd(tokens, v);
    if (end < 0) continue;
    // "prompted Engoron to quip the questioning sounded like a “broken record.”": the one named
    // before "to" says the words.
    if (v - 2 >= lo && tokens[v - 1].lower === "to") {
      const agent = phraseBackward(tokens, v - 2, lo);
      if (agent && agent.phrase.kind === "named" && agent.phrase.run.kind === "PERSON") {
        found.push({ attribution: { phrase: agent.phrase, from: agent.start, to: end, how: "explicit" }, distance: Math.abs(v - near) + (v < near ? 0.5 : 0) });
        continue;
      }
    }
    // ("John Smith met Mary Jones on Tuesday and said", "The airline operates flights for United and
    // Delta and said": the one opening the sentence with a verb of its own, when no clause of another
    // subject comes between; the names after that verb are its objects.)
    const opener = v > lo && tokens[v - 1].lower === "and" ? sentenceOpener(tokens, lo, v) : null;
    const openerVerb = opener ? tokens[opener.to] : undefined;
    const opensClause =
      opener !== null && opener.to < v - 1 && isWord(openerVerb) && !isCapitalized(openerVerb) && !SPEECH_VERBS.has(openerVerb.lower) && !PREPOSITIONS.has(openerVerb.lower) && !DETERMINERS.has(openerVerb.lower) && !["and", "or", "but", "to"].includes(openerVerb.lower) &&
      ((opener.phrase.kind === "named" && (opener.phrase.run.confident || opener.phrase.run.nameTokens.length >= 2 || opener.phrase.run.kind === "ORGANIZATION" || opener.from > lo)) || (opener.phrase.kind === "pronoun" && ["he", "she", "it", "they"].includes(opener.phrase.pronoun)) || (opener.phrase.kind === "described" && opener.phrase.organization)) &&
      !tokens.slice(opener.to + 1, v - 1).some((t) => t.kind === "quote" || isPunct(t, ";:") || (isWord(t) && (SUBORDINATORS.has(t.lower) || SPEECH_VERBS.has(t.lower))));
    if (opener && opensClause) {
      found.push({ attribution: { phrase: opener.phrase, from: opener.from, to: end, how: "explicit" }, distance: Math.abs(v - near) + 2 });
      continue;
    }
    const subject = subjectOf(tokens, v, lo);
    if (subject) {
      found.push({ attribution: { phrase: subject.phrase, from: subject.start, to: end, how: "explicit" }, distance: Math.abs(v - near) + (v < near ? 0.5 : 0) });
      continue;
    }
    const readInverted = !["told", "tells", "called", "described"].includes(tokens[v].lower) && (v === lo || isPunct(tokens[v - 1], ",")) ? (roleThenName(tokens, end, hi) ?? phraseForward(tokens, end, hi)) : null;
    // ("John Boumphrey, said Amazon was “proud”": a name with a verb of its own after it is the subject
    // of what was said, not the one saying it.)
    const inverted = readInverted && !(readInverted.phrase.kind === "named" && isWord(tokens[readInverted.end]) && readInverted.end < hi && (AUXILIARIES.has(tokens[readInverted.end].lower) || BE_FORMS.has(tokens[readInverted.end].lower))) ? readInverted : null;
    if (inverted) {
      found.push({ attribution: { phrase: inverted.phrase, from: v, to: inverted.end, how: "explicit" }, distance: Math.abs(v - near) });
    } else if (v > lo && (isPunct(tokens[v - 1], ",") || tokens[v - 1].lower === "and")) {
      // A verb sharing its subject with an earlier one ("Swanson surfaced ..., yelled “shark attack!”";
      // "During the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” and said"):
      // the nearest name or he/she before it that is a subject — not the object of a preposition
      // or a verb ("about the Muslim Brotherhood", "called Omar").
      const objectBefore = (k: number) => {
        const b = tokens[k - 1]?.lower === "the" ? k - 2 : k - 1;
        const before = tokens[b];
        return before !== undefined && isWord(before) && !isCapitalized(before) && (PREPOSITIONS.has(before.lower) || ["about", "to", "into", "against", "by"].includes(before.lower) || speechVerbEnd(tokens, b) > 0);
      };
      // (A name owning what follows comes last: "Duke said she looked forward to working as Nielsen’s
      // deputy, and said" is Duke's, whom "she" stands for.)
      let owner: Attribution | null = null;
      let shared: Attribution | null = null;
      for (let s = v - 1; s >= lo && shared === null; s -= 1) {
        if (tokens[s].kind === "quote") break;
        if (isWord(tokens[s]) && (tokens[s].lower === "he" || tokens[s].lower === "she") && isWord(tokens[s + 1]) && !isCapitalized(tokens[s + 1])) {
          shared = { phrase: { kind: "pronoun", pronoun: tokens[s].lower }, from: s, to: end, how: "explicit" };
        } else if (isCapitalized(tokens[s]) && s > lo) {
          const start = Math.max(runStartBackward(tokens, s), lo);
          const run = readRun(tokens, start, s + 1, start === lo);
          if (run && run.kind === "PERSON" && run.name !== "" && !objectBefore(start)) {
            const attribution: Attribution = { phrase: { kind: "named", run }, from: start, to: end, how: "explicit" };
            if (/['’]/.test(tokens[s].text) && /['’]s?$/.test(tokens[s].text)) owner ??= attribution;
            else shared = attribution;
          }
          s = start;
        }
      }
      const chosen = shared ?? owner;
      if (chosen) found.push({ attribution: chosen, distance: Math.abs(v - near) + 2 });
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.distance - b.distance);
  // "Michelle Obama said he believes the administration achieved the platform he promised ...
  // because Americans “feel the difference now.”": a verb inside the complement of an earlier
  // "said"/"told" is part of what is reported; the reporting subject is the speaker.
  const nearest = found[0].attribution;
  if (nearest.to <= near) {
    const outer = found
      .map((f) => f.attribution)
      // (Not once the reported clause had its own quotation: "Trump said they were “very good” before
      // launching into an attack that prompted Engoron to quip ... “broken record.”")
      .filter((a) => a.to < nearest.from && (a.phrase.kind === "named" || a.phrase.kind === "pronoun") && (REPORTING_VERBS.has(tokens[a.to - 1]?.lower ?? "") || ["added", "adds"].includes(tokens[a.to - 1]?.lower ?? "")) && !tokens.slice(a.to, nearest.from).some((t) => t.kind === "quote"))
      .sort((a, b) => a.from - b.from)[0];
    const innerVerb = tokens[nearest.to - 1]?.lower ?? "";
    if (outer && !REPORTING_VERBS.has(innerVerb) && !["wrote", "writes", "asked", "asks", "added", "adds"].includes(innerVerb) && !UTTERING_VERBS.has(innerVerb)) return outer;
  }
  return nearest;
}

/** Things that bear words of their own ("a sign saying", "a banner saying"). */
const SAYING_THINGS = new Set(["sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters", "note", "notes", "card", "cards", "shirt", "t-shirt", "shirts", "caption", "headline", "headlines", "slogan", "notice", "board", "graffiti", "text", "texts", "messages", "letters", "statements", "posts", "tweets", "emails", "sticker", "stickers", "plaque", "label", "screen", "display"]);

/** Words opening a clause of its own, whose subject may be another than the sentence's. */
const SUBORDINATORS = new Set(["who", "whom", "whose", "which", "that", "when", "whenever", "after", "before", "because", "while", "whereas", "although", "though", "as", "if", "unless", "since", "until", "where"]);

/** Verbs of uttering words aloud, whose subject said the very words even inside someone's report ("Walsh added that Swanson yelled “shark attack!”"). */
const UTTERING_VERBS = new Set(["yelled", "yells", "shouted", "shouts", "screamed", "screams", "cried", "exclaimed", "whispered", "replied", "replies", "answered", "chanted"]);

/** The plain verbs of reporting, whose complement is what was said. */
const REPORTING_VERBS = new Set(["said", "says", "told", "tells"]);

/** Verbs by which someone characterises a thing in their own quoted words: "rejected the claims as “…”". */
const CHARACTERISING_VERBS = new Set(
  "described describes rejected rejects dismissed dismisses introduced introduces branded brands labelled labeled labels characterized characterised characterizes characterises hailed hails denounced denounces condemned condemns praised praises called calls derided derides blasted blasts slammed slams criticized criticised criticizes criticises referred refers portrayed portrays attacked attacks".split(
    " ",
  ),
);

/**
 * "X <characterising verb> ... as “…”": "The Pentagon rejected these accusations as “patently
 * false,”", "Benioff introduced Cook as “someone who …”". The subject of that verb, in the same
 * sentence and at most twelve words before "as", said the quoted words.
 */
export function characterisedAs(tokens: Token[], k: number, lo: number): Attribution | null {
  // ("launched his party's campaign with a promise to “say goodbye to Brussels”": the one promising.)
  if (k - 2 > lo && tokens[k - 1].lower === "to" && PROMISE_NOUNS.has(tokens[k - 2].lower)) {
    const opening = sentenceOpener(tokens, lo, k - 2);
    if (opening && (opening.phrase.kind === "named" || opening.phrase.kind === "pronoun")) return opening;
  }
  if (k - 1 > lo && (tokens[k - 1].lower === "of" || tokens[k - 1].lower === "to")) return leadingVerbOf(tokens, k, lo);
  // ("accusing his former leader of being “soft” on Europe", "accused ministers of showing “contempt”".)
  if (k - 2 > lo && /^[a-z]{2,}ing$/.test(tokens[k - 1].lower) && tokens[k - 2].lower === "of" && tokens.slice(Math.max(lo, k - 8), k - 2).some((t) => ACCUSING_VERBS.has(t.lower))) {
    const accuser = leadingVerbOf(tokens, k - 1, lo);
    if (accuser) return accuser;
  }
  // ("Jane Ross hailed the council's “brilliant” response", "condemned the “disgraceful” decision",
  // "thanked staff for their ‘extraordinary compassion’": a verb of praise or blame a few words before.)
  for (let v = k - 1; v >= Math.max(lo, k - 5); v -= 1) {
    if (!isWord(tokens[v]) || (isCapitalized(tokens[v]) && !/['’]s$/.test(tokens[v].text))) break;
    if (!EVALUATIVE_VERBS.has(tokens[v].lower)) continue;
    const judge = subjectOf(tokens, v, lo);
    if (judge && (judge.phrase.kind === "named" || judge.phrase.kind === "pronoun")) return { phrase: judge.phrase, from: judge.start, to: v + 1, how: "explicit" };
    break;
  }
  // ("Jane Hollis accused ministers of a “shameful betrayal”".)
  if (k - 2 > lo && ["a", "an"].includes(tokens[k - 1].lower) && tokens[k - 2].lower === "of") {
    const accuser = leadingVerbOf(tokens, k - 1, lo);
    if (accuser) return accuser;
  }
  const naming = namingParticipleBefore(tokens, k, lo);
  if (naming) return naming;
  // "Jeremy Hunt branded the forgotten millions ... a ‘national disgrace’": a verb naming its object
  // something, with no "as".
  // ("described ... as a “bonfire of the quangos”": "as" with an article.)
  if (k - 2 > lo && ["a", "an", "the"].includes(tokens[k - 1].lower) && tokens[k - 2].lower === "as") return characterisingVerbBefore(tokens, k - 1, lo, CHARACTERISING_VERBS, ".!?;:");
  if (k - 1 > lo && ["a", "an"].includes(tokens[k - 1].lower)) return characterisingVerbBefore(tokens, k, lo, NAMING_VERBS, ".!?;:,");
  // ("Paul Garvey branded the policy “a shambles”": the article inside the quotation; "Dan
  // Albrecht called the film “gorgeous but glacial”": words in lower case after a naming verb's object.)
  const object = k - 3 >= lo && ["the", "his", "her", "their", "its", "it", "them", "him"].includes(tokens[k - 2].lower) ? k - 3 : k - 4 >= lo && ["the", "his", "her", "their", "its"].includes(tokens[k - 3].lower) ? k - 4 : -1;
  const lowerWords = /^["“”'‘’]?[a-z]/.test(tokens[k].text) && object >= lo && NAMING_VERBS.has(tokens[object].lower) && tokens.slice(object + 1, k).every((t) => isWord(t) && !isCapitalized(t));
  if (/^["“”'‘’]?(a|an) [a-z]/.test(tokens[k].text) || lowerWords) {
    const naming = characterisingVerbBefore(tokens, k, lo, NAMING_VERBS, ".!?;:,", k - 1);
    if (naming) return naming;
  }
  if (k - 1 <= lo || tokens[k - 1].lower !== "as") return null;
  return characterisingVerbBefore(tokens, k, lo, CHARACTERISING_VERBS, ".!?;:");
}

/**
 * The speaker behind a verb of `verbs` at most twelve words before the quotation at tokens[k], in
 * its sentence (before a quotation or one of the `stops` marks): the verb's subject; in the passive
 * the one after "by" ("has been described as “heartbreaking” by the department", "Smith was
 * branded a “disgrace” by Mary Jones"), or nobody. "78 percent of survey respondents described
 * their experiences as “upsetting.”": a source that names nobody still says the words (no
 * speaker, and no one else's either).
 */
function characterisingVerbBefore(tokens: Token[], k: number, lo: number, verbs: ReadonlySet<string>, stops: string, last = k - 2): Attribution | null {
  for (let v = last; v >= Math.max(lo, k - 14); v -= 1) {
    if (tokens[v].kind === "quote" || isPunct(tokens[v], stops)) return null;
    if (!verbs.has(tokens[v].lower)) continue;
    // ("in a move branded a “humiliating retreat” by the Tories": a participle with its agent after the words.)
    const reducedPassive = /ed$/.test(tokens[v].lower) && tokens[k + 1]?.lower === "by" && isWord(tokens[v - 1]) && !isCapitalized(tokens[v - 1]) && !PRONOUNS[tokens[v - 1].lower];
    // ("... into nine, described by one civil service union as a “bonfire of the quangos”": the agent before "as".)
    if (/ed$/.test(tokens[v].lower) && tokens[v + 1]?.lower === "by") {
      const agent = phraseForward(tokens, v + 2, k);
      return agent && agent.phrase.kind !== "pronoun" ? { phrase: agent.phrase, from: v, to: agent.end, how: "explicit" } : { phrase: { kind: "vague" }, from: v, to: v + 2, how: "explicit" };
    }
    if (BE_FORMS.has(tokens[v - 1]?.lower ?? "") || reducedPassive) {
      const agent = tokens[k + 1]?.lower === "by" ? phraseForward(tokens, k + 2, tokens.length) : null;
      return agent && agent.phrase.kind !== "pronoun" ? { phrase: agent.phrase, from: k + 1, to: agent.end, how: "explicit" } : null;
    }
    const subject = subjectOf(tokens, v, lo);
    return subject ? { phrase: subject.phrase, from: subject.start, to: v + 1, how: "explicit" } : null;
  }
  return null;
}

/** Verbs that name their object something without "as": "branded the plan a “disgrace”". */
const NAMING_VERBS = new Set(["branded", "brands", "called", "calls", "labelled", "labeled", "labels", "dubbed", "dubs", "deemed", "deems", "termed", "terms"]);

/** Verbs by which someone puts words to another's fault: "accused her of “playing the victim”". */
const ACCUSING_VERBS = new Set(["accused", "accuses", "accuse", "accusing"]);

/** Participles that put the words that follow to their sentence's subject: "telling Kise to “control your client”". */
const LEADING_PARTICIPLES = new Set(["accusing", "telling", "urging", "asking", "warning", "imploring", "ordering", "begging", "instructing", "reminding"]);

/**
 * "X accused Y of “…”", "..., accusing her of “playing the victim”", "..., telling his lawyer to
 * “control your client”": the one who accuses or tells said the quoted words: the subject of the
 * verb, or for a participle the person opening the sentence. Not in the passive ("was accused of
 * “…”": the accuser is not named there).
 */
function leadingVerbOf(tokens: Token[], k: number, lo: number): Attribution | null {
  for (let v = k - 2; v >= Math.max(lo, k - 13); v -= 1) {
    if (tokens[v].kind === "quote" || isPunct(tokens[v], ".!?;:")) return null;
    // (Further back only a passive with its agent: "was accused by Tory health spokesman Dr Hugh Parris of “…”".)
    if (v < k - 7 && !(ACCUSING_VERBS.has(tokens[v].lower) && tokens[v + 1]?.lower === "by")) continue;
    const participle = LEADING_PARTICIPLES.has(tokens[v].lower);
    if (!participle && !(ACCUSING_VERBS.has(tokens[v].lower) && tokens[k - 1].lower === "of")) continue;
    // ("was later accused by ...": an adverb may stand between.)
    const auxiliary = isWord(tokens[v - 1]) && /^[a-z]{3,}ly$|^(later|also|then|again|once)$/.test(tokens[v - 1].lower) ? v - 2 : v - 1;
    if (PASSIVE_AUXILIARIES.has(tokens[auxiliary]?.lower ?? "")) {
      // ("She was accused by Tory MP John Gale of “hiding behind averages”": the agent after "by".)
      const agent = tokens[v + 1]?.lower === "by" ? phraseForward(tokens, v + 2, k) : null;
      return agent && agent.phrase.kind !== "pronoun" && agent.phrase.kind !== "vague" ? { phrase: agent.phrase, from: v + 2, to: agent.end, how: "explicit" } : null;
    }
    if (!participle) {
      const subject = subjectOf(tokens, v, lo);
      return subject ? { phrase: subject.phrase, from: subject.start, to: v + 1, how: "explicit" } : null;
    }
    // "..., with Foreign Minister Ayman Safadi warning of “…”": the name right before the participle.
    const named = v - 1 >= lo ? namedAfterWith(tokens, phraseBackward(tokens, v - 1, lo), lo) : null;
    if (named && named.phrase.kind === "named" && named.phrase.run.kind === "PERSON") return { phrase: named.phrase, from: named.start, to: v + 1, how: "explicit" };
    const opening = sentenceOpener(tokens, lo, v);
    // (An accuser the story does not name still says the words: "A Conservative MP has defected ..., accusing his former leader of being “soft”".)
    const accuser = tokens[v].lower === "accusing" && opening !== null;
    return opening && (opening.phrase.kind === "named" || opening.phrase.kind === "pronoun" || accuser) ? opening : null;
  }
  return null;
}

/** The speaker phrase opening the sentence at tokens[lo] (before tokens[v]), after a short opening adverbial ("The following Monday evening, Yiannopoulos ..."). */
function sentenceOpener(tokens: Token[], lo: number, v: number): Attribution | null {
  const comma = tokens.slice(lo, Math.min(v, lo + 6)).findIndex((t) => isPunct(t, ","));
  // (Not before a relative clause: "Turkey, which occupies northern Cyprus, had insisted".)
  const relative = ["which", "who", "whose"].includes(tokens[lo + comma + 1]?.lower ?? "");
  // ("During Wednesday’s news conference, Smith thanked ...": past an opening prepositional phrase.)
  const prepositional = isWord(tokens[lo]) && (PREPOSITIONS.has(tokens[lo].lower) || ["during", "amid", "after", "before", "despite"].includes(tokens[lo].lower));
  const from = comma > 0 && !relative && (prepositional || !phraseForward(tokens, lo, lo + comma)) ? lo + comma + 1 : lo;
  const opening = phraseForward(tokens, from, v);
  return opening ? { phrase: opening.phrase, from, to: opening.end, how: "explicit" } : null;
}

/** Participles that name their object something: "..., calling it “plainly unconstitutional”". */
const NAMING_PARTICIPLES = new Set(["calling", "branding", "labelling", "labeling", "dubbing", "terming", "describing"]);

/**
 * "A federal judge blocked the law, calling it “plainly unconstitutional”", "..., describing the
 * plan as “reckless”": a naming participle with a short object right before the quotation puts the
 * words to the one opening the sentence (who may be unnamed).
 */
function namingParticipleBefore(tokens: Token[], k: number, lo: number): Attribution | null {
  const end = tokens[k - 1]?.lower === "as" ? k - 2 : k - 1;
  for (let v = end; v >= Math.max(lo + 1, end - 3); v -= 1) {
    if (!isWord(tokens[v])) return null;
    if (!NAMING_PARTICIPLES.has(tokens[v].lower)) continue;
    // ("describing" needs its "as": "describing “the worst day”" is no naming.)
    if (tokens[v].lower === "describing" && end === k - 1) return null;
    if (!isPunct(tokens[v - 1], ",") || v === end) return null;
    // (The clause after ", but" has its own subject: "Cyprus is a member, but Turkey ... had insisted ..., calling the issue a “red line”".)
    let from = lo;
    for (let c = v - 2; c > lo; c -= 1) if (["but", "while", "whereas"].includes(tokens[c].lower) && isPunct(tokens[c - 1], ",")) { from = c + 1; break; }
    // (A sentence opening with a quotation has its speaker after it: "“…,” Judge Amit Mehta wrote, calling it “…”".)
    if (tokens[from]?.kind === "quote") {
      let after = from;
      while (after < v - 1 && (tokens[after].kind === "quote" || tokens[after].kind === "punct")) after += 1;
      from = after;
    }
    // (Someone said the words even when the opener is no speaker phrase: "Turkey had insisted ...".)
    return sentenceOpener(tokens, from, v - 1) ?? { phrase: { kind: "vague" }, from: v, to: v + 1, how: "explicit" };
  }
  return null;
}

/**
 * Does tokens[lo, hi) hold quoted speech, as opposed to nothing quoted or only a short quoted name
 * or title (“La Violencia”, “Fargo,”: four words at most)?
 */
export function holdsQuotedSpeech(tokens: Token[], lo: number, hi: number): boolean {
  return tokens.slice(lo, hi).some((t) => t.kind === "quote" && (t.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length > 4);
}

/**
 * A quotation introduced by a colon after a sentence about someone: "Former mayor Rudy Giuliani
 * echoed the sentiment, but laid blame on President Obama: “…”". The named subject that opens the
 * sentence (followed by a lower-case verb) is the speaker. Returns null for other sentences.
 */
export function colonSubject(tokens: Token[], k: number, lo: number): Attribution | null {
  if (k - 1 <= lo || !isPunct(tokens[k - 1], ":")) return null;
  // A quoted title on the way ("Buckley, who phoned in from the set of “Fargo,” had ...:") is no speech.
  if (holdsQuotedSpeech(tokens, lo, k)) return null;
  // ("Here, Jerry picks up the story:": after a short opening adverb and its comma.)
  const opener = tokens.slice(lo, Math.min(k, lo + 4)).findIndex((t) => isPunct(t, ","));
  if (opener > 0 && SENTENCE_STARTERS.has(tokens[lo].lower) && tokens.slice(lo + 1, lo + opener).every((t) => isWord(t) && !isCapitalized(t))) lo += opener + 1;
  // ("In an interview with The Independent earlier this month, Murray appeared to suggest ..., saying:":
  // after an opening prepositional phrase and its comma.)
  const phraseEnd = tokens.slice(lo, Math.min(k, lo + 14)).findIndex((t) => isPunct(t, ","));
  if (phraseEnd > 1 && ["in", "at", "on", "during", "after", "before", "following", "despite", "speaking", "writing"].includes(tokens[lo].lower) && tokens.slice(lo, lo + phraseEnd).every((t, i) => isWord(t) && speechVerbEnd(tokens, lo + i) < 0)) {
    const after = phraseForward(tokens, lo + phraseEnd + 1, k - 1);
    if (after?.phrase.kind === "named" && after.phrase.run.kind === "PERSON" && isWord(tokens[after.end]) && !isCapitalized(tokens[after.end])) lo += phraseEnd + 1;
  }
  // ("And on Thursday Mr Blair is saying:": a conjunction and a time before the subject.)
  let timed = lo;
  while (timed < k - 1 && timed < lo + 5 && isWord(tokens[timed]) && (TIME_LEADS.has(tokens[timed].lower) || DAYS.has(tokens[timed].lower))) timed += 1;
  if (timed > lo && DAYS.has(tokens[timed - 1].lower)) lo = timed;
  const subject = phraseForward(tokens, lo, k - 1);
  const personalPronoun = subject?.phrase.kind === "pronoun" && ["M", "F"].includes(PRONOUNS[subject.phrase.pronoun]);
  if (!subject || (subject.phrase.kind !== "named" && !personalPronoun)) return null;
  // A caption's label ("Amazing experience: ‘…’", "A good day: ‘…’"): a capitalised word opening a
  // few words before the colon, no name the tagger is sure of, is no speaker.
  // ("Zoe shared: ‘…’" is a first name and a verb.)
  const label = subject.phrase.kind === "named" && !subject.phrase.run.confident && subject.phrase.run.nameTokens.length === 1 && k - 1 - lo <= 3;
  if (label && subject.phrase.kind === "named" && FIRST_NAMES[subject.phrase.run.nameTokens[0].toLowerCase()] === undefined && !/(ed|s)$/.test(tokens[subject.end]?.lower ?? "")) return null;
  // A caption naming the speaker and an age: "Photographer Abian Sacks, 27: ‘…’".
  if (subject.phrase.kind === "named" && isPunct(tokens[subject.end], ",") && /^\d{1,3}$/.test(tokens[subject.end + 1]?.text ?? "") && subject.end + 2 === k - 1) {
    return { phrase: subject.phrase, from: lo, to: subject.end, how: "explicit" };
  }
  // "Buckley, who phoned in from the set, had a similar experience:" — a relative clause after the name.
  const relative = isPunct(tokens[subject.end], ",") && ["who", "whose"].includes(tokens[subject.end + 1]?.lower ?? "");
  const verb = tokens[subject.end];
  if (!relative && (!isWord(verb) || isCapitalized(verb) || PREPOSITIONS.has(verb.lower) || ["and", "or", "of"].includes(verb.lower))) return null;
  return { phrase: subject.phrase, from: lo, to: subject.end, how: "explicit" };
}
