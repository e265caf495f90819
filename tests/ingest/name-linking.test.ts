import { analyzeArticle } from "../../src/ingest/analyze";
import { analyzeStory, personNamed, readQuotes, speakersOf } from "./helpers";

const names = (body: string) => analyzeStory(body).people.filter((p) => p.kind === "PERSON").map((p) => p.name);

describe("within-article name linking", () => {
  test("two name particles in a row stay inside the name, and a surname after them is no organisation ('Frank van der Post', 'Ursula von der Leyen')", () => {
    const body = "British Airways’ managing director for customers, Frank van der Post, said: ‘This is a simple device.’\n\n‘It works,’ said Ursula von der Leyen.";
    expect(speakersOf(body)).toEqual([
      ["This is a simple device.", "Frank van der Post"],
      ["It works,", "Ursula von der Leyen"],
    ]);
    expect(personNamed(analyzeStory(body), "Frank van der Post").kind).toBe("PERSON");
  });

  test("laws are nobody, nor a lone capitalised word after 'the' ('Under the 1989 Children Act', 'Laura Brownlees of Save the Children said'): a later 'she said' is the woman's", () => {
    const body = "Under the 1989 Children Act, public bodies have a duty to act in the \"best interest\" of a child. Laura Brownlees of Save the Children said there were grave concerns.\n\n\"If children are going to be returned there should be proper assessments,\" she said.";
    expect(speakersOf(body)).toEqual([["If children are going to be returned there should be proper assessments,", "Laura Brownlees"]]);
    expect(names(body)).toEqual(["Laura Brownlees"]);
  });

  test("but a surname of someone the story names stays theirs after 'the' ('the Trump administration')", () => {
    const body = "The move by the Trump administration surprised allies.\n\nDonald Trump said on Tuesday: \"We will win.\"\n\n\"It is a disgrace,\" Trump said.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Donald Trump", "Donald Trump"]);
    expect(names(body)).toEqual(["Donald Trump"]);
  });

  test("'Mr Staniforth' and 'Mrs Staniforth' with no first names are two people, named apart by their honorifics; 'he said' is the husband's", () => {
    const body = "Mr Staniforth said he was woken by a sound ‘like a fireball’.\n\nMrs Staniforth told the officer she wanted to ‘teach her husband a lesson’.\n\nMr Staniforth said his wife had threatened to kill herself.\n\nHe said: ‘I’d remove tablets and wine.’";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Mr Staniforth", "Mrs Staniforth", "Mr Staniforth"]);
    expect(names(body)).toEqual(["Mr Staniforth", "Mrs Staniforth"]);
  });

  test("'Clark Atlanta said' is the university named before ('Clark Atlanta University'), not a one-word name it ends with ('Police in suburban Atlanta say'); 'In a statement Smith said' still names Smith", () => {
    const body = "Police in suburban Atlanta say three people have been arrested.\n\nClark Atlanta University says the killing is a ‘devastating’ loss for the school.\n\nClark Atlanta said in an email to students that it is reaching out to family. ‘This is a devastating loss,’ a statement read.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Clark Atlanta University", "Clark Atlanta University"]);
    expect(speakersOf("Jim Smith runs the firm.\n\nIn a statement Smith said: ‘We are ready.’")).toEqual([["We are ready.", "Jim Smith"]]);
  });

  test("a full name written only in the headline links the body's short forms to it ('Dianne' → 'Dianne Staniforth'), by gender ('Mr Staniforth' stays apart)", () => {
    const text = "Dianne Staniforth, 51, discovered her husband had been unfaithful\n\nMr Staniforth said he was woken by a scream.\n\nMrs Staniforth was taken to hospital.\n\nHer sister said Dianne sent her a text saying: ‘I’m done now.’";
    const article = analyzeArticle(text);
    expect(readQuotes(article)).toEqual([{ text: "I’m done now.", speaker: "Dianne Staniforth", isPartial: false }]);
    expect(article.people.map((p) => p.name)).toEqual(["Staniforth", "Dianne Staniforth"]);
  });

  test("a name before a lower-case place noun is the place's ('at London's King Cross station, he said' is the MP's, not a King Cross's)", () => {
    const body = "Labour MP Stephen Pound met his daughter for the first time.\n\nDescribing that first meeting at London's King Cross station, he said: \"We were finishing each other sentences.\"";
    expect(speakersOf(body)).toEqual([["We were finishing each other sentences.", "Stephen Pound"]]);
    expect(names(body)).toEqual(["Stephen Pound"]);
  });

  test("a conjunction opening a clause is no first name ('“No’s!” Once Simmons was able to speak' is Gene Simmons, not a person called Once Simmons)", () => {
    const body = "When TMZ asked Gene Simmons if KISS would play the inaugural, Simmons tried to answer only to be shouted down by his wife and daughter, who yelled loud “No’s!” Once Simmons was able to speak, he diplomatically offered that the band would be touring Europe then, but his family continued making it quite clear that was not the reason.";
    expect(names(body)).toEqual(["Gene Simmons"]);
  });

  test("buildings and places are nobody ('Trump Tower', '& Tower'): a later 'he said' goes to the man, not the tower", () => {
    const body =
      "Donald Trump was questioned about Trump Tower.\n\nWhen he talked about the loan for his Chicago property – Trump International Hotel & Tower – he said the loan was “long since gone.”";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Donald Trump"]);
    expect(article.people.map((p) => p.name)).toEqual(["Donald Trump"]);
  });

  test("the first part of a hyphenated single name names the person ('Misbah' after 'Misbah-ul-Haq'); sports roles and 'Host' before a name are roles", () => {
    const body = "Pakistan captain Misbah-ul-Haq led the side. Host Ramiz Raja interviewed him.\n\n“We will not let up,” said Misbah.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Misbah-ul-Haq"]);
    expect(article.people.map((p) => p.name)).toEqual(["Misbah-ul-Haq", "Ramiz Raja"]);
  });

  test("a two-word name opening a sentence is a full name when its first word speaks alone elsewhere ('Edd Filiti made the claims ...' and 'Edd wrote')", () => {
    const body = "Sylvester Stallone's nephew has blasted the actor.\n\nEdd Filiti made the claims on his Facebook page, though the messages have since been removed.\n\n‘What did he do wrong?’ Edd wrote.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Edd Filiti"]);
    expect(personNamed(article, "Edd Filiti").aliases).toContain("Edd");
  });

  test("a two-word name opening a sentence is a full name when its surname speaks alone elsewhere ('Tetiana Poudel moved ...' and 'Poudel said')", () => {
    const body = "Tetiana Poudel moved to Poland last month.\n\nPoudel said the work was hard.\n\n“We need boots,” she said.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Tetiana Poudel"]);
    expect(personNamed(article, "Tetiana Poudel").aliases).toContain("Poudel");
  });

  test("a name ending in a possessive is a full name, the words after it describing someone else ('(CNN)Tetiana Poudel's father needed boots')", () => {
    const body = "(CNN)Tetiana Poudel's father needed combat boots.\n\nPoudel said the work was hard.\n\n“We need boots,” she said.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Tetiana Poudel"]);
    expect(article.people.map((p) => p.name)).toEqual(["Tetiana Poudel"]);
  });

  test("a nationality word that is also a given name stays in the name ('Tory Burch said')", () => {
    expect(speakersOf("“We will open in May,” Tory Burch said.")).toEqual([["We will open in May,", "Tory Burch"]]);
  });

  test("after a known first name a place word is a surname ('John Tower said')", () => {
    expect(speakersOf("“We will vote,” John Tower said.")).toEqual([["We will vote,", "John Tower"]]);
  });

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

  test("a surname that is also a month or a place (“Theresa May”, “York said”) is a name, “in May” is not", () => {
    const body =
      "Theresa May, the shadow secretary, told the programme that the plans were “papering over the cracks”. The election is likely in May.\n\n“We want courts to be the last resort,” Mrs May said.\n\nThe songwriters Caitlyn Smith and Kate York joined the project. “It is a totally different muscle,” York said.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([
      ["papering over the cracks", "Theresa May"],
      ["We want courts to be the last resort,", "Theresa May"],
      ["It is a totally different muscle,", "Kate York"],
    ]);
    expect(personNamed(article, "Theresa May").aliases).toContain("Mrs May");
    expect(names(body)).toEqual(["Theresa May", "Caitlyn Smith", "Kate York"]);
  });

  test("a party and state tag after a legislator's name is nobody ('Rep. Guy Reschenthaler, R-Pa., spearheaded ... and told ...: her belief that the Fed can “…”')", () => {
    const body =
      "Rep. Guy Reschenthaler, R-Pa., spearheaded the letter, and told FOX Business that he had three problems with Raskin: her belief that the Fed can “pick winners and losers in the economy,” and more.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([["pick winners and losers in the economy,", "Guy Reschenthaler"]]);
    expect(article.people.map((p) => p.name)).not.toContain("R-Pa.");
  });

  test("a title word after a first and a middle name is a surname ('Dr. Martin Luther King nominated ..., calling him “…”'), not an office", () => {
    const body = "In 1967, Dr. Martin Luther King nominated Thich Nhat Hanh for the Nobel Peace Prize, calling him “an Apostle of peace and nonviolence.”";
    expect(speakersOf(body)).toEqual([["an Apostle of peace and nonviolence.", "Martin Luther King"]]);
  });

  test("“House” after a first name is a surname (“economist Sarah House said”), so a later “she said” is hers", () => {
    const body =
      "“I could hire three people on the spot,” said Konstantinos Tsoulos, owner of a bagel shop.\n\nWells Fargo economist Sarah House said growth would depend on worker availability.\n\n“Workers are only likely to trickle back,” she said.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([
      ["I could hire three people on the spot,", "Konstantinos Tsoulos"],
      ["Workers are only likely to trickle back,", "Sarah House"],
    ]);
  });

  test("“The president said” opening a sentence refers back to the person whose role it is", () => {
    const body = "The deal depends on U.S. President Donald Trump.\n\nThe president said on Tuesday that China “is going to have to make a deal that I like.”";
    expect(speakersOf(body)).toEqual([["is going to have to make a deal that I like.", "Donald Trump"]]);
  });

  test("a leading part of a name written in full with and without a middle name is that one person", () => {
    const body =
      "Hori Parata and his son, Te Kaurinui Robert Parata, were called to the beach.\n\nIn the shed, Te Kaurinui Parata carves whale bone.\n\n“People dismiss us when we tell them,” says Te Kaurinui.";
    expect(speakersOf(body)).toEqual([["People dismiss us when we tell them,", "Te Kaurinui Robert Parata"]]);
  });

  test("a first name met before the full name is written is already that person (a pronoun can refer to her)", () => {
    const body =
      "Hal waited on the lawn. Fran worried that Hal might choke. “I was just panicking,” she says.\n\nAccording to Fran Finney, the agents believe the caller is abroad. Hal Finney died in August.";
    expect(speakersOf(body)).toEqual([["I was just panicking,", "Fran Finney"]]);
  });

  test("a first name alone goes to the full name the article writes most, not to 'Jerry Jr.' or a place named after him", () => {
    const body = [
      "Owner Jerry Jones bought a helicopter. Jerry Jones flies it over the stadium, aka Jerry World, every week.",
      "His son Stephen Jones runs the team. Jerry Jones still signs off.",
      "“Lonely is the right word,” Jerry says.",
      "Stephen's brother Jerry Jr. runs sales.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([["Lonely is the right word,", "Jerry Jones"]]);
  });
  test("'the Premier League' and 'Sky Sports' are no people: a title word before an organisation's head word alone names no one", () => {
    const article = analyzeStory("Arsenal went top of the Premier League on Sunday.\n\nArsenal manager Mikel Arteta told Sky Sports: “We showed real character.”");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Mikel Arteta"]);
    expect(article.people.filter((p) => p.kind === "PERSON").map((p) => p.name)).toEqual(["Mikel Arteta"]);
  });
  test("a full name set off by 'from' an organisation then a verb is a person ('Shami Chakrabarti, from human rights group Liberty, joined calls ... She said'); the Law Society, Belmarsh Prison and the Confederation of British Industry are no people", () => {
    const body =
      "Suspects held in Belmarsh Prison may be freed. The Law Society backed the change. Shami Chakrabarti, from human rights group Liberty, joined calls for intercept evidence. She said: “Adherence to the rule of law should not be a game of cat and mouse.”\n\nBut the Confederation of British Industry (CBI) called for a “pause year”.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Shami Chakrabarti", "Confederation of British Industry"]);
    expect(article.people.filter((p) => p.kind === "PERSON").map((p) => p.name)).toEqual(["Shami Chakrabarti"]);
  });
});


