import { analyzeStory, personNamed, readQuotes, speakersOf } from "./helpers";

describe("descriptions that refer back to someone already named", () => {
  test("'The President also touted ..., saying “…”' and 'The President celebrated the impact on “…”' are the one whose role is that office alone, not the 'Russian President' named since", () => {
    const body =
      "President Joe Biden gave his State of the Union address on Tuesday.\n\nRussian President Vladimir Putin has not commented.\n\nThe President also touted the West's unity, saying it is “inflicting pain on Russia”.\n\nThe President celebrated the impact the sanctions will have on “Russian oligarchs and corrupt leaders.”";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Joe Biden", "Joe Biden"]);
  });

  test("lower-case words between 'the' and the office ('the central bank chief told') still make a description that refers back", () => {
    const body = "Federal Reserve chief Jerome Powell said rates could rise.\n\n“The labor market is very strong,” the central bank chief told economists.";
    expect(speakersOf(body)).toEqual([["The labor market is very strong,", "Jerome Powell"]]);
  });

  test("an office set before a name in apposition counts too ('The Archbishop of Canterbury said: “…”' before 'the Archbishop of Canterbury, Dr Rowan Williams, will preside')", () => {
    const body = "The Archbishop of Canterbury said: \"I am pleased.\"\n\nA service will follow at which the Archbishop of Canterbury, Dr Rowan Williams, will preside.";
    expect(speakersOf(body)).toEqual([["I am pleased.", "Rowan Williams"]]);
  });

  test("an office met before the name ('The home secretary said ...' before 'Home Secretary Charles Clarke told') is the one person the article gives that office; a plural noun before its own verb ('the media reports were not “…”') is no speech verb", () => {
    const body = "Martin Mubanga said he was interrogated at the camp. The home secretary said he would not be launching an investigation and that the media reports were not \"well informed\".\n\nAnd Home Secretary Charles Clarke told MPs: \"I'm not organising an investigation.\"";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Charles Clarke", "Charles Clarke"]);
  });

  test("more person nouns refer back, with their gender where they tell it ('the footballer said', 'the heiress said')", () => {
    expect(speakersOf("Wayne Rooney scored twice on Saturday.\n\n‘It was a great night,’ the footballer said.")).toEqual([["It was a great night,", "Wayne Rooney"]]);
    expect(speakersOf("Ivanka Trump arrived with her father Donald Trump.\n\n‘I love London,’ the heiress said.")).toEqual([["I love London,", "Ivanka Trump"]]);
  });

  test("tabloid compounds refer back with their gender ('the mother-of-two said' → the woman, not her husband)", () => {
    const body = "Dianne Smith lost her job on Monday. Her husband Paul Smith was away.\n\n‘I am devastated,’ the mother-of-two said.";
    expect(speakersOf(body)).toEqual([["I am devastated,", "Dianne Smith"]]);
  });

  test("everyday person nouns refer back too ('the nanny insisted' → the woman charged)", () => {
    const body = "Yoselyn Ortega was charged with murder.\n\nIn June, Ortega claimed someone else killed the children.\n\n‘I didn't do that,’ the nanny insisted in a jailhouse interview. ‘Someone else did.’";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Yoselyn Ortega", "Yoselyn Ortega"]);
  });

  test("'the 34-year-old actress says' → the woman of the story, not the man", () => {
    const body = "Maria Lopez met Daniel Reed on the set of the film.\n\nThe 34-year-old actress says the shoot left them “closer than ever”.";
    expect(speakersOf(body)).toEqual([["closer than ever", "Maria Lopez"]]);
  });

  test("'the actress, 26, said' after an appositive age", () => {
    const body = "Anna Berg spoke to Paul Stone about her new play.\n\n“It is my favourite role,” the actress, 26, said.";
    expect(speakersOf(body)).toEqual([["It is my favourite role,", "Anna Berg"]]);
  });

  test("'the 24-year-old said' → the person the article gave that age ('Erling Haaland, 24,'), not the latest speaker; someone given another age is never meant", () => {
    const body =
      "Striker Erling Haaland, 24, has signed a new deal.\n\nCity boss Pep Guardiola was delighted. “He is the best,” Guardiola told Sky Sports.\n\n“We have a great team,” the 24-year-old said.";
    expect(speakersOf(body)).toEqual([
      ["He is the best,", "Pep Guardiola"],
      ["We have a great team,", "Erling Haaland"],
    ]);
    const other = "Striker Erling Haaland has signed a new deal.\n\nCity boss Pep Guardiola, 53, was delighted. “He is the best,” Guardiola told Sky Sports.\n\n“We have a great team,” the 24-year-old said.";
    expect(speakersOf(other)[1][1]).toBe("Erling Haaland");
  });

  test("'the Hello singer said' → the person whose role is 'Singer', the work's name before the role set aside; not the latest subject", () => {
    const body =
      "Singer Adele has spoken about her divorce.\n\nShe split from Simon Konecki in 2019. Konecki has not commented publicly.\n\nSpeaking about her weight loss, the Hello singer said: “It was about my anxiety.”";
    expect(speakersOf(body)).toEqual([["It was about my anxiety.", "Adele"]]);
  });

  test("'The boy's mother told' names nobody when no one was written with that role; a role written before still matches", () => {
    const body =
      "Detective Inspector Jane Hughes said: “This was a shocking attack.”\n\nThe boy's mother told the Manchester Evening News: “He is lucky to be alive.”";
    expect(speakersOf(body)).toEqual([
      ["This was a shocking attack.", "Jane Hughes"],
      ["He is lucky to be alive.", null],
    ]);
    const named = "The boy's mother, Sarah Jones, said he was recovering.\n\nDetective Inspector Jane Hughes said: “This was a shocking attack.”\n\nThe boy's mother added: “He is lucky to be alive.”";
    expect(speakersOf(named)[1]).toEqual(["He is lucky to be alive.", "Sarah Jones"]);
  });

  test("a party member after 'the' stands for a person met ('The Lib Dem said' → the Lib Dem spokesman just named, not an organisation 'Lib Dem')", () => {
    const body =
      "Peers rejected the plan. Sir Menzies Campbell, the Lib Dem foreign affairs spokesman, welcomed the vote. The Lib Dem said: “This is a victory for civil liberties.”";
    expect(speakersOf(body)).toEqual([["This is a victory for civil liberties.", "Menzies Campbell"]]);
  });

  test("'His wife said' is the woman named beside those words before ('His wife, Mary Hughes,'), else nobody; 'Farmer John Hughes' opening a sentence is John Hughes", () => {
    const named =
      "Farmer John Hughes, 58, has won a battle with the council. His wife, Mary Hughes, said the family was “relieved”.\n\nCouncillor Sarah Lee said the council would not appeal. “We accept the ruling,” she said.\n\nHis wife said: “It has been a nightmare.”";
    expect(speakersOf(named)).toEqual([
      ["relieved", "Mary Hughes"],
      ["We accept the ruling,", "Sarah Lee"],
      ["It has been a nightmare.", "Mary Hughes"],
    ]);
    const unnamed = "Farmer John Hughes, 58, has won a battle with the council.\n\nMr Hughes said he was pleased. His wife said: “It has been a nightmare.”";
    const article = analyzeStory(unnamed);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual([null]);
    expect(article.people.map((p) => p.name)).toContain("John Hughes");
  });

  test("'said the 52-year-old' → the most recent speaker", () => {
    const body = "“We start at dawn,” said Tomas Berg, a farmer near Uppsala.\n\n“The river decides the rest,” said the 52-year-old.";
    expect(speakersOf(body)).toEqual([
      ["We start at dawn,", "Tomas Berg"],
      ["The river decides the rest,", "Tomas Berg"],
    ]);
  });

  test("'the Malawian told', 'said the New Zealander': a nationality refers back to the person, and is no one's name", () => {
    const body =
      "Ellen Mwamulima, a former domestic worker, fled a mob in Mossel Bay.\n\n“We lost everything,” the Malawian told Al Jazeera.\n\nTom Walsh watched the final from Auckland.\n\n“It was a long night,” said the New Zealander.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([
      ["We lost everything,", "Ellen Mwamulima"],
      ["It was a long night,", "Tom Walsh"],
    ]);
    expect(article.people.map((p) => p.name)).not.toContain("Malawian");
    expect(article.people.map((p) => p.name)).not.toContain("Zealander");
  });

  test("words that are properties of every object are no person nouns ('said the constructor' names nobody)", () => {
    expect(speakersOf("Lewis Hamilton won the race.\n\n“We are thrilled with the result,” said the constructor.")).toEqual([["We are thrilled with the result,", null]]);
  });

  test("'the widow said', 'said the former fisherman' → the person so described before", () => {
    const body =
      "Ellen Mwamulima lost her husband in the floods. Her neighbour Peter Banda lost his boat.\n\n“The water came at night,” the widow said.\n\nBanda now sells charcoal. “The lake gave us everything,” said the former fisherman.";
    expect(speakersOf(body)).toEqual([
      ["The water came at night,", "Ellen Mwamulima"],
      ["The lake gave us everything,", "Peter Banda"],
    ]);
  });

  test("'the Spaniard Rafael Nadal said' names him: a nationality before a name is no back-reference", () => {
    const body = "Novak Djokovic won the first set.\n\n“I played badly,” said the Spaniard Rafael Nadal.";
    expect(speakersOf(body)).toEqual([["I played badly,", "Rafael Nadal"]]);
  });

  test("'the company said' → the organisation the story is about, named before", () => {
    const body =
      "Volkswagen opened a new plant in Puebla on Monday. Volkswagen plans to hire 2,000 workers.\n\n“This plant is our biggest bet on Mexico,” the company said.";
    expect(speakersOf(body)).toEqual([["This plant is our biggest bet on Mexico,", "Volkswagen"]]);
  });

  test("'the broadcaster said', 'the corporation said' → the one body named in the sentence before, also when that sentence ends the paragraph before", () => {
    const body = "ITV defended the programme.\n\n“Everybody who takes part is fully briefed,” the broadcaster said in a statement.\n\nThe BBC defended the film. “It was a fair piece of journalism,” the corporation said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["ITV", "BBC"]);
  });

  test("'the company said' with no organisation named twice before gives no guessed company", () => {
    const body = "Shares fell on Monday.\n\n“We expect a better year,” the company said.";
    const [[, speaker]] = speakersOf(body);
    expect(speaker).not.toBe("Volkswagen");
  });
});

