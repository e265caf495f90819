import { analyzeArticle } from "../../src/ingest/analyze";
import { analyzeStory, personNamed, readQuotes, speakersOf } from "./helpers";

const quotes = (body: string) => readQuotes(analyzeArticle(body, { title: "Test story" })).map((q) => [q.text, q.speaker]);

describe("titles of works in quote marks are not quotes", () => {
  test("an office 'of the' a body before a name is the role ('Shadow leader of the Commons Oliver Heald said', 'Chancellor of the Exchequer Gordon Brown'); a spokeswoman for a body still names nobody", () => {
    const article = analyzeStory("Shadow leader of the Commons Oliver Heald said: \"This will be part of our aim.\"\n\n\"We will,\" said Chancellor of the Exchequer Gordon Brown.\n\n\"No comment,\" a spokeswoman for the House Judiciary Committee said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Oliver Heald", "Gordon Brown", null]);
    expect(article.people.filter((p) => p.kind === "PERSON").map((p) => [p.name, p.role])).toEqual([["Oliver Heald", "Shadow leader of the Commons"], ["Gordon Brown", "Chancellor of the Exchequer"]]);
  });

  test("occupations written before a name are roles, not part of the name ('Anaesthetist Helga Wauters', 'Headteacher Jane Smith')", () => {
    const article = analyzeStory("Anaesthetist Helga Wauters, 45, was charged.\n\n\"We are shocked,\" Headteacher Jane Smith said.");
    expect(article.people.map((p) => [p.name, p.role])).toEqual([["Helga Wauters", "Anaesthetist"], ["Jane Smith", "Headteacher"]]);
  });

  test("the words of a ministry after 'Minister for' are the role's, not a person ('Lord Bach, Minister for Defence Procurement, said')", () => {
    const article = analyzeStory("\"It was like turning a super tanker,\" Lord Bach, Minister for Defence Procurement, said.");
    expect(article.people.map((p) => p.name)).toEqual(["Bach"]);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Bach"]);
  });

  test("Title Case words with punctuation inside the closing mark are a title", () => {
    expect(quotes("The genre took off with the 1979 film “Harvest of the Hollow Moon.” Critics hated it.")).toEqual([]);
    expect(quotes("In 1991's “Return of the Salt Kings,” the villains could talk.")).toEqual([]);
  });

  test("an office with 'of' opening the sentence before a name the lexicon does not know ('Director of football Txiki Begiristain said') names the speaker", () => {
    const article = analyzeStory("The club signed a player.\n\nDirector of football Txiki Begiristain said in a statement: \"This is a great day for the club.\"");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Txiki Begiristain"]);
  });

  test("'A spokesman for Leeds City Council said' names nobody: the body after a lower-case role is no speaker, and no organisation called 'for Leeds City Council' is made", () => {
    const article = analyzeStory("The school sent him home.\n\nA spokesman for Leeds City Council said: 'This is a matter for the school.'");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual([null]);
    expect(article.people.map((p) => p.name)).not.toContain("for Leeds City Council");
  });

  test("an organisation with 'of the' in its name before a role and a full name ('Friends of the Earth director Tony Juniper said') names the person, not 'Friends'", () => {
    const article = analyzeStory("Ministers defended the plan.\n\nBut Friends of the Earth director Tony Juniper said ministers were “all talk”. “Emissions have gone up,” he said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Tony Juniper", "Tony Juniper"]);
  });

  test("a party before a lower-case role and a name ('said Tory shadow local government secretary Caroline Spelman') names the person; 'Other Tory plans' and '“extravagant” Tory promises' make no speaker called Tory", () => {
    const article = analyzeStory("The Conservatives attacked the plans. “This is typical of Lib Dem hypocrisy,” said Tory shadow local government secretary Caroline Spelman.\n\nLabour criticised “extravagant” Tory promises on policing. Other Tory law and order plans include building more prisons.");
    // ("Labour criticised “extravagant” Tory promises": Labour's word, as the labelled BBC story has it.)
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Caroline Spelman", "Labour"]);
    expect(article.people.map((p) => p.name)).not.toContain("Tory");
    expect(article.people.map((p) => p.name)).not.toContain("Other Tory");
  });

  test("a title with a subtitle after a colon, named by its author", () => {
    expect(quotes("“They were never monsters,” said Dana Ruiz, author of “Monsters at the Gate: A History of Fear in Cinema” (Orbit, 2012).")).toEqual([
      ["They were never monsters,", "Dana Ruiz"],
    ]);
  });

  test("“called” before Title Case words names a work even after a person's name", () => {
    expect(quotes("He then made a film starring Ada Brandt called “Silver Harbour.” It flopped.")).toEqual([]);
    expect(quotes("The publisher launched a 2016 series called “Midnight with Mabel.”")).toEqual([]);
  });

  test("speech stays speech: one capitalised word, or a sentence in lower case", () => {
    expect(quotes("“Absolutely,” said Dana Ruiz.")).toEqual([["Absolutely,", "Dana Ruiz"]]);
    expect(quotes("“We Will Not Back Down,” Dana Ruiz told the crowd.")).toEqual([["We Will Not Back Down,", "Dana Ruiz"]]);
    expect(quotes("Dana Ruiz said the plan was “a complete failure.”")).toEqual([["a complete failure.", "Dana Ruiz"]]);
  });

  test("quoted words naming the noun after them ('the “one country, two systems” formula') are no quote, even in a sentence that reports speech", () => {
    expect(quotes("Dana Ruiz said she still backs the “one country, two systems” formula, while the city’s police deny accusations of brutality.")).toEqual([]);
    expect(quotes("Dana Ruiz said the plan was “a complete failure” on every count.")).toEqual([["a complete failure", "Dana Ruiz"]]);
  });

  test("a quotation ending its sentence is kept when the next sentence opens with such a noun ('… nonsense.” Law enforcement officers arrived')", () => {
    expect(quotes("John Smith turned and told her “I am done with all of this nonsense.” Law enforcement officers arrived soon after.")).toEqual([
      ["I am done with all of this nonsense.", "John Smith"],
    ]);
  });
});

