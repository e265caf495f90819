import { speakersOf } from "./helpers";

describe("paragraph-level continuity of speakers in features", () => {
  test("a quotation after a sentence reporting someone else's speech in the same paragraph is theirs ('“…,” Gardner said. Mr Dunn warned that ... “…”')", () => {
    const body =
      "Simon Gardner, president of Climax, said: “We are investing in tools.” He said Climax was ready. Gary Dunn of Codemasters warned that companies could face a shortage of programmers. “If companies are hiring bigger teams, the talent runs out.”";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Simon Gardner", "Gary Dunn"]);
  });

  test("and the earlier speaker keeps it when only paraphrase about them stands between ('“…,” Gardner said. He said Climax was ready. “…”')", () => {
    const body = "Simon Gardner, president of Climax, said: “We are investing in tools.” He said Climax was ready. “It's vital we avoid huge teams.”";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Simon Gardner", "Simon Gardner"]);
  });

  const opening = "“The river came up in an hour,” says Tomas Berg, who has farmed the valley for 30 years.";

  test("a paragraph that is only a quote carries on the previous speaker", () => {
    expect(speakersOf(`${opening}\n\n“We lost the whole barley crop.”`)).toEqual([
      ["The river came up in an hour,", "Tomas Berg"],
      ["We lost the whole barley crop.", "Tomas Berg"],
    ]);
  });

  test("a quote opening a paragraph of narration, with no attribution, carries on the previous speaker", () => {
    expect(speakersOf(`${opening}\n\n“We lost the whole barley crop.” The insurance paid a third of it.`)[1]).toEqual(["We lost the whole barley crop.", "Tomas Berg"]);
  });

  test("across one paragraph of narration about the same speaker", () => {
    expect(speakersOf(`${opening}\n\nThe farm has been in the family since 1921.\n\n“I am not leaving.”`)[1]).toEqual(["I am not leaving.", "Tomas Berg"]);
  });

  test("not when another person became the subject in between", () => {
    expect(speakersOf(`${opening}\n\nHis neighbour Greta Lind moved away last spring.\n\n“I am not leaving.”`)[1]).toEqual(["I am not leaving.", null]);
  });

  test("the person introduced in between speaks when the text introduces their words", () => {
    expect(speakersOf(`${opening}\n\nHis neighbour Greta Lind moved away last spring. Lind recalls:\n\n“The water reached the windows.”`)[1]).toEqual(["The water reached the windows.", "Greta Lind"]);
  });

  test("not when an unnamed source was said to speak in between", () => {
    expect(speakersOf(`${opening}\n\nOfficials said the dam held.\n\n“It could happen again.”`)[1]).toEqual(["It could happen again.", null]);
  });

  test("not more than two paragraphs back", () => {
    expect(speakersOf(`${opening}\n\nThe valley floods often.\n\nThe last big flood was in 1998.\n\n“It could happen again.”`)[1]).toEqual(["It could happen again.", null]);
  });

  test("a quote opening a paragraph after one that ends by reporting someone's words takes that speaker, even when the paragraph goes on about them", () => {
    const body =
      "Jim Parton, from Families Need Fathers, said the new proposals “lacked compulsion”.\n\n“We would like to see couples agree a plan. “Otherwise, you see agreements fall apart.” Mr Parton said he had been told there was not enough time.";
    expect(speakersOf(body)).toEqual([
      ["lacked compulsion", "Jim Parton"],
      ["We would like to see couples agree a plan.", "Jim Parton"],
      ["Otherwise, you see agreements fall apart.", "Jim Parton"],
    ]);
  });

  test("not when the paragraph goes on to report someone else speaking", () => {
    const body = "Jim Parton said the new proposals “lacked compulsion”.\n\n“We would like to see couples agree a plan.” In March, Ann Hale, a lawyer, said the courts were full.";
    expect(speakersOf(body)[1]).toEqual(["We would like to see couples agree a plan.", null]);
  });

  test("the report may be followed by paraphrase naming no one; a person introduced as “X is the founder of …” is a person", () => {
    const body =
      "Punsri Abeywickrema is the founder of a rental start-up. He says he has based his business on the fact that we all buy goods we rarely use. When they are idle, they can be rented out.\n\n“The idea was, you know, there is a lot sitting idle in our garages.”";
    expect(speakersOf(body)).toEqual([["The idea was, you know, there is a lot sitting idle in our garages.", "Punsri Abeywickrema"]]);
  });

  test("not across paraphrase that names someone else", () => {
    const body = "Punsri Abeywickrema is the founder of a rental start-up. He says he has based his business on goods we rarely use. Maria Lopez, his partner, joined in 2019.\n\n“The idea was to share.”";
    expect(speakersOf(body)).toEqual([["The idea was to share.", null]]);
  });

  test("a quote opening a paragraph carries on the previous speaker when the paragraph then reports more of their words, not someone else's", () => {
    const said = "“This meeting is about policy,” spokesman Azzam Tamimi said on Tuesday.";
    expect(speakersOf(`${said}\n\n“There are issues of concern to voters.” Dr Tamimi said the main issue was the war.`)[1]).toEqual(["There are issues of concern to voters.", "Azzam Tamimi"]);
    expect(speakersOf(`${said}\n\n“There are issues of concern to voters.” In 2001, Professor John Curtice said the vote would split.`)[1]).toEqual(["There are issues of concern to voters.", null]);
  });

  test("a quote paragraph carries on the previous speaker across photo captions set between them, even captions naming other people", () => {
    const body = [
      "‘We never thought they would do something like this,’ says Mary-Ann Warmington, 56, whose grandmother worked at the hall.",
      "Residents against the development. Sally Rawles, left, and Simon Pipe are pictured in the foreground",
      "Close up: the hall was sold in 1935",
      "‘They have always run the village. I feel betrayed.’",
    ].join("\n\n");
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Mary-Ann Warmington", "Mary-Ann Warmington"]);
  });

  test("but a caption does not stretch continuity over narration: two paragraphs of reporting after the quote still end it", () => {
    const body = [
      "‘We never thought they would do something like this,’ says Mary-Ann Warmington, 56.",
      "The council will decide in March. Planning officers have recommended approval.",
      "Residents against the development pictured in the village",
      "Objectors have until Friday to write in. The developer has promised a new school.",
      "‘They have always run the village. I feel betrayed.’",
    ].join("\n\n");
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Mary-Ann Warmington", null]);
  });

  test("a first-person quote after narration about one person, with no attribution, is that person's ('He pushed ... Then he ducked under ... ¶ “I let go ...”')", () => {
    const body = [
      "John Capes was the only man to escape the submarine.",
      "He pushed his injured companions up through the hatch. Then he took a last swig of rum and passed through the hatch himself.",
      "“I let go, and the oxygen lifted me quickly upward. Suddenly I was alone in the ocean.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([["I let go, and the oxygen lifted me quickly upward. Suddenly I was alone in the ocean.", "John Capes"]]);
  });

  test("but not when the narration is about two people, the quote's own sentence has a speech verb, or the words are not in the first person", () => {
    const two = ["John Capes was the only man to escape.", "He pushed his companions up. Mary Smith watched from the shore.", "“I let go and floated up.”"].join("\n\n");
    expect(speakersOf(two)).toEqual([["I let go and floated up.", null]]);
    const says = ["Matie drives into the bazaar.", "He has done business here before. He curses his luck.", "“I have bought 100 SIM cards but no one buys,” says the guy."].join("\n\n");
    expect(speakersOf(says)[0][1]).not.toBe("Matie");
    const third = ["John Capes was the only man to escape.", "He pushed his companions up through the hatch.", "“The sea was calm that night.”"].join("\n\n");
    expect(speakersOf(third)).toEqual([["The sea was calm that night.", null]]);
  });

  test("a quote paragraph carries on the previous speaker when a later quotation of the paragraph is theirs too ('“…” ... “…,” he said'), not when it is someone else's", () => {
    const said = "IBM's Nick Donofrio believes Blue Gene will be faster. \"You can start to think of simulations,\" Mr Donofrio told the BBC.";
    const same = `${said}\n\n"You can start to be more proactive." He believes the machines will help. "We are a great believer in simulation," he said.`;
    expect(speakersOf(same).map(([, speaker]) => speaker)).toEqual(["Nick Donofrio", "Nick Donofrio", "Nick Donofrio"]);
    const other = `${said}\n\n"You can start to be more proactive." "We are sceptical," said Mary Jones of Cray.`;
    expect(speakersOf(other).map(([, speaker]) => speaker)).toEqual(["Nick Donofrio", null, "Mary Jones"]);
  });

  test("a quotation right after a sentence in which a person takes a stance ('X criticised the existing system. “…”') is theirs, in the same paragraph or opening the next", () => {
    const same = "Fostering Network executive director Robert Tapsfield criticised the existing system. \"There is just no logic to it.\"";
    expect(speakersOf(same)).toEqual([["There is just no logic to it.", "Robert Tapsfield"]]);
    const next = "Fostering Network executive director Robert Tapsfield criticised the existing system.\n\n\"There is just no logic to it.\"";
    expect(speakersOf(next)).toEqual([["There is just no logic to it.", "Robert Tapsfield"]]);
    // (Not when the stance is an organisation's: "The council defended the plan. “…”" names no person.)
    expect(speakersOf("The report was published on Monday. Ministers defended the plan. \"It is fair.\"")).toEqual([["It is fair.", null]]);
  });

  test("a quotation running over paragraphs goes on across link lines set inside it", () => {
    const body = [
      "Chris Stockport, executive director, said: “In Glan Clwyd, the numbers have fallen quickly.",
      "“We are seeing a little more activity in the Wrexham area.",
      "The new parking rules you must follow - and what happens if you don't",
      "Full list of coronavirus deaths and cases in North Wales",
      "“We're actively managing that.”",
    ].join("\n\n");
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Chris Stockport", "Chris Stockport", "Chris Stockport"]);
  });
  test("a paragraph referring to the last speaker by the description an attribution used for them ('the chancellor') keeps them as 'he', over a man named there only in passing", () => {
    const body = [
      "Gordon Brown has issued a rallying cry.",
      "The chancellor said the vote will give a “clear and fundamental” choice.",
      "To a packed audience, the chancellor said the cuts proposed by shadow chancellor Oliver Letwin were the equivalent of sacking every teacher. Laying into the Conservative record he said: “Never again Tory boom and bust.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["clear and fundamental", "Gordon Brown"],
      ["Never again Tory boom and bust.", "Gordon Brown"],
    ]);
  });
  test("'Labour backbencher Bob Marshall Andrews also attacked the plans. He said: “…”' — a backbencher, peer, campaigner or activist before a name makes it the sentence's subject, whom 'he' then means", () => {
    const body =
      "Liberal Democrat Mark Oaten said the scheme was “a waste of money”. Labour backbencher Bob Marshall Andrews also attacked the plans. He said: “This is the most illiberal measure I have seen.”";
    expect(speakersOf(body)).toEqual([
      ["a waste of money", "Mark Oaten"],
      ["This is the most illiberal measure I have seen.", "Bob Marshall Andrews"],
    ]);
  });
  test("a full name after an organisation's name and its role opening the sentence ('Campaign to Protect Rural England director Shaun Spiers disagreed') is its subject, whom 'he' then means", () => {
    const body =
      "Deputy Prime Minister John Prescott defended the plans. “Most homes will be on brownfield land,” he said. Campaign to Protect Rural England director Shaun Spiers disagreed. “This is the biggest threat to the countryside,” he said.";
    expect(speakersOf(body)).toEqual([
      ["Most homes will be on brownfield land,", "John Prescott"],
      ["This is the biggest threat to the countryside,", "Shaun Spiers"],
    ]);
  });
  test("'He told ...' after a paragraph of the reporter's own naming only one man as its subject ('On Sunday, Lib Dem leader Charles Kennedy repeated his call for a “pause”') is that man, a one-word quotation there notwithstanding; 'The Conservative Party Co Chairman said' is the person, not a body", () => {
    const body = [
      "But former shadow attorney general Bill Cash said there was “very deep” disquiet. He told BBC Radio 4's Today the government was “intensely authoritarian”.",
      "On Sunday, Lib Dem leader Charles Kennedy repeated his call for a “pause” in considering the legislation.",
      "He told BBC's Breakfast with Frost programme that Mr Clarke had a “real opportunity” on Monday.",
      "Tory Liam Fox said his party offered a “clear choice”. The Conservative Party Co Chairman said Labour had “done nothing for eight years”.",
    ].join("\n\n");
    const said = speakersOf(body);
    expect(said.find(([text]) => text === "real opportunity")?.[1]).toBe("Charles Kennedy");
    expect(said.find(([text]) => text === "done nothing for eight years")?.[1]).toMatch(/Liam Fox$/);
  });
});


