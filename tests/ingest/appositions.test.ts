import { analyzeStory, personNamed, readQuotes, speakersOf } from "./helpers";

describe("speakers behind long appositions and characterising verbs", () => {
  test("an apposition saying where the person comes from, left open by the verb ('“…,” Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC'), names the person, not the organisation", () => {
    const body = "“The story this year remains all about digital,” Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC News website.";
    expect(speakersOf(body)).toEqual([["The story this year remains all about digital,", "Jeff Joseph"]]);
  });

  test("a colon introduction after a conjunction and a day ('And on Thursday Mr Blair is saying: “…”'); a day before a name is no role", () => {
    const article = analyzeStory("Tony Blair will speak this week.\n\nAnd on Thursday Mr Blair is saying: \"I want to talk about the purpose.\"");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Tony Blair"]);
    expect(personNamed(article, "Tony Blair").role).toBeNull();
  });

  test("a colon introduction after an opening prepositional phrase ('In an interview with The Independent earlier this month, Murray appeared to suggest ..., saying: ‘…’')", () => {
    const body = "Andy Murray won on Monday.\n\nIn an interview with The Independent earlier this month, Murray appeared to suggest that the relationship had become strained, saying: ‘The most important point is the vision.’";
    expect(speakersOf(body)).toEqual([["The most important point is the vision.", "Andy Murray"]]);
  });

  test("an apposition left open by the verb that ends the sentence ('“…,” Dr Eleanor Scerri, visiting scholar at the University of Oxford and lead author of the study said.')", () => {
    const body = "‘This is the first time,’ Dr Eleanor Scerri, visiting scholar at the University of Oxford and lead author of the study said.";
    expect(speakersOf(body)).toEqual([["This is the first time,", "Eleanor Scerri"]]);
  });

  test("a long apposition with commas between the name and 'said', after the quotation", () => {
    const body =
      "“The results surprised all of us,” Lena Okafor, a postdoctoral fellow at the Institute for Marine Research in Bergen, Norway, and co-author of the study, said in a statement.";
    expect(speakersOf(body)).toEqual([["The results surprised all of us,", "Lena Okafor"]]);
  });

  test("a sentence opening with a name keeps it as the subject across several appositions before 'told'", () => {
    const body =
      "Cmdr. Paul Ingram, a spokesperson for Task Force Delta, the naval mission in the Red Sea, told reporters on Monday that the report “is simply wrong.”";
    expect(speakersOf(body)).toEqual([["is simply wrong.", "Paul Ingram"]]);
  });

  test("the subject of a characterising verb said the words quoted after 'as'", () => {
    const body = [
      "The Harbour Authority rejected the claims as “entirely without foundation,” a day after the report came out.",
      "At the gala, Maria Lopez introduced her successor as “the most patient person I have ever worked with.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["entirely without foundation,", "Harbour Authority"],
      ["the most patient person I have ever worked with.", "Maria Lopez"],
    ]);
  });

  test("a characterising verb before 'as' wins over a later verb of speech in the same sentence", () => {
    const body = "The Defence Ministry rejected the report as “pure fiction,” and residents of the valley told reporters they had seen the convoy.";
    expect(speakersOf(body)).toEqual([["pure fiction,", "Defence Ministry"]]);
  });

  test("a colon introduction after a name with a relative clause that quotes a title", () => {
    const body = "Nora Quinn, who phoned in from the set of “Harbour Lights,” had the same feeling: “It was the song we had been waiting for.”";
    expect(speakersOf(body)).toEqual([["It was the song we had been waiting for.", "Nora Quinn"]]);
  });

  test("'warned that the government “…”' does not make the government the speaker", () => {
    // Nobody is named: no speaker, rather than an organisation called "that Chinese government".
    const body = "The ambassador accused both countries of meddling and warned that the Chinese government “will not stand idle while the city burns” for long.";
    expect(speakersOf(body)).toEqual([["will not stand idle while the city burns", null]]);
  });

  test("'weighed in' and 'remembered' introduce speech", () => {
    const body = [
      "“We all miss him,” Daniel Berg weighed in, telling the crowd, “more than we can say.”",
      "Anna Roth remembered her first day and “how small the office felt.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["We all miss him,", "Daniel Berg"],
      ["more than we can say.", "Daniel Berg"],
      ["how small the office felt.", "Anna Roth"],
    ]);
  });

  test("a role after the name with no closing comma ('Simon Dean, interim chief executive said:'); a surname that is also an office ('Dean')", () => {
    const body = "Simon Dean, interim chief executive said: “We take infection control very seriously.”\n\nMr Dean said: “We are the largest health board.”\n\n“It is hard,” Dean added.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([
      ["We take infection control very seriously.", "Simon Dean"],
      ["We are the largest health board.", "Simon Dean"],
      ["It is hard,", "Simon Dean"],
    ]);
    expect(personNamed(article, "Simon Dean").aliases).toEqual(expect.arrayContaining(["Dean", "Mr Dean"]));
  });

  test("an office word after a name is still a title when a name follows ('Chief Justice John Roberts')", () => {
    expect(speakersOf("Chief Justice John Roberts wrote the opinion. “The law is clear,” Roberts said.")).toEqual([["The law is clear,", "John Roberts"]]);
  });

  test("'said University of Miami tropical weather expert Brian McNoldy': the person after the organisation and role", () => {
    expect(speakersOf("“It is so humid,” said University of Miami tropical weather expert Brian McNoldy.")).toEqual([["It is so humid,", "Brian McNoldy"]]);
  });

  test("a role given after the name ('Nancy Silvestri, the agency spokesperson') is hers, and 'the spokesperson said' refers back to her", () => {
    const body = "“We limit the approval process,” said Nancy Silvestri, the agency spokesperson. Later the spokesperson said the information “outweighed” the limits of the alert.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([
      ["We limit the approval process,", "Nancy Silvestri"],
      ["outweighed", "Nancy Silvestri"],
    ]);
    expect(personNamed(article, "Nancy Silvestri").role).toBe("agency spokesperson");
  });

  test("a characterising verb whose subject names nobody gives no speaker, and no one else's ('78 percent of survey respondents described ... as “upsetting.”')", () => {
    expect(speakersOf("Pew has studied harassment for years. In a 2014 Pew study, 78 percent of survey respondents described their experiences as “upsetting.”")).toEqual([["upsetting.", null]]);
  });

  test("a long lower-case role after the name with no closing comma ('Mark Roberts, national police chiefs' council football policing lead said')", () => {
    const body = "Deputy chief constable Mark Roberts, national police chiefs' council football policing lead said on Tuesday that options were explored to “identify a way forward”.";
    expect(speakersOf(body)).toEqual([["identify a way forward", "Mark Roberts"]]);
  });

  test("not when the words after the comma open with an article: 'When Jones arrived, the crowd said …'", () => {
    expect(speakersOf("When Tom Jones arrived, the crowd said it was “a great night for the town”.")).toEqual([["a great night for the town", null]]);
  });

  test("a person introduced as 'His City team-mate Raheem Sterling' is the one 'The England forward, 25, said:' refers to", () => {
    const body = "Kevin De Bruyne was worried. His City team-mate Raheem Sterling shared his concern on Monday.\n\nThe England forward, 25, said: “The moment we do go back it needs to be safe.”";
    expect(speakersOf(body)).toEqual([["The moment we do go back it needs to be safe.", "Raheem Sterling"]]);
  });
});


