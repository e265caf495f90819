import {
  addCounts,
  emptyCounts,
  metrics,
  normaliseQuote,
  overlapRatio,
  quotesMatch,
  resolvePredictions,
  scoreArticle,
  speakersAgree,
  PredictedPerson,
} from "../scripts/eval/score";

const hall: PredictedPerson = { key: "james hall", name: "James Hall", aliases: ["Hall", "Patrol Chief James Hall"] };
const amtrak: PredictedPerson = { key: "amtrak", name: "Amtrak", aliases: [] };

describe("normaliseQuote", () => {
  it("folds typographic quotes, whitespace, case and trailing punctuation", () => {
    expect(normaliseQuote("“We’re  really\nblessed,”")).toBe("we're really blessed");
    expect(normaliseQuote('"We dodged a bullet,"')).toBe(normaliseQuote("We dodged a bullet."));
    expect(normaliseQuote("It looks good…")).toBe("it looks good");
    expect(normaliseQuote("wait – no")).toBe("wait - no");
  });
});

describe("quotesMatch", () => {
  it("matches equal texts after normalisation", () => {
    expect(quotesMatch("We dodged a bullet,", "“we dodged a bullet”")).toEqual({ match: true, exact: true, overlap: 1 });
  });
  it("matches when the overlap reaches 80% of the longer text's tokens", () => {
    const gold = "one two three four five six seven eight nine ten";
    expect(quotesMatch(gold, "one two three four five six seven eight").match).toBe(true); // 8/10
    expect(quotesMatch(gold, "one two three four five six seven").match).toBe(false); // 7/10
    expect(quotesMatch(gold, `${gold} eleven twelve`).match).toBe(true); // 10/12
    expect(quotesMatch(gold, `${gold} eleven twelve thirteen`).match).toBe(false); // 10/13
  });
  it("counts repeated tokens only as often as they occur in both", () => {
    expect(overlapRatio("climb climb climb", "climb")).toBeCloseTo(1 / 3);
  });
  it("does not match empty texts", () => {
    expect(quotesMatch("", "").match).toBe(false);
  });
});

describe("speakersAgree", () => {
  it("agrees when both are null", () => {
    expect(speakersAgree(null, null)).toBe(true);
  });
  it("disagrees when exactly one is null", () => {
    expect(speakersAgree(null, hall)).toBe(false);
    expect(speakersAgree("James Hall", null)).toBe(false);
  });
  it("agrees on the name, an alias or the last name", () => {
    expect(speakersAgree("james hall", hall)).toBe(true);
    expect(speakersAgree("Patrol Chief James Hall", hall)).toBe(true);
    expect(speakersAgree("J. Hall", hall)).toBe(true);
    expect(speakersAgree("Amtrak", amtrak)).toBe(true);
    expect(speakersAgree("Erik van Sebille", { key: "v", name: "van Sebille", aliases: [] })).toBe(true);
  });
  it("disagrees on a different person", () => {
    expect(speakersAgree("Todd Borek", hall)).toBe(false);
  });
});