describe("names no word list knows", () => {
  test("a full name described by ', who' is a person's, and a later 'she told' is hers", () => {
    const body = "In the town, the queues were long.\n\nChathuri Dileeka, who works as an office assistant, had been waiting for an hour. “Earlier I used to get a bus in 15 minutes,” she told the BBC.";
    expect(speakersOf(body)).toEqual([["Earlier I used to get a bus in 15 minutes,", "Chathuri Dileeka"]]);
  });

  test("'Kolonna Manufacturing' is a firm, not someone a later 'she' could mean", () => {
    const body = "The chief of Kolonna Manufacturing, which is based in the central province, is looking for fuel.\n\nA clerk, 30, had been waiting for an hour. “The bus stops midway,” she told the BBC.";
    expect(names(body)).not.toContain("Kolonna Manufacturing");
    expect(speakersOf(body).map(([, s]) => s)).toEqual([null]);
  });
});

describe("a relative's noun before a name tells the gender", () => {
  test("'his daughter Laila Lacy, who gave him a second chance after he hurt her': she is no 'he' of a later quotation", () => {
    const body =
      "Larry Miller co-wrote his book with his daughter Laila Lacy, who gave him a second chance after he hurt her. When Lacy was in college, her mother died and he did not show up.\n\n“He told me he just couldn't face it,” Lacy says.\n\nHe calls the years since “blessings.” “That's what made me believe I could change my life,” he tells CNN.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Laila Lacy", "Larry Miller", "Larry Miller"]);
  });
});