describe("BBC politics offices and references", () => {
  test("'The shadow chancellor said:' is the one introduced as 'Shadow chancellor Stephen Marlow'", () => {
    expect(speakersOf("Shadow chancellor Stephen Marlow has promised lower taxes in Bournemouth.\n\nThe shadow chancellor said: “We will cut waste.”").map(([, s]) => s)).toEqual(["Stephen Marlow"]);
  });

  test("'The 52 year old said:' (the hyphens lost) is the one given that age", () => {
    const body = "Conservative MP Robert Lindley, 52, has welcomed the money. Education Secretary Claire Dunstan announced it.\n\nThe 52 year old said: “This is brilliant news.”";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Robert Lindley"]);
  });

  test("'However, shadow home secretary Jack Heywood attacked ...' makes him the subject a later 'he said' means", () => {
    const body = "Prime Minister Anthony Fairbairn urged Labour to hold its nerve.\n\nDerek Simms said the speech was “all vision and no detail”. However, shadow home secretary Jack Heywood attacked the prime minister. “He was not honest about Iraq,” he said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Derek Simms", "Jack Heywood"]);
  });

  test("'Number 10 said' is Number 10", () => {
    expect(speakersOf("Downing Street has dismissed claims in a new book.\n\nNumber 10 said the book was “fiction dressed up as fact”.").map(([, s]) => s)).toEqual(["Number 10"]);
  });
});

describe("one party, two names", () => {
  test("'The Tory leader' is the one introduced as 'Conservative leader'; 'The Liberal Democrat leader' the 'Lib Dem leader'", () => {
    const tail = " Ukip leader Bernard Talbot launched his own campaign in Devon.\n\n";
    expect(speakersOf(`Conservative leader Andrew Kingsley said the prime minister had stopped listening.${tail}The Tory leader later said the election would be “a referendum on trust”.`).map(([, s]) => s)).toEqual(["Andrew Kingsley"]);
    expect(speakersOf(`Lib Dem leader Charles Dunmore said the prime minister had stopped listening.${tail}The Liberal Democrat leader later said the election would be “a referendum on trust”.`).map(([, s]) => s)).toEqual(["Charles Dunmore"]);
  });
});