describe("a pronoun that reports speech is none of the people named in the words it reports", () => {
  const opening = "Labour election co-ordinator Alan Milburn unveiled the party's slogan on Monday.";

  test("a name after a party and a role with a lower-case qualifier opens its sentence as its subject (“Labour election co-ordinator Alan Milburn unveiled ...”)", () => {
    const body = "Labour election co-ordinator Alan Milburn unveiled the party's slogan on Monday, flanked by Tony Blair.\n\n“It will be a long fight,” he said.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Alan Milburn"]);
  });

  test("a later “…,” he said follows the reporter of “He said Tony Blair would ...”, not Tony Blair", () => {
    const body = `${opening}\n\nHe said Tony Blair would lead the campaign. “He will be out of London more than in it,” he said.`;
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Alan Milburn"]);
  });

  test("nor Tony Blair of “And Tony Blair would be in the front line, he said”, a new paragraph on", () => {
    const body = `${opening} Mr Milburn said the public saw Labour as the future.\n\nNobody, he claimed, could picture Charles Kennedy in Downing Street. And Tony Blair would be in the very front line of the campaign, he said. “Between now and the election the prime minister will be spending more time out of London than in it,” he promised.`;
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Alan Milburn"]);
  });

  test("the one named in the quotation itself is not its “he said” (“Tony Blair will win,” he said)", () => {
    const body = `${opening}\n\nTony Blair arrived at noon. “Tony Blair will win this election,” he said.`;
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Alan Milburn"]);
  });

  test("a name in a clause before the pronoun may be its own (“When Ashraf Ghani announced it, he said Kabul ...”)", () => {
    const body =
      "White House spokesman Hogan Gidley welcomed the exchange.\n\nWhen Afghan President Ashraf Ghani announced the swap last week, he said Kabul had ensured the prisoners would not fight again. He also said he hoped the swap would “pave the way” for talks.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Ashraf Ghani"]);
  });

  test("a name with its title after a preposition is no subject (“the family of Mr Smales for his ‘cowardice’”)", () => {
    const body =
      "Paul Maxwell, 49, disappeared on Friday. He was jailed for the murder of Joe Smales.\n\nInspector Niall Pawson said: 'He needs to be returned to prison.'\n\nFirst jailed in 1998, Maxwell made headlines in 2011.\n\nIn a note read out in court, he confessed and apologised to the family of Mr Smales for his 'cowardice'.\n\nIn his statement, written in his cell, he claimed to have found faith.\n\n'I am not the person I was in 1996,' he said.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Niall Pawson", "Paul Maxwell", "Paul Maxwell"]);
  });
});

