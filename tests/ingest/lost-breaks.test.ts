import { analyzeStory, readQuotes, speakersOf } from "./helpers";

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
  test("a sentence opening with 'X said' and a reported clause after a quotation's full stop is no attribution of it ('“There is a black hole.” Vince Cable said both parties were avoiding the issues.')", () => {
    const body =
      'Shadow chancellor Oliver Letwin said the figures did not add up. "The chancellor is borrowing to spend," he said. "There is a black hole in the public finances." Liberal Democrat spokesman Vince Cable said both parties were avoiding the real issues.';
    expect(speakersOf(body)).toEqual([
      ["The chancellor is borrowing to spend,", "Oliver Letwin"],
      ["There is a black hole in the public finances.", "Oliver Letwin"],
    ]);
  });
  test("a paragraph opening with a quotation goes on with the last speaker when the next sentence is someone unnamed reporting without quoting (a lost break: 'A police spokeswoman confirmed that ...')", () => {
    const body = [
      "Taha Idris, director of the council, said his organisation contacted police. \"I'm quite shocked to see this leaflet,\" he said.",
      "\"The BNP has tried in the past to get into Swansea. \"I am in no doubt that the BNP are not wanted here.\" A South Wales Police spokeswoman confirmed that they were looking at the leaflet.",
    ].join("\n\n");
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Taha Idris", "Taha Idris", "Taha Idris"]);
  });

  test("a paragraph opening with a quotation after a paragraph whose last sentence has a named person report something goes to that person ('Andy Richards, of Swansea UAF, said the leaflet was ...')", () => {
    const body = [
      "\"I'm quite shocked,\" said Taha Idris.",
      "Andy Richards, of Swansea UAF, said the leaflet was exactly what he had come to expect from the BNP.",
      "\"The people of Swansea will not put up with this.\" The Muslim community bought the church in the 1990s. Mr Idris said the community was raising money. \"It is a landmark,\" he said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["I'm quite shocked,", "Taha Idris"],
      ["The people of Swansea will not put up with this.", "Andy Richards"],
      ["It is a landmark,", "Taha Idris"],
    ]);
  });
  test("after a quotation's full stop, a sentence of its own with joined verbs is no attribution ('“…veto.” The Hansard Society has long campaigned for debates and has published reports')", () => {
    const body = [
      "“It would be up to each party leader to accept or refuse,” said Lord Holme.",
      "“Either way would be preferable to the present hidden veto.” The Hansard Society has long campaigned for televised debates and has published reports on the issue.",
    ].join("\n\n");
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Holme", "Holme"]);
  });
});

describe("copies that lost their dashes", () => {
  test("a quotation ending its sentence, then ', The ...' where the copy lost a paragraph break: the next paragraph's 'according to government data' attributes nothing to it", () => {
    const body =
      "“We anticipate disruptions will continue,” said Kevin Johnson, the chief executive of Starbucks. “We have additional pricing actions planned this year.”, The price of menu items rose 8 percent in 2021, according to government data.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Kevin Johnson", "Kevin Johnson"]);
  });

  test("spaced hyphens set an aside off as dashes do: 'Simon Worrell, medical director of Collinson - which also runs airport lounges - said: “…”' is his", () => {
    const body = "Tests should be scrapped, one of the big testing firms has said.\n\nSimon Worrell, global medical director of Collinson - which also runs airport lounges - said: “As soon as we can drop it, we will be delighted.”";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Simon Worrell"]);
  });

  test("three spaces between words stand for a dash: 'Lord Bingham   a senior law lord   said the rules were “…”' is his, and the quotation keeps the copy's spaces", () => {
    const body = "The ruling came on Thursday. Lord Bingham   a senior law lord   said the rules were “deeply unlawful”. He added that ministers must act.\n\n“They should not be placed in such situations   which detaining someone is,” Lord Bingham said.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([
      ["deeply unlawful", "Bingham"],
      ["They should not be placed in such situations   which detaining someone is,", "Bingham"],
    ]);
  });

  test("other runs of spaces still collapse to one", () => {
    const article = analyzeStory("Mr  Smith  said:    “We will act now.”");
    expect(article.body).toBe("Mr Smith said: “We will act now.”");
  });
});

describe("a lost break before a name that reports", () => {
  test("'“... As a producer, ... Oscar films?”, Netflix acknowledged that ...' keeps the quotation with the speaker of its own paragraph, not Netflix", () => {
    const body = "“The effect on us will be large,” said Michael Shamberg, a producer. “As a producer, will they stop taking risks on Oscar films?”, Netflix acknowledged that competition was partly to blame.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Michael Shamberg", "Michael Shamberg"]);
  });

  test("'... which is the case in Buffalo.” , Starbucks announced on Monday that ...' (words between the verb and its 'that') takes nothing from Starbucks", () => {
    const body = "“We have met all guidelines,” said Reggie Borges, a Starbucks spokesman. “All leaders are empowered to make changes, which is the case in Buffalo.” , Starbucks announced on Monday that it would cut isolation to five days.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Reggie Borges", "Reggie Borges"]);
  });

  test("a first name alone with an age set off by commas ('…programme., Alex, 28, says he can't wait') is a person, whom the later 'he told' means", () => {
    const body = [
      "“We have learnt a lot,” chief operating officer John Keppel told the BBC's Wake up to Money programme., Alex, 28, says he can't wait for people at his law firm to go back to the office.",
      "He joined the company in November.",
      "“I'm a new joiner and just getting started,” he told the BBC.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["We have learnt a lot,", "John Keppel"],
      ["I'm a new joiner and just getting started,", "Alex"],
    ]);
  });
});