describe("more demonyms and job titles", () => {
  test("'the Dutchman said' refers back to the Dutch player; 'MailWall's chief technology officer, Paul Reynolds' speaks", () => {
    expect(speakersOf("Blackburn have rejected a bid for striker Ruud Dekker.\n\nDekker said he wanted to play in Europe. “I have nothing against Blackburn,” the Dutchman said.").map(([, s]) => s)).toEqual(["Ruud Dekker"]);
    expect(speakersOf("Spam is rising, a study says.\n\n“The spammers have industrialised,” said MailWall's chief technology officer, Paul Reynolds.").map(([, s]) => s)).toEqual(["Paul Reynolds"]);
  });
});

describe("a club's boss", () => {
  test("'the Bolton boss' is 'Bolton manager Sam Boyd', not the Arsenal boss who spoke last", () => {
    const body = "Arsenal boss Alain Mercier attacked the referee. “It was never a penalty,” said the Frenchman.\n\nBolton manager Sam Boyd dismissed the complaints. “Alain always has something to say when he loses,” the Bolton boss told BBC Sport.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Alain Mercier", "Sam Boyd"]);
  });
});

describe("peers", () => {
  test("'Lord Faulkner of Worcester' keeps his territorial designation as an alias; 'Lord Pym of the Conservative party' is no designation", () => {
    const article = analyzeStory("Lord Faulkner of Worcester, who chaired the inquiry, said: “We accept most betting is clean.”\n\n“The government must act,” Lord Faulkner said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Faulkner", "Faulkner"]);
    expect(personNamed(article, "Faulkner").aliases).toContain("Lord Faulkner of Worcester");
    const party = analyzeStory("Lord Pym of the Conservative party said: “We will vote against it.”");
    expect(party.people.flatMap((p) => p.aliases).filter((a) => a.includes(" of "))).toEqual([]);
  });
});

describe("offices with a modifier", () => {
  test("'The Foreign Secretary told the BBC' is not the shadow foreign secretary; 'the prime minister' is not the deputy prime minister", () => {
    const body = "Shadow foreign secretary Michael Ancram said: “We have fought a positive campaign.”\n\nIn a speech Mr Straw said of the Tory leader: “He is clever but not wise.” The Foreign Secretary told the BBC: “I was making an observation.”";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Michael Ancram", "Straw", "Straw"]);
    const deputy = "Deputy prime minister John Prescott opened the debate. Tony Blair spoke next.\n\n“We will win,” the prime minister said.";
    expect(speakersOf(deputy).map(([, s]) => s)).toEqual(["Tony Blair"]);
  });
});

describe("names after offices with objects and after bodies", () => {
  test("'Chief Inspector of Prisons Anne Holroyd', 'Assistant coroner for Pembrokeshire Catrin Howells': the office's object, then the name", () => {
    const article = analyzeStory("Chief Inspector of Prisons Anne Holroyd said overcrowding was “the single biggest threat” to rehabilitation.\n\nAssistant coroner for Pembrokeshire Catrin Howells said: “This was a tragic accident.”");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Anne Holroyd", "Catrin Howells"]);
    expect(personNamed(article, "Anne Holroyd").role).toBe("Chief Inspector of Prisons");
  });

  test("'University of Sydney economist Anita Kaur', 'Bureau of Meteorology senior meteorologist Dean Whitford': a lower-case occupation after a body, then a person", () => {
    const body = "“Labor knows it,” Shadow Treasurer Bridget Halvorsen told reporters.\n\nUniversity of Sydney economist Anita Kaur said the issue had been poisoned. “You cannot touch it,” she said.\n\nBureau of Meteorology senior meteorologist Dean Whitford said there was little relief. “It will stay hot,” he said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Bridget Halvorsen", "Anita Kaur", "Dean Whitford"]);
    // (A title before the name too: "University of Sydney economist Professor Anita Kaur".)
    expect(speakersOf(body.replace("economist Anita Kaur", "economist Professor Anita Kaur")).map(([, s]) => s)).toEqual(["Bridget Halvorsen", "Anita Kaur", "Dean Whitford"]);
  });

  test("a title word that is also a name: 'director of rugby Dean Rutherford' is Dean Rutherford; 'Author Stephen King' is Stephen King", () => {
    expect(speakersOf("Leicester director of rugby Dean Rutherford said Baverstock deserved his chance: “He's been outstanding for us all season.”").map(([, s]) => s)).toEqual(["Dean Rutherford"]);
    expect(speakersOf("Author Stephen King said: “Horror is about fear.”").map(([, s]) => s)).toEqual(["Stephen King"]);
  });
});

