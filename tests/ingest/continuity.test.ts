import { speakersOf } from "./helpers";

describe("paragraph-level continuity of speakers in features", () => {
  const opening = "“The river came up in an hour,” says Tomas Berg, who has farmed the valley for 30 years.";

  test("a paragraph that is only a quote carries on the previous speaker", () => {
    expect(speakersOf(`${opening}\n\n“We lost the whole barley crop.”`)).toEqual([
      ["The river came up in an hour,", "Tomas Berg"],
      ["We lost the whole barley crop.", "Tomas Berg"],
    ]);
  });

  test("a quote opening a paragraph of narration, with no attribution, carries on the previous speaker", () => {
    expect(speakersOf(`${opening}\n\n“We lost the whole barley crop.” The insurance paid a third of it.`)[1]).toEqual(["We lost the whole barley crop.", "Tomas Berg"]);
  });

  test("across one paragraph of narration about the same speaker", () => {
    expect(speakersOf(`${opening}\n\nThe farm has been in the family since 1921.\n\n“I am not leaving.”`)[1]).toEqual(["I am not leaving.", "Tomas Berg"]);
  });

  test("not when another person became the subject in between", () => {
    expect(speakersOf(`${opening}\n\nHis neighbour Greta Lind moved away last spring.\n\n“I am not leaving.”`)[1]).toEqual(["I am not leaving.", null]);
  });

  test("the person introduced in between speaks when the text introduces their words", () => {
    expect(speakersOf(`${opening}\n\nHis neighbour Greta Lind moved away last spring. Lind recalls:\n\n“The water reached the windows.”`)[1]).toEqual(["The water reached the windows.", "Greta Lind"]);
  });

  test("not when an unnamed source was said to speak in between", () => {
    expect(speakersOf(`${opening}\n\nOfficials said the dam held.\n\n“It could happen again.”`)[1]).toEqual(["It could happen again.", null]);
  });

  test("not more than two paragraphs back", () => {
    expect(speakersOf(`${opening}\n\nThe valley floods often.\n\nThe last big flood was in 1998.\n\n“It could happen again.”`)[1]).toEqual(["It could happen again.", null]);
  });
});