describe("an office at a firm bearing someone's surname", () => {
  test("'the founder and chairman of Icahn Enterprises said' is Carl Icahn, not a body called 'and chairman of Icahn Enterprises'", () => {
    const body = "Famed investor Carl Icahn said an economic downturn could be near.\n\n“Short term I do not predict,” the founder and chairman of Icahn Enterprises said.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Carl Icahn"]);
    expect(article.people.map((p) => p.name)).not.toContain("and chairman of Icahn Enterprises");
  });
});

describe("bodies named after the kind of body they are", () => {
  test("'according to Wood Mackenzie' makes a body, not a woman a later 'she said' could mean", () => {
    const body =
      "Ms. Babinec joined Dow Chemical in 1979.\n\nChina accounts for 79% of the production of lithium-ion cells, according to Wood Mackenzie.\n\nShe quickly landed on batteries. “I saw that it was going to be a huge materials play,” she said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Babinec"]);
  });

  test("'the online booking platform Airbnb says' makes a body, which a later 'it said' means rather than a place named on the way", () => {
    const body = "The online booking platform Airbnb says travellers are returning to cities.\n\nIn the US, urban bookings have fully rebounded, it said.\n\n“We are seeing signs of recovery,” it said.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Airbnb"]);
    expect(personNamed(article, "Airbnb").kind).toBe("ORGANIZATION");
  });

  test("'But the Food and Drink Federation said ... In a statement, it said:' is the federation, not a body met before as a subject", () => {
    const body =
      "Unison, which represents dinner ladies, said its members were pleased. But the Food and Drink Federation said it was wrong to single out products. In a statement, it said: “There are no bad foods, only bad diets.”";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Food and Drink Federation"]);
  });

  test("'the company said' is the body that was the subject of the sentence before, though another was named more often", () => {
    const body =
      "Security firm Sentrix found the virus. Sentrix said it spread by Bluetooth.\n\nOrbis, which makes the operating system, said later versions would warn users. “Security is built in,” the company said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Orbis"]);
  });
});