describe("first names tell a gender for more names", () => {
  test("'asked Julian Ferris' is a man, so a later “…,” she said is the woman named before him", () => {
    const body = "Rachel Ambrose runs the chain.\n\n“Is the dividend safe?” asked Julian Ferris of Peel Hunt.\n\n“Yes, it is safe for now,” she said.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Julian Ferris", "Rachel Ambrose"]);
  });
});

describe("offices ending in -man and first names of either sex", () => {
  test("'Police Federation chairman Janet Berry' is a woman, the first name telling over the '-man' office; 'chairman Jan Berry' is of no known sex, so a later 'she said' can be her", () => {
    const janet = "Police Federation chairman Janet Berry said officers should act as “eyes and ears” for the police.\n\n“They should not be placed in confrontational situations,” she said.";
    expect(speakersOf(janet).map(([, s]) => s)).toEqual(["Janet Berry", "Janet Berry"]);
    const jan = janet.replace("Janet", "Jan");
    expect(speakersOf(jan).map(([, s]) => s)).toEqual(["Jan Berry", "Jan Berry"]);
  });
});

describe("a relative named by first name after the family's surname", () => {
  test("'Mr Pike's widow, Margaret, said' is Margaret Pike, a person apart from Geoffrey Pike", () => {
    const article = analyzeStory("Retired teacher Geoffrey Pike, 68, died in hospital two days later.\n\nMr Pike's widow, Margaret, said her life had been “hollowed out”.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Margaret Pike"]);
    expect(article.people.map((p) => p.name)).toEqual(["Geoffrey Pike", "Margaret Pike"]);
  });

  test("the owner may be a pronoun for the person last named ('His sister, Claire,'), the first name one the lexicon does not know ('Albright's wife, Eleni,'), the comma before it missing ('Kellett's wife Shannon, 32,')", () => {
    const sister = "Crews found Nathan Albright near a creek, Sheriff Diane Carrow said.\n\n“He did a lot right,” Carrow said.\n\nHis sister, Claire, had driven from Fort Collins.\n\n“We were trying not to think about the worst,” she told 9NEWS.";
    expect(speakersOf(sister).map(([, s]) => s)).toEqual(["Diane Carrow", "Claire Albright"]);
    const son = "Owner Gus Papadakis, 74, is retiring. Their son, Peter, who works as a nurse, said he never considered taking over. “I flipped pancakes here every summer,” he said.";
    expect(speakersOf(son).map(([, s]) => s)).toEqual(["Peter Papadakis"]);
    const wife = "Sheriff Diane Carrow said the search was over.\n\nAlbright's wife, Eleni, said the family was relieved. “We are so grateful,” she said.";
    expect(speakersOf(wife).map(([, s]) => s)).toEqual(["Eleni Albright"]);
    const noComma = "Jack Kellett died on Friday. Kellett's wife Shannon, 32, posted a message. “He was my world,” she wrote.";
    expect(speakersOf(noComma).map(([, s]) => s)).toEqual(["Shannon Kellett"]);
  });

  test("'Chantelle's mother, Debbie,' after 'Reality star Chantelle Vane' is Debbie Vane: a first name for someone met stands for their whole name", () => {
    const body = "Reality star Chantelle Vane has split from her fiance.\n\nChantelle's mother, Debbie, 51, added: 'My girl is stronger than she looks.'\n\nChantelle said: 'Ryan is my best friend.'";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Debbie Vane", "Chantelle Vane"]);
  });

  test("after a short opening phrase ('Outside the courthouse, Broussard's daughter, Denise, said') the relative is the sentence's subject, whom a later 'she said' means", () => {
    const body = "“You took years of their lives,” U.S. District Judge Margaret Thibodeaux said.\n\nOutside the courthouse, Broussard's daughter, Denise, said the sentence brought some relief.\n\n“It won't fix the house,” she said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Margaret Thibodeaux", "Denise Broussard"]);
  });

  test("'…, the mayor said.' makes the mayor the latest subject, so a later 'he said' is the mayor, not the relative the sentence was about", () => {
    const body = "Mayor Chris Bollwage described how the family had issues with the city.\n\nMr. Rahami’s father, John, opened the restaurant a decade ago, the mayor said.\n\nResponding to the complaints, the City Council passed an ordinance, the mayor said.\n\n“The City Council voted to shut it down at 10 p.m.,” he said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Chris Bollwage"]);
  });
});

