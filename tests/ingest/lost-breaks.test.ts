import { speakersOf } from "./helpers";

describe("copies that lost their paragraph breaks", () => {
  test("a straight mark after a finished sentence opens a new quotation when one was left open", () => {
    const body =
      'Greene lost the final by a whisker. "In my semi final I was saving energy. "That is when Obi came up and I took third. "It will not happen again," said Greene.';
    expect(speakersOf(body)).toEqual([
      ["In my semi final I was saving energy.", "Greene"],
      ["That is when Obi came up and I took third.", "Greene"],
      ["It will not happen again,", "Greene"],
    ]);
  });

  test("the same with curly marks", () => {
    const body = "Greene lost the final by a whisker. “In my semi final I was saving energy. “That is when Obi came up and I took third,” said Greene.";
    expect(speakersOf(body)).toEqual([
      ["In my semi final I was saving energy.", "Greene"],
      ["That is when Obi came up and I took third,", "Greene"],
    ]);
  });

  test("an ordinary closing mark before a capital letter still closes", () => {
    const body = 'He called it "a disaster." Later the club apologised. "We got it wrong," said coach Ana Ruiz.';
    expect(speakersOf(body)).toEqual([
      ["a disaster.", null],
      ["We got it wrong,", "Ana Ruiz"],
    ]);
  });
});
