import { analyzeArticle } from "../../src/ingest/analyze";
import { analyzeStory, readQuotes, speakersOf } from "./helpers";

describe("who a feature is about at each point", () => {
  test("a name followed by an age ('Una Crown, 86, was stabbed') and a British title ('Coroner William Morris') are people a later 'he'/'she' can mean", () => {
    const body =
      "Una Crown, 86, was stabbed at her bungalow. Police found her with late husband Jack Roland Crown pictured nearby.\n\nCoroner William Morris yesterday attacked the services involved as he recorded a verdict of unlawful killing.\n\n‘I have to say the handling of evidence by the police has been unfortunate,’ he said.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["William Morris"]);
    expect(article.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Una Crown", "William Morris"]));
  });

  test("'according to research leader Dr. Xi LI' makes him the one a later 'the scientist said' refers to", () => {
    const body = [
      "Madeleine Albright spoke about Syria. ‘It is terrible,’ she said.",
      "According to research leader Dr. Xi LI, the fall in night light is similar to what was seen in Rwanda.",
      "The scientist said ‘the night light data never tells lies’.",
    ].join("\n\n");
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Madeleine Albright", "Xi LI"]);
  });

  test("the latest subject outranks someone met since only as an object ('But Mark Oaten accused Mr Clarke of ... “…,” he told'), also when the subject is a name set off by commas after a description ('But the Liberal Democrat's shadow home secretary, Mark Oaten, accused')", () => {
    expect(speakersOf("Charles Clarke spoke on Monday. But Mark Oaten accused Mr Clarke of avoiding the main issue. \"The critical issue is detention,\" he told BBC News.")).toEqual([["The critical issue is detention,", "Mark Oaten"]]);
    const body = "Mr Charles Clarke told The Times: \"We should deport them.\" But the Liberal Democrat's shadow home secretary, Mark Oaten, accused Mr Clarke of avoiding the main issue.\n\n\"The critical issue is detention,\" he told BBC News.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Charles Clarke", "Mark Oaten"]);
  });

  test("an office opening a sentence, held by someone the article gave that role, makes them its subject ('The prime minister shrugged off claims from Conservative leader Michael Howard ... He said: “…”')", () => {
    const body = "Prime Minister Tony Blair said it was time to move on.\n\nDavid Blunkett said: \"I am sorry.\" The prime minister shrugged off claims from Conservative leader Michael Howard that he led a \"grubby government\". He said Mr Blunkett's integrity remained intact: \"He was the person who asked for this inquiry.\"";
    expect(speakersOf(body).find(([text]) => text.startsWith("He was"))).toEqual(["He was the person who asked for this inquiry.", "Tony Blair"]);
  });

  test("the one asked about is not the one replying ('Asked if Mr Blunkett could return ..., he replied: “…”')", () => {
    const body = "Prime Minister Tony Blair said it was time to draw a line under the row over David Blunkett.\n\nAsked if Mr Blunkett could return to frontline politics, he replied: \"I have made my admiration for David very clear.\"";
    expect(speakersOf(body)).toEqual([["I have made my admiration for David very clear.", "Tony Blair"]]);
  });

  test("a possessor is no subject ('Mr Blair's government was a “…,” he added' is the last speaker's; 'Mrs Crown's niece, Judith Paynes, told ... ‘…’ she said' is the niece's)", () => {
    const body = "Tony Blair has failed, Michael Howard has said.\n\n\"Britain is heading in the wrong direction\", the Conservative leader said. Mr Blair's government was a \"bossy, interfering government,\" he added.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Michael Howard", "Michael Howard"]);
    const niece = "Una Crown, 86, was found dead at her home.\n\nMrs Crown’s niece, Judith Paynes, told the hearing she was lost for words. ‘I cannot understand why this evidence wasn’t picked up,’ she said.";
    expect(speakersOf(niece)).toEqual([["I cannot understand why this evidence wasn’t picked up,", "Judith Paynes"]]);
  });

  test("the subject of words reported before a parenthetical attribution is not the one reporting them ('Mr Blair has failed to tackle these problems, he claimed. “…”')", () => {
    const body = "Tony Blair has failed, Michael Howard has said.\n\n\"Britain is heading in the wrong direction\", the Conservative leader said. Mr Blair has failed to tackle these problems, he claimed. \"The result is big government and higher taxes.\"";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Michael Howard", "Michael Howard"]);
    // (Nor does a participle after the attribution go back to the reported subject: "..., he claimed, saying he has the “wrong solution”".)
    const participle = "Tony Blair has failed, Michael Howard has said.\n\n\"Britain is heading in the wrong direction\", the Conservative leader said. Mr Blair has failed to tackle these problems, he claimed, saying he has the \"wrong solution\" to them.";
    expect(speakersOf(participle).map(([, speaker]) => speaker)).toEqual(["Michael Howard", "Michael Howard"]);
  });

  test("a first name the name tagger only guesses a gender for ('Dani') does not keep its bearer from being 'he'", () => {
    const body = [
      "Dani Vallverdu has played down talk of a rift with Andy Murray.",
      "Murray appeared to suggest that the relationship had become strained, saying: ‘Everyone wants to move forward together.’",
      "Vallverdu insists that was not the case.",
      "‘We were all pulling in the same direction,’ he told the Daily Mail.",
    ].join("\n\n");
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Andy Murray", "Dani Vallverdu"]);
  });

  test("while a first name our list knows ('Maria') still rules out 'he'", () => {
    const body = [
      "Maria Lopez has played down talk of a rift with Andy Murray.",
      "Murray appeared to suggest that the relationship had become strained, saying: ‘Everyone wants to move forward together.’",
      "Lopez insists that was not the case.",
      "‘We were all pulling in the same direction,’ he told the Daily Mail.",
    ].join("\n\n");
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Andy Murray", "Andy Murray"]);
  });

  test("a reporter's paragraph right before that names only someone else makes 'he' theirs, not the last speaker's", () => {
    const body = [
      "“The rules are clear,” said Scott Lundy, a wildlife officer.",
      "It's a ban Mr Mayer has since latched onto himself.",
      "‘I didn’t know they were so beloved,’ he said according to a release.",
    ].join("\n\n");
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Scott Lundy", "Mayer"]);
  });

  test("the name after a long opening clause whose names are objects is the subject ('First jailed for the killing of Mr Smales ..., Maxwell made headlines')", () => {
    const body = [
      "Paul Maxwell, 49, disappeared on Friday.",
      "Inspector Niall Pawson of Greater Manchester Police said: ‘He needs to be returned to prison.’",
      "First jailed for the killing of Mr Smales alongside his brother in 1998, Maxwell made headlines in 2011 when he pleaded guilty.",
      "‘I am not the person I was in 1996,’ he said.",
    ].join("\n\n");
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Niall Pawson", "Paul Maxwell"]);
  });

  test("a description with no matching role goes to the person the reporter turned to after the last quotation", () => {
    const body = [
      "“The film is about fear,” actor Daniel Reyes told reporters.",
      "Maria Holt asked her cast to rehearse every scene twice.",
      "“Nothing on screen happens by accident,” the director said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["The film is about fear,", "Daniel Reyes"],
      ["Nothing on screen happens by accident,", "Maria Holt"],
    ]);
  });

  test("'he said' goes to another man who became the subject of a sentence since the last quotation", () => {
    const body = [
      "“We trained for months,” said captain Leo Brandt.",
      "Coach Sam Otto praised the defence after the match.",
      "“They never gave up,” he said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["We trained for months,", "Leo Brandt"],
      ["They never gave up,", "Sam Otto"],
    ]);
  });

  test("a name after an opening adverbial is its sentence's subject: 'Next year Otto will ...', 'In 2009, Brandt, ...'", () => {
    const body = [
      "“We trained for months,” said captain Leo Brandt.",
      "Next year coach Sam Otto will lead the national team.",
      "“It is the job I always wanted,” he said.",
      "In 2009, Brandt, then only 19, joined the club.",
      "“I knew nobody,” he recalls.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["We trained for months,", "Leo Brandt"],
      ["It is the job I always wanted,", "Sam Otto"],
      ["I knew nobody,", "Leo Brandt"],
    ]);
  });

  test("a mere mention does not take the quotation from the last speaker", () => {
    const body = ["“We trained for months,” said captain Leo Brandt.", "The win was dedicated to the memory of Karl Weiss.", "“This is for him,” he said."].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["We trained for months,", "Leo Brandt"],
      ["This is for him,", "Leo Brandt"],
    ]);
  });
});

