/**
 * People and organisations within one article: reading names and roles out of capitalised word
 * runs ("U.S. Secretary of State Rex Tillerson"), and a registry that merges every form of one
 * name ("Vladimir Putin", "President Putin", "Putin") into one entry.
 */

import {
  COUNTRY_NAMES,
  DEMONYMS,
  FIRST_NAMES,
  UNISEX_FIRST_NAMES,
  OFFICE_ABBREVIATIONS,
  lookupTable,
  HONORIFIC_GENDER,
  KNOWN_ORGANIZATIONS,
  KNOWN_FIRM_NAMES,
  MODIFIED_NOUNS,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  ORGANIZATION_HEADS,
  PARTY_MEMBERS,
  PERSON_DESCRIPTIONS,
  PLACE_HEADS,
  ROLE_MODIFIERS,
  SENTENCE_STARTERS,
  TITLE_WORDS,
  VAGUE_SOURCES,
  WEEKDAYS,
} from "./lexicon";
import type { Token } from "./quotes";
import { escapeRegExp } from "./text";
import type { AnalyzedPerson, SpeakerKind } from "./types";

export type Gender = "M" | "F";

/** What a run of capitalised words names. */
export interface NamedRun {
  /** Offsets (paragraph-relative, like the tokens) of the whole run, role included. */
  start: number;
  end: number;
  /** Offsets of the name part only. */
  nameStart: number;
  nameEnd: number;
  /** Name as written ("Rex Tillerson", "Russia's Foreign Ministry"); empty for a bare title. */
  name: string;
  nameTokens: string[];
  /** Role written before the name ("U.S. Secretary of State"), or null. */
  role: string | null;
  /** Single-word title or honorific directly before the name ("President", "Mr."), or null. */
  shortTitle: string | null;
  kind: SpeakerKind;
  /** Gender told by an honorific or gendered role ("Mr.", "spokeswoman"), or null. */
  gender: Gender | null;
  /** True when the run is certainly a person (a title or honorific before the name, a known first name). */
  confident: boolean;
  /** A peer's territorial designation written after the name ("of Worcester" of "Lord Faulkner of Worcester"). */
  territory?: string;
}

/** Titles of peers, who may be named with a territorial designation ("Baroness Hale of Richmond"). */
const PEER_TITLES = new Set(["lord", "lady", "baroness", "baron"]);

/** US states' abbreviations as datelines write them before their full stop ("Charleston, W. Va."). */
const STATE_ABBREVIATIONS = new Set("ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex vt va wash wis wyo".split(" "));

/** Short forms of organisations that are no initials of their names. */
const SHORT_FORMS: Record<string, string> = lookupTable({ fed: "federal reserve" });

/** Words after a firm's name that say it is a company ("Co", "Inc", "Group"). */
const COMPANY_SUFFIXES = new Set(["co", "inc", "corp", "corporation", "company", "group", "plc", "llc", "ltd", "holdings", "ag", "sa", "nv"]);

/** Broadcasters whose name opens the names of their channels and programmes. */
const BROADCASTERS = new Set(["bbc", "itv", "cnn", "nbc", "abc", "cbs", "cnbc", "msnbc", "npr", "pbs", "rte", "espn"]);

/** Places named for the bodies that work in them, which speak as organisations. */
const SEATS_OF_POWER = new Set(["downing street", "scotland yard", "number 10", "no 10", "no. 10", "capitol hill", "the elysee", "elysee palace", "blue house", "buckingham palace", "kensington palace", "clarence house", "lambeth palace"]);

/** Honorifics written with a first name rather than a surname ("Sir Keith", "Dame Judi"). */
const FIRST_NAME_HONORIFICS = new Set(["sir", "dame"]);

/** Letters written after a name that are honours or offices, not part of it. */
const POST_NOMINALS = new Set(["qc", "kc", "sc", "mp", "msp", "mep", "td", "mla", "am", "ms", "jp", "obe", "mbe", "cbe", "kbe", "dbe", "kcb", "frs", "phd"]);

const normalizeWord = (word: string): string => word.toLowerCase().replace(/’/g, "'");
/** A surname whose particle is written small and joined on: "Blair duQuesnay", "Bill deBlasio". */
export const SMALL_PARTICLE_SURNAME = /^(du|de|da|di|del|van|von)\p{Lu}\p{Ll}{2,}$/u;
export const isCapitalized = (token: Token): boolean => token.kind === "word" && (/^\p{Lu}/u.test(token.text) || SMALL_PARTICLE_SURNAME.test(token.text));
const isTitleWord = (token: Token): boolean => token.surname !== true && TITLE_WORDS.has(normalizeWord(token.text));
const isPossessive = (token: Token): boolean => /['’]s?$/i.test(token.text) && /['’]/.test(token.text);
/** Initials with a small letter for a minor word ("DfT", "MoD", "DoJ"): a body's, like capitals alone. */
const MIXED_ACRONYM = /^(?:\p{Lu}\p{Ll}\p{Lu}\p{Lu}?|\p{Lu}\p{Lu}\p{Ll}\p{Lu})$/u;
const isAcronym = (text: string): boolean => /^[\p{Lu}]{2,6}$/u.test(text) || /^(\p{Lu}\.){2,}$/u.test(text) || MIXED_ACRONYM.test(text);
const isInitial = (text: string): boolean => /^\p{Lu}\.$/u.test(text);

/** Words that may sit inside a run between capitalised words (“Secretary of State”, "al-Assad"). */
function isRunConnector(token: Token): boolean {
  const lower = normalizeWord(token.text);
  return lower === "of" || lower === "for" || lower === "and" || lower === "in" || NAME_PARTICLES.has(lower);
}

/** A lower-case name particle ("van", "der", "de", "la"). */
function isParticle(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && !isCapitalized(token) && NAME_PARTICLES.has(normalizeWord(token.text));
}

/** Lower-case words that can be part of a role before a name ("press secretary", "spokesman"). */
function isLowerRoleWord(token: Token): boolean {
  if (token.kind !== "word" || isCapitalized(token)) return false;
  const lower = normalizeWord(token.text);
  return TITLE_WORDS.has(lower) || (ROLE_MODIFIERS.has(lower) && !["of", "for", "and", "the", "in", "at"].includes(lower));
}

/** Words whose number is part of the name: "Number 10", "Channel 4", "Radio 4", "Formula 1". */
const NUMBERED_NAMES = new Set(["number", "channel", "radio", "formula"]);

/** Is tokens[k] the number of a numbered name ("Channel 4"), the word before it capitalised? */
export function isNameNumber(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return /^\d{1,2}$/.test(tokens[k]?.text ?? "") && before !== undefined && isCapitalized(before) && NUMBERED_NAMES.has(normalizeWord(before.text)) && (normalizeWord(before.text) !== "number" || tokens[k].text === "10");
}

/**
 * Collects the maximal run of name/role tokens starting at `from` going forward: capitalised words,
 * lower-case role words, and connectors (of, for, and, in, name particles) followed by more of them.
 * Returns the index after the run (== from when there is none).
 */
export function runEndForward(tokens: Token[], from: number): number {
  let i = from;
  let end = from;
  while (i < tokens.length) {
    const token = tokens[i];
    // ("Johnson & Johnson", "Procter & Gamble Co.": an ampersand between capitalised words goes on with the name.)
    if (token.text === "&" && end > from && isCapitalized(tokens[i - 1]) && tokens[i + 1]?.kind === "word" && isCapitalized(tokens[i + 1])) {
      i += 1;
      continue;
    }
    if (token.kind !== "word") break;
    if (isCapitalized(token) || isLowerRoleWord(token)) {
      i += 1;
      end = i;
      // ("Number 10 said": the seat of the prime minister's office, with its number.)
      if (isNameNumber(tokens, i)) end = i = i + 1;
      continue;
    }
    // ("American Airlines and United Airlines" are two names: "and" after an organisation's head word ends the run;
    // so does "and" after a titled full name: "Chancellor Paul Redfern and Home Secretary Richard Alcott".)
    const afterHead = normalizeWord(token.text) === "and" && (ORGANIZATION_HEADS.has(normalizeWord(tokens[i - 1]?.text ?? "")) || endsTitledFullName(tokens, from, i));
    if (isRunConnector(token) && !afterHead && end > from && i + 1 < tokens.length && (isCapitalized(tokens[i + 1]) || isLowerRoleWord(tokens[i + 1]))) {
      i += 1;
      continue;
    }
    // "of the" or "for the" before a capitalised word goes on with the run in two cases.
    // ("the Committee for a Responsible Federal Budget", "Citizens for a Sound Economy": "for a" inside a body's name.)
    if (normalizeWord(token.text) === "for" && end > from && normalizeWord(tokens[i + 1]?.text ?? "") === "a" && isCapitalized(tokens[i + 2] ?? token) && isCapitalized(tokens[i + 3] ?? token) && (ORGANIZATION_HEADS.has(normalizeWord(tokens[i - 1].text)) || i - 1 === from) && isCapitalized(tokens[i - 1])) {
      i += 2;
      continue;
    }
    if (["of", "for"].includes(normalizeWord(token.text)) && end > from && tokens[i + 1]?.kind === "word" && normalizeWord(tokens[i + 1].text) === "the" && i + 2 < tokens.length && isCapitalized(tokens[i + 2])) {
      // "Leader of the Commons Oliver Heald", "Chancellor of the Exchequer Gordon Brown": after an
      // office, when a first name follows the body.
      const officeOfBody = isTitleWord(tokens[i - 1]) && OFFICE_OBJECTS.has(normalizeWord(tokens[i + 2].text)) && FIRST_NAMES[normalizeWord(tokens[i + 3]?.text ?? "")] !== undefined;
      // ("the Institute for the Study of War", "the International Committee of the Red Cross": after a
      // body's head word, the body's name goes on; not after an office of a body: "the Chief of Police
      // for the Kyiv region".)
      const bodyName = !isTitleWord(tokens[from]) && ORGANIZATION_HEADS.has(normalizeWord(tokens[i - 1].text)) && isCapitalized(tokens[i - 1]) && FIRST_NAMES[normalizeWord(tokens[i + 2].text)] === undefined;
      if (officeOfBody || bodyName) {
        i += 2;
        continue;
      }
    }
    // Two name particles in a row: "Frank van der Post", "Ursula von der Leyen", "de la Cruz".
    if (isParticle(token) && end > from && isParticle(tokens[i + 1]) && i + 2 < tokens.length && isCapitalized(tokens[i + 2])) {
      i += 2;
      continue;
    }
    break;
  }
  return end;
}