describe("people introduced without a name", () => {
  test("a relative clause giving the name ('said the surrogate, who only wanted to use her first name, Victoria'; 'a resident, who gave his name only as Dmitry') names the speaker", () => {
    const body = "The basement is crowded.\n\n“It is even harder here,” said the surrogate, who only wanted to use her first name, Victoria.\n\n“We stay,” said a resident, who gave his name only as Dmitry.";
    expect(speakersOf(body)).toEqual([
      ["It is even harder here,", "Victoria"],
      ["We stay,", "Dmitry"],
    ]);
  });

  test("'a spokeswoman for the union said ...' then '“…,” she said' in the next paragraph: she has no name, whoever was named before", () => {
    const body =
      "Maria Lopez, a worker at O'Hare, joined the strike.\n\nThe workers aren't aiming to disrupt travel, a spokeswoman for the Service Employees International Union said last week.\n\n“They do want to gain public support,” she said.";
    expect(speakersOf(body)).toEqual([["They do want to gain public support,", null]]);
  });

  test("'the man wrote', 'the woman said': someone the story does not name, not the last man or woman named", () => {
    const body = "Owen Dempsey treated the patient. Maria Lopez ran the clinic.\n\n“It doesn’t affect me at all now,” the man wrote in a patient perspective.\n\n“It was cold,” the woman said.";
    expect(speakersOf(body)).toEqual([
      ["It doesn’t affect me at all now,", null],
      ["It was cold,", null],
    ]);
    // Read as attributions (to nobody named), so no other rule hands the words to someone.
    expect(analyzeStory(body).quotes.map((q) => q.attribution)).toEqual(["the man wrote", "the woman said"]);
  });

  test("not when a name follows the role ('a spokeswoman for the union, Ana Ruiz, said')", () => {
    const body = "The workers went on strike, a spokeswoman for the union, Ana Ruiz, said last week.\n\n“They do want to gain public support,” she said.";
    expect(speakersOf(body)).toEqual([["They do want to gain public support,", "Ana Ruiz"]]);
  });

  test("'the Chief of Police for the Kyiv region told' is an office nobody is named in, no body called 'Chief of Police'", () => {
    const body = "Mayor Oleksandr Markushin toured the town.\n\n“Our police group was fired upon with mortars,” the Chief of Police for the Kyiv region told journalists.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual([null]);
    expect(article.people.map((p) => p.name)).not.toContain("Chief of Police");
  });
});

