import { speakersOf } from "./helpers";

describe("attribution in magazine features", () => {
  test("a contracted pronoun is a subject: “Morning,” he’d shout", () => {
    const body = "Jonas Berg ran the ferry for a decade. Every day he greeted the passengers. “Morning, all,” he’d shout from the wheelhouse.";
    expect(speakersOf(body)).toEqual([["Morning, all,", "Jonas Berg"]]);
  });

  test("a quotation introduced by a colon after a pronoun subject goes to that person", () => {
    const body = "Ana Ruiz lost her shop in the flood. She’s calm about what comes next: “You rebuild, and you learn.”";
    expect(speakersOf(body)).toEqual([["You rebuild, and you learn.", "Ana Ruiz"]]);
  });

  test("an unattributed quotation after a sentence reporting what someone says, in the same paragraph, is theirs", () => {
    const body =
      "Omar Haddad took over the bakery in 2015. Haddad says he kept the old ovens on purpose. The queue starts at six. “People come for the smell first and the bread second.”";
    expect(speakersOf(body)).toEqual([["People come for the smell first and the bread second.", "Omar Haddad"]]);
  });

  test("a reported sentence does not reach past another quotation in between", () => {
    const body =
      "Lena Vos says the plan came late. “We were told nothing,” said Piet Kramer, a neighbour. The council did not reply. “It is a disgrace.”";
    expect(speakersOf(body)).toEqual([
      ["We were told nothing,", "Piet Kramer"],
      ["It is a disgrace.", "Piet Kramer"],
    ]);
  });

  test("words quoted again inside the reporter's sentence take the speaker of the quotation that holds them", () => {
    const body =
      "“I've given plenty of on-the-record statements that were truthful and accurate,” Stephanie Grisham told CNN.\n\nThe White House has offered “plenty of on-the-record statements that were truthful and accurate.” Few believe them.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Stephanie Grisham", "Stephanie Grisham"]);
  });

  test("a pull quote standing alone in its paragraph takes the speaker of the words it repeats, even before them", () => {
    const body = [
      "“We built the whole line with our own hands”",
      "The railway reopened in March after six years of work by volunteers.",
      "“We built the whole line with our own hands, every sleeper of it,” said volunteer Greta Lind, who joined in 2016.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["We built the whole line with our own hands", "Greta Lind"],
      ["We built the whole line with our own hands, every sleeper of it,", "Greta Lind"],
    ]);
  });

  test("a sentence adverb before a name is not part of it ('Apparently Lindsey wrote')", () => {
    const body = "The post spread quickly. Apparently Lindsey wrote it late at night. “Nobody believed me at first,” Lindsey wrote.";
    expect(speakersOf(body)).toEqual([["Nobody believed me at first,", "Lindsey"]]);
  });

  test("a paragraph of quotation continues the speech reported just before, even when that sentence quotes a short name", () => {
    const body = [
      "Director Ana Lima cast the film herself.",
      "She said the story is set during the war known as “La Guerra” in the south.",
      "“I wanted the children of that war to tell it, not the generals who ran it.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([["I wanted the children of that war to tell it, not the generals who ran it.", "Ana Lima"]]);
  });

  test("a party tag in parentheses and a 'for example' aside stand between a speaker and the speech verb", () => {
    const body = [
      "State Sen. Ruth Olin (D-Essex) said the budget “leaves the suburbs behind.”",
      "Rep. Carl Maddox, for example, said the plan “finally pays for itself.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["leaves the suburbs behind.", "Ruth Olin"],
      ["finally pays for itself.", "Carl Maddox"],
    ]);
  });

  test("'X said Y “...”' reports X's words about Y: the speaker is X", () => {
    const body = "Governor Alan Pryce spoke for an hour. Sen. Ruth Olin said Pryce “has not kept a single promise to the suburbs.”";
    expect(speakersOf(body)).toEqual([["has not kept a single promise to the suburbs.", "Ruth Olin"]]);
  });

  test("a lone quoted paragraph that repeats nobody's words keeps no speaker", () => {
    const body = ["The museum opened on Friday.", "“Art belongs to everyone who looks at it”", "Tickets are free until June."].join("\n\n");
    expect(speakersOf(body)).toEqual([["Art belongs to everyone who looks at it", null]]);
  });
  test("a pull quote signed on the next line ('‘Nobody told me anything.’' then 'Margaret Wilson') goes to the signer, not the last speaker", () => {
    const body = [
      "Margaret Wilson, 72, was stranded at Gatwick.",
      "‘Nobody told me anything,’ she said.",
      "Consumer expert Martyn James said passengers were entitled to compensation. ‘Airlines have a duty of care,’ he said.",
      "‘Nobody told me anything. I just sat there all night’",
      "Margaret Wilson",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["Nobody told me anything,", "Margaret Wilson"],
      ["Airlines have a duty of care,", "Martyn James"],
      ["Nobody told me anything. I just sat there all night", "Margaret Wilson"],
    ]);
  });
});