/**
 * Do tokens[from, and) end with a first name and a surname after a title ("Chancellor Paul Redfern")?
 * Then an "and" at tokens[and] joins two people, not two words of one name or office.
 */
function endsTitledFullName(tokens: Token[], from: number, and: number): boolean {
  if (and - from < 3 || !isCapitalized(tokens[and - 1]) || FIRST_NAMES[normalizeWord(tokens[and - 2].text)] === undefined) return false;
  return tokens.slice(from, and - 2).some((t) => isTitleWord(t));
}

/** Like `runEndForward` but going backward from `last` (inclusive); returns the run's first index. */
export function runStartBackward(tokens: Token[], last: number): number {
  let i = last;
  let start = last + 1;
  while (i >= 0) {
    const token = tokens[i];
    if (token.text === "&" && start <= last && start === i + 1 && isCapitalized(tokens[i + 1]) && tokens[i - 1]?.kind === "word" && isCapitalized(tokens[i - 1])) {
      i -= 1;
      continue;
    }
    if (token.kind !== "word") break;
    if (isCapitalized(token) || isLowerRoleWord(token)) {
      start = i;
      i -= 1;
      continue;
    }
    if (isRunConnector(token) && start <= last && i - 1 >= 0 && (isCapitalized(tokens[i - 1]) || isLowerRoleWord(tokens[i - 1])) && !(normalizeWord(token.text) === "and" && endsTitledFullName(tokens, runStartBackward(tokens, i - 1), i))) {
      i -= 1;
      continue;
    }
    if (normalizeWord(token.text) === "the" && start <= last && OFFICE_OBJECTS.has(normalizeWord(tokens[i + 1]?.text ?? "")) && FIRST_NAMES[normalizeWord(tokens[i + 2]?.text ?? "")] !== undefined && i - 2 >= 0 && ["of", "for"].includes(normalizeWord(tokens[i - 1].text)) && isTitleWord(tokens[i - 2])) {
      i -= 2;
      continue;
    }
    if (isParticle(token) && start <= last && isParticle(tokens[i - 1]) && i - 2 >= 0 && isCapitalized(tokens[i - 2])) {
      i -= 2;
      continue;
    }
    break;
  }
  return start;
}

/** Nouns an appositive calls a body by ("…, an organization of influencers"). */
const APPOSITIVE_BODIES = new Set(["organization", "organisation", "group", "coalition", "alliance", "campaign", "charity", "nonprofit", "non-profit", "network", "collective", "movement"]);

/** Nouns for a part or a group of something, which "of" and a name follow at a sentence's start ("Shares of Mosaic Co."). */
const PART_NOUNS = new Set(["shares", "stock", "members", "officials", "parts", "most", "some", "many", "all", "none", "each", "both", "residents", "supporters", "fans", "staff", "employees", "workers", "investors", "customers", "owners", "users"]);

/** Conjunctions that open a clause and are never a first name ("Once Simmons was able to speak"). */
const CLAUSE_OPENERS = new Set(["once", "although", "though", "unless", "until", "because", "whether", "whereas", "while", "whilst"]);

/** Heads of bodies that are hardly ever a surname ("Union", "Council"), unlike "Post" or "Church". */
const BODY_HEADS = new Set(["union", "unions", "party", "council", "committee", "commission", "ministry", "department", "agency", "association", "institute", "university", "college", "corporation", "foundation", "federation", "alliance", "coalition", "movement", "league", "society", "trust", "authority", "board", "bureau", "confederation"]);

/** Second words of club names, whose first word alone also names the club ("Leeds United" → "Leeds"). */
export const CLUB_SUFFIXES = new Set(["united", "city", "hotspur", "rovers", "athletic", "wanderers", "albion", "rangers"]);

/** Bodies named after "of the" inside an office's title ("Leader of the Commons", "Chancellor of the Exchequer"). */
const OFFICE_OBJECTS = new Set(["house", "commons", "lords", "exchequer", "treasury", "senate", "opposition", "interior", "navy", "army", "air", "court", "assembly"]);

/** Words after "of"/"for" that still belong to a title ("Secretary of State", "Minister for Foreign Affairs"). */
const TITLE_OBJECT_WORDS = new Set([
  "state", "defense", "defence", "homeland", "security", "justice", "health", "commerce", "energy", "labor", "labour",
  "education", "agriculture", "transportation", "transport", "treasury", "interior", "veterans", "affairs", "staff",
  "foreign", "finance", "the", "trade", "housing", "charge", "exchequer", "police", "communications", "information",
  "procurement", "environment", "culture", "media", "sport", "work", "works", "pensions", "employment", "industry",
  "science", "technology", "innovation", "schools", "women", "equalities", "immigration", "planning", "development",
  "europe", "africa", "asia", "policy", "public", "services", "local", "government", "northern", "ireland", "scotland",
  "wales", "constitutional", "digital", "business", "enterprise", "children", "families", "transportation", "tourism",
  "commons", "house", "lords", "senate", "assembly", "parliament", "council", "cabinet", "opposition", "party",
]);

/** Nationality words that are also given names ("Scot Peterson", "Dane Cook", "Brit Marling", "Tory Burch"). */
const GIVEN_NAME_DEMONYMS = new Set(["scot", "dane", "brit", "finn", "tory"]);

/**
 * Reads tokens[from, to) as a role and/or a name. Returns null when the run names nothing
 * (only sentence-starting words, days, places). `atSentenceStart` lets a leading "The"/"But" go.
 */
/** A US party and state tag written after a legislator's name: "R-Pa.", "D-Calif.", "R-Texas", "D-N.Y.", "I-Vt.". */
export const PARTY_STATE_TAG = /^[RDI]-[A-Z][A-Za-z.]*$/;

/** A name made an adjective: "Gothenburg-based", "Kremlin-controlled". */
const PLACE_ADJECTIVE = /^\p{Lu}[\p{L}.]*-(based|born|bred|owned|backed|run|headquartered|controlled|funded|linked|affiliated|aligned|allied|sponsored|supported)$/u;

