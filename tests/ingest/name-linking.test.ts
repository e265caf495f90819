import { analyzeStory, personNamed, readQuotes, speakersOf } from "./helpers";

const names = (body: string) => analyzeStory(body).people.filter((p) => p.kind === "PERSON").map((p) => p.name);

describe("within-article name linking", () => {
  test("a surname met before the full name resolves to the full name written later", () => {
    const body = "“We never saw it coming,” Okonkwo said on Monday.\n\nThe report was written by Chidi Okonkwo, a hydrologist at the institute.";
    expect(speakersOf(body)).toEqual([["We never saw it coming,", "Chidi Okonkwo"]]);
    expect(personNamed(analyzeStory(body), "Chidi Okonkwo").aliases).toContain("Okonkwo");
  });

  test("the first of two surnames names the person (Spanish naming)", () => {
    const body = "Police arrested Marisol Ortega Villanueva on Tuesday.\n\n“I would do it again,” Ortega told reporters.";
    expect(speakersOf(body)).toEqual([["I would do it again,", "Marisol Ortega Villanueva"]]);
    expect(names(body)).toEqual(["Marisol Ortega Villanueva"]);
  });

  test("Sir/Dame go with a first name: “Sir Anthony” is Anthony Hartwell", () => {
    const body = "Anthony Hartwell chaired the board for a decade.\n\nSir Anthony said the plan was “bold and overdue”.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([["bold and overdue", "Anthony Hartwell"]]);
    expect(personNamed(article, "Anthony Hartwell").aliases).toEqual(expect.arrayContaining(["Anthony", "Sir Anthony"]));
  });

  test("a first name alone in a feature resolves to the one person who has it", () => {
    const body = "Priya Raman runs the bakery with her brother.\n\n“We bake at four,” Priya says. “Every single day.”";
    expect(speakersOf(body)).toEqual([
      ["We bake at four,", "Priya Raman"],
      ["Every single day.", "Priya Raman"],
    ]);
    expect(names(body)).toEqual(["Priya Raman"]);
  });

  test("a first name is not linked when it is also someone's surname", () => {
    const body = "Grace Thomas met Thomas Kim at the fair.\n\n“It was a good day,” Thomas said.";
    expect(speakersOf(body)).toEqual([["It was a good day,", "Grace Thomas"]]);
  });

  test("honorific or title plus surname resolves to the full name and is kept as an alias", () => {
    const body = "Dr. Helen Lee leads the study. Senator Mark Dunmore opposed it.\n\n“The data are clear,” Dr. Lee said.\n\n“It is a waste of money,” Senator Dunmore said.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([
      ["The data are clear,", "Helen Lee"],
      ["It is a waste of money,", "Mark Dunmore"],
    ]);
    expect(personNamed(article, "Mark Dunmore").aliases).toContain("Senator Dunmore");
  });

  test("two people with one surname: “Mrs Ward” stays the person already called Mrs Ward", () => {
    const body = "Lucy Ward went missing in 2002. Her mother Sarah Ward gave evidence.\n\nMrs Ward said the calls stopped. Police found Lucy Ward's phone.\n\n“I never gave up hope,” Mrs Ward said.";
    expect(speakersOf(body)).toEqual([["I never gave up hope,", "Sarah Ward"]]);
  });

  test("a title before a surname does not link it to an organisation named after the person", () => {
    const body = "The Marsh Inquiry opened in May.\n\nInquiry chairman Lord Justice Marsh thanked the witnesses. He told them: “Your evidence matters.”";
    expect(speakersOf(body)).toEqual([["Your evidence matters.", "Marsh"]]);
  });
});

describe("proper nouns that are not people", () => {
  test("a place before a common noun (“an Eastfield resident”) is not a person", () => {
    const body = "“We are scared,” said a 30-year-old Eastfield resident who gave no name.\n\nMaple Hollow officials said the road would reopen.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([["We are scared,", null]]);
    expect(article.people.filter((p) => p.kind === "PERSON").map((p) => p.name)).toEqual([]);
  });
});