describe("two first names sharing one surname", () => {
  test("'Lauren and Jamie Whitworth' are Lauren Whitworth and Jamie Whitworth; 'Lauren' and 'Mrs Whitworth' are her", () => {
    const article = analyzeStory("Lauren and Jamie Whitworth, from Swindon, paid for the holiday.\n\nLauren, 36, told the Mirror: 'It was like a horror film.'\n\nMrs Whitworth added: 'Nobody got back to us.'");
    expect(article.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Lauren Whitworth", "Jamie Whitworth"]));
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Lauren Whitworth", "Lauren Whitworth"]);
  });
});

describe("a body's head word alone", () => {
  test("'the Bank described the arguments as “…”' after 'the Bank of England' is the Bank of England, with 'Bank' an alias", () => {
    const article = analyzeStory("Rates were held as the Bank of England waits for more figures.\n\nIn the minutes, the Bank described the arguments as “finely balanced”.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Bank of England"]);
    expect(personNamed(article, "Bank of England").aliases).toContain("Bank");
  });
});

describe("firms' names with an ampersand, and a body's possessive before a name", () => {
  test("'P&O Ferries', 'AT&T' are firms named whole", () => {
    const article = analyzeStory("P&O Ferries said the offer was “the largest compensation package in the sector”.\n\nAT&T said it was “pleased”.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["P&O Ferries", "AT&T"]);
    expect(personNamed(article, "P&O Ferries").kind).toBe("ORGANIZATION");
    expect(personNamed(article, "AT&T").kind).toBe("ORGANIZATION");
  });

  test("'New York University's Aswath Damodaran told' is a person, not a body of that name", () => {
    const article = analyzeStory("Investors are buying, New York University's Aswath Damodaran told CNBC.\n\n“It is the big market delusion,” Damodaran said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Aswath Damodaran"]);
    expect(article.people.map((p) => p.name)).not.toContain("New York University's Aswath Damodaran");
  });
});

