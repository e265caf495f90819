import { analyzeArticle } from "../../src/ingest/analyze";
import { personNamed, readQuotes, speakersOf } from "./helpers";

const analyze = (body: string) => analyzeArticle(body, { title: "Test story" });

describe("quotes and their speakers", () => {
  test("a full quote followed by 'Title Name said' names the speaker and keeps the role", () => {
    const article = analyze("“We will rebuild the bridge by spring,” Mayor Jane Ortiz said on Tuesday.");
    expect(readQuotes(article)).toEqual([{ text: "We will rebuild the bridge by spring,", speaker: "Jane Ortiz", isPartial: false }]);
    expect(article.quotes[0].attribution).toBe("Mayor Jane Ortiz said");
    expect(personNamed(article, "Jane Ortiz")).toMatchObject({ role: "Mayor", kind: "PERSON", aliases: [] });
  });

  test("straight double quotes work like curly ones", () => {
    const article = analyze('"We will rebuild the bridge by spring," Mayor Jane Ortiz said on Tuesday.');
    expect(readQuotes(article)).toEqual([{ text: "We will rebuild the bridge by spring,", speaker: "Jane Ortiz", isPartial: false }]);
  });

  test("an inverted attribution 'said Name, an appositive' names the speaker", () => {
    const article = analyze("“Prices will keep rising through the summer,” said Maria Lopez, an economist at First Bank.");
    expect(readQuotes(article)).toEqual([{ text: "Prices will keep rising through the summer,", speaker: "Maria Lopez", isPartial: false }]);
    expect(article.quotes[0].attribution).toBe("said Maria Lopez");
  });

  test("a colon introduction gives the speaker of the quote after it", () => {
    const article = analyze("Finance Minister Ahmed Karimi told parliament: “The budget is balanced for the first time in a decade.”");
    expect(readQuotes(article)).toEqual([{ text: "The budget is balanced for the first time in a decade.", speaker: "Ahmed Karimi", isPartial: false }]);
    expect(personNamed(article, "Ahmed Karimi").role).toBe("Finance Minister");
  });

  test("a quote split by its attribution gives two full spans with the same speaker", () => {
    const article = analyze("Senator Helen Park was asked whether the committee would act.\n\n“We will,” she said, “and soon.”");
    expect(readQuotes(article)).toEqual([
      { text: "We will,", speaker: "Helen Park", isPartial: false },
      { text: "and soon.", speaker: "Helen Park", isPartial: false },
    ]);
  });

  test("a fragment quoted inside the reporter's sentence is partial and goes to the sentence's speaker", () => {
    const article = analyze("Opposition leader Tom Reid called the plan a “reckless gamble with people's savings” that would cost thousands of jobs.");
    expect(readQuotes(article)).toEqual([{ text: "reckless gamble with people's savings", speaker: "Tom Reid", isPartial: true }]);
  });

  test("a partial quote after 'told reporters' keeps a short fragment because a speech verb is near", () => {
    const article = analyze("Coach Dana Ruiz told reporters the team was “tired but proud.”");
    expect(readQuotes(article)).toEqual([{ text: "tired but proud.", speaker: "Dana Ruiz", isPartial: true }]);
  });

  test("a quote running over paragraphs continues where the next paragraph opens with a quote mark", () => {
    const article = analyze(
      "“The first thing we did was count the damage,” said fire chief Paul Grant. “It took all night.\n\n“By morning we knew the school was gone.”\n\nThe school will reopen in a temporary building.",
    );
    expect(readQuotes(article)).toEqual([
      { text: "The first thing we did was count the damage,", speaker: "Paul Grant", isPartial: false },
      { text: "It took all night.", speaker: "Paul Grant", isPartial: false },
      { text: "By morning we knew the school was gone.", speaker: "Paul Grant", isPartial: false },
    ]);
    expect(article.quotes.map((q) => q.paragraph)).toEqual([0, 0, 1]);
  });

  test("a multi-paragraph statement introduced in the paragraph before goes to the one introduced", () => {
    const article = analyze(
      "The following is a statement from Health Secretary Laura Chen on the hospital fire.\n\n“Our thoughts are with the families. The staff acted bravely.\n\n“We will learn every lesson from this.”",
    );
    expect(readQuotes(article)).toEqual([
      { text: "Our thoughts are with the families. The staff acted bravely.", speaker: "Laura Chen", isPartial: false },
      { text: "We will learn every lesson from this.", speaker: "Laura Chen", isPartial: false },
    ]);
  });

  test("a paragraph that is all quote with no attribution continues the previous speaker", () => {
    const article = analyze("“The river rose faster than anyone expected,” Sheriff Tom Baker said.\n\n“We evacuated two hundred homes before midnight.”");
    expect(readQuotes(article)).toEqual([
      { text: "The river rose faster than anyone expected,", speaker: "Tom Baker", isPartial: false },
      { text: "We evacuated two hundred homes before midnight.", speaker: "Tom Baker", isPartial: false },
    ]);
  });

  test("titles of works, scare quotes, names of things and nicknames are not quotes", () => {
    const article = analyze(
      "The band's new album, “Northern Lights”, sold well in its first week. Critics dismissed the “comeback” as a marketing stunt. Fans still call the singer “The Boss” and the tour was named “Homecoming”.",
    );
    expect(readQuotes(article)).toEqual([]);
  });

  test("he and she resolve to the earlier person of the matching gender", () => {
    const article = analyze(
      "Anna Weber, the company's chief executive, met union leader Mark Stone on Monday.\n\n“We made real progress,” she said.\n\n“There is still a gap between us,” he said.",
    );
    expect(readQuotes(article)).toEqual([
      { text: "We made real progress,", speaker: "Anna Weber", isPartial: false },
      { text: "There is still a gap between us,", speaker: "Mark Stone", isPartial: false },
    ]);
  });

  test("a pronoun prefers the most recent speaker over a person only mentioned since", () => {
    const article = analyze("“We're making progress,” Sam Patel said of his talks with David Okafor. “We hope to finish soon,” he added.");
    expect(readQuotes(article)).toEqual([
      { text: "We're making progress,", speaker: "Sam Patel", isPartial: false },
      { text: "We hope to finish soon,", speaker: "Sam Patel", isPartial: false },
    ]);
  });

  test("a surname and a title refer back to the full name met earlier", () => {
    const article = analyze(
      "Prime Minister Ewa Nowak arrived in Brussels on Thursday.\n\n“Europe must stand together,” Nowak said.\n\n“Nobody will be left behind,” the prime minister said.",
    );
    expect(readQuotes(article)).toEqual([
      { text: "Europe must stand together,", speaker: "Ewa Nowak", isPartial: false },
      { text: "Nobody will be left behind,", speaker: "Ewa Nowak", isPartial: false },
    ]);
    expect(personNamed(article, "Ewa Nowak")).toMatchObject({ role: "Prime Minister", aliases: ["Nowak"] });
  });

  test("organisations speak with kind ORGANIZATION, and 'the ministry' refers back to the ministry named before", () => {
    const article = analyze(
      "“The allegations are groundless,” the Kremlin said in a statement.\n\nRussia's Foreign Ministry summoned the ambassador on Friday. “This provocation will not go unanswered,” the ministry said.",
    );
    expect(readQuotes(article)).toEqual([
      { text: "The allegations are groundless,", speaker: "Kremlin", isPartial: false },
      { text: "This provocation will not go unanswered,", speaker: "Russia's Foreign Ministry", isPartial: false },
    ]);
    expect(personNamed(article, "Kremlin").kind).toBe("ORGANIZATION");
    expect(personNamed(article, "Russia's Foreign Ministry").kind).toBe("ORGANIZATION");
  });

  test("'according to' an organisation attributes the quote to it", () => {
    const article = analyze("“Exports fell by a third in March,” according to the Federal Statistics Agency.");
    expect(readQuotes(article)).toEqual([{ text: "Exports fell by a third in March,", speaker: "Federal Statistics Agency", isPartial: false }]);
    expect(article.quotes[0].attribution).toBe("according to the Federal Statistics Agency");
  });

  test("'is quoted as saying' attributes the quote before it", () => {
    const article = analyze("“I had no choice but to leave,” driver Leo Marsh is quoted as saying.");
    expect(readQuotes(article)).toEqual([{ text: "I had no choice but to leave,", speaker: "Leo Marsh", isPartial: false }]);
  });

  test("a vague source or no attribution at all leaves the speaker null", () => {
    const article = analyze("“It was total chaos in the square,” one witness said.\n\nThe square was closed.\n\n“Nobody expected the crowd to be this big.”");
    expect(readQuotes(article)).toEqual([
      { text: "It was total chaos in the square,", speaker: null, isPartial: false },
      { text: "Nobody expected the crowd to be this big.", speaker: null, isPartial: false },
    ]);
  });

  test("tabloid style: an unusual speech verb and a lower-case descriptor before the name", () => {
    const article = analyze("“I was terrified for my kids,” sobbed mum-of-two Kerry Jones, 34.");
    expect(readQuotes(article)).toEqual([{ text: "I was terrified for my kids,", speaker: "Kerry Jones", isPartial: false }]);
  });

  test("a quote ending in an exclamation mark followed by its attribution stays one sentence", () => {
    const article = analyze("Governor Ray Miles met the protesters. “Go home and stay safe!” Miles told them.");
    expect(readQuotes(article)).toEqual([{ text: "Go home and stay safe!", speaker: "Ray Miles", isPartial: false }]);
  });

  test("a quote in the next sentence of the same paragraph keeps the paragraph's speaker", () => {
    const article = analyze("“Rail remains the most reliable option,” Amtrak said. “We added seats on busy routes.”");
    expect(readQuotes(article)).toEqual([
      { text: "Rail remains the most reliable option,", speaker: "Amtrak", isPartial: false },
      { text: "We added seats on busy routes.", speaker: "Amtrak", isPartial: false },
    ]);
    expect(personNamed(article, "Amtrak").kind).toBe("ORGANIZATION");
  });

  test("interview style: the person introduced with a colon answers in the following paragraph", () => {
    const article = analyze("We asked the novelist Grace Obi what she fears most. She replied:\n\n“Running out of time before running out of stories.”");
    expect(readQuotes(article)).toEqual([{ text: "Running out of time before running out of stories.", speaker: "Grace Obi", isPartial: false }]);
  });

  test("a name set off by commas after a role is the speaker, and an age between commas is skipped", () => {
    const article = analyze(
      "The company's chief executive, Mark Chen, told staff in a memo: “Mistakes were made.”\n\nOwner Priya Shah, 41, said she was “over the moon” about the award.",
    );
    expect(readQuotes(article)).toEqual([
      { text: "Mistakes were made.", speaker: "Mark Chen", isPartial: false },
      { text: "over the moon", speaker: "Priya Shah", isPartial: true },
    ]);
  });

  test("a sentence after a full stop that opens with 'Name added that' does not become the quote's attribution", () => {
    const article = analyze("Kremlin spokesman Dmitry Peskov said Moscow was “deeply concerned.” Peskov added that talks would go on.");
    expect(readQuotes(article)).toEqual([{ text: "deeply concerned.", speaker: "Dmitry Peskov", isPartial: true }]);
    expect(article.quotes[0].attribution).toBe("Kremlin spokesman Dmitry Peskov said");
  });

  test("a place line in capitals is not a person, so 'she' goes to the woman named", () => {
    const article = analyze("SAN FRANCISCO — Regulators fined the firm on Tuesday.\n\nJane Doe, who leads a privacy group, was unimpressed. “It's pocket change to them,” she said.");
    expect(readQuotes(article)).toEqual([{ text: "It's pocket change to them,", speaker: "Jane Doe", isPartial: false }]);
    expect(article.people.map((p) => p.name)).toEqual(["Jane Doe"]);
  });

  test("an unnamed spokesperson for an organisation leaves the speaker null rather than guessing", () => {
    const article = analyze("“We're reviewing the decision,” a spokesperson for the company said.");
    expect(readQuotes(article)).toEqual([{ text: "We're reviewing the decision,", speaker: null, isPartial: false }]);
    expect(article.quotes[0].attribution).toBe("a spokesperson for the company said");
  });

  test("a name introduced with 'known as' is not a quote", () => {
    const article = analyze("The armoured limousine known as “the Beast” carried the president through the city.");
    expect(readQuotes(article)).toEqual([]);
  });

  test("feature style: one paragraph per line, present-tense 'says', single quotes nested in a quote, an honorific in the role", () => {
    const article = analyzeArticle(
      [
        "Village fights plan for giant warehouse",
        "Residents of Little Marsh have vowed to fight plans for a huge distribution centre on the edge of the village.",
        '"It\'s the size of forty football pitches," says parish councillor Margaret Hill. "They call it \'progress\'. I call it vandalism."',
        "Local MP Sir Richard Vane told the BBC he would raise the matter in Parliament. \"The people of Little Marsh deserve to be heard,\" he said.",
        'Hill is not convinced. "Promises are cheap," she says.',
      ].join("\n"),
    );
    expect(article.title).toBe("Village fights plan for giant warehouse");
    expect(article.paragraphs).toHaveLength(4);
    expect(readQuotes(article)).toEqual([
      { text: "It's the size of forty football pitches,", speaker: "Margaret Hill", isPartial: false },
      { text: "They call it 'progress'. I call it vandalism.", speaker: "Margaret Hill", isPartial: false },
      { text: "The people of Little Marsh deserve to be heard,", speaker: "Richard Vane", isPartial: false },
      { text: "Promises are cheap,", speaker: "Margaret Hill", isPartial: false },
    ]);
    expect(personNamed(article, "Richard Vane").role).toBe("Local MP");
  });

  test("two single marks typed for a double one close or open a quotation (“…,’’ / ''…'')", () => {
    const body = "Critics cried foul.\n\n“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, told the BBC. “And I think it is inappropriate.”\n\nThe director found that most shelters had no supplies. ''Personally, I have grave doubts,'' he said.";
    expect(speakersOf(body)).toEqual([
      ["It was an attempt to mislead voters,", "Will Moy"],
      ["And I think it is inappropriate.", "Will Moy"],
      ["Personally, I have grave doubts,", "Will Moy"],
    ]);
  });

  test("a colon introduction after an opening adverb ('Here, Jerry picks up the story: “…”')", () => {
    expect(speakersOf("Jerry Jones owns the team.\n\nHere, Jerry picks up the story: “He got Jim around the neck.”")).toEqual([["He got Jim around the neck.", "Jerry Jones"]]);
  });
});


