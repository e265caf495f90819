import { analyzeArticle } from "../../src/ingest/analyze";
import { analyzeStory, personNamed, readQuotes, speakersOf } from "./helpers";

describe("attribution rules for features, wires and documents", () => {
  test("a participle after a comma has the sentence's opening subject ('John Howard also offered his congratulations, adding that ... was a “…”'); a nationality word after a first name is a surname ('Mike German', 'Mr German said')", () => {
    const body = "Tony Blair said he was \"delighted\" for the couple. Australia's Prime Minister John Howard also offered his congratulations, adding that their decision to marry was a \"sensible and a good thing\".";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Tony Blair", "John Howard"]);
    const german = "Mike German, leader of the Liberal Democrats in the assembly, claimed that homes faced rises. Dai Lloyd disagreed. Mr German said: \"I know from my discussions.\"";
    expect(speakersOf(german)).toEqual([["I know from my discussions.", "Mike German"]]);
  });

  test("less common speech verbs attribute too ('alleges', 'lamented', 'confessed', 'muttered', 'opined')", () => {
    const body = "SIGAR alleges that Shadman grew only because he “bribed and paid kickbacks” to managers.\n\n“It was a mistake,” Jane Roe confessed.\n\n“Not again,” muttered John Doe.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["SIGAR", "Jane Roe", "John Doe"]);
  });

  test("'..., with police chief Jason Ziegler saying: “…”' gives the words to the one named after 'with', not the sentence's subject", () => {
    expect(speakersOf("Crowds gathered, with police chief Jason Ziegler saying: \"We are ready.\"")).toEqual([["We are ready.", "Jason Ziegler"]]);
    expect(speakersOf("Crowds gathered, with police chief Jason Ziegler saying \"We are ready.\"")).toEqual([["We are ready.", "Jason Ziegler"]]);
  });

  test("a partial quote whose sentence opens with a participle clause has the subject after its comma ('Quoted by NY Daily News, she showed understanding ... because otherwise, ‘the tiles get dirty’')", () => {
    const body = "Yoselyn Ortega spoke to her son.\n\nQuoted by NY Daily News, she showed understanding about the order of the work, because otherwise, ‘the tiles get dirty while painting’.";
    expect(speakersOf(body)).toEqual([["the tiles get dirty while painting", "Yoselyn Ortega"]]);
  });

  test("a clause describing quoted words set after a determiner attributes nothing ('said instead of the “bonfire of quangos” New Labour had promised, there had been an “explosion”'); 'meanwhile' may stand before the verb", () => {
    const body = "Lib Dem spokesman Ed Davey meanwhile said instead of the \"bonfire of quangos\" New Labour had promised, there had been an \"explosion\" of them. \"For over two decades, these agencies have mushroomed.\"";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Ed Davey", "Ed Davey", "Ed Davey"]);
    // (Words that end in their own punctuation are the sentence's quotation: "The “police ...,” Ver says".)
    expect(speakersOf("Roger Ver runs a bitcoin business.\n\nThe “police have been devoting a huge amount of resources to the market,” Ver says.")).toEqual([["police have been devoting a huge amount of resources to the market,", "Roger Ver"]]);
  });

  test("a full name no word list knows is a person when the tagger reads it as one; a later 'he' goes back to it", () => {
    expect(speakersOf("Not at the dinner that night was Feng Zhang, a researcher in Cambridge.\n\nThe funding is gone. “We will find more,” he said.")).toEqual([["We will find more,", "Feng Zhang"]]);
  });

  test("a name after a preposition inside an appositive is not the speaker ('an ecologist from the Polar Survey ..., told')", () => {
    const body =
      "Norman Pratt, an ecologist from the Polar Survey in Cambridge, England, told reporters the evidence was thin. He said the firms were careful. “They clean every boot,” he said.";
    expect(speakersOf(body)).toEqual([["They clean every boot,", "Norman Pratt"]]);
  });

  test("'he' in a new paragraph about someone else goes to that person, not to the last speaker of an earlier paragraph", () => {
    const body = [
      "Harbour chief Peter Olsen said the port would reopen in May. “We are ready,” he said.",
      "In 2010, Tom Baker, then in his thirties, drove the first truck through the gates. “It was chaos,” he recalls.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["We are ready,", "Peter Olsen"],
      ["It was chaos,", "Tom Baker"],
    ]);
  });

  test("a role after a dash: 'Arlen Badalyan – deputy head of the service told reporters' and then 'he said'", () => {
    expect(speakersOf("Nothing was found, Arlen Badalyan – deputy head of the rescue service told reporters.\n\n“The search continues”, he said.")).toEqual([
      ["The search continues", "Arlen Badalyan"],
    ]);
  });

  test("'allegedly' between subject and speech verb; 'he' is the person the paragraph is about, not a name met in passing", () => {
    const body =
      "In 2010, Swallow allegedly told Jeremy Johnson that he could offer access to Senator Harry Reid through an associate. The access, he allegedly warned, \"won't be cheap for anyone.\"";
    expect(speakersOf(body)).toEqual([["won't be cheap for anyone.", "Swallow"]]);
  });

  test("'and said' after a sentence whose opener has a verb of its own goes to the opener, not to the names that verb takes: 'John Smith met Mary Jones on Tuesday and said', 'The airline operates flights for United, Delta Air Lines, ... and said'", () => {
    expect(speakersOf("John Smith met Mary Jones on Tuesday and said the deal was \"a good one for everybody.\"")).toEqual([["a good one for everybody.", "John Smith"]]);
    const airline =
      "“We have reduced our schedules,” SkyWest said in a statement. The airline operates flights for United, Delta Air Lines, American Airlines and Alaska Airlines and said the pullback is intended to “ensure we can staff our flying.”";
    expect(speakersOf(airline)).toEqual([
      ["We have reduced our schedules,", "SkyWest"],
      ["ensure we can staff our flying.", "SkyWest"],
    ]);
    // (Not past a clause of another subject: "... thanked Jones, who smiled and said" is Jones's.)
    expect(speakersOf("Mary Smith thanked John Jones, who smiled and said it was \"nothing at all.\"")).toEqual([["nothing at all.", "John Jones"]]);
  });

  test("a name after a preposition and words placing it in time or space is no subject: 'records from 18th century Antwerp suggested', 'A doctor's manual from 16th century France advised'", () => {
    const body =
      "Gerrit Verhoeven, a professor at the University of Antwerp, said his study of court records from 18th century Antwerp suggested that habits were the same.\n\n" +
      "\"As a historian I'm concerned,\" he said.\n\n" +
      "A doctor's manual from 16th century France advised couples to wait until \"after the first sleep.\"";
    expect(speakersOf(body)).toEqual([
      ["As a historian I'm concerned,", "Gerrit Verhoeven"],
      ["after the first sleep.", null],
    ]);
  });

  test("a lone surname opening a sentence speaks when the article writes it with its capital inside a sentence too: 'Schumer told reporters ... he said'", () => {
    const body =
      "Schumer told reporters he was confident. \"We have the votes,\" he said.\n\nThe plan drew fire from Schumer and Jeffries.";
    expect(speakersOf(body)).toEqual([["We have the votes,", "Schumer"]]);
    // (A capitalised plural opening a sentence is no name: nobody is made of "Officials".)
    expect(speakersOf("Officials told reporters the plan was sound. \"We have the votes,\" they said.")).toEqual([["We have the votes,", null]]);
  });

  test("'he' goes to a person named earlier in the same sentence rather than to the last speaker", () => {
    const body =
      "The men had been shot \"execution-style,\" Mayor Bill Hanlon said.\n\nA jury chose not to indict in the case of Eric Gardner, a man who died as he pleaded \"let me go now\" to the officers.";
    expect(speakersOf(body)).toEqual([
      ["execution-style,", "Bill Hanlon"],
      ["let me go now", "Eric Gardner"],
    ]);
  });

  test("'local newspapers quote X as saying' gives the quotation to X", () => {
    expect(speakersOf("“I don’t regret it, I don’t regret,” local newspapers quote Maria Salinas as saying.")).toEqual([["I don’t regret it, I don’t regret,", "Maria Salinas"]]);
  });

  test("a colon after a sentence whose subject is named: 'Rudy Giuliani echoed the sentiment, but laid blame on ...: “…”'", () => {
    expect(speakersOf("Former mayor Rudy Giuliani echoed the sentiment, but laid blame on President Obama: \"The police are not the problem here.\"")).toEqual([
      ["The police are not the problem here.", "Rudy Giuliani"],
    ]);
  });

  test("an organisation's short form ('Mehr') is the organisation named in full before ('the Mehr News Agency')", () => {
    const body =
      "The Mehr News Agency reported the arrests on Monday.\n\nMehr has also said that the arrests are linked to charges of collaboration with “anti-Revolutionary, Persian-speaking media.”";
    const quotes = readQuotes(analyzeArticle(body, { title: "Test story" }));
    expect(quotes.map((q) => q.speaker)).toEqual(["Mehr News Agency"]);
  });

  test("the first of two surnames names the person too ('Salinas' for 'Guadalupe Salinas Hernández')", () => {
    const body = "Police named the suspect as Maria Salinas Hernández, 17.\n\n“I don’t regret it,” Salinas told reporters.";
    expect(speakersOf(body)).toEqual([["I don’t regret it,", "Maria Salinas Hernández"]]);
  });

  test("a partial quote with no speech verb belongs to the person the sentence is about ('She was in Italy and “in a place …”')", () => {
    const body = "Dakota Johnson is the magazine's cover star. She was in Italy and “in a place that felt very dark” when she read the script.";
    expect(speakersOf(body)).toEqual([["in a place that felt very dark", "Dakota Johnson"]]);
  });

  test("a partial quote in the first person belongs to the one person its sentence names ('after his school “started feathering me …,” Gosling turned')", () => {
    const body =
      "Ryan Gosling grew up in Ontario.\n\nSo, after his school “started feathering me into some special classes,” Gosling turned to acting. Working on the film allowed Gosling to “do the dances I wish I had learned.”";
    expect(speakersOf(body)).toEqual([
      ["started feathering me into some special classes,", "Ryan Gosling"],
      ["do the dances I wish I had learned.", "Ryan Gosling"],
    ]);
  });

  test("not when the sentence names two people, nor for words with no first person", () => {
    expect(speakersOf("Ryan Gosling met Emma Stone.\n\nThe film gave Gosling, like Stone, the chance to “do the dances we wish we had learned.”")).toEqual([["do the dances we wish we had learned.", null]]);
    expect(speakersOf("Ryan Gosling grew up in Ontario.\n\nThe studio sent Gosling to “a very strict dance school.”")).toEqual([["a very strict dance school.", null]]);
  });

  test("a possessive before a verb form that is also a plural noun is no subject ('on Trump’s answers, “…”' is not Trump's)", () => {
    const body =
      "Arthur Engoron presided over the trial of Donald Trump.\n\nAfter a break, Engoron took a more passive role. He told the lawyer that he was following his lead on Trump’s answers, “if you want to let the witness ramble on.”";
    expect(speakersOf(body)).toEqual([["if you want to let the witness ramble on.", "Arthur Engoron"]]);
  });

  test("'X accused Y of “…”' and '..., accusing her of “…”' give the words to the accuser, and a short fragment later in the sentence too", () => {
    const body =
      "Milo Yiannopoulos and Leslie Jones clashed online.\n\nOn Monday evening, Yiannopoulos retweeted one of her posts, accusing her of “playing the victim” and being unable to handle a little “hate mail.”\n\nThe Vatican accused the group of “pushing radical themes.”";
    expect(speakersOf(body)).toEqual([
      ["playing the victim", "Milo Yiannopoulos"],
      ["hate mail.", "Milo Yiannopoulos"],
      ["pushing radical themes.", "Vatican"],
    ]);
  });

  test("'..., telling his lawyer Chris Kise to “…”' gives the words to the sentence's subject", () => {
    const body =
      "Judge Arthur Engoron, who has clashed with Trump throughout the trial, tried to stop the speeches, telling his lawyer Chris Kise to “control your client” and threatening to remove him.";
    expect(speakersOf(body)).toEqual([["control your client", "Arthur Engoron"]]);
  });

  test("'..., as the New York Times put it' is the source of the sentence's quoted words", () => {
    const body = "Lobbyists are orchestrating a “continuing assault” on a law that “has achieved remarkable success,” as the New York Times put it on Tuesday.";
    expect(speakersOf(body)).toEqual([
      ["continuing assault", "New York Times"],
      ["has achieved remarkable success,", "New York Times"],
    ]);
  });

  test("'maintain that' reports speech: the quote is kept, and unnamed lawyers name nobody", () => {
    expect(speakersOf("Tom Reyes stepped down.\n\nHis lawyers maintain that the allegations “are misdirected and meritless.”")).toEqual([["are misdirected and meritless.", null]]);
  });

  test("speech that did not happen is no attribution ('X did not respond to a request for comment')", () => {
    const body =
      "“This looks like a scare tactic,” added Rep. Elijah E. Cummings. “I am sure others see this as a terrible message.” Committee Chairman Jason Chaffetz did not respond to a request for comment and would not say more.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Elijah E. Cummings", "Elijah E. Cummings"]);
  });

  test("bare verb forms attribute after a modal or a plural subject ('he will answer, without missing a beat: “…”')", () => {
    const body = "Damien Chazelle directed the film.\n\nAsk Chazelle what he misses about the city, and he will answer, without missing a beat: “Freeway gridlock.”";
    expect(speakersOf(body)).toEqual([["Freeway gridlock.", "Damien Chazelle"]]);
  });

  test("'..., with Foreign Minister Ayman Safadi warning of “…”': the name before the participle", () => {
    const body = "Egypt and Jordan criticised the US policy shift, with Jordanian Foreign Minister Ayman Safadi warning of “dangerous consequences”.";
    expect(speakersOf(body)).toEqual([["dangerous consequences", "Ayman Safadi"]]);
  });

  test("'X said it “…”': a pronoun right before the quotation opens the reported clause, it does not say the words", () => {
    const body = "The US changed its policy on Monday.\n\nThe French foreign ministry said it “regrets any decision likely to encourage settlement building”.";
    expect(speakersOf(body)).toEqual([["regrets any decision likely to encourage settlement building", "French foreign ministry"]]);
  });

  test("'prompted Engoron to quip ... “…”': the one named before 'to' says the words, even after 'Trump said they were “…”'", () => {
    const body =
      "Arthur Engoron presided. Donald Trump testified.\n\nTrump said they were “very good” before launching into another attack that prompted Engoron to quip the questioning sounded like a “broken record.”";
    expect(speakersOf(body)).toEqual([
      ["very good", "Donald Trump"],
      ["broken record.", "Arthur Engoron"],
    ]);
  });

  test("'..., who yelled “…”': the one 'who' stands for says the words; people the story does not name name nobody", () => {
    const body =
      "When TMZ asked Gene Simmons about the inauguration, Simmons was shouted down by his wife and daughter, who yelled loud “No’s!”\n\n“We are ready,” said Tom Reyes, who told reporters “the team is fit and hungry.”";
    expect(speakersOf(body)).toEqual([
      ["No’s!", null],
      ["We are ready,", "Tom Reyes"],
      ["the team is fit and hungry.", "Tom Reyes"],
    ]);
  });

  test("'Jeremy Hunt branded the forgotten millions ... a ‘national disgrace’': a verb naming its object something, with no 'as'", () => {
    const body = "The advice emerged a day after Health Secretary Jeremy Hunt branded the forgotten millions of elderly people in the UK a ‘national disgrace’.";
    expect(speakersOf(body)).toEqual([["national disgrace", "Jeremy Hunt"]]);
  });

  test("in the passive the one after 'by' names the words: 'John Smith was branded a “…” by Mary Jones'", () => {
    expect(speakersOf("John Smith was branded a “national disgrace to the whole party” by Mary Jones.")).toEqual([["national disgrace to the whole party", "Mary Jones"]]);
  });

  test("not in the passive: 'was accused of “…”' names no accuser", () => {
    expect(speakersOf("Tom Reyes was arrested.\n\nReyes was accused of “endangering the lives of the passengers on board.”")).toEqual([["endangering the lives of the passengers on board.", null]]);
  });

  test("not when the sentence is passive, nor when it opens with a word that names no one the article knows", () => {
    expect(speakersOf("Tom Reyes was arrested on Monday. He was booked for “reckless endangerment of a child” on Tuesday.")).toEqual([["reckless endangerment of a child", null]]);
    expect(speakersOf("Tom Reyes was arrested on Monday.\n\nBesides the cost of the trial, the county faces “a very long year of appeals”.")).toEqual([["a very long year of appeals", null]]);
  });

  test("a US state's abbreviation in a link line ('W. Va. nonprofit director ...') is no person a later 'she' could mean", () => {
    const body = "Michelle Obama spoke to Oprah Winfrey.\n\n“They look up at you,” she said.\n\nW. Va. nonprofit director will return after racist post\n\n“I feel that way about the nation,” she said.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Michelle Obama", "Michelle Obama"]);
    expect(analyzeStory(body).people.map((p) => p.name)).not.toContain("W. Va");
  });

  test("a verb inside what 'X said' reports does not take the quote from X ('said he believes ... the platform he promised ... “feel the difference now.”')", () => {
    const body = "Michelle Obama said he believes the administration achieved the platform he promised because Americans “feel the difference now.”";
    expect(speakersOf(body)).toEqual([["feel the difference now.", "Michelle Obama"]]);
  });

  test("'X asked ..., saying, “…”' gives the quote to X; 'Y replied, “…”' after it introduces the next quote", () => {
    const body = "Jennifer Aniston was on the show. Jimmy Kimmel asked her about a photo of her jacket, saying, “I can't imagine how this happens to you.” Aniston replied, “Well, here is the sad part.”";
    expect(speakersOf(body)).toEqual([
      ["I can't imagine how this happens to you.", "Jimmy Kimmel"],
      ["Well, here is the sad part.", "Jennifer Aniston"],
    ]);
  });

  test("a lower-case word trailing a name ('President Ashraf Ghani first announced') is not part of it; 'he said Kabul had ...' does not make Kabul a speaker", () => {
    const body = "When Afghan President Ashraf Ghani first announced the exchange, he said Kabul had ensured the militants would not return.\n\nHe also said he hoped the swap would “pave the way” for talks.";
    expect(speakersOf(body)).toEqual([["pave the way", "Ashraf Ghani"]]);
  });

  test("'Kennedy' is James P. Kennedy Jr.: a generational suffix is not the surname", () => {
    const body = "James P. Kennedy Jr., the U.S. Attorney, said the case mattered.\n\n“The First Amendment right carries responsibility,” Kennedy said in a statement.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["James P. Kennedy Jr."]);
  });

  test("coordinated verbs share the subject, not a name in the object ('he asked about the Muslim Brotherhood, called Omar a “terrorist” and said, “…,” the office said')", () => {
    const body = "Patrick Carlineo was arrested in April.\n\nDuring the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” and said, “somebody ought to stop her,” the prosecutor's office said.";
    expect(speakersOf(body)).toEqual([
      ["terrorist", "Patrick Carlineo"],
      ["somebody ought to stop her,", "Patrick Carlineo"],
    ]);
  });

  test("a bare 'say,' of something that may be said does not introduce the quote; the attribution after it does", () => {
    const body = "Mark Cancian is an analyst. Once he takes office, the Air Force may meet with Boeing and say, “‘Hey, let's scrub the numbers a little,’” Cancian said.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Mark Cancian"]);
  });

  test("'Marco Villa, the company's chief operating officer, said Tyvak would ...' makes no speaker of Tyvak; 'he said' is Villa", () => {
    const body = "Tyvak Nano-Satellite Systems builds smallsats. Marco Villa, the company's chief operating officer, said Tyvak would leverage that experience. “We're going to start with something smaller,” he said.";
    expect(speakersOf(body)).toEqual([["We're going to start with something smaller,", "Marco Villa"]]);
  });

  test("'X, a senior fellow at ..., has written.' after a quote; 'the Centre for Economic Policy Research' keeps its whole name", () => {
    const body =
      "“The Chinese government pays nothing,” Howard Gleckman, a senior fellow at the Tax Policy Center, has written.\n\nA March 2019 study by the Centre for Economic Policy Research, a London-based think tank, concluded that “the full incidence of the tariff falls on domestic consumers.”";
    expect(speakersOf(body)).toEqual([
      ["The Chinese government pays nothing,", "Howard Gleckman"],
      ["the full incidence of the tariff falls on domestic consumers.", "Centre for Economic Policy Research"],
    ]);
  });

  test("'she said' after the paragraph introduced an unnamed woman ('one mother, who ...') is hers: no speaker", () => {
    const body = "Will Tjernlund runs a shop.\n\nWIRED spoke to one mother, who knew her children were on Instagram. “I am so ahead of every other parent,” she said.";
    expect(speakersOf(body)).toEqual([["I am so ahead of every other parent,", null]]);
  });
  test("a naming participle after a comma ('..., calling it “plainly unconstitutional”', '..., describing the plan as “reckless”') makes the fragment speech of the one opening the sentence, named or not", () => {
    expect(speakersOf("Judge Maria Lopez blocked the law, calling it “plainly wrong”.")).toEqual([["plainly wrong", "Maria Lopez"]]);
    expect(speakersOf("Tom Price attacked the minister, describing the plan as “reckless”.")).toEqual([["reckless", "Tom Price"]]);
    expect(speakersOf("A federal judge blocked the law, calling it “plainly unconstitutional.”")).toEqual([["plainly unconstitutional.", null]]);
    // (A sentence opening with a quotation: its speaker stands after it.)
    expect(speakersOf("“Giuliani uttered no words that resembled a call to action,” Judge Amit Mehta wrote, calling it “constitutionally protected speech.”")).toEqual([
      ["Giuliani uttered no words that resembled a call to action,", "Amit Mehta"],
      ["constitutionally protected speech.", "Amit Mehta"],
    ]);
  });

  test("a dateline opening the paragraph ('WASHINGTON (AP) — Judge Maria Lopez blocked ..., saying it was “…”') leaves the name after it the sentence's subject", () => {
    expect(speakersOf("WASHINGTON (AP) — Judge Maria Lopez blocked a Texas law on Tuesday, saying it was “plainly unconstitutional.”\n\nThe state will appeal.")).toEqual([
      ["plainly unconstitutional.", "Maria Lopez"],
    ]);
  });

  test("a full name set off after a description after the verb ('said one resident, Maria Gomez, 67, of San Antonio', 'said a spokesman, John Smith.') is the speaker", () => {
    expect(speakersOf("The law was blocked.\n\n“It is a sad day,” said one resident, Maria Gomez, 67, of San Antonio. “I have voted by mail for years.”")).toEqual([
      ["It is a sad day,", "Maria Gomez"],
      ["I have voted by mail for years.", "Maria Gomez"],
    ]);
    expect(speakersOf("The law was blocked.\n\n“We will appeal,” said a spokesman, John Smith.")).toEqual([["We will appeal,", "John Smith"]]);
  });
  test("a naming participle in a clause after ', but' goes to that clause's subject, a country included ('Cyprus is a member, but Turkey, which occupies the north, had insisted ..., calling the issue a “red line”')", () => {
    expect(speakersOf("The south of Cyprus is an EU member, but Turkey, which occupies the north, had previously insisted it would not bow to demands, calling the issue a “red line”.")).toEqual([
      ["red line", "Turkey"],
    ]);
  });

  test("a country as the subject of a speech verb speaks ('Russia said the talks were “a waste of time”', '“…,” Iran said', 'North Korea warned'); not inside a longer name", () => {
    expect(speakersOf("Russia said the talks were “a waste of time”.\n\n“We will not go back,” Iran said.\n\nNorth Korea warned that the drills were “an act of war”.")).toEqual([
      ["a waste of time", "Russia"],
      ["We will not go back,", "Iran"],
      ["an act of war", "North Korea"],
    ]);
    expect(speakersOf("Rates rose.\n\n“Inflation is too high,” the Bank of Russia said.")).toEqual([["Inflation is too high,", "Bank of Russia"]]);
  });

  test("'referred to X as “…”' puts the words to the subject ('he had once referred to Lords members as “brigands, muggers, bribers and gangsters”')", () => {
    expect(speakersOf("Neil Kinnock is to join the Lords.\n\nIt was put to Mr Kinnock that he had once referred to Lords members as “brigands, muggers, bribers and gangsters”.")).toEqual([
      ["brigands, muggers, bribers and gangsters", "Neil Kinnock"],
    ]);
  });
  test("'thinks'/'reckons' after a quotation attribute it ('“It is going to kill radio,” thinks Curry')", () => {
    expect(speakersOf("Adam Curry started podcasting.\n\n“It is totally going to kill the business model of radio,” thinks Curry. “They are scared,” he says.")).toEqual([
      ["It is totally going to kill the business model of radio,", "Adam Curry"],
      ["They are scared,", "Adam Curry"],
    ]);
    expect(speakersOf("“Prices will rise,” reckons analyst Jane Doe.")).toEqual([["Prices will rise,", "Jane Doe"]]);
  });

  test("'said the magazine' goes to the organisation named after that noun before ('by US magazine Mobile PC'), and 'it' after it", () => {
    const body = "The laptop was chosen by US magazine Mobile PC.\n\n“We included only items that were mobile,” said the magazine.\n\n“We tried to get to the heart of it,” it concluded.";
    expect(speakersOf(body)).toEqual([
      ["We included only items that were mobile,", "Mobile PC"],
      ["We tried to get to the heart of it,", "Mobile PC"],
    ]);
  });

  test("a description with its own complement, then a name set off by commas, before or after the verb ('the new chair of the Internet Engineering Task Force (IETF), Brian Carpenter, says')", () => {
    expect(speakersOf("“We have hardly started,” the new chair of the Internet Engineering Task Force (IETF), Brian Carpenter, says.")).toEqual([["We have hardly started,", "Brian Carpenter"]]);
    expect(speakersOf("“We have hardly started,” says the chair of the task force, Brian Carpenter.")).toEqual([["We have hardly started,", "Brian Carpenter"]]);
  });
  test("two joined verbs before the quotation ('the chancellor smiled and said: “…”') have one subject, not the name in the clause before it", () => {
    const body = "Mr Brown was asked about a feud. Asked whether he wanted Mr Blair's job, the chancellor smiled and said: “I'm concentrating on the economy.”\n\nGordon Brown has been chancellor since 1997.";
    expect(speakersOf(body)).toEqual([["I'm concentrating on the economy.", "Gordon Brown"]]);
  });
  test("a body reported inside someone's words ('He added the government had originally pledged “…”') leaves the words with the one reporting; a man who shouted keeps his own ('He said the man shouted: “…”')", () => {
    const body =
      "Education Secretary Charles Clarke spoke to BBC News. He added the government had originally pledged “for every pupil to get two hours of sport” a week.\n\nRobert Kilroy Silk was attacked. He said the man shouted: “You've offended my religion.”\n\nAndrew Walsh added that Kevin Swanson surfaced, yelled “shark attack!”, and paddled to shore.";
    expect(speakersOf(body)).toEqual([
      ["for every pupil to get two hours of sport", "Charles Clarke"],
      ["You've offended my religion.", null],
      ["shark attack!", "Kevin Swanson"],
    ]);
  });

  test("a singular role opening the phrase vouches for the full name after it ('Shadow spokesman for sport Hugh Robertson said')", () => {
    expect(speakersOf("Shadow spokesman for sport Hugh Robertson said: “I suspect the correct way is to look at the clubs.”")).toEqual([
      ["I suspect the correct way is to look at the clubs.", "Hugh Robertson"],
    ]);
  });
  test("a participle with its agent after the words ('in a move branded a “humiliating retreat” by the Tories') gives them to the agent", () => {
    expect(speakersOf("Tessa Jowell has announced plans to limit new casinos, in a move branded a “humiliating retreat” by the Tories.")).toEqual([["humiliating retreat", "Tories"]]);
  });

  test("'Mr White said' names Mr White though 'White' is usually no name ('Mr' before a word that is also a surname marks it)", () => {
    expect(speakersOf("He has admitted missing lessons. “We used to spend all our spare time there,” Mr White said.")).toEqual([["We used to spend all our spare time there,", "White"]]);
  });
  test("US party-state designations ('Chuck Schumer, D-N.Y., called it “…”', 'Sen. Bernie Sanders (I-Vt.) said') stay inside the sentence; a quotation followed by ', while X urged' is not X's", () => {
    const body = [
      "The Senate passed the bill, sending it to the House.",
      "Senate Majority Leader Chuck Schumer, D-N.Y., called it “a victory for the American people.”",
      "Sen. Rand Paul, R-Ky., said the bill “spends money we don't have,” while Minority Leader Mitch McConnell urged his colleagues to support it.",
      "Sen. Bernie Sanders (I-Vt.) said: “It is not enough.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["a victory for the American people.", "Chuck Schumer"],
      ["spends money we don't have,", "Rand Paul"],
      ["It is not enough.", "Bernie Sanders"],
    ]);
  });
  test("'described by one civil service union as a “…”' gives the words to the agent (here unnamed), not to the sentence's speaker; 'Joan Smith, a journalist and novelist who described herself as a “…”' is Joan Smith", () => {
    expect(speakersOf("Mr Brown also announced plans to merge 35 agencies into nine, described by one civil service union as a “bonfire of the quangos”.")).toEqual([["bonfire of the quangos", null]]);
    expect(speakersOf("Joan Smith, a journalist and novelist who described herself as a “very minor public figure”, told the inquiry about it.")).toEqual([["very minor public figure", "Joan Smith"]]);
  });
});