describe("a firm's full name after 'Shares of' opening the sentence", () => {
  test("'Shares of PPG Industries Inc. fell' names the firm, which a later 'PPG said' is", () => {
    const article = analyzeStory("Shares of PPG Industries Inc. fell nearly 3% after the paint maker reported results.\n\n“We expect costs to remain high,” PPG said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["PPG Industries Inc."]);
    expect(personNamed(article, "PPG Industries Inc.").aliases).toContain("PPG");
  });
});

describe("a headline in Title Case", () => {
  test("'Carl Icahn Pushes McDonald’s to Change ...' makes no person 'Carl Icahn Pushes McDonald' for 'McDonald’s said' to link to", () => {
    const raw =
      "Carl Icahn Pushes McDonald’s to Change Way It Sources Its Pork - The New York Times\n\nCarl Icahn is taking on McDonald’s over how it treats pigs.\n\n“Mr. Icahn’s stated focus relates to a narrow issue,” McDonald’s said.";
    const article = analyzeArticle(raw);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["McDonald’s"]);
    expect(article.people.map((p) => p.name)).not.toContain("Carl Icahn Pushes McDonald");
  });
});

describe("an office of a body whose name ends in a body's head word", () => {
  test("'president of Green Century Capital Management' names no person 'Capital Management'", () => {
    const article = analyzeStory("Leslie Samuelrich, president of Green Century Capital Management, said the move was “overdue”.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Leslie Samuelrich"]);
    expect(article.people.map((p) => p.name)).not.toContain("Capital Management");
  });
});