describe("speech verbs of interview write-ups", () => {
  test("an adverb in -ly between subject and verb ('Brooke tearfully asked', 'the actress authoritatively stated')", () => {
    const body =
      "Ally Brooke met Carrie Ann Inaba on the show.\n\n“Can I give it to James?” Brooke tearfully asked before apologizing.\n\nWhen asked what she took, the actress authoritatively stated, “Beads. From a bead shop.”";
    expect(speakersOf(body)).toEqual([
      ["Can I give it to James?", "Ally Brooke"],
      ["Beads. From a bead shop.", "Ally Brooke"],
    ]);
  });

  test("'today'/'yesterday' between subject and verb, as British copy writes it ('David Cameron today said')", () => {
    expect(speakersOf("‘We will win this,’ David Cameron today said.\n\nHealth Secretary Jeremy Hunt yesterday branded the figures a ‘national disgrace’.")).toEqual([
      ["We will win this,", "David Cameron"],
      ["national disgrace", "Jeremy Hunt"],
    ]);
  });

  test("a noun in -ly is no adverb: 'the family said' is the family's, not the last person's", () => {
    expect(speakersOf("Tom Reyes died on Monday.\n\n“He was a good man,” the family said.")).toEqual([["He was a good man,", null]]);
  });

  test("'marveled' and 'echoed' attribute like 'said'", () => {
    const body = "“What a view,” Keaton marveled.\n\n“What a view,” Stone echoed.";
    expect(speakersOf(body)).toEqual([
      ["What a view,", "Keaton"],
      ["What a view,", "Stone"],
    ]);
  });

  test("'the company said' → the business that led a sentence, not a public body or a craft named since ('Air Force One's replacement')", () => {
    const body =
      "Boeing builds the planes. Boeing employs thousands in Seattle.\n\nThe Air Force wants new jets. Air Force One's replacement is years away. Boeing is in the early stages of planning Air Force One's replacement.\n\n“We look forward to working with the Air Force,” the company said.";
    expect(speakersOf(body)).toEqual([["We look forward to working with the Air Force,", "Boeing"]]);
  });

  test("'the President-elect fumed' refers to the person the story is about when no role was written with the name", () => {
    const body = "Donald Trump has not changed. Dramas roil the transition.\n\nTrump tweeted on Sunday.\n\n“I won the popular vote,” the President-elect fumed in a tweet.";
    expect(speakersOf(body)).toEqual([["I won the popular vote,", "Donald Trump"]]);
  });

  test("'a GOP insider', 'a Pentagon spokesman': a proper noun before a source noun is no speaker", () => {
    expect(speakersOf("“Pence is really effective,” said a GOP insider in New Hampshire. “No comment,” a Pentagon spokesman said.")).toEqual([
      ["Pence is really effective,", null],
      ["No comment,", null],
    ]);
  });

  test("'The Mandan, North Dakota, police chief, Jason Ziegler, has asserted …': a name after 'the' opening the sentence is a place", () => {
    expect(speakersOf("The Mandan, North Dakota, police chief, Jason Ziegler, has asserted that agencies “can use whatever force necessary to maintain peace”.")).toEqual([
      ["can use whatever force necessary to maintain peace", "Jason Ziegler"],
    ]);
  });

  test("'him'/'her' after a name tell nothing of its gender ('Roof stood over her with his gun'); 'he' later goes to him", () => {
    const body =
      "Another witness, Polly Sheppard, told the jury Dylann Roof stood over her with his gun and asked her if she had been shot. When she said no, Roof told her: “I am going to leave you here.”\n\nSharon Risher, whose mother was killed, sat in the gallery.\n\nHe also said: “I am guilty.”";
    expect(speakersOf(body)).toEqual([
      ["I am going to leave you here.", "Dylann Roof"],
      ["I am guilty.", "Dylann Roof"],
    ]);
  });

  test("singular 'they' after a spokesperson named in the paragraph ('Kym Lino, a spokesperson for Instagram, ... “…,” they said')", () => {
    const body = "Instagram hides likes.\n\nKym Lino, a spokesperson for Instagram, confirmed to WIRED that the company notifies people. “We use a machine learning model,” they said in an email.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Kym Lino"]);
    expect(personNamed(article, "Kym Lino").role).toBe("spokesperson for Instagram");
  });
});