describe("elisions inside single-quoted speech", () => {
  test("'em and a dropped g are apostrophes, not quote marks", () => {
    expect(speakersOf("Boxer Tyrell Morgan was in a confident mood.\n\n'I'm gonna give 'em a show on Saturday,' Morgan said. 'Then I'm off on holiday.'").map(([text]) => text)).toEqual([
      "I'm gonna give 'em a show on Saturday,",
      "Then I'm off on holiday.",
    ]);
    expect(speakersOf("Boxer Tyrell Morgan was in a confident mood.\n\n'I ain't goin' nowhere,' Morgan said.").map(([text]) => text)).toEqual(["I ain't goin' nowhere,"]);
  });

  test("but a closing mark after 'again' still closes (‘time and time again’ with a different code)", () => {
    expect(speakersOf("BA said the tag can be used ‘time and time again’ with a different code for each flight.").map(([text]) => text)).toEqual(["time and time again"]);
  });

  test("'clarified' is a speech verb ('“A rogue wave is ... large,” Gemmrich clarified'), and an impersonal 'It is very hard to argue with that' after a quotation attributes nothing", () => {
    const body = [
      "Johannes Gemmrich, a physicist at the University of Victoria, studies waves.",
      "In simplified terms, “A rogue wave is actually just a wave that is large compared to the surrounding wave field,” Gemmrich clarified.",
      "Squarespace bought a Super Bowl ad. “It’s a good deal,” Anthony Casalena said. “What other ad do we do that gets picked up in the media for free?” It is very hard to argue with that point here.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["A rogue wave is actually just a wave that is large compared to the surrounding wave field,", "Johannes Gemmrich"],
      ["It’s a good deal,", "Anthony Casalena"],
      ["What other ad do we do that gets picked up in the media for free?", "Anthony Casalena"],
    ]);
  });
});