describe("a new paragraph whose own 'he' comes before the name it mentions", () => {
  test("'With sterling under pressure, he resisted ... When he refused to support Harold Wilson ..., he said' is the earlier man, not Wilson", () => {
    const body =
      "Former prime minister Jim Callaghan has died. Conservative peer Lord Heseltine said: “I was very fond of him.”\n\nBorn in 1912, Lord Callaghan became a clerk. He became chancellor in 1964.\n\nWith sterling under pressure, he resisted devaluation for three years. When he refused to support prime minister Harold Wilson in 1968, he said: “I am not going to resign.”";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Heseltine", "Jim Callaghan"]);
  });
});

describe("'..., he added' closing a sentence that names someone in the words it reports", () => {
  test("'they could see Tory leader Michael Howard “coming in the back door”, he added' is not Howard's", () => {
    const body =
      "Commons leader Peter Hain has warned of complacency among Labour voters. If Labour voters “stayed at home” in marginal seats they could see Tory leader Michael Howard “coming in the back door to Number 10”, he added.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Peter Hain", "Peter Hain"]);
  });

  test("but the sentence's own subject may be 'she' ('Oprah Winfrey hesitated: “…!” she tells Us')", () => {
    const body = "Ava DuVernay directed Selma.\n\nWhen asked to play the part, Oprah Winfrey hesitated: “I didn't want to do it!” she tells Us.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Oprah Winfrey"]);
  });
});