describe("more person nouns: occupations opening a sentence and sport's descriptions", () => {
  test("'Resident Carla Moss lost her car' names Carla Moss; 'Assistant Mark Hegarty' names Mark Hegarty", () => {
    expect(speakersOf("Resident Carla Moss lost her car. “We tried everything,” she said.").map(([, s]) => s)).toEqual(["Carla Moss"]);
    const body = "Assistant Mark Hegarty will take charge on Tuesday.\n\nMillwall boss Alan Creswell was pleased. “It was a good day,” he said.\n\nHegarty said he had spoken to the players.\n\n“My message was simple,” he said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Alan Creswell", "Mark Hegarty"]);
  });

  test("'the paceman said' refers back to the bowler named before", () => {
    expect(speakersOf("Liam Crouch took five wickets as Surrey won by an innings.\n\n“I am a bit lost for words,” the paceman said.").map(([, s]) => s)).toEqual(["Liam Crouch"]);
  });
});

describe("datelines and centres", () => {
  test("a dateline in capitals ('OKLAHOMA CITY (AP) —') is no organisation; 'the agency said' is the Centers for Disease Control and Prevention named the sentence before", () => {
    const body = "OKLAHOMA CITY (AP) — A measles outbreak has grown to 41 cases, state health officials said Friday.\n\nThe Centers for Disease Control and Prevention said it had sent a team. In a statement, the agency said the outbreak was “a reminder that measles can spread quickly.”";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Centers for Disease Control and Prevention"]);
    expect(article.people.map((p) => p.name)).not.toContain("OKLAHOMA CITY");
  });
});