describe("BBC politics probe constructions", () => {
  test("a name after 'has urged' is its object, not an inverted speaker ('Robert Haldane has urged Stephen Whitlock to ...' then “…,” he said)", () => {
    const body = "Tory leader Robert Haldane has urged Prime Minister Stephen Whitlock to sack his health secretary.\n\n“The public deserve better than this,” he said.";
    expect(speakersOf(body)).toEqual([["The public deserve better than this,", "Robert Haldane"]]);
  });
});

describe("two titled people joined by 'and', and a pronoun that stood before a name", () => {
  test("'Chancellor Paul Redfern and Home Secretary Richard Alcott' are two people, each with an office; 'the chancellor' is Redfern", () => {
    const article = analyzeStory("Chancellor Paul Redfern and Home Secretary Richard Alcott will meet union leaders on Monday.\n\n“We will listen,” the chancellor said.");
    expect(article.people.map((p) => [p.name, p.role])).toEqual([
      ["Paul Redfern", "Chancellor"],
      ["Richard Alcott", "Home Secretary"],
    ]);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Paul Redfern"]);
  });

  test("“When he refused to support Harold Wilson ..., he said” is the one 'he' was before, not Wilson", () => {
    const body = "Jim Callaghan entered Parliament in 1945.\n\nWhen he refused to support prime minister Harold Wilson in 1968, he said: “I am not going to resign.”";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Jim Callaghan"]);
  });
});