describe("a name set off by commas after a description", () => {
  test("“…,” the group's policy director, Maya Solano, said; 'The owners, Nordstal Group, said:'", () => {
    const body = "The campaign group filed a complaint.\n\n“A tiny light is not consent,” the group's policy director, Maya Solano, said.\n\nThe owners, Nordstal Group, said: “We will support every affected employee.”";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Maya Solano", "Nordstal Group"]);
  });
});

describe("bodies with a title word inside their names, and a name set off after an office", () => {
  test("'Frank Delaney of the Transport and General Workers Union said:' is Delaney's ('General' is part of the union's name)", () => {
    expect(speakersOf("More than 5,000 jobs are at risk.\n\nFrank Delaney of the Transport and General Workers Union said: “They have been treated like dirt.”").map(([, s]) => s)).toEqual(["Frank Delaney"]);
  });

  test("“…,” said the Lib Dem leader, Charles Dunmore. — and “said the former home secretary, Lord Pym”", () => {
    const opening = "Home Secretary Peter Hallam and Tory leader Andrew Kingsley have clashed over crime figures.\n\n";
    expect(speakersOf(`${opening}“This is the politics of fear,” said the Lib Dem leader, Charles Dunmore.`).map(([, s]) => s)).toEqual(["Charles Dunmore"]);
    expect(speakersOf(`${opening}“This is the politics of fear,” said the former home secretary, Lord Pym.`).map(([, s]) => s)).toEqual(["Pym"]);
  });
});