describe("a business named by what it owns", () => {
  test("'Facebook-owner Meta' is the business Meta, not a person 'Facebook-owner Meta'", () => {
    const article = analyzeStory("Facebook-owner Meta has warned of slowing growth.\n\nMeta said advertising was “slowing”.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Meta"]);
    expect(personNamed(article, "Meta").kind).toBe("ORGANIZATION");
    expect(article.people.map((p) => p.name)).not.toContain("Facebook-owner Meta");
  });
});

describe("a body's name with 'for' inside", () => {
  test("'Gen-Z for Change, an organization of influencers, tweeted' is the whole name, and 'the group continued' is it", () => {
    const body =
      "The White House briefed TikTok stars on the war.\n\nGen-Z for Change, an organization of influencers involved in the meeting, tweeted that it would “debunk misinformation.”\n\n“We are grateful that the White House took this step,” the group continued.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Gen-Z for Change", "Gen-Z for Change"]);
  });
});

describe("places made adjectives", () => {
  test("'Gothenburg-based employee, Camilla Emring puts it like this: “…”' names no one 'Gothenburg-based' (nor gives them the words)", () => {
    const article = analyzeStory("Gothenburg-based employee, Camilla Emring puts it like this: “I feel people open their hearts up.”");
    expect(readQuotes(article).map((q) => q.speaker)).not.toContain("Gothenburg-based");
    expect(article.people.map((p) => p.name)).toEqual(["Camilla Emring"]);
  });
});