describe("a colon after 'X replied' introduces the next quotation", () => {
  test("“…?” Ms Hutton replied: “…” leaves the question with the speaker before it", () => {
    const body =
      "Shadow chancellor Graham Pettifer attacked the plans on Monday, with Treasury minister Clare Hutton responding.\n\n“The sums do not add up,” Mr Pettifer said. “Where is the money coming from?” Ms Hutton replied: “The figures are sound.”";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Graham Pettifer", "Graham Pettifer", "Clare Hutton"]);
  });
});

describe("words put to someone else's fault or named by a verb, in BBC politics copy", () => {
  test("'accusing his former leader of being “soft”' keeps the partial quote, even from an unnamed accuser", () => {
    expect(speakersOf("A Conservative MP has defected to the UK Independence Party, accusing his former leader of being “soft” on Europe.")).toEqual([["soft", null]]);
    expect(speakersOf("Tory MP Robert Jackson defected on Monday, accusing his leader of being “soft” on Europe.")).toEqual([["soft", "Robert Jackson"]]);
  });

  test("'branded the policy “a shambles”' (the article inside the quotation) and 'attacked the plans as “unworkable”'", () => {
    expect(speakersOf("Lib Dem health spokesman Paul Garvey branded the policy “a shambles”.")).toEqual([["a shambles", "Paul Garvey"]]);
    expect(speakersOf("Shadow health secretary Andrew Lansley attacked the plans as “unworkable”.")).toEqual([["unworkable", "Andrew Lansley"]]);
  });
});

