import { analyzeStory, personNamed, readQuotes, speakersOf } from "./helpers";

describe("attribution beyond word lists and double quotes", () => {
  test("British single quotes: 'We will,' she said, with apostrophes inside the words left alone", () => {
    expect(speakersOf("Councillor Ruth Ames described the flooding.\n\n'It's the worst we've seen,' she said. 'The Smiths' house was cut off.'")).toEqual([
      ["It's the worst we've seen,", "Ruth Ames"],
      ["The Smiths' house was cut off.", "Ruth Ames"],
    ]);
  });

  test("after a curly opening mark, a straight apostrophe of a plural possessive does not close the quote, even with no closing mark in the paragraph", () => {
    const article = analyzeStory("Jonathan Isaby will say: ‘Far too much taxpayers' money is wasted. It's time for a war on waste.\n\n‘We will take the roadshow to every town.’");
    expect(readQuotes(article).map((q) => q.text)).toEqual(["Far too much taxpayers' money is wasted. It's time for a war on waste.", "We will take the roadshow to every town."]);
  });

  test("captions: 'Photographer Abian Sacks, 27: ‘…’' and '‘We'll get justice’: Marina Litvinenko (left), widow of ..., speaks to the media'", () => {
    const body = [
      "Pigeons are everywhere in the city.",
      "Photographer Abian Sacks, 27: 'They're graceful creatures and one can even begin to envy the pigeon's lifestyle'",
      "'We'll get justice': Marina Litvinenko (left), widow of murdered Russian spy Alexander Litvinenko (right), speaks to members of the media as she leaves a hearing",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["They're graceful creatures and one can even begin to envy the pigeon's lifestyle", "Abian Sacks"],
      ["We'll get justice", "Marina Litvinenko"],
    ]);
  });

  test("a single-quoted quote opened after '‘…,’ he said.' and left open runs on to the paragraph's end and into the next", () => {
    const body =
      "Gary Gardner joined the club aged seven.\n\n'I will go back to Villa in the summer,' he said. 'When I am back there in training, it will be my chance to impress.\n\n'Villa are the main club and it is the team I support.'";
    expect(speakersOf(body)).toEqual([
      ["I will go back to Villa in the summer,", "Gary Gardner"],
      ["When I am back there in training, it will be my chance to impress.", "Gary Gardner"],
      ["Villa are the main club and it is the team I support.", "Gary Gardner"],
    ]);
  });

  test("an elision after '‘…,’ he said.' ('90s music ...) opens no quotation", () => {
    const body = "John Smith looked back.\n\n'It was a great time to be young,' he said. '90s music was better than anything since then.";
    expect(speakersOf(body)).toEqual([["It was a great time to be young,", "John Smith"]]);
  });

  test("a single-quoted quote with a nested single quote runs on into the next paragraph", () => {
    const article = analyzeStory("Mrs Ames told the hearing: 'We had put up 'Missing' posters everywhere.\n\n'Nobody called us back.'");
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([
      ["We had put up 'Missing' posters everywhere.", "Ames"],
      ["Nobody called us back.", "Ames"],
    ]);
  });

  test("double quotes nested inside a single-quoted quote stay part of it", () => {
    expect(speakersOf("'You just think, \"that makes sense now,\"' said Helen Ward.")).toEqual([["You just think, \"that makes sense now,\"", "Helen Ward"]]);
  });

  test("a name no word list knows is a person when it is the subject of a speech verb, and 'he' goes back to it", () => {
    expect(speakersOf("Costs rose sharply, said Tomasz Wrobel, an analyst at Baltic Bank.\n\n“Nobody expected this,” he said.")).toEqual([["Nobody expected this,", "Tomasz Wrobel"]]);
    expect(speakersOf("Demand is weak, said Ahmad Ijaz, an economist.\n\n“Spending is down,” he said.")).toEqual([["Spending is down,", "Ahmad Ijaz"]]);
  });

  test("an appositive after a named subject does not make the name inside it the speaker", () => {
    expect(speakersOf("Ms Smith, former partner of MP Denis MacShane, said the culture was 'remorseless and almost infantile'.")).toEqual([
      ["remorseless and almost infantile", "Smith"],
    ]);
  });

  test("post-nominal letters are not part of a name", () => {
    const article = analyzeStory("“The press was a double-edged sword,” said Robert Jay QC.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Robert Jay"]);
    // (Irish Senior Counsel and members of the Dail: "SC", "TD".)
    expect(speakersOf("Counsel for the prosecution, Fionnuala Lacey SC, told the jury the men had not spoken “in any civil way” for a decade.\n\nMary Lou Dunne TD said: “This is a scandal.”").map(([, s]) => s)).toEqual(["Fionnuala Lacey", "Mary Lou Dunne"]);
  });

  test("Mr Dowler is not Mrs Dowler: the honorific's gender keeps two people apart", () => {
    expect(speakersOf("“I rang her phone,” Sally Dowler said.\n\nMr Dowler said the couple were nervous.\n\n“You are afraid to open the door,” he said.")).toEqual([
      ["I rang her phone,", "Sally Dowler"],
      ["You are afraid to open the door,", "Dowler"],
    ]);
    expect(analyzeStory("“I rang her phone,” Sally Dowler said. Mr Dowler said nothing.").people.filter((p) => /Dowler/.test(p.name))).toHaveLength(2);
  });

  test("an organisation that released a statement saying “…” is the speaker", () => {
    const article = analyzeStory("Amazon released a separate statement saying, “The agreement creates an incentive for lower prices.”");
    expect(readQuotes(article)).toEqual([{ text: "The agreement creates an incentive for lower prices.", speaker: "Amazon", isPartial: false }]);
    expect(personNamed(article, "Amazon").kind).toBe("ORGANIZATION");
  });

  test("religious honorifics tell gender and mark a person ('Sister Ann Lowe ... she said')", () => {
    expect(speakersOf("Sister Ann Lowe told reporters there were hard feelings. Bishop Paul Grant was absent.\n\n“I am concerned,” she said.")).toEqual([["I am concerned,", "Ann Lowe"]]);
  });

  test("a paragraph of quotation alone continues the speaker whose words the previous paragraph reported", () => {
    expect(speakersOf("Ms Carter said reporters had forgotten they dealt with people.\n\n“They have lost all sense of it.”")).toEqual([["They have lost all sense of it.", "Carter"]]);
    // Not after a question about what someone said.
    expect(speakersOf("“It was an accident,” Rodgers said.\n\nWhat did Suh say after the play?\n\n“He was running off the field.”")).toEqual([
      ["It was an accident,", "Rodgers"],
      ["He was running off the field.", null],
    ]);
  });

  test("spellings of one name with and without umlaut or 'ue' are one person", () => {
    const article = analyzeStory("Gerhard Müller quashed that hope. “This is a provocation,” Mueller said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Gerhard Müller"]);
  });
});