describe("roles with a lower-case object", () => {
  test("'said chairman of selectors David Graveney', 'said head of communications Mary Dunne' name the speaker", () => {
    expect(speakersOf("“It's a nice problem to have,” said chairman of selectors David Graveney.\n\n“We won,” said head of communications Mary Dunne.").map(([, s]) => s)).toEqual(["David Graveney", "Mary Dunne"]);
    // (After a body's possessive name too: "said Chelsea's director of football Frank Oduya", "said Apacs's fraud director, Colin Wakeham".)
    expect(speakersOf("The deal was signed.\n\n“He is exactly what we need,” said Chelsea's director of football Frank Oduya.\n\n“The fraudsters are getting cleverer,” said Apacs's fraud director, Colin Wakeham.").map(([, s]) => s)).toEqual(["Frank Oduya", "Colin Wakeham"]);
  });

  test("occupations before a name are no part of it ('Epidemiologist Ann Marie Kimball', 'said trader Karen Finerman', 'Retiree Joan Smith')", () => {
    const article = analyzeStory("Markets fell.\n\nEpidemiologist Ann Marie Kimball said: “It is bad.”\n\n“It is worse,” said trader Karen Finerman. “Much worse.”\n\nRetiree Joan Smith said: “We are worried.”");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Ann Marie Kimball", "Karen Finerman", "Karen Finerman", "Joan Smith"]);
    expect(article.people.map((p) => p.name).sort()).toEqual(["Ann Marie Kimball", "Joan Smith", "Karen Finerman"]);
  });

  test("a surname with a small joined particle is a name word ('Blair duQuesnay'), and a credential before a name is a role ('CFP Lee Baker')", () => {
    const article = analyzeStory("Stocks fell.\n\n“Tightening will put pressure on activity,” according to Blair duQuesnay, a financial planner at Ritholtz Wealth Management. “And it is by design.”\n\nThe worry is rates, according to CFP Lee Baker, founder of Apex Financial Services.\n\n“You just follow that domino,” Baker said.\n\nThe selloff may be good, duQuesnay said. “Maybe it should sell off,” she said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Blair duQuesnay", "Blair duQuesnay", "Lee Baker", "Blair duQuesnay"]);
    expect(personNamed(article, "Lee Baker").role).toBe("CFP");
    expect(personNamed(article, "Blair duQuesnay").kind).toBe("PERSON");
  });

  test("a number with capitals joined on ('4G LTE', '3G', '5G') is one token, no name ('G LTE') for a pronoun to find", () => {
    const article = analyzeStory("Verizon says its speeds are about 10 times as fast as 4G LTE.\n\nDimitris Mavrakis is an analyst at ABI Research.\n\nBecause 2G introduced mobile voice, he calls 3G “somewhere in between”.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Dimitris Mavrakis"]);
    expect(article.people.map((p) => p.name)).not.toContain("G LTE");
  });

  test("a capitalised office of a body, the body's name, then the person ('Former Chairman of the Council of Economic Advisers Kevin Hassett warned'; 'said Chairman of the ... Kevin Hassett')", () => {
    const body = "Prices rose.\n\nFormer Chairman of the Council of Economic Advisers Kevin Hassett warned on Thursday that inflation is “out of control”.\n\n“It is bad,” said Chairman of the Council of Economic Advisers Kevin Hassett.";
    expect(speakersOf(body)).toEqual([
      ["out of control", "Kevin Hassett"],
      ["It is bad,", "Kevin Hassett"],
    ]);
  });

  test("'Even' and plural nationalities are no name words ('Opinion: Even Canadians fear ...' makes no person 'Even Canadians' for 'he' to find)", () => {
    const article = analyzeArticle("Opinion: Even Canadians fear US democracy could end soon - CNN\n\nPolitical scientist Thomas Homer-Dixon penned an op-ed in a Canadian paper.\n\nThe column is addressed not to Americans but to his fellow Canadians, to prepare them.\n\nHis words carry weight. “Today,” he wrote, “I see a landscape flashing with warnings.”");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Thomas Homer-Dixon", "Thomas Homer-Dixon"]);
    expect(article.people.map((p) => p.name)).not.toContain("Even Canadians");
  });

  test("'Back' opening a sentence is no name ('Back at the office, workers complained ...' makes no person 'Back')", () => {
    const article = analyzeStory("Erika Cruz quit her job.\n\nBack at the office, workers complained about “meetings that could have been an email”.");
    expect(article.people.map((p) => p.name)).not.toContain("Back");
    expect(readQuotes(article).map((q) => q.speaker)).not.toContain("Back");
  });

  test("a body, lower-case role words ending in '-in-chief', then the name ('RT News deputy editor-in-chief Anna Belkina hit out ..., telling Reuters that ... “…”')", () => {
    const body = "Apple halted sales.\n\nRT News deputy editor-in-chief Anna Belkina hit out at the firms over the actions, telling Reuters that the tech companies have not pointed to “a single grain of evidence.”";
    expect(speakersOf(body)).toEqual([["a single grain of evidence.", "Anna Belkina"]]);
  });

  test("'Said' with its capital after a name is a surname ('Guhaad Said, the leader of ..., said'), so 'he said' later is his", () => {
    const body = "The F.B.I. raided nonprofits.\n\nGuhaad Said, the leader of Advance Youth Athletic Development, said the state numbers were wrong.\n\n“I don't know where that number came from,” he said.";
    expect(speakersOf(body)).toEqual([["I don't know where that number came from,", "Guhaad Said"]]);
  });

  test("a body's name holds 'of the' / 'for the' after its head word ('the International Committee of the Red Cross said', 'the Institute for the Study of War'), not an office's ('the Chief of Police for the Kyiv region')", () => {
    const body = "Fighting went on.\n\n“The ICRC is deeply concerned,” the International Committee of the Red Cross said Friday.\n\n“Russian forces did not pause,” the Institute for the Study of War said.\n\n“Our police group was fired upon,” the Chief of Police for the Kyiv region told journalists.";
    expect(speakersOf(body)).toEqual([
      ["The ICRC is deeply concerned,", "International Committee of the Red Cross"],
      ["Russian forces did not pause,", "Institute for the Study of War"],
      ["Our police group was fired upon,", null],
    ]);
  });

  test("'Ranking Member of the Foreign Affairs Committee Rep. Michael McCaul, R-Texas, told' names McCaul: 'Member' is an office, no name", () => {
    const body = "House Republicans criticised the bill.\n\n“We have been in talks with House and Senate committees for weeks,” Ranking Member of the Foreign Affairs Committee Rep. Michael McCaul, R-Texas, told Fox News Digital.";
    expect(speakersOf(body)).toEqual([["We have been in talks with House and Senate committees for weeks,", "Michael McCaul"]]);
  });

  test("'Los Angeles photojournalist John Schreiber shared footage ... and described “…”' is Schreiber's: 'photojournalist' is a role word, not part of a place's name", () => {
    const body = "The thefts amounted to more than $5 million in damages.\n\nLos Angeles photojournalist John Schreiber shared footage of train tracks in the Lincoln Heights neighborhood of Los Angeles and described “looted packages as far as the eye can see,” including “Amazon packages, UPS boxes, unused COVID tests,” he said in a tweet last Thursday.";
    expect(speakersOf(body)).toEqual([
      ["looted packages as far as the eye can see,", "John Schreiber"],
      ["Amazon packages, UPS boxes, unused COVID tests,", "John Schreiber"],
    ]);
  });

  test("'said the company's chief executive John Smith': role words after a body's possessive, then the one holding the role", () => {
    expect(speakersOf("Shares fell sharply on Monday.\n\n“There is nothing coming in to replace the funds,” said the company's chief executive John Smith.")).toEqual([["There is nothing coming in to replace the funds,", "John Smith"]]);
  });

  test("'said the committee’s Ranking Democrat Jerrold Nadler': a body's possessive, then a capitalised office and the name", () => {
    expect(speakersOf("FBI Director Christopher Wray testified on Thursday.\n\n“Your job requires you to have courage, Mr. Director,” said the committee’s Ranking Democrat Jerrold Nadler.")).toEqual([["Your job requires you to have courage, Mr. Director,", "Jerrold Nadler"]]);
  });
});