describe("passive speech verbs with their agent after 'by'", () => {
  const opening = "Health Secretary Janet Crowe faced a heated Commons debate on Tuesday.\n\n";

  test("'Ms Crowe was told by Dr Hugh Parris: “…”' and 'She was accused by Tory MP John Gale of “…”' are the agents' words", () => {
    expect(speakersOf(`${opening}Ms Crowe was told by Dr Hugh Parris: “Patients are coming out in a coffin.” She was accused by Tory MP John Gale of “hiding behind averages”.`)).toEqual([
      ["Patients are coming out in a coffin.", "Hugh Parris"],
      ["hiding behind averages", "John Gale"],
    ]);
  });

  test("'The plan was branded “a shambles” by Dr Hugh Parris' keeps the quote, his", () => {
    expect(speakersOf(`${opening}The plan was branded “a shambles” by Dr Hugh Parris.`)).toEqual([["a shambles", "Hugh Parris"]]);
  });

  test("'Mr Alcott was warned by Labour MP Peter Vane that ...' makes him the one a later 'he said' means", () => {
    expect(speakersOf("Home Secretary Richard Alcott defended the bill on Tuesday.\n\nMr Alcott was warned by Labour MP Peter Vane that the bill would fail. “They will not survive the Lords,” he said.")).toEqual([["They will not survive the Lords,", "Peter Vane"]]);
  });
});