describe("a person known by an appositive's person noun", () => {
  test("'Ngozi Eze, a nurse at the clinic, was on duty' is a person a later 'she said' means, her first name unknown", () => {
    expect(speakersOf("Ngozi Eze, a nurse at the clinic, was on duty.\n\n“We had no power for six hours,” she said.").map(([, s]) => s)).toEqual(["Ngozi Eze"]);
  });
});

describe("a relative after a possessive surname ending in s'", () => {
  test("'Jones' daughter, Keisha Porter, scored twice' makes her the subject a later 'she said' means", () => {
    const body = "Coach Loretta Jones was proud. “We played well,” she said.\n\nJones' daughter, Keisha Porter, scored twice.\n\n“It was a great night,” she said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Loretta Jones", "Keisha Porter"]);
  });
});

describe("a sentence opening with a name whose ', but' clause has a speaker of its own", () => {
  test("'Hale, 31, denies the charges, but his neighbour Lewis Gorton, 45, said: ‘…’' is Gorton's", () => {
    expect(speakersOf("Tom Hale has been charged.\n\nHale, 31, denies the charges, but his neighbour Lewis Gorton, 45, said: 'He is a good man.'").map(([, s]) => s)).toEqual(["Lewis Gorton"]);
  });
});

describe("'who' after an appositive", () => {
  test("'Ruth Okonkwo-Bayliss, a 68-year-old retired GP from Bristol, who told the jury that she had acted “…”' is hers, not 'GP''s", () => {
    const body = "Six activists were cleared on Thursday.\n\nAmong those cleared was Ruth Okonkwo-Bayliss, a 68-year-old retired GP from Bristol, who told the jury that she had acted “out of love, not anger”.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Ruth Okonkwo-Bayliss"]);
  });
});

describe("one of a group, named", () => {
  test("'One of them, Javed Qasim, said he would appeal. “…,” he said' is Javed Qasim, whatever his first name", () => {
    const body = "Labour's general secretary, Ian Brockway, said the party had suspended the councillors.\n\nOne of them, Javed Qasim, said he would appeal. “I have done nothing wrong and I will clear my name,” he said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Javed Qasim"]);
  });
});

describe("a person of a firm", () => {
  test("'Simon Ferris of Gresham Capital said he ... “…,” he said' and 'Jane Cole of Barclays Capital said:' are the people, not firms called 'Simon Ferris of Gresham Capital'", () => {
    const body = "Rates were held on Thursday.\n\nBut Simon Ferris of Gresham Capital said he expected the Bank to act by the summer. “Wage growth is picking up,” he said.\n\nJane Cole of Barclays Capital said: “Rates will rise.”";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Simon Ferris", "Jane Cole"]);
  });
});

describe("a possessive name opening a description", () => {
  test("'Kerry's co-star Lauren Hebditch was among the first to offer support. ⏎ She commented: “…”' is Lauren Hebditch, the sentence's subject, not Kerry", () => {
    const body = "Reality star Kerry Lyle has split from her fiance.\n\nKerry's co-star Lauren Hebditch was among the first to offer support.\n\nShe commented on the post: 'Love you babe, here for you always xx'";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Lauren Hebditch"]);
  });
});

describe("an institution before a name set off by commas", () => {
  test("'The Conservative peer who led the opposition in the Lords, Lord Ellingham of Wyre, said ... “…,” he said' is Lord Ellingham, not 'Lords'", () => {
    const body = "The bill was passed.\n\nThe Conservative peer who led the opposition in the Lords, Lord Ellingham of Wyre, said ministers had been “dragged kicking and screaming” to the deal. “They were wrong,” he said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Ellingham", "Ellingham"]);
  });
});

describe("a name set off after a role, before the verb", () => {
  test("'In Blackpool, which had hoped ..., the council's leader, Roy Fenton, said ... “…,” he said' is Fenton, not the speaker before", () => {
    const body = "The casino plans were cut.\n\n“The future has been cancelled,” said the casino body's chairman, Howard Kale. In Blackpool, which had hoped casinos would revive its seafront, the council's leader, Roy Fenton, said the town would have to fight for a licence. “We were promised regeneration,” he said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Howard Kale", "Roy Fenton"]);
  });
});