describe("a new speaker who is not the grammatical subject of a speech verb", () => {
  const opening = "Home Secretary Peter Hallam and Tory leader Andrew Kingsley have clashed over crime figures.\n\nMr Hallam said the figures were “robust”. ";

  test("'The figures were dismissed by Mr Kingsley. “…,” he said' and 'Mr Kingsley's response was swift. “…,” he said' are Kingsley's", () => {
    expect(speakersOf(`${opening}The figures were dismissed by Mr Kingsley. “The public know what is happening,” he said.`).map(([, s]) => s)).toEqual(["Peter Hallam", "Andrew Kingsley"]);
    expect(speakersOf(`${opening}Mr Kingsley's response was swift. “The public know what is happening,” he said.`).map(([, s]) => s)).toEqual(["Peter Hallam", "Andrew Kingsley"]);
  });

  test("'There was a swift response from Mr Kingsley: “…”'", () => {
    expect(speakersOf(`${opening}There was a swift response from Mr Kingsley: “The public know what is happening.”`).map(([, s]) => s)).toEqual(["Peter Hallam", "Andrew Kingsley"]);
  });

  test("'One delegate, Margaret Ellis from Harrogate, said:' and 'with a promise to “…”'", () => {
    expect(speakersOf("The conference ended on Tuesday.\n\nOne delegate, Margaret Ellis from Harrogate, said: “That was the best speech I have heard.”").map(([, s]) => s)).toEqual(["Margaret Ellis"]);
    expect(speakersOf("Ukip leader Bernard Talbot launched his party's campaign with a promise to “say goodbye to Brussels”.").map(([, s]) => s)).toEqual(["Bernard Talbot"]);
  });
});