describe("a spokesman for a person named by title and surname", () => {
  test("'A spokesman for Mr Ferriday said' is the unnamed spokesman, not Ferriday, before or after the quotation", () => {
    const body = "Transport minister Colin Ferriday has been referred to the watchdog.\n\nA spokesman for Mr Ferriday said: “Every penny has been declared.”\n\n“The claims are false,” a spokesman for Mr Ferriday said.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual([null, null]);
  });
});

describe("a question put to someone, then “…,” he said", () => {
  test("'John Gale asked Richard Alcott whether ...' then “…,” he said is Alcott's answer", () => {
    const body = "Tory MP John Gale asked Home Secretary Richard Alcott whether identity cards would be compulsory.\n\n“Nobody will be forced to carry one,” he said.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Richard Alcott"]);
  });
});

describe("accusations with a gerund or an adverb", () => {
  test("'accused ministers of showing “contempt”' and 'was later accused by Dr Hugh Parris of “…”'", () => {
    expect(speakersOf("Liberal Democrat peer Lord Rendall accused ministers of showing “contempt” for Parliament.")).toEqual([["contempt", "Rendall"]]);
    expect(speakersOf("Health Secretary Janet Crowe was later accused by Tory health spokesman Dr Hugh Parris of “hiding behind averages”.")).toEqual([["hiding behind averages", "Hugh Parris"]]);
  });
});

describe("partial quotes after an age, an accusation with an article, and a naming verb's object", () => {
  test("'Shane Colley, 45, resigned, saying he had been “hounded out”'", () => {
    expect(speakersOf("Shane Colley, 45, resigned, saying he had been “hounded out”.")).toEqual([["hounded out", "Shane Colley"]]);
  });

  test("a full name after an inverted speech verb with its role following and no comma ('said Sarah Laouadi head of European policy at the trade body'), and a name before a role ending in 'said' with no closing comma ('Meg Hillier, chair of the Public Accounts Select Committee said')", () => {
    expect(speakersOf("“We have just enough time,” said Sarah Laouadi head of European policy at the trade body.")).toEqual([["We have just enough time,", "Sarah Laouadi"]]);
    expect(speakersOf("But Meg Hillier, chair of the Public Accounts Select Committee said there was “much more work that government should be doing” at the border.")).toEqual([
      ["much more work that government should be doing", "Meg Hillier"],
    ]);
  });

  test("after an inverted speech verb, a description with a role noun, a comma and a full name ending the sentence: the name speaks ('said Treasury committee member and campaigner against financial corruption, Kevin Hollinrake.')", () => {
    expect(speakersOf("“It needs a new full, judge-led inquiry,” said Treasury committee member and campaigner against financial corruption, Kevin Hollinrake. “You cannot have one set of rules for them.”")).toEqual([
      ["It needs a new full, judge-led inquiry,", "Kevin Hollinrake"],
      ["You cannot have one set of rules for them.", "Kevin Hollinrake"],
    ]);
  });

  test("'telling' after a comma is a participle of speech, past an opening 'Earlier on Tuesday': 'he received an ovation, telling delegates: “…”', 'rejected the comment, telling Radio 4 that Labour was not “rattled”'", () => {
    expect(speakersOf("Volodymyr Zelensky has drawn praise.\n\nEarlier on Tuesday he received a standing ovation for an emotional address, telling delegates: “We are fighting for our life.”")).toEqual([
      ["We are fighting for our life.", "Volodymyr Zelensky"],
    ]);
    expect(speakersOf("Environment Secretary Margaret Beckett rejected the comment, telling Radio 4's PM programme that Labour was not “rattled”.")).toEqual([["rattled", "Margaret Beckett"]]);
  });

  test("'... and said the government “…”' with no comma or colon: the description opens the reported clause and the sentence's opener speaks ('Mr Glen admitted there were concerns and said the government “will be looking closely ...”')", () => {
    expect(speakersOf("Economic Secretary John Glen set out the plans.\n\nMr Glen admitted there were concerns about the environmental impact and said the government “will be looking closely at energy usage”.")).toEqual([
      ["will be looking closely at energy usage", "John Glen"],
    ]);
  });

  test("', with X saying/telling ...' puts a partial quote later in the clause to X ('The White House has declined ..., with Jake Sullivan saying the US would have to “…”')", () => {
    expect(speakersOf("The White House has declined to go into specifics, with Jake Sullivan saying the US would have to “consult with our allies.”")).toEqual([["consult with our allies.", "Jake Sullivan"]]);
    expect(speakersOf("The White House has defended the nomination, with press secretary Jen Psaki telling reporters that Raskin brings “unprecedented experience” to the role.")).toEqual([
      ["unprecedented experience", "Jen Psaki"],
    ]);
  });

  test("a participle's subject opens the sentence past an appositive set off by commas: 'Armando López Orduña, the director general of the association, thanked ..., saying'", () => {
    expect(
      speakersOf("Armando López Orduña, the director general of the association, thanked Mexico and the United States, saying that their support had avoided, “to the extent possible, the impact on supply.”"),
    ).toEqual([["to the extent possible, the impact on supply.", "Armando López Orduña"]]);
  });

  test("'accused ministers of a “shameful betrayal”'", () => {
    expect(speakersOf("Labour MP Jane Hollis accused ministers of a “shameful betrayal”.")).toEqual([["shameful betrayal", "Jane Hollis"]]);
  });

  test("'Critic Dan Albrecht called the film “gorgeous but glacial”': the words are his, and 'Critic' is his role", () => {
    expect(speakersOf("Critic Dan Albrecht called the film “gorgeous but glacial” and suggested that “at 158 minutes, the tide goes out.”")).toEqual([
      ["gorgeous but glacial", "Dan Albrecht"],
      ["at 158 minutes, the tide goes out.", "Dan Albrecht"],
    ]);
  });
});