export function readRun(tokens: Token[], from: number, to: number, atSentenceStart: boolean): NamedRun | null {
  // ("Rep. Guy Reschenthaler, R-Pa., said": a party and state tag is nobody's name.)
  if (to - from === 1 && PARTY_STATE_TAG.test(tokens[from].text)) return null;
  let first = from;
  // ("Facebook-owner Meta", "Google-owner Alphabet": a business's owner named by what it owns is a business.)
  const ownerOf = first + 1 < to && /^\p{Lu}[\p{L}\p{N}.&]*-(owner|parent|maker)$/u.test(tokens[first].text);
  if (ownerOf) first += 1;
  // Leading words that are not part of any name ("The", sentence starters, lower-case role modifiers stay).
  while (first < to) {
    const lower = normalizeWord(tokens[first].text);
    if (lower === "the" || lower === "a" || lower === "an" || ((atSentenceStart || first > from) && SENTENCE_STARTERS.has(lower) && !TITLE_WORDS.has(lower))) first += 1;
    // ("On Thursday Mr Blair said": a day before a name is no part of it, nor a role.)
    else if (WEEKDAYS.has(lower) && first + 1 < to) first += 1;
    // ("“No’s!” Once Simmons was able to speak": a conjunction opening a clause is no first name.)
    else if (CLAUSE_OPENERS.has(lower) && first + 1 < to) first += 1;
    // ("Farmer John Hughes, 58, has won": an occupation opening the sentence before a first name is no part of the name.)
    else if (first === from && atSentenceStart && first + 1 < to && lower in PERSON_DESCRIPTIONS && !TITLE_WORDS.has(lower) && FIRST_NAMES[normalizeWord(tokens[first + 1].text)] !== undefined) first += 1;
    else if (isRunConnector(tokens[first]) && !isCapitalized(tokens[first])) first += 1;
    // ("Gothenburg-based employee, Camilla Emring": a place made an adjective is no part of a name.)
    else if (PLACE_ADJECTIVE.test(tokens[first].text)) first += 1;
    // ("Shares of PPG Industries Inc. fell": a common noun and "of" opening the sentence are no part of the name.)
    else if (first === from && atSentenceStart && first + 2 < to && PART_NOUNS.has(lower) && normalizeWord(tokens[first + 1].text) === "of") first += 2;
    else break;
  }
  // ("New York-based Goldman", "Hong Kong-based Cathay": a place of several words made an adjective
  // is no part of the name either.)
  for (let k = first + 1; k + 1 < to; k++) if (PLACE_ADJECTIVE.test(tokens[k].text) && tokens.slice(first, k).every(isCapitalized)) first = k + 1;
  let last = to;
  // Trailing lower-case words that are no role ("President Ashraf Ghani first announced": "first"), and connectors.
  // ("Trump's first anti-Batchelder user": after a possessive the words describe someone else; keep them.)
  while (last > first && !isCapitalized(tokens[last - 1]) && !isNameNumber(tokens, last - 1) && (isRunConnector(tokens[last - 1]) || (!isTitleWord(tokens[last - 1]) && !ORGANIZATION_HEADS.has(normalizeWord(tokens[last - 1].text)) && last - 1 > first && isCapitalized(tokens[last - 2]) && !isPossessive(tokens[last - 2])))) last -= 1;
  if (first >= last) return null;
  const run = tokens.slice(first, last);
  // "Officials said", "Witnesses told": a vague source capitalised only by the sentence start.
  if (run.length === 1 && first === from && atSentenceStart && VAGUE_SOURCES.has(normalizeWord(run[0].text))) return null;

  // Split role from name at the last title word (with an "of State"-style object after it).
  // ("Leicester director of rugby Dean Rutherford": a title word that is also a first name, before a
  // lone surname and after no article, is the first name.)
  const firstNameTitle = (index: number): boolean =>
    FIRST_NAMES[normalizeWord(run[index].text)] !== undefined && index === run.length - 2 && isCapitalized(run[index + 1]) && !isTitleWord(run[index + 1]) && (index > 0 ? !isCapitalized(run[index - 1]) : !["the", "a", "an"].includes(normalizeWord(tokens[first - 1]?.text ?? "")));
  let titleIndex = -1;
  // ("Bank of England governor Mervyn King": after a known first name, a title word ending the run is a surname.)
  const surnameTitle = (index: number): boolean => index === run.length - 1 && index > 0 && FIRST_NAMES[normalizeWord(run[index - 1].text)] !== undefined && isCapitalized(run[index - 1]) && !isTitleWord(run[index - 1]);
  run.forEach((token, index) => {
    if (isTitleWord(token) && !firstNameTitle(index) && !surnameTitle(index)) titleIndex = index;
  });
  let nameFrom = 0;
  if (titleIndex >= 0) {
    nameFrom = titleIndex + 1;
    while (nameFrom < run.length && ["of", "for"].includes(normalizeWord(run[nameFrom].text))) {
      let j = nameFrom + 1;
      while (j < run.length && TITLE_OBJECT_WORDS.has(normalizeWord(run[j].text))) j += 1;
      if (j === nameFrom + 1) {
        // ("Chief Inspector of Prisons Anne Holroyd", "Assistant coroner for Pembrokeshire Catrin
        // Howells": the office's object, then the name: from a known first name, else the last two words.)
        const rest = run.slice(nameFrom + 1);
        // (Not when the words end in a body's head: "president of Green Century Capital Management".)
        if (rest.length >= 3 && rest.every((t) => isCapitalized(t) && !isTitleWord(t)) && !ORGANIZATION_HEADS.has(normalizeWord(rest[rest.length - 1].text))) {
          const known = rest.findIndex((t, i) => i >= 1 && i <= rest.length - 2 && FIRST_NAMES[normalizeWord(t.text)] !== undefined);
          nameFrom = nameFrom + 1 + (known >= 0 ? known : rest.length - 2);
        }
        break;
      }
      nameFrom = j;
    }
  } else {
    // "American Airlines' Kent Powell": a possessive ends a modifier before the name.
    const possessiveAt = run.findIndex((token, index) => index < run.length - 1 && isPossessive(token));
    if (possessiveAt >= 0 && !run.slice(possessiveAt + 1).some((t) => ORGANIZATION_HEADS.has(normalizeWord(t.text)))) nameFrom = possessiveAt + 1;
  }
  let nameTokens = run.slice(nameFrom);
  // A name never contains connectors such as "and"/"of": keep only the first name-like stretch.
  const stop = nameTokens.findIndex((t) => ["and", "of", "for", "in"].includes(normalizeWord(t.text)));
  // ("Lord Faulkner of Worcester": a peer's territorial designation is how the peer is named in full.)
  let territory: string | undefined;
  if (stop > 0 && normalizeWord(nameTokens[stop].text) === "of" && titleIndex >= 0 && PEER_TITLES.has(normalizeWord(run[titleIndex].text))) {
    const place = nameTokens.slice(stop + 1);
    if (place.length > 0 && place.length <= 3 && place.every((t) => isCapitalized(t))) territory = `of ${place.map((t) => t.text).join(" ")}`;
  }
  if (stop >= 0) nameTokens = nameTokens.slice(0, stop);
  // Post-nominal letters ("Robert Jay QC", "Jane Doe MP") are not part of the name.
  while (nameTokens.length > 1 && POST_NOMINALS.has(normalizeWord(nameTokens[nameTokens.length - 1].text).replace(/\.$/, ""))) nameTokens = nameTokens.slice(0, -1);
  const roleTokens = run.slice(0, titleIndex >= 0 ? nameFrom : 0);

  const allText = (list: Token[]) => (list.length === 0 ? "" : list.map((t) => t.text).join(" "));
  const lowerWords = run.map((t) => normalizeWord(t.text));

  // ("the PM said", "the CM said": an office written as initials is a bare title, no organisation.)
  if (run.length === 1 && OFFICE_ABBREVIATIONS[normalizeWord(run[0].text)] !== undefined && /^\p{Lu}+$/u.test(run[0].text)) {
    return { start: run[0].start, end: run[0].end, nameStart: run[0].end, nameEnd: run[0].end, name: "", nameTokens: [], role: run[0].text, shortTitle: null, kind: "PERSON", gender: null, confident: false };
  }
  // Organisations: a head word ("Ministry", "Department"), a known name, or an acronym, with no person name after a title.
  // ("Premier League", "Supreme Court": a title word before an organisation's head word alone names no one.)
  // ("Transport and General Workers Union": a title word inside a body's name, "General", leaves a body, not a person "Workers Union".)
  const bodyAfterTitle =
    (nameTokens.length >= 2 && BODY_HEADS.has(normalizeWord(nameTokens[nameTokens.length - 1].text)) && FIRST_NAMES[normalizeWord(nameTokens[0].text)] === undefined) ||
    // ("National Association of Head Teachers": a body's head before the title word "Head".)
    (nameTokens.length >= 1 && titleIndex > 0 && run.slice(0, titleIndex).some((t) => isCapitalized(t) && BODY_HEADS.has(normalizeWord(t.text))) && FIRST_NAMES[normalizeWord(nameTokens[0].text)] === undefined && nameTokens.every((t) => isCapitalized(t)));
  const headAfterTitle = (nameTokens.length === 1 && ORGANIZATION_HEADS.has(normalizeWord(nameTokens[0].text))) || bodyAfterTitle;
  // ("General Motors Co", "Goldman Sachs Group Inc": a known firm's name with a company suffix after it.)
  const plainWords = lowerWords.map((w) => w.replace(/'s$/, "").replace(/\.$/, ""));
  const knownFirm = [2, 3].some((n) => n <= plainWords.length && KNOWN_FIRM_NAMES.has(plainWords.slice(0, n).join(" ")) && plainWords.slice(n).every((w) => COMPANY_SUFFIXES.has(w)));
  const hasTitleWithName = titleIndex >= 0 && nameTokens.length > 0 && !headAfterTitle && !knownFirm && nameTokens.every((t) => isCapitalized(t) || NAME_PARTICLES.has(normalizeWord(t.text)));
  // (Not a surname after a particle: "Frank van der Post".)
  // (A club's second word makes a club only after a place: "Leeds United", not "United" alone, which may be United Airlines.)
  // ("New York University's Aswath Damodaran": a body in the possessive before a name is no head of the run.)
  const ownerEnd = titleIndex < 0 ? nameFrom - 1 : -1;
  // ("Johnson & Johnson", "Oiltanking Deutschland GmbH & Co. KG": names joined by an ampersand are a firm's.)
  const ampersand = run.some((t, i) => t.text === "&" && i > 0 && i < run.length - 1);
  const orgHead = ampersand || lowerWords.some((w, i) => i > ownerEnd && ORGANIZATION_HEADS.has(w.replace(/'s$/, "")) && !isParticle(run[i - 1]) && !(i === 0 && CLUB_SUFFIXES.has(w)) && (i > 0 || run.length === 1 || lowerWords[1] === "of" || lowerWords[1] === "for" || w === "kremlin" || w === "pentagon"));
  // ("Downing Street", "Scotland Yard", "Number 10": places that speak for the body in them.)
  const seatOfPower = SEATS_OF_POWER.has(lowerWords.map((w) => w.replace(/'s$/, "")).join(" "));
  // ("Gen-Z for Change, an organization of influencers", "Doctors for Camp Closure, a group of
  // physicians": a name with "for" inside that an appositive calls a body is the body's whole name.)
  const forBody = titleIndex < 0 && lowerWords.includes("for") && isCapitalized(run[run.length - 1]) && normalizeWord(tokens[last]?.text ?? "") === "," && ["a", "an"].includes(normalizeWord(tokens[last + 1]?.text ?? "")) && APPOSITIVE_BODIES.has(normalizeWord(tokens[last + 2]?.text ?? ""));
  // ("P&O Ferries", "AT&T": an ampersand inside a name is a firm's.)
  // ("T-Mobile", "E-Trade": one capital, a hyphen and a word make a brand, never a person's name.)
  // ("BBC Sport", "BBC Five Live", "ITV News": a broadcaster's name opening the run names one of its outlets.)
  const broadcasterOutlet = run.length >= 2 && run.length <= 4 && BROADCASTERS.has(lowerWords[0]) && titleIndex < 0;
  const knownOrg = seatOfPower || ownerOf || forBody || broadcasterOutlet || knownFirm || run.some((t) => /\p{Lu}&\p{Lu}/u.test(t.text)) || (run.length === 1 && /^\p{Lu}-\p{Lu}\p{Ll}{3,}$/u.test(run[0].text)) || (run.length <= 3 && run.every((t) => KNOWN_ORGANIZATIONS.has(normalizeWord(t.text).replace(/'s$/, ""))));
  // "a Pentagon spokesman", "the Foreign Ministry official": a person's role that names the organisation.
  // ("The Conservative Party Co Chairman said": a capitalised office after the body is a person's too.)
  // ("Ministry of Justice", "Centre for Youth Justice": a body's head and its "of"/"for" come first; a title word ending its name is no role.)
  const bodyOfSomething = run.length > 2 && ORGANIZATION_HEADS.has(lowerWords[0]) && !isTitleWord(run[0]) && ["of", "for"].includes(lowerWords[1]) && isCapitalized(run[run.length - 1]);
  const endsInRole = run.length > 1 && !bodyOfSomething && isTitleWord(run[run.length - 1]) && (!isCapitalized(run[run.length - 1]) || !ORGANIZATION_HEADS.has(lowerWords[run.length - 1]));
  // ("spokesman for Leeds City Council": a role for a body is a person's role, with no name.)
  // ("founder and chairman of Icahn Enterprises": two roles joined by "and" before it too.)
  let roleEnd = 0;
  while (roleEnd < run.length && !isCapitalized(run[roleEnd]) && (isTitleWord(run[roleEnd]) || (roleEnd > 0 && lowerWords[roleEnd] === "and" && isTitleWord(run[roleEnd + 1] ?? run[roleEnd])))) roleEnd += 1;
  // ("the Chief of Police for the Kyiv region": a capitalised office of a body too, when the office is no body itself.)
  const capitalisedOffice = isCapitalized(run[0]) && isTitleWord(run[0]) && !ORGANIZATION_HEADS.has(lowerWords[0]) && run.length > 2 && ["for", "of"].includes(lowerWords[1]);
  const roleForBody = (isTitleWord(run[0]) && !isCapitalized(run[0]) && run.length > roleEnd + 1 && roleEnd > 0 && ["for", "of", "at"].includes(lowerWords[roleEnd])) || capitalisedOffice;
  // ("University of Sydney economist Anita Kaur", "Bureau of Meteorology senior meteorologist Dean
  // Whitford": a lower-case occupation after the body, then a name, maybe titled ("Professor Anita
  // Kaur"), names that person.)
  const occupation = run.findIndex((t, i) => i > 0 && i >= run.length - 4 && i <= run.length - 3 && !isCapitalized(t) && !isRunConnector(t) && !["of", "for", "and", "the", "a", "an", "at", "in", "on"].includes(normalizeWord(t.text)) && run.slice(i + 1).every((n, k) => isCapitalized(n) && (k === 0 || !isTitleWord(n)) && !ORGANIZATION_HEADS.has(normalizeWord(n.text))) && !isTitleWord(run[run.length - 1]));
  if (occupation > 0 && !hasTitleWithName && orgHead) {
    const nameRun = readRun(tokens, first + occupation + 1, last, false);
    if (nameRun && nameRun.kind === "PERSON" && nameRun.nameTokens.length >= 2) {
      const roleText = allText(run.slice(0, occupation + 1));
      return { ...nameRun, start: run[0].start, role: roleText, confident: true };
    }
  }
  // ("Jane Cole of Barclays Capital said": a person's full name, then the firm they are of.)
  const ofAt = lowerWords.indexOf("of");
  if (titleIndex < 0 && (ofAt === 2 || ofAt === 3) && FIRST_NAMES[lowerWords[0]] !== undefined && !UNISEX_FIRST_NAMES.has(lowerWords[0]) && run.slice(0, ofAt).every((t) => isCapitalized(t) && !ORGANIZATION_HEADS.has(normalizeWord(t.text)))) {
    const person = readRun(tokens, first, first + ofAt, false);
    if (person && person.kind === "PERSON") return person;
  }
  if (!hasTitleWithName && !endsInRole && !roleForBody && (orgHead || knownOrg || (run.length === 1 && isAcronym(run[0].text) && !isTitleWord(run[0])))) {
    if (run.every((t) => !isCapitalized(t))) return null;
    // ("OKLAHOMA CITY (AP) —": words in capitals, a dateline or a shouted line, name no body either.)
    if (run.length >= 2 && run.every((t) => /^[\p{Lu}.'’&-]{2,}$/u.test(t.text) && !isInitial(t.text))) return null;
    const orgRun = run.filter((t, i) => i > 0 || isCapitalized(t));
    // ("the International Energy Agency's members": a body's head word in the possessive is the body's name without it.)
    const texts = orgRun.map((t) => t.text);
    const last = texts.length - 1;
    const possessiveHead = last > 0 && /['’]s$/.test(texts[last]) && ORGANIZATION_HEADS.has(normalizeWord(texts[last]).replace(/'s$/, ""));
    if (possessiveHead) texts[last] = texts[last].slice(0, -2);
    return {
      start: orgRun[0].start,
      end: orgRun[orgRun.length - 1].end,
      nameStart: orgRun[0].start,
      nameEnd: orgRun[orgRun.length - 1].end - (possessiveHead ? 2 : 0),
      name: texts.join(" "),
      nameTokens: texts,
      role: null,
      shortTitle: null,
      kind: "ORGANIZATION",
      gender: null,
      confident: true,
    };
  }

  // "the Scottish Executive", "the Northern Ireland Executive": a government, not an office.
  const lastToken = run[run.length - 1];
  if (nameTokens.length === 0 && run.length >= 2 && lastToken.text === "Executive" && (DEMONYMS.has(lowerWords[run.length - 2]) || NON_NAME_WORDS.has(lowerWords[run.length - 2]))) {
    return { start: run[0].start, end: lastToken.end, nameStart: run[0].start, nameEnd: lastToken.end, name: allText(run), nameTokens: run.map((t) => t.text), role: null, shortTitle: null, kind: "ORGANIZATION", gender: null, confident: true };
  }
  if (nameTokens.length === 0 || !nameTokens.every((t) => isCapitalized(t) || NAME_PARTICLES.has(normalizeWord(t.text)) || isNameNumber(tokens, tokens.indexOf(t)))) {
    if (titleIndex < 0) return null;
    // A bare title ("the Russian President"): no name, role only.
    return {
      start: run[0].start,
      end: run[run.length - 1].end,
      nameStart: run[run.length - 1].end,
      nameEnd: run[run.length - 1].end,
      name: "",
      nameTokens: [],
      role: allText(run),
      shortTitle: null,
      kind: "PERSON",
      gender: null,
      confident: false,
    };
  }
  // "Trump Tower", "Barclays Center", "Heathrow Airport" (or "& Tower" alone): a building or place,
  // not a person ("John Tower": after a known first name the word is a surname).
  const lastWord = normalizeWord(nameTokens[nameTokens.length - 1]?.text ?? "").replace(/['’]s$/, "");
  if (titleIndex < 0 && PLACE_HEADS.has(lastWord) && nameTokens[nameTokens.length - 1].surname !== true && FIRST_NAMES[normalizeWord(nameTokens[0].text)] === undefined) return null;
  // "W. Va.", "Louisville, Ky.": a US state's abbreviation with its full stop is a place.
  if (STATE_ABBREVIATIONS.has(normalizeWord(nameTokens[nameTokens.length - 1]?.text ?? "")) && tokens[last]?.text === "." && last === to) return null;
  // Names do not contain days, places or demonyms: keep what follows the last such word.
  // ("the Spaniard Rafael Nadal": a nationality before a name is no part of it; "Scot Peterson" keeps his first name.)
  const nonName = (t: Token, index: number): boolean => {
    const lower = normalizeWord(t.text).replace(/'s$/, "");
    // ("Scot Andy Mackay": before a known first name, even a demonym that is a given name is the demonym.)
    const beforeFirstName = index < nameTokens.length - 2 && FIRST_NAMES[normalizeWord(nameTokens[index + 1].text)] !== undefined;
    return t.surname !== true && (NON_NAME_WORDS.has(lower) || (index < nameTokens.length - 1 && DEMONYMS.has(lower) && (!GIVEN_NAME_DEMONYMS.has(lower) || beforeFirstName)));
  };
  const lastNonName = nameTokens.map(nonName).lastIndexOf(true);
  if (lastNonName >= 0) {
    nameTokens = nameTokens.slice(lastNonName + 1);
    if (nameTokens.length === 0) return null;
  }
  // A proper noun right before a common noun modifies it ("an East Flatbush resident", "Brooklyn
  // police"): a place or the like, not a person's name (unless a title says it is a person).
  const after = tokens[to];
  if (roleTokens.length === 0 && after !== undefined && after.kind === "word" && !isCapitalized(after) && MODIFIED_NOUNS.has(normalizeWord(after.text)) && last === to) return null;
  // Words in capitals ("SAN FRANCISCO", a dateline or a shouted word) are not read as a person's name.
  if (nameTokens.every((t) => /^[\p{Lu}.'’-]{2,}$/u.test(t.text) && !isInitial(t.text))) return null;
  // ("CSOs", "NGOs": a plural acronym is a group, nobody's name.)
  if (roleTokens.length === 0 && nameTokens.length === 1 && /^\p{Lu}{2,}s$/u.test(nameTokens[0].text)) return null;
  // ("Tory promises", "a Democrat senator": a party member's noun alone is nobody's name.)
  if (roleTokens.length === 0 && nameTokens.length === 1 && PARTY_MEMBERS.has(normalizeWord(nameTokens[0].text).replace(/'s$/, ""))) return null;
  // A possessive name is the person themselves ("Trump's" → "Trump").
  const cleaned = nameTokens.map((t) => t.text.replace(/['’]s$/i, "").replace(/['’]$/, ""));

  let role: string | null = null;
  let shortTitle: string | null = null;
  let gender: Gender | null = null;
  let weakGender = false;
  if (roleTokens.length > 0) {
    const words = roleTokens.map((t) => t.text);
    // "his Russian counterpart President Vladimir Putin" → "Russian President".
    const filtered = words.filter((w, i) => !(normalizeWord(w) === "counterpart" && i < words.length - 1));
    // Honorifics ("Sir", "Dr.") are part of how a name is written, not a role.
    const roleWords = filtered.filter((w) => !/^(mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady)\.?$/i.test(w));
    role = roleWords.length === 0 ? null : roleWords.join(" ");
    for (const w of filtered) {
      const g = HONORIFIC_GENDER[normalizeWord(w)];
      if (g) {
        gender = g;
        // ("Police Federation chairman Jan Berry ... she said": a "-man" office is held by women too; her first name tells.)
        weakGender = /man$/i.test(w);
      }
    }
    const lastRoleWord = roleTokens[roleTokens.length - 1];
    if (isCapitalized(lastRoleWord) && isTitleWord(lastRoleWord)) shortTitle = lastRoleWord.text;
  }
  const firstName = cleaned.length > 1 && !UNISEX_FIRST_NAMES.has(cleaned[0].toLowerCase()) ? FIRST_NAMES[cleaned[0].toLowerCase()] : undefined;
  if ((!gender || weakGender) && firstName) gender = firstName;
  else if (weakGender && cleaned.length > 1 && UNISEX_FIRST_NAMES.has(cleaned[0].toLowerCase())) gender = null;
  const hasInitial = cleaned.some((w) => isInitial(w));
  const confident = roleTokens.length > 0 || firstName !== undefined || (cleaned.length >= 2 && hasInitial);
  const firstNameToken = nameTokens[0];
  const lastNameToken = nameTokens[nameTokens.length - 1];
  return {
    start: (roleTokens[0] ?? firstNameToken).start,
    end: lastNameToken.end,
    nameStart: firstNameToken.start,
    nameEnd: lastNameToken.end - (lastNameToken.text.length - cleaned[cleaned.length - 1].length),
    name: cleaned.join(" "),
    nameTokens: cleaned,
    role,
    shortTitle,
    kind: "PERSON",
    gender,
    confident,
    ...(territory !== undefined && shortTitle !== null ? { territory } : {}),
  };
}

/** One entry of the registry: a person or organisation with everything learnt about them. */
export interface Entity {
  key: string;
  name: string;
  nameTokens: string[];
  aliases: string[];
  role: string | null;
  kind: SpeakerKind;
  firstMention: number;
  /** Body offsets of every mention, in reading order, with whether it was outside quotations. */
  mentions: { at: number; outsideQuotes: boolean; sentenceSubject: boolean; possessive?: boolean }[];
  genderVotes: { M: number; F: number };
  /** The honorific the article writes before the name ("Mrs" of "Mrs Staniforth"), when it does. */
  honorific?: string;
  /** Offsets of mentions of an organisation written with a plural verb ("Big Machine have denied"), British style. */
  pluralAt?: number[];
}

/** Common Korean family names, written first ("Kang Chun-hyuk", "Moon Jae-in"). */
const KOREAN_SURNAMES = new Set("kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin sin kwon hwang ahn an song yoo yu ryu hong jeon jun ko go moon mun yang son sohn bae baek paek heo hur nam noh roh ha kwak sung seong cha joo ju woo u min na jin ji chae won chun cheon bang gong hyun ham byun pyun yeom yeo chu do seok sun seol ma gil".split(" "));

/** Generational suffixes written after a surname ("James P. Kennedy Jr."). */
const NAME_SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

/** The surname of a name's folded words: the last one that is no suffix ("kennedy" of "james p. kennedy jr."). */
/** Is the folded name Korean, family name first, before a hyphenated given name ("Kang Chun-hyuk", "Kim Jong-un")? */
const familyFirst = (words: string[]): boolean => words.length === 2 && /^\p{L}+-\p{L}+$/u.test(words[1]) && KOREAN_SURNAMES.has(words[0]);

const surnameOf = (words: string[]): string => {
  if (familyFirst(words)) return words[0];
  let i = words.length - 1;
  // (Not down to a first name: "Jerry Jr." has no surname written.)
  while (i > 1 && NAME_SUFFIXES.has(words[i])) i -= 1;
  return words[i] ?? "";
};

/** Lower-cased with accents and the German "ue" spelling folded, so "Müller", "Muller" and "Mueller" agree. */
const foldName = (word: string): string => word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/(?<=\p{L})ue/gu, "u");
/** Folded words of a name; each distinct array is folded once (names are asked about at every mention). */
const foldedNames = new WeakMap<string[], { key: string; folded: string[] }>();
const lowerTokens = (tokens: string[]): string[] => {
  const key = tokens.join(" ");
  const cached = foldedNames.get(tokens);
  if (cached && cached.key === key) return cached.folded;
  const folded = tokens.map(foldName);
  foldedNames.set(tokens, { key, folded });
  return folded;
};

/**
 * Merges the forms of each name met in one article into one entity. Mentions must be added in
 * reading order (offsets increasing) for "most recent" look-ups to mean anything.
 */
export class PeopleRegistry {
  readonly entities: Entity[] = [];
  /** The article body the mentions' offsets point into (for reading what is written around a name). */
  body = "";
  /** Descriptions that attributions resolved to each entity ("the chancellor" → Gordon Brown), lower-case. */
  readonly descriptions = new Map<Entity, Set<string>>();
  /** Full names (lower-cased) known from outside the word lists to be people (see analyze.ts). */
  readonly knownPeople = new Set<string>();
  /** The proper noun the article names most often that is no one's name (its main company or body), if any. */
  dominantProperNoun: string | null = null;
  /** Gender the tagger gives a known full name by its first name ("Norman Ratcliffe" → M). */
  readonly knownGender = new Map<string, Gender>();
  /** Words (lower-cased) the article writes with a capital inside a sentence, where only a name takes one. */
  readonly capitalisedInside = new Set<string>();

  /**
   * Multi-word person names written anywhere in the article (name tokens as written), collected
   * before the article is read in order, so that a short form met first ("Salinas") already
   * resolves to the full name written later ("Guadalupe Salinas Hernández").
   */
  readonly fullNames: string[][] = [];
  /** Roles written before full names anywhere in the article ("Home Secretary Charles Clarke"), for descriptions met before the name. */
  readonly rolesOfFullNames: Array<{ role: string; run: NamedRun }> = [];

  /**
   * The one full name of the article that a shorter form belongs to, or null when there is none or
   * more than one. A short form is a trailing part of the full name ("Hernández", "Salinas
   * Hernández"), the first of two surnames ("Salinas" in a three-word name ending in a surname), or
   * a first name: after "Sir"/"Dame" ("Sir Keith"), or alone when no full name has it as a surname;
   * a form of several words may also be the leading part of a longer name ("Te Kaurinui").
   */
  private fullNameForms: { count: number; byLength: Map<number, ReadonlyArray<readonly [string, string[], string[]]>> } = { count: -1, byLength: new Map() };

  /**
   * The distinct full names longer than `words` words as [key, name as written, lower-cased words],
   * with a name that ends another one dropped ("Salinas Hernández" is part of "Guadalupe Salinas
   * Hernández": keep the longest form). Cached: it is asked for at every mention of a name.
   */
  private fullNamesLongerThan(words: number): ReadonlyArray<readonly [string, string[], string[]]> {
    if (this.fullNameForms.count !== this.fullNames.length) this.fullNameForms = { count: this.fullNames.length, byLength: new Map() };
    let forms = this.fullNameForms.byLength.get(words);
    if (!forms) {
      const distinct = new Map<string, string[]>();
      for (const full of this.fullNames) if (full.length > words) distinct.set(lowerTokens(full).join(" "), full);
      const keys = [...distinct.keys()];
      forms = [...distinct.entries()]
        .filter(([key]) => !keys.some((other) => other !== key && other.endsWith(` ${key}`)))
        .map(([key, full]) => [key, full, lowerTokens(full)] as const);
      this.fullNameForms.byLength.set(words, forms);
    }
    return forms;
  }

  fullNameFor(nameTokens: string[], firstNameForm: boolean, gender: Gender | null = null): string[] | null {
    const wanted = lowerTokens(nameTokens);
    if (wanted.length === 0) return null;
    const agrees = (full: string[]) => {
      if (gender === null) return true;
      const byName = this.nameGender(full);
      return byName === undefined || byName === gender;
    };
    const pick = (list: Array<[string, string[]]>) => {
      const fitting = list.filter(([, full]) => agrees(full));
      return fitting.length === 1 ? fitting[0][1] : null;
    };
    const folded = this.fullNamesLongerThan(wanted.length);
    if (wanted.length > 1) {
      const trailing = folded.filter(([, , f]) => f.slice(-wanted.length).join(" ") === wanted.join(" "));
      // A leading part of a longer name ("Te Kaurinui" of "Te Kaurinui Robert Parata") when no name ends with it.
      const leadingAll = folded.filter(([, , f]) => f.slice(0, wanted.length).join(" ") === wanted.join(" "));
      // "Te Kaurinui Robert" and "Te Kaurinui Robert Parata" are one name: keep the longest form.
      let leading = leadingAll.filter(([key]) => !leadingAll.some(([other]) => other !== key && other.startsWith(`${key} `)));
      // "Te Kaurinui Parata" and "Te Kaurinui Robert Parata" (a middle name left out) are one name too.
      if (leading.length > 1 && leading.every(([, , f]) => f[f.length - 1] === leading[0][2][leading[0][2].length - 1])) {
        leading = [leading.reduce((a, b) => (b[2].length > a[2].length ? b : a))];
      }
      return pick((trailing.length > 0 ? trailing : leading).map(([k, full]) => [k, full]));
    }
    const w = wanted[0];
    // ("Jerry" is Jerry Jones, not "Jerry Jr.", a name that only says it is not the father.)
    const withFirst = folded.filter(([, , f]) => f[0] === w);
    const withSurname = withFirst.filter(([, , f]) => !f.slice(1).every((t) => NAME_SUFFIXES.has(t)));
    const firstNames = (withSurname.length > 0 ? withSurname : withFirst).map(([k, full]) => [k, full] as [string, string[]]);
    if (firstNameForm) return pick(firstNames);
    const surnames = folded.filter(([, full, f]) => surnameOf(f) === w || (f.length === 3 && f[1] === w && /^\p{Lu}/u.test(full[2]))).map(([k, full]) => [k, full] as [string, string[]]);
    if (surnames.length > 0) return pick(surnames);
    return pick(firstNames);
  }

  /** How often each full name (folded, joined) is written, and the surnames of all of them; cached while `fullNames` does not grow. */
  private fullNameIndex: { count: number; written: Map<string, number>; surnames: Set<string> } = { count: -1, written: new Map(), surnames: new Set() };

  private indexOfFullNames(): { written: Map<string, number>; surnames: Set<string> } {
    if (this.fullNameIndex.count !== this.fullNames.length) {
      const written = new Map<string, number>();
      const surnames = new Set<string>();
      for (const full of this.fullNames) {
        const folded = lowerTokens(full);
        const key = folded.join(" ");
        written.set(key, (written.get(key) ?? 0) + 1);
        if (full.length > 1) surnames.add(surnameOf(folded));
      }
      this.fullNameIndex = { count: this.fullNames.length, written, surnames };
    }
    return this.fullNameIndex;
  }

  /** Is `word` the surname (last word) of some full name of the article? */
  private isSurname(word: string): boolean {
    const w = foldName(word);
    return this.indexOfFullNames().surnames.has(w) || this.entities.some((e) => e.kind === "PERSON" && e.nameTokens.length > 1 && surnameOf(lowerTokens(e.nameTokens)) === w);
  }

  /**
   * The entity a name refers to, if one is known (full name, surname, or initials agreeing; a first
   * name alone when one person has it and nobody has it as a surname). `firstNameForm` says the
   * single word is a first name ("Sir Keith").
   */
  find(nameTokens: string[], kind: SpeakerKind, gender: Gender | null = null, firstNameForm = false, titledForm: string | null = null): Entity | null {
    const wanted = lowerTokens(nameTokens);
    if (wanted.length === 0) return null;
    const candidates = this.entities.filter((entity) => {
      if (entity.kind !== kind) return false;
      const have = lowerTokens(entity.nameTokens);
      // "Mr Dowler" is not "Sally Dowler", nor "Mrs Staniforth" the "Mr Staniforth" met before: an
      // honorific's gender must agree with the person's.
      if (gender !== null && kind === "PERSON") {
        const known = this.gender(entity);
        if (known !== null && known !== gender) return false;
      }
      if (have.join(" ") === wanted.join(" ")) return true;
      if (entity.aliases.some((alias) => alias.toLowerCase() === wanted.join(" "))) return true;
      // ("the Federal Reserve" after "the Fed said": the long form of a short one met first.)
      if (kind === "ORGANIZATION") return SHORT_FORMS[have.join(" ")] === wanted.join(" ");
      const haveLast = surnameOf(have);
      const wantedLast = surnameOf(wanted);
      if (wanted.length === 1 && firstNameForm) return have[0] === wanted[0];
      // "Salinas" for "Guadalupe Salinas Hernández": the first of two surnames also names the person.
      if (wanted.length === 1) return haveLast === wantedLast || (have.length === 3 && have[1] === wantedLast && /^\p{Lu}/u.test(entity.nameTokens[2]));
      if (have.length === 1) return have[0] === wantedLast;
      if (haveLast !== wantedLast) return false;
      // Both have first names: they must agree (an initial agrees with its name).
      const compatible = (a: string, b: string) => a === b || (a.length === 2 && a.endsWith(".") && b.startsWith(a[0])) || (b.length === 2 && b.endsWith(".") && a.startsWith(b[0]));
      // ("Kang Na-ra" is not "Kang Chun-hyuk": a Korean name's given name comes second.)
      if (familyFirst(have) || familyFirst(wanted)) return have.length === wanted.length && compatible(have[1], wanted[1]);
      return compatible(have[0], wanted[0]) || have.includes(wanted[0]) || wanted.includes(have[0]);
    });
    if (candidates.length === 0 && wanted.length === 1 && kind === "PERSON" && !this.isSurname(wanted[0])) {
      // "Keith" after "Keith Joseph": a first name alone names the one person who has it.
      const byFirstName = this.entities.filter((e) => {
        if (e.kind !== "PERSON" || e.nameTokens.length < 2 || foldName(e.nameTokens[0]) !== wanted[0]) return false;
        const known = gender === null ? null : this.gender(e);
        return known === null || known === gender;
      });
      if (byFirstName.length === 1) return byFirstName[0];
      // "Misbah" after "Misbah-ul-Haq": the first part of a hyphenated single name.
      const byFirstPart = this.entities.filter((e) => e.kind === "PERSON" && e.nameTokens.length === 1 && foldName(e.nameTokens[0]).startsWith(`${wanted[0]}-`));
      if (byFirstPart.length === 1) return byFirstPart[0];
      // Several: the one the article names far more often ("Jerry Jones" over the stadium "Jerry World").
      if (byFirstName.length > 1) {
        const written = (e: Entity) => this.indexOfFullNames().written.get(lowerTokens(e.nameTokens).join(" ")) ?? 0;
        const ranked = byFirstName.map((e) => ({ e, n: written(e) })).sort((a, b) => b.n - a.n);
        if (ranked[0].n >= 2 * ranked[1].n + 1) return ranked[0].e;
      }
    }
    // "Big Machine" after "Big Machine Records": the leading words of an organisation's name; also
    // rather than a one-word name met before that merely ends the same way ("Clark Atlanta" after
    // "Clark Atlanta University", not "Atlanta").
    if (wanted.length >= 2 && (candidates.length === 0 || (kind === "PERSON" && candidates.every((e) => e.nameTokens.length === 1)))) {
      const leading = this.entities.filter((e) => e.kind === "ORGANIZATION" && e.nameTokens.length > wanted.length && lowerTokens(e.nameTokens.slice(0, wanted.length)).join(" ") === wanted.join(" "));
      if (leading.length === 1) return leading[0];
    }
    if (candidates.length === 0 && wanted.length === 1 && SHORT_FORMS[wanted[0]] !== undefined) {
      // "the Fed" after "the U.S. Federal Reserve".
      const long = SHORT_FORMS[wanted[0]];
      const byShortForm = this.entities.filter((e) => e.kind === "ORGANIZATION" && lowerTokens(e.nameTokens).join(" ").includes(long));
      if (byShortForm.length === 1) return byShortForm[0];
    }
    if (candidates.length === 0 && nameTokens.length === 1 && (kind === "ORGANIZATION" || MIXED_ACRONYM.test(nameTokens[0])) && (/^\p{Lu}{2,6}$/u.test(nameTokens[0]) || /^(\p{Lu}\.){2,6}$/u.test(nameTokens[0]) || MIXED_ACRONYM.test(nameTokens[0]))) {
      // "the DMV" after "California's Department of Motor Vehicles": an acronym of an organisation named
      // before; with its dots too, as the New York Times writes them ("the F.D.A.").
      const letters = nameTokens[0].replace(/\./g, "");
      // ("the DfT" after "the Department for Transport": a small letter for each minor word.)
      const everyInitial = (e: Entity) => e.nameTokens.map((t) => t[0]).join("");
      const byInitials = this.entities.filter((e) => e.kind === "ORGANIZATION" && (acronymOf(e.nameTokens).some((a) => a === letters) || (MIXED_ACRONYM.test(letters) && everyInitial(e) === letters)));
      if (byInitials.length === 1) return byInitials[0];
    }
    if (candidates.length === 0 && wanted.length === 1 && titledForm === null) {
      // (Not after a title: "Lord Justice Leveson" is no "Leveson Inquiry".)
      // "Mehr" after "the Mehr News Agency": an organisation's distinctive first word alone.
      const orgs = this.entities.filter((e) => e.kind === "ORGANIZATION" && e.nameTokens.length >= 2 && foldName(e.nameTokens[0]) === wanted[0] && e.nameTokens.slice(1).every((t) => ORGANIZATION_HEADS.has(t.toLowerCase()) || /^\p{Lu}/u.test(t)));
      if (orgs.length === 1) return orgs[0];
    }
    if (candidates.length === 0) return null;
    // Two Dowlers: "Mrs Dowler" is the one already called "Mrs Dowler", then the latest mentioned.
    if (candidates.length > 1 && titledForm !== null) {
      const sameForm = candidates.filter((e) => e.aliases.some((a) => a.toLowerCase() === titledForm.toLowerCase()));
      if (sameForm.length === 1) return sameForm[0];
    }
    return candidates.reduce((best, entity) => (lastMention(entity) > lastMention(best) ? entity : best));
  }

  /**
   * Records a mention of a named run at body offset `at`; creates the entity when `create` is true
   * and none matches. Returns the entity, or null when nothing matched and nothing was created.
   */
  /**
   * "Tottenham" where the article writes "Tottenham Hotspur" (before or after), "Leeds" beside
   * "Leeds United": a club's place name alone, with no title, is the club. Its full name, or null.
   */
  private clubNamed(run: NamedRun): string[] | null {
    if (run.nameTokens.length !== 1 || run.shortTitle !== null || run.role !== null) return null;
    const [word] = run.nameTokens;
    if (FIRST_NAMES[normalizeWord(word)] !== undefined) return null;
    // (Read once per word: mentions of the same word come again and again.)
    const known = this.clubsByWord.get(word);
    if (known !== undefined) return known;
    const written = new Set<string>();
    for (const m of this.body.matchAll(new RegExp(`\\b${escapeRegExp(word)} (\\p{Lu}\\p{Ll}+)\\b`, "gu"))) if (CLUB_SUFFIXES.has(normalizeWord(m[1]))) written.add(m[1]);
    const club = written.size === 1 ? [word, [...written][0]] : null;
    this.clubsByWord.set(word, club);
    return club;
  }

  /** Club names found for a word by `clubNamed`, or null when the body gives none. */
  private readonly clubsByWord = new Map<string, string[] | null>();

  mention(run: NamedRun, at: number, options: { create: boolean; outsideQuotes: boolean; sentenceSubject: boolean; possessive?: boolean }): Entity | null {
    if (run.nameTokens.length === 0) return null;
    // ("GR Wright & Sons' has also warned": a plural possessive's apostrophe is no part of the name.)
    const lastToken = run.nameTokens[run.nameTokens.length - 1];
    if (/s['’]$/.test(lastToken)) {
      const nameTokens = [...run.nameTokens.slice(0, -1), lastToken.slice(0, -1)];
      run = { ...run, nameTokens, name: run.name.replace(/['’]$/, "") };
    }
    const firstNameForm = run.nameTokens.length === 1 && run.shortTitle !== null && FIRST_NAME_HONORIFICS.has(normalizeWord(run.shortTitle).replace(/\.$/, ""));
    const titled = run.shortTitle !== null ? `${run.shortTitle} ${run.nameTokens.join(" ")}` : null;
    const written = run.nameTokens.join(" ");
    const club = this.clubNamed(run);
    if (club) run = { ...run, kind: "ORGANIZATION", name: club.join(" "), nameTokens: club, gender: null };
    // ("Jordan Pace has quit ... 'Everyone thinks I am mad,' Jordan said": a country's name that is the
    // first name of the one person the article names with it is that person.)
    if (run.kind === "ORGANIZATION" && run.nameTokens.length === 1 && COUNTRY_NAMES.has(normalizeWord(run.nameTokens[0]))) {
      const word = normalizeWord(run.nameTokens[0]);
      const people = new Set([...this.knownPeople, ...this.entities.filter((e) => e.kind === "PERSON").map((e) => lowerTokens(e.nameTokens).join(" "))].filter((name) => name.startsWith(`${word} `) && name.split(" ").length === 2));
      if (people.size === 1) run = { ...run, kind: "PERSON", name: run.nameTokens[0], role: null };
    }
    // ("Sainsbury's said" read as a person's possessive: the firm named so. "Airbnb says" after "booking
    // platform Airbnb": a name already known as a body's.)
    const shop = run.kind === "PERSON" && !run.confident && run.role === null ? this.entities.find((e) => e.kind === "ORGANIZATION" && e.name.toLowerCase().replace(/['’]s$/, "") === written.toLowerCase()) : undefined;
    let entity = shop ?? this.find(run.nameTokens, run.kind, run.gender, firstNameForm, titled);
    // ("the Bank said" after "the Bank of England": a body's head word alone is that body.)
    if (!entity && run.kind === "ORGANIZATION" && run.nameTokens.length === 1) {
      const word = run.nameTokens[0].toLowerCase();
      const bodies = this.entities.filter((e) => e.kind === "ORGANIZATION" && e.nameTokens.length >= 3 && e.nameTokens[0].toLowerCase() === word && ["of", "for"].includes(e.nameTokens[1].toLowerCase()));
      if (bodies.length === 1) entity = bodies[0];
    }
    // A short form whose full name the article writes somewhere (maybe only later) is that person.
    const full = run.kind === "PERSON" && (entity === null || entity.nameTokens.length <= run.nameTokens.length) ? this.fullNameFor(run.nameTokens, firstNameForm, run.gender) : null;
    // (The full name's own gender keeps "Dianne" → "Dianne Staniforth" off "Mr Staniforth".)
    if (full && !entity) entity = this.find(full, run.kind, run.gender ?? this.nameGender(full) ?? null);
    if (!entity) {
      // (A short form of a full name the article writes elsewhere is a person even where a bare
      // capitalised word would not be enough: "Fran worried ..." before "Fran Finney" is written.)
      if (!options.create && full === null) return null;
      const nameTokens = full ?? run.nameTokens;
      entity = {
        key: "",
        name: nameTokens.join(" "),
        nameTokens: [...nameTokens],
        aliases: [],
        role: run.role,
        kind: run.kind,
        firstMention: at,
        mentions: [],
        genderVotes: { M: 0, F: 0 },
      };
      this.entities.push(entity);
      addAlias(entity, written);
    } else {
      if (full && full.length > entity.nameTokens.length) {
        addAlias(entity, entity.name);
        entity.name = full.join(" ");
        entity.nameTokens = [...full];
        addAlias(entity, written);
      } else if (run.nameTokens.length > entity.nameTokens.length) {
        // A fuller form of the name: it becomes the name, the shorter one an alias.
        addAlias(entity, entity.name);
        entity.name = written;
        entity.nameTokens = [...run.nameTokens];
      } else if (written.toLowerCase() !== entity.name.toLowerCase()) {
        addAlias(entity, written);
      }
      if (entity.role === null && run.role !== null) entity.role = run.role;
    }
    if (run.shortTitle && run.nameTokens.length < entity.nameTokens.length) addAlias(entity, `${run.shortTitle} ${written}`);
    if (run.territory && run.shortTitle) addAlias(entity, `${run.shortTitle} ${written} ${run.territory}`);
    if (run.gender) entity.genderVotes[run.gender] += 3;
    if (run.gender && run.shortTitle && entity.honorific === undefined) entity.honorific = run.shortTitle;
    entity.mentions.push({ at, outsideQuotes: options.outsideQuotes, sentenceSubject: options.sentenceSubject, possessive: options.possessive });
    return entity;
  }

  /** Adds an organisation known only by a lower-case description ("the ministry"). */
  mentionDescribedOrganization(description: string, at: number): Entity {
    const existing = this.entities.find((e) => e.kind === "ORGANIZATION" && e.name.toLowerCase() === description.toLowerCase());
    if (existing) {
      existing.mentions.push({ at, outsideQuotes: true, sentenceSubject: true });
      return existing;
    }
    const entity: Entity = {
      key: "",
      name: description,
      nameTokens: description.split(" "),
      aliases: [],
      role: null,
      kind: "ORGANIZATION",
      firstMention: at,
      mentions: [{ at, outsideQuotes: true, sentenceSubject: true }],
      genderVotes: { M: 0, F: 0 },
    };
    this.entities.push(entity);
    return entity;
  }

  /** The gender a full name's first name tells (the lexicon's, else the name tagger's); none for a unisex first name ("Jan Berry"). */
  nameGender(nameTokens: string[]): Gender | undefined {
    const first = nameTokens[0].toLowerCase();
    if (UNISEX_FIRST_NAMES.has(first)) return undefined;
    return FIRST_NAMES[first] ?? this.knownGender.get(nameTokens.join(" ").toLowerCase());
  }

  /** The gender the article gives the entity, or null when it does not tell. */
  gender(entity: Entity): Gender | null {
    const { M, F } = entity.genderVotes;
    const byName = entity.nameTokens.length > 1 ? this.nameGender(entity.nameTokens) : undefined;
    const m = M + (byName === "M" ? 2 : 0);
    const f = F + (byName === "F" ? 2 : 0);
    if (m > f) return "M";
    if (f > m) return "F";
    return null;
  }

  /** Is the word the last name of a full name the name tagger found anywhere in the article ("Trump" for "Donald Trump")? */
  isKnownSurname(word: string): boolean {
    const suffix = ` ${word.toLowerCase()}`;
    for (const name of this.knownPeople) if (name.endsWith(suffix)) return true;
    return false;
  }

  /**
   * Is the entity's gender only the name tagger's guess from a first name our list does not hold
   * ("Dani", "Jody"), with nothing in the text (a pronoun, a title) telling it?
   */
  genderGuessedOnly(entity: Entity): boolean {
    const { M, F } = entity.genderVotes;
    return M === 0 && F === 0 && entity.nameTokens.length > 1 && FIRST_NAMES[entity.nameTokens[0].toLowerCase()] === undefined && this.knownGender.has(entity.nameTokens.join(" ").toLowerCase());
  }

  /**
   * An organisation known only by its initials ("CBP", "CEBR") takes the full name the text spells
   * out for them ("Customs and Border Protection"), when exactly one is written: the initials of its
   * capitalised words, "and", "of", "for", "on" and "the" between them left out. The initials stay an alias.
   */
  expandAcronyms(): void {
    for (const entity of this.entities) {
      if (entity.kind !== "ORGANIZATION" || !/^\p{Lu}{2,6}$/u.test(entity.name)) continue;
      const letters = [...entity.name];
      // ("the Anti-Defamation League ... the ADL": a hyphen may join two of the spelt-out words.)
      const pattern = new RegExp(`\\b${letters.map((l) => `${l}[\\p{Ll}'’]+(?:-\\p{Ll}+)*`).join("(?:(?:\\s+(?:and|of|for|on|the|&))*\\s+|-)")}\\b`, "gu");
      const found = new Set([...this.body.matchAll(pattern)].map((m) => m[0].replace(/\s+/g, " ").replace(/['’]s$/u, "")));
      // ("the Centre for Business and Economic Research (CEBR)": a name spelt out right before the
      // initials in brackets is theirs even when the copy has its words in another order.)
      if (found.size === 0) {
        const bracketed = this.body.match(new RegExp(`((?:\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:and|of|for|on|the|&))*\\s+){${letters.length - 1}}\\p{Lu}[\\p{Ll}'’-]+)\\s*\\(${entity.name}\\)`, "u"));
        const spelt = bracketed?.[1].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
        if (spelt && spelt.map((w) => w[0]).sort().join("") === [...letters].sort().join("")) found.add(bracketed![1].replace(/\s+/g, " "));
      }
      if (found.size !== 1) continue;
      const [full] = found;
      const initials = entity.name;
      entity.name = full;
      entity.nameTokens = full.split(" ");
      addAlias(entity, initials);
    }
  }

  /** Entities in first-mention order with stable keys, as the public contract wants them. */
  toAnalyzedPeople(): AnalyzedPerson[] {
    const used = new Set<string>();
    // Two people of one surname ("Mr Staniforth" and "Mrs Staniforth", no first names): each is
    // named with the honorific that tells them apart.
    const people = this.entities.filter((e) => e.kind === "PERSON");
    const namesakes = people.filter((e) => e.honorific !== undefined && people.some((o) => o !== e && o.name.toLowerCase() === e.name.toLowerCase()));
    for (const entity of namesakes) {
      addAlias(entity, entity.name);
      entity.name = `${entity.honorific} ${entity.name}`;
    }
    return [...this.entities]
      .sort((a, b) => a.firstMention - b.firstMention)
      .map((entity) => {
        let key = entity.name.toLowerCase();
        for (let n = 2; used.has(key); n += 1) key = `${entity.name.toLowerCase()} ${n}`;
        used.add(key);
        entity.key = key;
        return {
          key,
          name: entity.name,
          aliases: entity.aliases.filter((a) => a.toLowerCase() !== entity.name.toLowerCase()),
          role: entity.role,
          kind: entity.kind,
          firstMention: entity.firstMention,
        };
      });
  }
}

/**
 * The acronyms a multi-word organisation name may go by: the initials of its capitalised words
 * ("Department of Motor Vehicles" → DMV), also without a leading place or possessive
 * ("California's Department of Motor Vehicles" → CDMV, DMV).
 */
function acronymOf(nameTokens: string[]): string[] {
  const words = nameTokens.filter((t) => /^\p{Lu}/u.test(t));
  if (words.length < 2) return [];
  const initials = words.map((w) => w[0]).join("");
  return [initials, initials.slice(1)].filter((a) => a.length >= 2);
}

function addAlias(entity: Entity, alias: string): void {
  if (alias.toLowerCase() === entity.name.toLowerCase()) return;
  if (!entity.aliases.some((a) => a.toLowerCase() === alias.toLowerCase())) entity.aliases.push(alias);
}

/** Body offset of the entity's latest mention (-1 when none). */
export function lastMention(entity: Entity, before = Infinity, outsideQuotesOnly = false): number {
  let best = -1;
  for (const m of entity.mentions) {
    if (m.at < before && (!outsideQuotesOnly || m.outsideQuotes) && m.at > best) best = m.at;
  }
  return best;
}