describe("a quotation after a sentence about someone", () => {
  test("'On the Chepauk pitch, which was watered on Tuesday, Malhotra was non-committal. “… we expected.”' is Malhotra's: the one person read as the sentence's subject after an opening phrase", () => {
    const body = "India captain Rohan Malhotra named an unchanged side on Monday.\n\nOn the Chepauk pitch, which was watered heavily on Tuesday evening, Malhotra was non-committal. “Honestly, it looks a bit different from what we expected.”";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Rohan Malhotra"]);
  });
});

describe("a photo caption set between two paragraphs", () => {
  test("the person a credited caption names is not the 'she' of the next paragraph", () => {
    const body =
      "After the meeting, Ellie Zeiler explained to the Post her reasoning for attending.\n\nWhite House Press Secretary Jennifer Psaki speaks during the daily briefing in Washington, DC, on January 21, 2022. (Photo by SAUL LOEB/AFP via Getty Images / Getty Images)\n\n“I’m here to relay the information to my followers,” she told the paper.";
    expect(speakersOf(body)).toEqual([["I’m here to relay the information to my followers,", "Ellie Zeiler"]]);
  });
});

describe("'it' after another body took the stage", () => {
  test("'Toyota is halting production, saying “…”. ⏎ Volkswagen Group, which also owns Porsche, did the same, saying it believes “…”' is Volkswagen's", () => {
    const body = "Toyota is halting production, saying it was watching events “with great concern”.\n\nVolkswagen Group, which also owns Porsche and Audi, did the same, saying it believes a “sustainable solution can only be found in law.”";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Toyota", "Volkswagen Group"]);
  });
});