describe("a named leader and their team", () => {
  test("'Haddad and her team said the results were “striking”' and 'Prof Buckley and colleagues argued' are the leader's", () => {
    expect(speakersOf("Dr Amira Haddad led the study.\n\nHaddad and her team said the results were “striking”.")).toEqual([["striking", "Amira Haddad"]]);
    // (Without the possessive too: "Prof Buckley and colleagues argued".)
    expect(speakersOf("Prof Ross Buckley led the study.\n\nIn a research paper, Prof Buckley and colleagues argued the currency was “the ultimate example”.")).toEqual([["the ultimate example", "Ross Buckley"]]);
  });
});

describe("someone a recording shows speaking", () => {
  test("'Footage showed Colley telling officers: “…”' is Colley's, not the footage's", () => {
    expect(speakersOf("Shane Colley denied fraud.\n\nFootage showed Colley telling officers: “I have done nothing wrong.”").map(([, s]) => s)).toEqual(["Shane Colley"]);
  });
});

describe("the sentence after a partial quote ending in a full stop inside the marks", () => {
  test("'Sen. Mark Ellis said the bill was “a disgrace.” Gov. Ann Booth said it passed ...': the words stay Ellis's", () => {
    expect(speakersOf("The state senate passed the bill on Tuesday.\n\nSen. Mark Ellis said the bill was “a disgrace.” Gov. Ann Booth said it passed with support from both parties.").map(([, s]) => s)).toEqual(["Mark Ellis"]);
  });

  test("a quotation after a short partial one inside someone's reported sentence continues that someone", () => {
    const body =
      "Tory leader Michael Howard spoke in Brighton.\n\nAnd he hit back at Labour claims he had used Mrs Dixon as a “human shield”. “She's not a human shield Mr Blair, she's a human being.” Mr Howard said his party plans were not “racist”.";
    expect(speakersOf(body).map(([, s]) => s)[1]).toEqual("Michael Howard");
  });
});

describe("'said X was' after a comma", () => {
  test("'John Boumphrey, said Amazon was “proud”' is Boumphrey's: a name with a verb of its own after 'said' is no inverted speaker; 'the IAAF, said it was “satisfied”' stays the IAAF's", () => {
    const body = "Amazon is hiring.\n\nThe firm's UK country manager John Boumphrey, said Amazon was “proud” to have created the jobs.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["John Boumphrey"]);
    const iaaf = "The panel banned Mr Ogun for two years.\n\nThe sport's world governing body, the IAAF, said it was “satisfied” with the outcome.";
    expect(speakersOf(iaaf).map(([, s]) => s)).toEqual(["IAAF"]);
  });
});

describe("more participles after a comma that report the subject's words", () => {
  test("'But the Biden administration has shown ..., saying ... “…”' is the administration's, a body, not Biden's", () => {
    const body = "President Biden met the prime minister.\n\nBut the Biden administration has shown little appetite for new goals, saying instead that the dialogue should explore “mutual international trade priorities rooted in our shared values.”";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Biden administration"]);
    expect(personNamed(article, "Biden administration").kind).toBe("ORGANIZATION");
  });

  test("'Mr Boateng served on the council before being elected in 1987, declaring “…”'", () => {
    expect(speakersOf("Paul Boateng is to step down.\n\nMr Boateng served on the Greater London Council before being elected to Parliament in 1987, declaring “today Brent South, tomorrow Soweto”.").map(([, s]) => s)).toEqual(["Paul Boateng"]);
  });
});

describe("tabloid verbs and agreement after a quotation", () => {
  test("'Alongside a snap, she penned: ‘…’' and 'Last night she teased: ‘…’' are hers, not 'Alongside' or 'Last'", () => {
    expect(speakersOf("Jodie Prentice had a baby.\n\nAlongside a snap, she penned: 'Our little miracle is here.'\n\nLast night she teased: 'More news soon.'").map(([, s]) => s)).toEqual(["Jodie Prentice", "Jodie Prentice"]);
  });

  test("'“…” Analysts agreed.' does not take the quotation from the speaker before it", () => {
    expect(speakersOf("Interest rates were left unchanged.\n\n“Shoppers are nervous,” said Kevin Lee of the BRC. “Retailers are discounting heavily.” Analysts agreed.").map(([, s]) => s)).toEqual(["Kevin Lee", "Kevin Lee"]);
  });
});

describe("words of praise or blame a few words after a verb of praise or blame", () => {
  test("'hailed the council's “brilliant” response', 'condemned the “disgraceful” decision', 'thanked staff for their ‘extraordinary compassion’'", () => {
    expect(speakersOf("Jane Ross hailed the council's “brilliant” response.")).toEqual([["brilliant", "Jane Ross"]]);
    expect(speakersOf("Jane Ross condemned the “disgraceful” decision.")).toEqual([["disgraceful", "Jane Ross"]]);
    expect(speakersOf("Jane Ross thanked staff for their 'extraordinary compassion'.")).toEqual([["extraordinary compassion", "Jane Ross"]]);
  });
});

describe("an intensifying reflexive between subject and verb", () => {
  test("'Trump himself said Republicans should “hold the line”' is Trump's", () => {
    expect(speakersOf("President Donald Trump was monitoring the talks.\n\nTrump himself said Republicans should “hold the line” on spending.")).toEqual([["hold the line", "Donald Trump"]]);
  });
});

describe("a US party tag in brackets before an appositive", () => {
  test("'Del. Terry Kilgore (R-Scott), the House minority leader, said Democrats had “overpromised”' is Kilgore's", () => {
    expect(speakersOf("Del. Terry Kilgore (R-Scott), the House minority leader, said Democrats had “overpromised” on pay.")).toEqual([["overpromised", "Terry Kilgore"]]);
    expect(speakersOf("Del. Terry Kilgore (R-Scott), the House minority leader, said: “Democrats overpromised.”")).toEqual([["Democrats overpromised.", "Terry Kilgore"]]);
  });
});