describe("scoreArticle", () => {
  const gold = [
    { text: "We dodged a bullet,", speaker: "Steve Cowan" },
    { text: "It looks good. It looks very good,", speaker: "James Hall" },
    { text: "Rail travel remains one of the most reliable options,", speaker: "Amtrak" },
    { text: "shark attack!", speaker: null },
  ];

  it("scores a perfect prediction", () => {
    const pred = resolvePredictions(
      [
        { text: "We dodged a bullet,", speakerKey: "steve cowan" },
        { text: "It looks good. It looks very good,", speakerKey: "james hall" },
        { text: "Rail travel remains one of the most reliable options,", speakerKey: "amtrak" },
        { text: "shark attack!", speakerKey: null },
      ],
      [{ key: "steve cowan", name: "Steve Cowan", aliases: ["Cowan"] }, hall, amtrak],
    );
    const s = scoreArticle(gold, pred);
    expect(s).toMatchObject({ gold: 4, predicted: 4, matched: 4, speakerCorrect: 4, missed: [], spurious: [] });
  });

  it("counts misses, spurious predictions and wrong speakers", () => {
    const pred = resolvePredictions(
      [
        { text: "It looks good. It looks very good", speakerKey: "amtrak" }, // matched, wrong speaker
        { text: "We dodged a bullet", speakerKey: "steve cowan" }, // matched, right speaker
        { text: "Inside Llewyn Davis", speakerKey: null }, // spurious (a title)
      ],
      [{ key: "steve cowan", name: "Steve Cowan", aliases: [] }, amtrak],
    );
    const s = scoreArticle(gold, pred);
    expect(s.matched).toBe(2);
    expect(s.speakerCorrect).toBe(1);
    expect(s.missed).toEqual([2, 3]);
    expect(s.spurious).toEqual([2]);
    const m = metrics(addCounts(emptyCounts(), s));
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 4);
    expect(m.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
    expect(m.speakerAccuracy).toBeCloseTo(0.5);
  });

  it("matches one-to-one: a duplicated prediction counts once", () => {
    const pred = resolvePredictions(
      [
        { text: "We dodged a bullet,", speakerKey: null },
        { text: "We dodged a bullet,", speakerKey: null },
      ],
      [],
    );
    const s = scoreArticle([gold[0]], pred);
    expect(s.matched).toBe(1);
    expect(s.spurious).toEqual([1]);
  });

  it("prefers the exact pair over an overlapping one", () => {
    const g = [
      { text: "one two three four five six seven eight nine ten", speaker: null },
      { text: "one two three four five six seven eight nine", speaker: null },
    ];
    const pred = resolvePredictions([{ text: "one two three four five six seven eight nine", speakerKey: null }], []);
    const s = scoreArticle(g, pred);
    expect(s.pairs).toEqual([expect.objectContaining({ gold: 1, pred: 0, exact: true })]);
  });

  it("pairs equal texts in reading order, even after a miss shifts the positions ('Done?' … 'Done,')", () => {
    const g = [
      { text: "first words", speaker: "A" },
      { text: "second words", speaker: "A" },
      { text: "Done?", speaker: "Kevin Wallace" },
      { text: "Done,", speaker: "Donald Trump" },
    ];
    const pred = resolvePredictions(
      [
        { text: "Done?", speakerKey: "Kevin Wallace" },
        { text: "Done,", speakerKey: "Donald Trump" },
      ],
      [],
    );
    const s = scoreArticle(g, pred);
    expect(s.pairs).toEqual([expect.objectContaining({ gold: 2, pred: 0 }), expect.objectContaining({ gold: 3, pred: 1 })]);
    expect(s.speakerCorrect).toBe(2);
  });

  it("treats an unknown speaker key as a person named by the key", () => {
    const pred = resolvePredictions([{ text: "We dodged a bullet", speakerKey: "Cowan" }], []);
    expect(scoreArticle([gold[0]], pred).speakerCorrect).toBe(1);
  });
});

describe("metrics", () => {
  it("aggregates counts and handles empty sets", () => {
    const total = addCounts(addCounts(emptyCounts(), { articles: 2, gold: 10, predicted: 8, matched: 6, speakerCorrect: 5 }), {
      articles: 1,
      gold: 0,
      predicted: 2,
      matched: 0,
      speakerCorrect: 0,
    });
    expect(total).toEqual({ articles: 3, gold: 10, predicted: 10, matched: 6, speakerCorrect: 5 });
    expect(metrics(total)).toMatchObject({ precision: 0.6, recall: 0.6, speakerAccuracy: 5 / 6 });
    expect(metrics(emptyCounts()).speakerAccuracy).toBeNaN();
    expect(metrics({ articles: 1, gold: 3, predicted: 0, matched: 0, speakerCorrect: 0 })).toMatchObject({
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });
});
