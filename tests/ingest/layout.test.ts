import { analyzeArticle } from "../../src/ingest/analyze";
import { layoutArticle } from "../../src/ingest/text";
import { readQuotes, speakersOf } from "./helpers";

describe("article layout: title, boilerplate, paragraphs, dateline", () => {
  test("empty or blank input gives no paragraphs, no quotes and no people", () => {
    for (const raw of ["", "   \n\n  \n"]) {
      expect(analyzeArticle(raw)).toEqual({ title: "", body: "", paragraphs: [], dateline: null, people: [], quotes: [] });
    }
  });

  test("malformed quote marks do not throw, an unclosed quote runs to the paragraph's end, a wordless line goes", () => {
    const article = analyzeArticle("Headline about the vote\n\n” stray mark and an “unclosed quote that never ends, the mayor said\n\n“”");
    expect(article.paragraphs).toEqual(["” stray mark and an “unclosed quote that never ends, the mayor said"]);
    expect(readQuotes(article)).toEqual([{ text: "unclosed quote that never ends, the mayor said", speaker: null, isPartial: true }]);
  });

  test("a scraped page: navigation and comment form removed, first heading is the title, repeats dropped, standfirst kept", () => {
    const raw = [
      "Skip to content",
      "Menu",
      "",
      "Minister says 'no deal' on pension reform",
      "",
      "The government ruled out a compromise with unions on Tuesday, setting up a week of strikes.",
      "",
      "Minister says 'no deal' on pension reform",
      "",
      "Share this:",
      "Facebook Twitter Email",
      "",
      "“There will be no deal on these terms,” Labour Minister Claire Dupont said.",
      "",
      "Leave a Reply",
      "Your email address will not be published. Required fields are marked *",
      "Comment",
      "Name *",
      "%d bloggers like this:",
    ].join("\n");
    const article = analyzeArticle(raw);
    expect(article.title).toBe("Minister says 'no deal' on pension reform");
    expect(article.paragraphs).toEqual([
      "The government ruled out a compromise with unions on Tuesday, setting up a week of strikes.",
      "“There will be no deal on these terms,” Labour Minister Claire Dupont said.",
    ]);
    expect(readQuotes(article)).toEqual([{ text: "There will be no deal on these terms,", speaker: "Claire Dupont", isPartial: false }]);
  });

  test("a line of capitals glued to the paragraphs around it is set apart ('she added.GET FOX BUSINESS ON THE GO BY CLICKING HEREPuzder told'), so the next sentence has its subject; 'JPMorgan' stays whole", () => {
    const text = "Inflation rose sharply in March across the country\n\n“The Democrats are going to lose,” Elizabeth Warren added.GET FOX BUSINESS ON THE GO BY CLICKING HEREPuzder told host Maria Bartiromo that “Warren is right.”\n\nTHE SHARES OF JPMorgan were “fine,” Jamie Dimon said.";
    const article = analyzeArticle(text);
    expect(article.paragraphs).toEqual([
      "“The Democrats are going to lose,” Elizabeth Warren added.",
      "GET FOX BUSINESS ON THE GO BY CLICKING HERE",
      "Puzder told host Maria Bartiromo that “Warren is right.”",
      "THE SHARES OF JPMorgan were “fine,” Jamie Dimon said.",
    ]);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Elizabeth Warren", "Puzder", "Jamie Dimon"]);
  });

  test("a given title is used as is and lines repeating it are dropped", () => {
    const layout = layoutArticle("Storm closes schools\n\nHeavy snow closed every school in the county on Monday morning.", "Storm Closes Schools");
    expect(layout).toEqual({ title: "Storm Closes Schools", paragraphs: ["Heavy snow closed every school in the county on Monday morning."], dateline: null });
  });

  test("a wire dateline is read from the first paragraph and the paragraph is kept whole", () => {
    const layout = layoutArticle("Fed holds rates steady\n\nWASHINGTON (Reuters) - The Federal Reserve left interest rates unchanged on Wednesday, as expected.");
    expect(layout.dateline).toBe("WASHINGTON");
    expect(layout.paragraphs).toEqual(["WASHINGTON (Reuters) - The Federal Reserve left interest rates unchanged on Wednesday, as expected."]);
  });

  test("a dateline with a country and an em dash", () => {
    const layout = layoutArticle("Leaders meet in Hamburg\n\nHAMBURG, Germany — The leaders met for over two hours on Friday afternoon at the summit.");
    expect(layout.dateline).toBe("HAMBURG, Germany");
  });

  test("text opening with prose takes its first sentence as title and keeps it in the body", () => {
    const layout = layoutArticle("The council approved the new budget on Monday. Spending on parks rises by a tenth.");
    expect(layout).toEqual({
      title: "The council approved the new budget on Monday.",
      paragraphs: ["The council approved the new budget on Monday. Spending on parks rises by a tenth."],
      dateline: null,
    });
  });

  test("hard-wrapped lines of one paragraph are joined and bylines and dates are dropped", () => {
    const raw = [
      "Council backs new tram line",
      "By Jane Smith",
      "March 3, 2024",
      "",
      "The city council voted on Monday to build a new tram line linking the",
      "harbour with the university, ending a decade of argument over the route",
      "and its cost to taxpayers.",
    ].join("\n");
    const layout = layoutArticle(raw);
    expect(layout.title).toBe("Council backs new tram line");
    expect(layout.paragraphs).toEqual([
      "The city council voted on Monday to build a new tram line linking the harbour with the university, ending a decade of argument over the route and its cost to taxpayers.",
    ]);
  });

  test("lines ending in a space before the break are soft wraps, joined even after a full stop", () => {
    const raw = [
      "Hedgehog hospital takes in lawnmower victim",
      "",
      "The hospital in Kent has treated more than two hundred hedgehogs this ",
      "year, most of them hurt by garden machinery and by cars on the roads. ",
      "Volunteers feed them until they are strong enough to go back outside.",
      "",
      "'By 2025 we might not have hedgehogs any more thanks to the dangers ",
      "of roads, lawnmowers and pesticides. ",
      "People must look in the garden.",
    ].join("\n");
    expect(layoutArticle(raw).paragraphs).toEqual([
      "The hospital in Kent has treated more than two hundred hedgehogs this year, most of them hurt by garden machinery and by cars on the roads. Volunteers feed them until they are strong enough to go back outside.",
      "'By 2025 we might not have hedgehogs any more thanks to the dangers of roads, lawnmowers and pesticides. People must look in the garden.",
    ]);
  });

  test("a trailing space on one or two lines is no sign of wrapping: a line that ends a sentence still ends its paragraph", () => {
    const raw = ["Council backs new tram line", "", "The city council voted on Monday to build a new tram line. ", "Work starts in May."].join("\n");
    expect(layoutArticle(raw).paragraphs).toEqual(["The city council voted on Monday to build a new tram line.", "Work starts in May."]);
  });

  test("a full stop, a comma and a capital ('… this year.”, Dr. Kaan Kurtural told …') is where a scraper glued two paragraphs: the next one's subject does not take the quotation", () => {
    const body = "Alison Napjus runs a wine shop.\n\n“We are short of cages,” she said.\n\n“So you put that all together and it could be tough this year.”, Dr. Kaan Kurtural, a specialist, told FOX Business in October that bottles were short.";
    expect(speakersOf(body)).toEqual([
      ["We are short of cages,", "Alison Napjus"],
      ["So you put that all together and it could be tough this year.", null],
    ]);
  });

  test("'with one saying that he was “…”' after a glued join: one of a crowd the story does not name", () => {
    const body = "Cathay Pacific cut flights.\n\nThe airline had been struggling to staff its flights for weeks at a time., Cathay pilots have told the BBC how the rules affected them, with one saying that he was “in a perpetual state of quarantine.”";
    expect(speakersOf(body)).toEqual([["in a perpetual state of quarantine.", null]]);
  });

  test("a video's caption between paragraphs ('… FOX Business' Ed Lawrence with the latest.') is no part of the thread: a later 'he countered' is not its man's", () => {
    const body = "Moody's Analytics chief economist Mark Zandi discussed his outlook on Tuesday.\n\nHost Maria Bartiromo pushed back on Zandi.\n\nThe Biden administration weighs in on the January CPI report. FOX Business' Ed Lawrence with the latest.\n\n“Prices are rising, there's no doubt about it,” he countered.";
    expect(speakersOf(body)).toEqual([["Prices are rising, there's no doubt about it,", "Mark Zandi"]]);
  });

  test("a video's caption quoting its man in single marks ('Stephen Schork warns that ... 'is going to remain high'') keeps its quotes and its own 'he', but the next paragraph's 'he said' is not his", () => {
    const body = [
      "Kevin Hassett warned that inflation is “out of control.”",
      "Hassett went on to point out that “all that kind of stuff is going to make the March number worse.”",
      "The Schork Group principal Stephen Schork warns that the average price for gas 'is going to remain high' and explains why he believes prices 'have to remain high.'",
      "“The Fed hasn't even started tightening yet,” he said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["out of control.", "Kevin Hassett"],
      ["all that kind of stuff is going to make the March number worse.", "Kevin Hassett"],
      ["is going to remain high", "Stephen Schork"],
      ["have to remain high.", "Stephen Schork"],
      ["The Fed hasn't even started tightening yet,", "Kevin Hassett"],
    ]);
  });
});