describe("names no word list knows", () => {
  test("a name set off by commas after a role is a person, and the subject 'she' goes back to", () => {
    const body = [
      "“We will wait as long as it takes,” said Maria Santos, whose brother was on board.",
      "The mayor of Surabaya, Tri Rismaharini, comforted relatives and urged them to be strong.",
      "“They are not ours, they belong to God,” she said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["We will wait as long as it takes,", "Maria Santos"],
      ["They are not ours, they belong to God,", "Tri Rismaharini"],
    ]);
  });
});

describe("short forms of long names", () => {
  test("the leading words of a longer name written earlier are that person ('Tomas Vidal' of 'Tomas Vidal Reyes')", () => {
    const body = "The boat belongs to Hugo Reyes. His son, Tomas Vidal Reyes, joined him in 2019.\n\n“We go out together every morning,” says Tomas Vidal.";
    const article = analyzeArticle(body, { title: "Test story" });
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([["We go out together every morning,", "Tomas Vidal Reyes"]]);
    expect(article.people.map((p) => [p.name, p.aliases])).toEqual([
      ["Hugo Reyes", []],
      ["Tomas Vidal Reyes", ["Tomas Vidal"]],
    ]);
  });
});

describe("continuity inside a paragraph", () => {
  test("a quotation after reporter's words that name nobody continues the last speaker", () => {
    const body = [
      "“I read the whole script twice,” said songwriter Ella Marsh.",
      "That process led to a realization: “The song had to be about coming home.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["I read the whole script twice,", "Ella Marsh"],
      ["The song had to be about coming home.", "Ella Marsh"],
    ]);
  });

  test("not when the reporter's words before it name someone else", () => {
    const body = ["“I read the whole script twice,” said songwriter Ella Marsh.", "Dan Kidd had another idea: “Make it a duet.”"].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["I read the whole script twice,", "Ella Marsh"],
      ["Make it a duet.", "Dan Kidd"],
    ]);
  });

  test("'he' goes to the subject of the last sentence about someone, not to a name met in passing in it", () => {
    const body = [
      "Oscar Isaac plays Abel Morales in the film directed by J.C. Chandor. Jessica Chastain plays Anna.",
      "Chastain said that the director “really left the script free for us to explore.”",
      "Chandor credited the two actors' long friendship for making Abel and Anna's relationship feel so real.",
      "“I am not sure if I knew it at the time,” he said.",
    ].join("\n\n");
    expect(speakersOf(body)[1]).toEqual(["I am not sure if I knew it at the time,", "J.C. Chandor"]);
  });

  test("the source of an 'according to' is the one a following 'he said' refers to", () => {
    const body = [
      "Governor Nelson A. Rockefeller pushed for shelters in 1960. Rockefeller wanted one in every building.",
      "The results, according to Jeff Schlegelmilch, deputy director of a disaster centre, were mixed.",
      "“An ideal shelter would be a room with no windows,” he said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([["An ideal shelter would be a room with no windows,", "Jeff Schlegelmilch"]]);
  });

  test("a pronoun never refers to the object of its own verb ('he called Jones “terrible”')", () => {
    const body = "Donald Trump sent a horde of harassers after union leader Chuck Jones with a tweet in which he called Jones “terrible” at his job.";
    expect(speakersOf(body)).toEqual([["terrible", "Donald Trump"]]);
  });

  test("a name after an opening phrase with a quoted title is the subject ('Following a performance of “Black Water,” Simmons teed up ...')", () => {
    const body = "The Doobie Brothers announced a tour. Michael McDonald came out during the encore.\n\nFollowing a performance of their sing-along jam “Black Water,” Patrick Simmons teed up McDonald's cameo. “You might remember him from his band,” he said.";
    expect(speakersOf(body)).toEqual([["You might remember him from his band,", "Patrick Simmons"]]);
  });

  test("the last speaker who became a subject again after a rival keeps 'he' ('“…,” Green said. ... Gershman said ... “…,” he said. ... Green said that ... But Gershman noted that Mueller may be reluctant to charge Sessions ... “…,” he said' is Gershman's)", () => {
    const body = [
      "Bennett Gershman, a professor at Pace Law School, and Stuart Green, a professor at Rutgers, study perjury.",
      "“There’s a bit of wiggle room there,” Green said. Jeff Sessions said at the hearing that he forgot the meeting. Gershman said the statement would raise skepticism. “It’s something a person would be hard-pressed to forget,” he said. Any charges would likely be brought by Robert Mueller. Green said that Mueller’s mandate clearly covers the question. But Gershman noted that Mueller may be reluctant to charge Sessions because the case would not be solid. “When you bring a charge against a high-profile figure you don’t want to lose,” he said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["There’s a bit of wiggle room there,", "Stuart Green"],
      ["It’s something a person would be hard-pressed to forget,", "Bennett Gershman"],
      ["When you bring a charge against a high-profile figure you don’t want to lose,", "Bennett Gershman"],
    ]);
  });

  test("someone quoted before, named alone in the reporter's paragraph right before, is the next paragraph's 'he' ('… John Snow said a strong dollar was “…”. ⏎ But that was not enough for Mr Sarkozy. ⏎ “…,” he said')", () => {
    const body = [
      "Nicolas Sarkozy of France said the ministers were worried. “We are concerned about these developments,” he said. The comments come a day after US Treasury Secretary John Snow said a strong dollar was “in America's interest”.",
      "But that was not enough for Mr Sarkozy.",
      "“If the Americans were to change their policy, it's up to them to say so,” he said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["We are concerned about these developments,", "Nicolas Sarkozy"],
      ["in America's interest", "John Snow"],
      ["If the Americans were to change their policy, it's up to them to say so,", "Nicolas Sarkozy"],
    ]);
  });

  test("one whose name the quoted words go straight on from, as its predicate, is no 'he' of the attribution after ('Mr Sullivan “made accounting decisions,” he told the court' is Mr Ebbers's)", () => {
    const body = "Former WorldCom chief Bernie Ebbers has denied claims that he knew accountants were doctoring the books.\n\nSpeaking in court, Mr Ebbers rejected allegations he pressured ex-chief financial officer Scott Sullivan to falsify statements. Mr Sullivan “made accounting decisions,” he told the federal court.";
    expect(speakersOf(body)).toEqual([["made accounting decisions,", "Bernie Ebbers"]]);
  });

  test("the one a role opening the sentence is said to be is that sentence's subject ('The musical's British director is Matthew Warchus, best known for ... “…,” he said' is Warchus's, not the last speaker's)", () => {
    const body = "Producer Kevin Wallace announced the show's premiere in Toronto.\n\n“There will be no singing and dancing Hobbits,” assured Mr Wallace. The musical's British director is Matthew Warchus, best known for staging the worldwide stage hit Art. “The production will be a hybrid of text, physical theatre and music,” he said.";
    expect(speakersOf(body)[1]).toEqual(["The production will be a hybrid of text, physical theatre and music,", "Matthew Warchus"]);
  });

  test("a capital standing for its government is no one a later 'he' means ('... – something Pyongyang has vowed never to do. “…,” he told South Korean lawmakers' is Trump's)", () => {
    const body = "President Donald Trump spoke in Seoul on Wednesday.\n\nHe did promise a better future if North Korea agreed to denuclearization – something Pyongyang has vowed never to do. “We will not allow American cities to be threatened with destruction,” he told South Korean lawmakers.";
    expect(speakersOf(body)).toEqual([["We will not allow American cities to be threatened with destruction,", "Donald Trump"]]);
  });
});