describe("opening time phrases", () => {
  test("'Last year Fenwick apologised, saying he had been “…”' and 'In 2011 he apologised after describing ... as “…”' are the subject's, past the time phrase", () => {
    expect(speakersOf("TV presenter Marcus Fenwick was fined yesterday.\n\nLast year Fenwick apologised to a viewer, saying he had been 'trying to be funny'.").map(([, s]) => s)).toEqual(["Marcus Fenwick"]);
    expect(speakersOf("TV presenter Marcus Fenwick was fined yesterday.\n\nIn 2011 he apologised after describing a viewer's heirloom on air as 'utter tat', saying he had only been 'trying to be funny'.")).toEqual([
      ["utter tat", "Marcus Fenwick"],
      ["trying to be funny", "Marcus Fenwick"],
    ]);
  });
});

describe("adverbs opening a sentence", () => {
  test("'Separately the prime minister also defended ..., saying ... “…”' is the prime minister's, and nobody is called 'Separately'", () => {
    const body = "New Zealand Prime Minister Jacinda Ardern spoke on Monday.\n\nSeparately the prime minister also defended the Covid response, saying that it was the “best possible health response” at the time.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Jacinda Ardern"]);
    expect(article.people.map((p) => p.name)).not.toContain("Separately");
  });

  test("'While it is hard ..., Thiel continued, ... calling it “…”' does not take the subordinate clause's 'it' as the speaker", () => {
    const body = "Facebook shares fell.\n\nWhile it is “always hard” to see the future, Peter Thiel continued, he believes the market is honest, calling it “the canary in the coal mine”.";
    expect(readQuotes(analyzeStory(body)).map((q) => q.speaker)).not.toContain("Facebook");
  });
});

describe("speech to come", () => {
  test("'Liz Truss is expected to tell Nato colleagues the “…”', 'She is expected to say there is “…”', 'is set to warn that “…”' are hers, as 'will say' is", () => {
    const body = "Foreign Secretary Liz Truss is expected to tell Nato colleagues the “age of engagement with Russia is over”.\n\nShe is expected to say there is “no time for false comfort”.\n\nMs Truss is set to warn that “time is short”.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Liz Truss", "Liz Truss", "Liz Truss"]);
  });
});

describe("a participle in a clause of its own", () => {
  test("'Manchin said ..., but Pelosi pushed back Sunday, claiming it is a “…”' is Pelosi's, not Manchin's", () => {
    const body = "Nancy Pelosi spoke on Sunday. Joe Manchin opposes the bill.\n\nManchin said passing the bill would only add fuel to the economy, but Pelosi pushed back Sunday, claiming it is a “deficit reduction bill.”";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Nancy Pelosi"]);
  });
});