describe("initials spelt out", () => {
  test("a congregation, synagogue, temple or mosque is a body, so its head word is no one's surname ('Congregation Beth Israel' ... 'Congregation member Stacey Silverman ... she said')", () => {
    const body = "It started like most any Saturday for members of Congregation Beth Israel.\n\nCongregation member Stacey Silverman watched the livestream for more than an hour.\n\nThe man was “screaming hysterically,” she said.";
    expect(speakersOf(body)).toEqual([["screaming hysterically,", "Stacey Silverman"]]);
  });

  test("a name spelt out right before its initials in brackets is theirs even with its words in another order ('the Centre for Business and Economic Research (CEBR)')", () => {
    const article = analyzeStory("In research published on Tuesday, the Centre for Business and Economic Research (CEBR) warned that costs would rise.\n\nThe CEBR also expects inflation to hit 8.7%.\n\n“The forecast fall in living standards is large,” it said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Centre for Business and Economic Research"]);
    expect(personNamed(article, "Centre for Business and Economic Research").aliases).toContain("CEBR");
  });

  test("'the Customs and Border Protection processing facility ... CBP said' names the agency in full, with its initials as an alias", () => {
    const article = analyzeStory("Doctors offered flu shots at the San Ysidro Customs and Border Protection processing facility.\n\n“We cannot allow it,” CBP said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Customs and Border Protection"]);
    expect(personNamed(article, "Customs and Border Protection").aliases).toEqual(["CBP"]);
  });

  test("initials the text does not spell out stay initials ('CEBR' beside the 'Centre for Business and Economic Research', whose initials are CBER)", () => {
    const article = analyzeStory("The Centre for Business and Economic Research published figures.\n\n“It is bad,” CEBR said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["CEBR"]);
  });
});

describe("Korean names, family name first", () => {
  test("'Kang Chun-hyuk ... Kang said ... Kang Na-ra ... Kang said': each 'Kang' is the Kang named last, and 'Kang' is no third person", () => {
    const body = "Kang Chun-hyuk, 30, fled North Korea in 2014.\n\n“It wasn't worth going to school,” Kang said.\n\nKang Na-ra, 25, is now a television personality.\n\n“Life here is tough,” Kang said.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Kang Chun-hyuk", "Kang Na-ra"]);
    expect(article.people.map((p) => p.name)).toEqual(["Kang Chun-hyuk", "Kang Na-ra"]);
  });
});