describe("first names given to men and women", () => {
  test("'said Lindsey Bell, chief market strategist ... ⏎ Bell said ... ⏎ “…,” she said' is Lindsey Bell's: 'Lindsey' tells no sex", () => {
    const body = "“The market had a knee-jerk reaction,” said Lindsey Bell, chief market strategist at Ally Financial.\n\nBell said investors are worrying too much.\n\n“The Fed sounds like it is going to be quicker,” she said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Lindsey Bell", "Lindsey Bell"]);
  });

  test("'Eberhart stressed that regardless of what happens, he believes “…”': the pronoun inside a clause hanging on someone's speech verb is that someone, not the last speaker", () => {
    const body = "Dan Eberhart runs Canary.\n\n“We have seen the reports,” Austin said.\n\nEberhart stressed that regardless of what happens, he believes the macro factors “are going to push oil higher.”";
    expect(speakersOf(body)).toEqual([
      ["We have seen the reports,", "Austin"],
      ["are going to push oil higher.", "Dan Eberhart"],
    ]);
  });

  test("the subject of an opening subordinate clause is the 'he' of the main clause ('While Peebles remains optimistic that Mayor Eric Adams will “…”, he cautioned'; 'When Mr. Silbar got into the business, he said, …')", () => {
    const body = "Don Peebles runs a firm.\n\nWhile Peebles remains optimistic that the new Mayor Eric Adams will “step in” on crime, he cautioned that Bragg could prevent progress.\n\nSteve Silbar is a broker. Joel Sweeney is another.\n\nWhen Mr. Silbar got into the business, he said, his clients were “nurses and teachers,” and now they are managers.";
    expect(speakersOf(body)).toEqual([
      ["step in", "Don Peebles"],
      ["nurses and teachers,", "Steve Silbar"],
    ]);
  });

  test("a known first name alone whose husband the story names is a person ('One was Svetlana's husband'), and '“…,” she weeps' attributes", () => {
    const body = "The city was bombed.\n\nOne was Svetlana's husband. She sits alone in a room. “Such grief,” she weeps. “In a moment, everyone gone.”";
    expect(speakersOf(body)).toEqual([
      ["Such grief,", "Svetlana"],
      ["In a moment, everyone gone.", "Svetlana"],
    ]);
  });

  test("a name with two appositions before 'said' in the reporter's words ('Zvi Bodie, professor emeritus ..., and the author of numerous books on investing, said') is met, so 'he said' after is his", () => {
    const body = "Nathan Zahm, head of research at Vanguard, said in an interview that it works.\n\nExperts are skeptical. Zvi Bodie, professor emeritus in finance at Boston University, and the author of numerous books on investing, said in an interview that funds fail.\n\n“The risk of owning stock never goes away,” he said.";
    expect(speakersOf(body)).toEqual([["The risk of owning stock never goes away,", "Zvi Bodie"]]);
  });

  test("a lede's office ('the country's finance minister has said') is the name attributing the quotation that opens the next paragraph ('“…,” Christian Lindner told the BBC')", () => {
    const body = "Germany is moving “as fast as possible” to end its reliance on Russian energy, the country's finance minister has said.\n\n“We have to be patient,” Christian Lindner told the BBC.";
    expect(speakersOf(body)).toEqual([
      ["as fast as possible", "Christian Lindner"],
      ["We have to be patient,", "Christian Lindner"],
    ]);
  });

  test("a paragraph opening with an unattributed quotation carries on the last speaker when the reporter's next sentence quotes only a word or two ('... describing the speculation as “flattering”')", () => {
    const body = [
      "Arsenal striker Jose Antonio Reyes wants to join Real Madrid.",
      "“If I am not playing for Real I am going to have to carry on playing with some bad people,” he added.",
      "“I am sure there are none in the Real dressing room. “I am happy Madrid is interested in me.” Before the story surfaced, Reyes had moved to play down reports, issuing a statement through Arsenal describing the speculation as “flattering”.",
    ].join("\n\n");
    const speakers = speakersOf(body);
    expect(speakers.slice(0, 3)).toEqual([
      ["If I am not playing for Real I am going to have to carry on playing with some bad people,", "Jose Antonio Reyes"],
      ["I am sure there are none in the Real dressing room.", "Jose Antonio Reyes"],
      ["I am happy Madrid is interested in me.", "Jose Antonio Reyes"],
    ]);
  });

  test("an unattributed quotation after a sentence in which someone repeats a denial, claim or call is theirs ('Conyers repeated his denial of harassment allegations in the radio interview. “…”')", () => {
    const body = "Representative John Conyers said he would retire. “We have to hold the dueling possibilities,” said Representative Pramila Jayapal. The House Ethics Committee opened an investigation last week. Conyers repeated his denial of harassment allegations in the radio interview. “They are not accurate or they are not true.” Congress has been grappling with harassment policy.";
    expect(speakersOf(body)).toEqual([
      ["We have to hold the dueling possibilities,", "Pramila Jayapal"],
      ["They are not accurate or they are not true.", "John Conyers"],
    ]);
  });
});
