import { speakersOf } from "./helpers";

describe("descriptions that refer back to someone already named", () => {
  test("'the 34-year-old actress says' → the woman of the story, not the man", () => {
    const body = "Maria Lopez met Daniel Reed on the set of the film.\n\nThe 34-year-old actress says the shoot left them “closer than ever”.";
    expect(speakersOf(body)).toEqual([["closer than ever", "Maria Lopez"]]);
  });

  test("'the actress, 26, said' after an appositive age", () => {
    const body = "Anna Berg spoke to Paul Stone about her new play.\n\n“It is my favourite role,” the actress, 26, said.";
    expect(speakersOf(body)).toEqual([["It is my favourite role,", "Anna Berg"]]);
  });

  test("'said the 52-year-old' → the most recent speaker", () => {
    const body = "“We start at dawn,” said Tomas Berg, a farmer near Uppsala.\n\n“The river decides the rest,” said the 52-year-old.";
    expect(speakersOf(body)).toEqual([
      ["We start at dawn,", "Tomas Berg"],
      ["The river decides the rest,", "Tomas Berg"],
    ]);
  });

  test("'the company said' → the organisation the story is about, named before", () => {
    const body =
      "Volkswagen opened a new plant in Puebla on Monday. Volkswagen plans to hire 2,000 workers.\n\n“This plant is our biggest bet on Mexico,” the company said.";
    expect(speakersOf(body)).toEqual([["This plant is our biggest bet on Mexico,", "Volkswagen"]]);
  });

  test("'the company said' with no organisation named twice before gives no guessed company", () => {
    const body = "Shares fell on Monday.\n\n“We expect a better year,” the company said.";
    const [[, speaker]] = speakersOf(body);
    expect(speaker).not.toBe("Volkswagen");
  });
});

describe("speech verbs of interview write-ups", () => {
  test("'marveled' and 'echoed' attribute like 'said'", () => {
    const body = "“What a view,” Keaton marveled.\n\n“What a view,” Stone echoed.";
    expect(speakersOf(body)).toEqual([
      ["What a view,", "Keaton"],
      ["What a view,", "Stone"],
    ]);
  });
});