describe("a name that modifies a noun", () => {
  test("'their Santa Claus rally gains' names no person", () => {
    const article = analyzeStory("Stocks gave back their Santa Claus rally gains on Wednesday.\n\n“It is bad,” said Lindsey Bell, a strategist.");
    expect(article.people.map((p) => p.name)).toEqual(["Lindsey Bell"]);
  });

  test("'One British Gas customer, Izmir Smajlaj from Streatham, said he had tried ...' makes the unknown name a person, the 'he' of the next paragraph", () => {
    const body = [
      "Octopus boss Greg Jackson said customers should wait before submitting readings.",
      "One British Gas customer, Izmir Smajlaj from Streatham, said he had tried for almost two hours to submit a meter reading online.",
      "“Every time it pops up as an error. The system is probably overloaded,” he told the BBC.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([["Every time it pops up as an error. The system is probably overloaded,", "Izmir Smajlaj"]]);
  });

  test("a name no word list knows, opening a sentence, whose verb takes 'her' ('Vimbai Gwata-St John in Bexley has seen her food shop go up') is a person: the later 'She says' is hers", () => {
    const body = [
      "Fernanda Almeida says she feels “worried” about prices.",
      "Vimbai Gwata-St John in Bexley has seen her food shop go up by about £20 a week, too.",
      "She says: “The one thing you can't compromise on is food.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["worried", "Fernanda Almeida"],
      ["The one thing you can't compromise on is food.", "Vimbai Gwata-St John"],
    ]);
  });

  test("a plural possessive's apostrophe is no part of a name ('Top UK flour producer GR Wright & Sons' has also warned its prices are “…”' names GR Wright & Sons)", () => {
    const article = analyzeStory("Top UK flour producer GR Wright & Sons' has also warned its prices are “absolutely certain” to rise due to the conflict.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["GR Wright & Sons"]);
  });

  test("'the Federal Reserve' written after 'the Fed said' is the same body, which takes the long name", () => {
    const article = analyzeStory("Investors are listening to the central bank.\n\n“The FOMC expects it will soon be appropriate to raise rates,” the Fed said in its policy statement.\n\nThe Federal Reserve has also reduced the amount of mortgage-backed securities it is purchasing.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Federal Reserve"]);
  });

  test("a broadcaster's name opening a run names one of its outlets, no person ('speaking exclusively to BBC Sport', 'He told BBC Five Live:')", () => {
    const article = analyzeStory("Listen to the full interview on Sport on Five and the BBC Sport website from 1900 GMT.\n\nLiverpool chief executive Rick Parry says the club will not sell its captain.\n\nBut Parry, speaking exclusively to BBC Sport, also admits the player will have the final say. He told BBC Five Live: “Steven is above money.”");
    const people = article.people.filter((p) => p.kind === "PERSON").map((p) => p.name);
    expect(people).toContain("Rick Parry");
    expect(people).not.toContain("BBC Sport");
    expect(people).not.toContain("BBC Five Live");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Rick Parry"]);
  });

  test("a dateline's place in capitals and the agency after it name nobody a later 'it' or 'the newspaper' means ('BOSTON (Reuters) - ...')", () => {
    const article = analyzeStory("BOSTON (Reuters) - The Massachusetts state senate on Friday prepared to open a probe.\n\n“We are shocked,” it said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual([null]);
    expect(article.people.map((p) => p.name)).not.toContain("BOSTON");
  });

  test("a chamber is a body ('the U.S. Chamber of Commerce said' is the Chamber of Commerce's, no person 'Chamber')", () => {
    expect(speakersOf("Business groups backed the law.\n\nAt the time, the U.S. Chamber of Commerce said the law would “help reduce unnecessary litigation.”")).toEqual([["help reduce unnecessary litigation.", "U.S. Chamber of Commerce"]]);
  });

  test("a known firm's name with a company suffix is the firm's ('General Motors Co' is no person 'Motors Co' after the rank 'General')", () => {
    const article = analyzeStory("The plan could hurt automakers like General Motors Co, Tesla Inc and Nissan Motor Co.\n\nGeneral Motors said the credit was “an important customer benefit.”");
    expect(article.people.map((p) => p.name)).not.toContain("Motors Co");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["General Motors Co"]);
  });

  test("initials may stand for a name whose words a hyphen joins ('The Anti-Defamation League said ... the ADL said' is one body)", () => {
    const article = analyzeStory("The Anti-Defamation League said the retweets would encourage bigots.\n\n“Such content is the engine that fuels extremist movements,” the ADL said in a statement.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Anti-Defamation League"]);
    expect(personNamed(article, "Anti-Defamation League").aliases).toContain("ADL");
  });

  test("'for a' inside a body's name ('said the Committee for a Responsible Federal Budget' is one body, no person 'Responsible Federal Budget')", () => {
    const article = analyzeStory("Budget hawks were unhappy on Friday.\n\nThe bill is a “fatally flawed budget buster,” said the Committee for a Responsible Federal Budget.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Committee for a Responsible Federal Budget"]);
    expect(article.people.map((p) => p.name)).not.toContain("Responsible Federal Budget");
  });

  test("a one-word name of a known body that is the surname of someone met is that person ('Edward Fox ... Fox told the South Wales Evening Post ... “…,” he said')", () => {
    const body = "Actor Edward Fox has bought a theatre in Swansea.\n\nOscar-winner Sir Anthony Hopkins made his professional debut there. Fox told the South Wales Evening Post that he was surprised by its beauty. “A lot of money needs to be spent on it,” he said.";
    expect(speakersOf(body)).toEqual([["A lot of money needs to be spent on it,", "Edward Fox"]]);
  });

  test("a lab is a body ('Kaspersky Lab said it continued to have “serious concerns”' is the firm's, no person 'Kaspersky Lab')", () => {
    const article = analyzeStory("The U.S. government banned the software.\n\nIn a statement on Tuesday, Kaspersky Lab said it continued to have “serious concerns” about the law.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Kaspersky Lab"]);
    expect(personNamed(article, "Kaspersky Lab").kind).toBe("ORGANIZATION");
  });
});