describe("an office of a body after the name, with no article", () => {
  test("'Reinaldo Quintero, president of the association that represents oil firms told the BBC that ... ⏎ “…,” he said' is Quintero's", () => {
    const body = "US President Joe Biden banned Russian oil imports.\n\nReinaldo Quintero, president of the association that represents Venezuelan oil companies told the BBC that output could rise.\n\n“I think we can reach 1.2 million barrels per day,” he said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Reinaldo Quintero"]);
  });

  test("'“…,” Melenhorst, of the University of Pennsylvania, who was an author of the paper, said in a briefing': appositions one after another before the verb", () => {
    const body = "Dr. Joseph Melenhorst set up a lab.\n\n“We have built a pipeline,” Melenhorst, of the University of Pennsylvania, who was an author of the new paper, said in Tuesday's briefing. “We were able to isolate cells.”";
    expect(speakersOf(body)).toEqual([
      ["We have built a pipeline,", "Joseph Melenhorst"],
      ["We were able to isolate cells.", "Joseph Melenhorst"],
    ]);
  });

  test("'Carol K. Morgan, an attorney representing Cooper said, “…”': the client inside an open appositive is not the speaker", () => {
    const body = "Kimberly Cooper was arrested.\n\nLawyers for the men declined to comment, while Carol K. Morgan, an attorney representing Cooper said, “We should all wait until the facts come out.”";
    expect(speakersOf(body)).toEqual([["We should all wait until the facts come out.", "Carol K. Morgan"]]);
  });

  test("a participle's opener past an appositive opening with 'one of' ('Sergey Lavrov, one of Putin's most seasoned spin masters, doubled down ..., insisting “…”')", () => {
    const body = "Russia denied it.\n\nThey were clear about the date. Foreign Minister Sergey Lavrov, one of Putin's most seasoned spin masters, doubled down on the cover-up, insisting “Russian forces left the Bucha town area as early as the 30th of March.”";
    expect(speakersOf(body)).toEqual([["Russian forces left the Bucha town area as early as the 30th of March.", "Sergey Lavrov"]]);
  });

  test("an appositive with an article and a long role, left open before the verb ('Aedan Smith, the charity's head of policy and advocacy said:'), is the name's; 'Regarding Giuliani, the judge said' is still the judge's", () => {
    const body = [
      "RSPB Scotland criticised the announcement.",
      "Aedan Smith, the charity's head of policy and advocacy said: “Offshore wind has an important role to play in helping halt climate change.”",
      "Judge Amit Mehta ruled on Friday. Regarding Giuliani, the judge said “there is little doubt” that he was involved.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["Offshore wind has an important role to play in helping halt climate change.", "Aedan Smith"],
      ["there is little doubt", "Amit Mehta"],
    ]);
  });

  test("'China Daily, a CPC-controlled media outlet tweeted ... and said, “…”': 'CPC-controlled' is no name, and the appositive left open calls the named body what it is", () => {
    const body = "Chinese state media were quick to exploit the invitation. China Daily, a CPC-controlled media outlet tweeted three photos of the billboards and said, “China will continue to be the opportunity for US investors.”";
    expect(speakersOf(body)).toEqual([["China will continue to be the opportunity for US investors.", "China Daily"]]);
  });

  test("'The former boss of energy regulator Ofgem, Dermot Nolan, said:' is Nolan's: a name after a kind of body ('regulator Ofgem') is the body's, not a person the commas describe", () => {
    const body = "The former boss of energy regulator Ofgem, Dermot Nolan, said: “Most of these decisions will take a long time to have an impact.”";
    expect(speakersOf(body)).toEqual([["Most of these decisions will take a long time to have an impact.", "Dermot Nolan"]]);
  });

  test("a relative clause after the sentence's opening phrase runs to the comma before the verb, however many commas its list holds ('The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star Wars: The Phantom Menace, said:')", () => {
    const body = "Hollywood film star Liam Neeson has held a dinner party in New York.\n\nThe Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star Wars: The Phantom Menace, said: \"The Lyric is too important to the cultural life of Northern Ireland.\"";
    expect(speakersOf(body)).toEqual([["The Lyric is too important to the cultural life of Northern Ireland.", "Liam Neeson"]]);
  });

  test("an appositive opening with 'one' or a participle ('Flake, one of a few Republicans and Democrats ... leading the effort, told reporters') is passed over to the name before it", () => {
    const body = "Senators are working on a deal for the Dreamers.\n\n“We’re still working ... we’re very close” to an agreement, Flake, one of a few Republicans and Democrats in the Republican-controlled Senate leading the effort, told reporters.";
    expect(speakersOf(body)).toEqual([["We’re still working ... we’re very close", "Flake"]]);
  });
});