describe("offices written as initials", () => {
  test("'the PM said', 'the CM said' refer back to the prime minister and the chief minister named before; no one called 'PM' is made", () => {
    const body = "Chief minister Rajendra Patwardhan directed officials to remain on alert. “No lapses will be tolerated,” the CM said in a statement.\n\nPrime Minister Tony Blair visited the hospital. “This is a great day,” the PM said.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Rajendra Patwardhan", "Tony Blair"]);
    expect(article.people.map((p) => p.name)).toEqual(["Rajendra Patwardhan", "Tony Blair"]);
  });
});

describe("things named with 'which' and sentences after a quotation", () => {
  test("'Orbis, which makes the operating system, said ... “…,” the company said' is Orbis: a name followed by ', which' is no person's", () => {
    const body = "Orbis, which makes the operating system used in most smartphones, said later versions would warn users. “Security is built in,” the company said in a statement.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Orbis"]);
  });

  test("'“Retailers are discounting heavily.” Unions also called for a pause.' is no attribution of the quotation, which goes on with the speaker before", () => {
    const body = "The British Retail Consortium warned of a hard Christmas. “Shoppers are nervous,” said its director general, Kevin Hawkins. “Retailers are discounting heavily.” Unions also called for a pause.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Kevin Hawkins", "Kevin Hawkins"]);
  });
});

describe("shops named in the possessive", () => {
  test("'Papa John’s said' and 'Sainsbury's said' with the quotation in the same sentence make the firms, and a later 'he said' is no firm", () => {
    const body = "Christopher Wynne runs the Russian business.\n\nPapa John’s said it was “supported by the vast majority of our team members”.\n\n“At the end of the day, they appreciate a good pizza,” he said.\n\nSainsbury's said prices were “stable”.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Papa John’s", "Christopher Wynne", "Sainsbury's"]);
    expect(personNamed(article, "Papa John’s").kind).toBe("ORGANIZATION");
  });

  test("'Sainsbury's said', 'In a statement, Halden's said' make the firms, named so, whom 'the company said' then means", () => {
    const body = "Sainsbury's said profits fell. “We are disappointed,” the company said.\n\nIn a statement, Halden's said it would try to find other jobs. “We recognise this is hard,” the company said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Sainsbury's", "Halden's"]);
    // (A person's possessive before a noun stays the person's: "Blair's plans" makes no firm.)
    expect(analyzeStory("Tony Blair spoke on Monday. Blair's plans were attacked.").people.map((p) => p.name)).toEqual(["Tony Blair"]);
  });
});