describe("several openers before the subject", () => {
  test("'Earlier this week, the EU froze ..., saying he was “…”' and 'However, on Wednesday, Everton suspended ..., saying “…”' are the subjects'", () => {
    const body = "The UK sanctioned two oligarchs.\n\nEarlier this week, the EU froze the assets of Mr Usmanov, saying he was “a pro-Kremlin oligarch”.\n\nHowever, on Wednesday, Everton suspended the sponsorship, saying the club was “shocked and saddened”.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["EU", "Everton"]);
  });
  test("a transcript's line names its speaker: 'Johnson: “Much, much higher”' after the story has named Peter Johnson; a linked headline after a name is no speech", () => {
    const body = "Peter Johnson, a trader, told his boss Mark Dearlove he was unhappy about the rates.\n\nJohnson: “Much, much higher, believe me.”\n\nDearlove: “Ok, fair enough.”";
    expect(speakersOf(body)).toEqual([
      ["Much, much higher, believe me.", "Peter Johnson"],
      ["Ok, fair enough.", "Mark Dearlove"],
    ]);
    const headline = analyzeStory("Emma Stone starred in the film with Ryan Gosling.\n\nEmma Stone: “Ryan Gosling Has Restraining Order Against Me”");
    expect(readQuotes(headline)).toEqual([]);
  });
  test("a verb straight after 'but' shares the subject opening the sentence ('Ek acknowledged that the issue was “top of mind” but called it “very complicated.”', 'The Federal Reserve did not raise rates, but said'), not a word of an office before a name", () => {
    const body = "Spotify CEO Daniel Ek spoke to staff on Monday.\n\nEk acknowledged that the issue was “top of mind this week” but called it “very complicated.”\n\nConstitutional affairs minister Christopher Lawes said the government would act, but insisted that fraud was “very rare”.";
    expect(speakersOf(body)).toEqual([
      ["top of mind this week", "Daniel Ek"],
      ["very complicated.", "Daniel Ek"],
      ["very rare", "Christopher Lawes"],
    ]);
    expect(speakersOf("The Federal Reserve did not raise interest rates on Wednesday, but said such a move “will soon be appropriate”.")).toEqual([["will soon be appropriate", "Federal Reserve"]]);
  });
  test("a sentence opening with a prepositional phrase has the named person after its comma as subject, past an appositive whose body's name has commas ('On Twitter, MP Julian Knight, chairman of the UK's Digital, Culture, Media and Sport Committee, called the deal an “…”')", () => {
    const body = "The White House declined to comment on the takeover.\n\nOn Twitter, MP Julian Knight, chairman of the UK's Digital, Culture, Media and Sport Committee, called the deal an “extraordinary development in the world of social media”.";
    expect(speakersOf(body)).toEqual([["extraordinary development in the world of social media", "Julian Knight"]]);
  });
  test("names joined by 'and' before or after a speech verb speak together ('Princes William and Harry said', 'said Thorne and Rubio')", () => {
    const body = "Analysts James Thorne and Jordan Rubio wrote a note on Monday.\n\nOther firms have also “lost significant value,” said Thorne and Rubio.\n\nPrinces William and Harry said they are “very happy” for the couple.";
    expect(speakersOf(body)).toEqual([
      ["lost significant value,", "Thorne and Rubio"],
      ["very happy", "Princes William and Harry"],
    ]);
  });

  test("a recording or a showing verb with an object pronoun before the participle ('an audio clip of her saying:', 'a video shows him saying:') is the one shown", () => {
    const body = "Melania Trump launched an NFT.\n\nFans like artwork. Her NFT comes with an audio clip of her saying: “My vision is: Look forward.”\n\nJohn Smith ran for mayor.\n\nA video shows him saying: “We will win.”";
    expect(speakersOf(body)).toEqual([
      ["My vision is: Look forward.", "Melania Trump"],
      ["We will win.", "John Smith"],
    ]);
  });

  test("'added Trump in Thursday's statement': the name ends before 'in', the statement is the day's", () => {
    const body = "Melania Trump launched an NFT.\n\nIt was expensive.\n\n“We will provide children skills,” added Trump in Thursday's statement.";
    expect(speakersOf(body)).toEqual([["We will provide children skills,", "Melania Trump"]]);
  });

  test("partial quotes inside someone's argument, claim or warning ('Nancy Lazar's argument that a “…” and “…”') are theirs", () => {
    const body = "Markets fell.\n\nLockhart was responding to economist Nancy Lazar's argument that a “significant global slowdown” and “a risk of a global recession” is plausible.";
    expect(speakersOf(body)).toEqual([
      ["significant global slowdown", "Nancy Lazar"],
      ["a risk of a global recession", "Nancy Lazar"],
    ]);
  });

  test("'as X, an appositive, has put it' names the source of the quoted words ('“the virus is the boss” — as Austan Goolsbee, a University of Chicago economist, has put it')", () => {
    const body = "Prices rose.\n\nIn other words, it may no longer be that “the virus is the boss” — as Austan Goolsbee, a University of Chicago economist, has put it.";
    expect(speakersOf(body)).toEqual([["the virus is the boss", "Austan Goolsbee"]]);
  });

  test("'with the party's deputy leader Angela Rayner accusing the prime minister of failing “…”' is hers, not the body opening the sentence; '..., accusing those sending euros ... of “…”' is the opener's", () => {
    const body = [
      "Labour are also urging the government to scrap VAT on energy bills with the party's deputy leader Angela Rayner accusing the prime minister of failing “to invest in long term energy security” on Wednesday.",
      "President Volodymyr Zelensky used a BBC interview last week to demand an embargo on Russia's oil trade, accusing those sending euros and dollars to Kremlin-controlled oil giants of “trading in blood”.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["to invest in long term energy security", "Angela Rayner"],
      ["trading in blood", "Volodymyr Zelensky"],
    ]);
  });

  test("an opening participle clause ('After hyping up China's economy and calling for ..., Huang promoted the Olympics, saying, “…”') is passed over to the named subject after its comma", () => {
    const body = [
      "Chinese Consul General Huang Ping rang the bell at Nasdaq on Monday.",
      "After hyping up China's economy and calling for China and the United States to work together, Huang promoted the Beijing Winter Olympics, saying, “China is ready to deliver a safe Olympic Games to the world.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([["China is ready to deliver a safe Olympic Games to the world.", "Huang Ping"]]);
  });

  test("'citing' leads a participle clause: 'Amazon made the announcement in November, citing “high fees Visa charges”' is Amazon's", () => {
    const body = [
      "Amazon has scrapped plans to stop accepting Visa credit cards in the U.K.",
      "Amazon initially made the shock announcement in November, citing “high fees Visa charges for processing credit card transactions.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([["high fees Visa charges for processing credit card transactions.", "Amazon"]]);
  });

  test("an infinitive right after a partial quote goes on with the reporter's clause ('recruiting “social media stars” to post on Instagram, ..., the company's founder, Vipinder Jaswal, said')", () => {
    const body = "Under the contract, the company has been promoting the Games by recruiting “social media stars” to post on Instagram, YouTube and TikTok, the company’s founder, Vipinder Jaswal, said in a telephone interview.";
    expect(speakersOf(body)).toEqual([["social media stars", "Vipinder Jaswal"]]);
  });

  test("'with Rep. August Pfluger, R-Texas, arguing such a move would help the U.S. “…”': the one named after 'with', past the party and state tag", () => {
    const body = "Biden has come under increasing pressure to walk back resistance to domestic oil production, with Rep. August Pfluger, R-Texas, arguing such a move would help the U.S. “regain our dominance on the world stage.”";
    const [[, speaker]] = speakersOf(body);
    expect(speaker).toMatch(/Pfluger$/);
  });

  test("a singular noun before a speech verb's bare form is a noun phrase, no subject ('“Glory to the heroes of our country, the heroes,” the standard reply.' names nobody 'standard')", () => {
    const article = analyzeStory("A bearded man steps into the frame and answers him. “Glory to the heroes of our country, the heroes,” the standard reply.");
    expect(article.people.map((p) => p.name)).not.toContain("standard");
    expect(readQuotes(article).every((q) => q.speaker === null)).toBe(true);
  });

  test("a second participle joined by 'and' ('Pelosi did not fully backtrack, defending her previous comments and saying that she has “…”') has the opening subject; 'her previous comments' is no speech verb", () => {
    const body = "Still, Pelosi did not fully backtrack, defending her previous comments and saying that she has “great confidence in the integrity” of her colleagues.";
    expect(speakersOf(body)).toEqual([["great confidence in the integrity", "Pelosi"]]);
  });

  test("a relative clause between dashes, however long ('Rachael Rollins—who was sworn in to the post last week after Vice President Kamala Harris broke a tie on her confirmation—said'), is passed over to the name", () => {
    const body = "The U.S. Attorney in Boston, Rachael Rollins—who was sworn in to the post last week after Vice President Kamala Harris broke a tie on her confirmation—said in a statement that prosecutors had an obligation “to continually examine the facts while being open to new information.”";
    expect(speakersOf(body)).toEqual([["to continually examine the facts while being open to new information.", "Rachael Rollins"]]);
  });

  test("agreeing to a thing is no speech ('China initially agreed to the deal because they were trying “…”'): the words stay with the one who argued in the sentence before", () => {
    const body = "Lohman argued that the deal set out to fix Chinese theft of American intellectual property, but it was a poor way to handle the situation. China initially agreed to the deal because they were trying “wait the Trump administration out,” and little more.";
    expect(speakersOf(body)).toEqual([["wait the Trump administration out,", "Lohman"]]);
  });

  test("partial quotes inside a named person's assessment ('Homer-Dixon's assessment that the “underpinning” of our politics “is a vital set of beliefs”') are that person's", () => {
    const body = "Thomas Homer-Dixon studies violent conflict.\n\nBut what truly resonates with me is Homer-Dixon's assessment that the “underpinning” of our politics “is a vital set of beliefs and values,” and that democracy depends on them.";
    expect(speakersOf(body)).toEqual([
      ["underpinning", "Thomas Homer-Dixon"],
      ["is a vital set of beliefs and values,", "Thomas Homer-Dixon"],
    ]);
  });

  test("a verb joined by 'and' shares the subject of the clause before, past a name that owns what follows ('Duke said she looked forward to working as Nielsen’s deputy, and said Nielsen has “…”' is Duke's)", () => {
    const body = "Elaine Duke has been acting secretary. Kirstjen Nielsen was confirmed on Tuesday.\n\nIn a statement, Duke said she looked forward to working as Nielsen’s deputy, and said Nielsen has “a deep understanding of the issues facing the Department.”";
    expect(speakersOf(body)).toEqual([["a deep understanding of the issues facing the Department.", "Elaine Duke"]]);
  });

  test("a verb joined by 'and' takes the subject after an opening prepositional phrase, a lone surname too ('During Wednesday’s news conference, Smith thanked Franken for his service and called him a “champion”' is Smith's)", () => {
    const body = "Tina Smith will replace Al Franken in the Senate.\n\nDuring Wednesday’s news conference, Smith thanked Franken for his service and called him a “champion” for the state.";
    expect(speakersOf(body)).toEqual([["champion", "Tina Smith"]]);
  });

  test("'saying' with no comma right before the quotation takes the sentence's subject ('Stallone, 71, appeared not to have enjoyed her time in the house saying: “…”'), but a sign saying something is no one", () => {
    const body = "Jackie Stallone has become the first star to be evicted.\n\nStallone, 71, appeared not to have enjoyed her time in the house saying: “I'm a total wreck, I need a vacation”.\n\nFans waved a banner saying “Bring back Jackie”.";
    expect(speakersOf(body)[0]).toEqual(["I'm a total wreck, I need a vacation", "Jackie Stallone"]);
    expect(speakersOf(body).find(([text]) => text.startsWith("Bring back"))?.[1] ?? null).toBeNull();
  });

  test("a speech verb opening the sentence, then the speaker and a colon ('Observes Mr Hadi: “…”'), after a sentence reporting someone else", () => {
    const body = "Radwan Hadi is an economist in Baghdad.\n\nOne Iraqi woman told Ms Alexander about her frustration as she watched TV adverts for private hospitals. Observes Mr Hadi: “The economy at present marks a big divide; the rich get richer.”";
    expect(speakersOf(body)).toEqual([["The economy at present marks a big divide; the rich get richer.", "Radwan Hadi"]]);
  });
});