describe("sport's descriptions", () => {
  test("'Former British number one John Lloyd was less forgiving. “…,” he said' is Lloyd, the sentence's subject, not the last speaker", () => {
    const body = "“To reach the last eight is a great achievement,” said the LTA's performance director, David Felgate. Former British number one John Lloyd was less forgiving. “Tom had the match on his racket and he let it go,” he said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["David Felgate", "John Lloyd"]);
  });

  test("'Scot Andy Mackay, 17, ... “…,” the teenager said' is Andy Mackay (a demonym before a first name is no part of the name; 'the teenager' is the one person aged 13 to 19); with no teenager named it is nobody", () => {
    const article = analyzeStory("Tom Ashworth lost in the quarter-finals.\n\nMeanwhile, Scot Andy Mackay, 17, reached the final of the junior event. “It's an amazing feeling,” the teenager said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Andy Mackay"]);
    expect(speakersOf("Tom Ashworth, 25, lost in the quarter-finals. “It's an amazing feeling,” the teenager said.").map(([, s]) => s)).toEqual([null]);
    // ("the sixth-former" too.)
    expect(speakersOf("Niamh Corrigan, 17, suffers from a rare condition.\n\n'People think I'm exaggerating,' the sixth-former said.").map(([, s]) => s)).toEqual(["Niamh Corrigan"]);
  });
});

describe("media named after their kind", () => {
  test("'..., state newspaper Neutral Turkmenistan reported. He described the agreement as “historic”' is the minister's: the newspaper is no 'he'", () => {
    const body = "Turkmen Deputy Prime Minister Batyr Amanov said the two sides would complete a study, state newspaper Neutral Turkmenistan reported. He described the agreement as “historic”.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Batyr Amanov"]);
  });
});

describe("party members named by their state", () => {
  test("'“…,” the Connecticut Democrat said' is the senator met before, as 'the Democrat said' would be", () => {
    const body = "Sen. Richard Blumenthal backed the Open App Markets Act on Tuesday.\n\n“There is clear, growing bipartisan momentum for the act,” the Connecticut Democrat said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Richard Blumenthal"]);
  });
});

describe("offices that tell their holder's sex", () => {
  test("'“…,” Stephanopoulos interjected. ⏎ “…,” the congresswoman replied' is the woman met before, not the last speaker", () => {
    const body = "House Speaker Nancy Pelosi appeared on ABC with George Stephanopoulos.\n\n“Wages are not keeping up,” Stephanopoulos interjected.\n\n“That is right,” the congresswoman replied.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["George Stephanopoulos", "Nancy Pelosi"]);
  });
});

describe("an office at the body just named", () => {
  test("'Wilson cited ... ⏎ “…,” said the firm's chief U.S. equity strategist' is Wilson's", () => {
    const body = "Morgan Stanley strategist Mike Wilson spoke on Monday. Wilson cited technical headwinds.\n\n“It does have all the hallmarks of a bear market rally,” said the firm's chief U.S. equity strategist.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Mike Wilson"]);
  });

  test("'the jurist' is a person's description ('Neil Gorsuch joined the Supreme Court ... The jurist said attacks on the judiciary were “disheartening”')", () => {
    const body = "Neil Gorsuch joined the Supreme Court in April.\n\nThe jurist said attacks on the judiciary were “disheartening” and “demoralizing.”";
    expect(speakersOf(body)).toEqual([
      ["disheartening", "Neil Gorsuch"],
      ["demoralizing.", "Neil Gorsuch"],
    ]);
  });

  test("a party's office refers back like a firm's ('While “far from perfect,” the party’s 2008 presidential nominee said' is McCain's)", () => {
    expect(speakersOf("Senator John McCain backed the tax bill on Tuesday.\n\nWhile “far from perfect,” the party’s 2008 presidential nominee said it would boost the economy.")).toEqual([["far from perfect,", "John McCain"]]);
  });
});
