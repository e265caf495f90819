import { analyzeStory, personNamed, readQuotes, speakersOf } from "./helpers";

describe("organisations and unnamed sources (README labelling rules)", () => {
  test("an organisation the words are attributed to is the speaker", () => {
    expect(speakersOf("“Service will resume on Friday,” Northline Rail said in a statement.")).toEqual([["Service will resume on Friday,", "Northline Rail"]]);
    expect(speakersOf("“We are reviewing the footage,” the Transport Ministry said.")).toEqual([["We are reviewing the footage,", "Transport Ministry"]]);
  });

  test("an unnamed person of an organisation names nobody: the speaker is null", () => {
    for (const attribution of ["a Pentagon spokesman said", "said a spokesman for Amtrak", "the Transport Ministry spokesman said", "a spokeswoman for the Transport Ministry said"]) {
      const article = analyzeStory(`“We are reviewing the footage,” ${attribution}.`);
      expect(readQuotes(article).map((q) => q.speaker)).toEqual([null]);
      expect(article.people).toEqual([]);
    }
  });

  test("someone who serves a person of the story names nobody: 'One outside adviser to Trump said', 'the Trump adviser said'", () => {
    const body = "Former President Donald Trump spoke about the race on Tuesday.\n\nOne outside adviser to Trump said the former President was “annoyed” by the refusal.\n\n“Everyone kind of gets it,” the Trump adviser said.";
    expect(speakersOf(body)).toEqual([
      ["annoyed", null],
      ["Everyone kind of gets it,", null],
    ]);
  });

  test("a nationality before a source noun is no person of that nationality: 'said the American source familiar with the intelligence'", () => {
    const body = "Russian President Vladimir Putin spoke to his generals on Monday.\n\n“He has been completely isolated,” said the American source familiar with the intelligence.";
    expect(speakersOf(body)).toEqual([["He has been completely isolated,", null]]);
  });

  test("a stock ticker widget between a company's name and its verb is read past ('Albertsons Cos. Inc. ACI, -1.92% said')", () => {
    const body = "Albertsons Cos. Inc. ACI, -1.92% said late Monday that the review was “a deep and considered one.”\n\nThe grocery chain said on Tuesday that no timetable “has been set.”";
    expect(speakersOf(body)).toEqual([
      ["a deep and considered one.", "Albertsons Cos. Inc."],
      ["has been set.", "Albertsons Cos. Inc."],
    ]);
  });

  test("a sentence with a clause of its own after an opening name's appositive takes its inverted source: 'Inside Meta, which also owns Instagram, the situation has been “chaotic” ..., said two employees'", () => {
    expect(speakersOf("Inside Meta, which also owns Instagram, the situation has been “chaotic” because of the volume of disinformation, said two employees, who were not authorized to speak publicly.")).toEqual([["chaotic", null]]);
  });

  test("the one a document is addressed to does not say its words: '“We need your support,” his letter to YouTube said'", () => {
    const body = "Ukraine’s vice prime minister called on Meta and Google on Friday to restrict access to their services.\n\n“We need your support,” his letter to YouTube said.";
    expect(speakersOf(body)).toEqual([["We need your support,", null]]);
  });

  test("a one-word name whose verb takes 'its' is a body's, and a sentence-opening description of its trade leaves it the subject ('Norwegian oil and gas producer Equinor also announced its exit ... ⏎ It said ...')", () => {
    const body = "BP said on Sunday it would offload its stake in Rosneft.\n\nNorwegian oil and gas producer Equinor also announced its exit from Russia on Monday.\n\nIt said the conflict meant its position was “untenable”.";
    expect(speakersOf(body)).toEqual([["untenable", "Equinor"]]);
    expect(personNamed(analyzeStory(body), "Equinor").kind).toBe("ORGANIZATION");
  });

  test("'it' after a one-word name with no first name, honorific, role or gender that was a subject in this paragraph or the one before is that body ('Starbucks also said it had increased spending ... It also said it was spending more on training “…”')", () => {
    const body =
      "“We anticipate supply chain disruptions will continue,” said Kevin Johnson, the chief executive of Starbucks.\n\nStarbucks also said it had increased spending on Covid-19 pay. It also said it was spending more on training “to address labor market conditions.”";
    expect(speakersOf(body)).toEqual([
      ["We anticipate supply chain disruptions will continue,", "Kevin Johnson"],
      ["to address labor market conditions.", "Starbucks"],
    ]);
  });

  test("'its bosses warned', 'its lawyers argued': a body's people in the plural after 'its' speak for the body 'it' means", () => {
    const body =
      "Channel 4 said it would fight the plan.\n\nWhen the consultation was announced last year, its bosses warned of “a real risk” to some of its programmes.";
    expect(speakersOf(body)).toEqual([["a real risk", "Channel 4"]]);
  });

  test("a stock ticker in brackets after a name makes it a listed firm's ('Citigroup (C) disclosed ...', 'Societe Generale (SCGLF) said'), so a later 'it said' is the firm's", () => {
    const body =
      "US banks could feel pain, too. Citigroup (C) disclosed last week that it had roughly $10 billion in exposure to Russia.\n\n“As we work toward that exit, we are operating that business on a more limited basis,” it said in a statement.";
    expect(speakersOf(body)).toEqual([["As we work toward that exit, we are operating that business on a more limited basis,", "Citigroup"]]);
    expect(personNamed(analyzeStory(body), "Citigroup").kind).toBe("ORGANIZATION");
  });

  test("a nationality adjective is no body's name: 'Polish officials released a statement' makes no body called 'Polish', and 'The Polish government said' is the government's", () => {
    const body =
      "The plan surprised Washington hours after Polish officials released a statement.\n\nThe Polish government said in a statement Tuesday that it is “ready to deploy” its jets.\n\n“Poland requests the United States to provide us with used aircraft,” the statement said.";
    expect(speakersOf(body)).toEqual([
      ["ready to deploy", "Polish government"],
      ["Poland requests the United States to provide us with used aircraft,", "Polish government"],
    ]);
    expect(analyzeStory(body).people.some((p) => p.name === "Polish" || p.aliases.includes("Polish"))).toBe(false);
  });

  test("'The Danish company added' right after a one-word name with no first name, honorific, role or gender spoke: that name is the company ('“…,” Maersk said in a tweet. The Danish company added')", () => {
    const body = "“New bookings to Russia will be suspended,” Maersk said in a tweet. The Danish company added that its decision “is to underline our social responsibility.”";
    expect(speakersOf(body)).toEqual([
      ["New bookings to Russia will be suspended,", "Maersk"],
      ["is to underline our social responsibility.", "Maersk"],
    ]);
    expect(personNamed(analyzeStory(body), "Maersk").kind).toBe("ORGANIZATION");
  });

  test("a name whose appositive says what it makes is a firm's, and a relative 'which said' past a long appositive makes it the subject ('Unilever, maker of Marmite, Dove beauty products and PG Tips among other brands, which said ... ⏎ It said')", () => {
    const body =
      "Alshaya Group, which runs Starbucks stores in Russia, said it had closed them.\n\nOthers joining the backlash on Tuesday included Unilever, maker of Marmite, Dove beauty products and PG Tips among other brands, which said it had suspended trade with Russia.\n\nIt said it would continue to supply “everyday essential food and hygiene products” made in Russia.";
    expect(speakersOf(body)).toEqual([["everyday essential food and hygiene products", "Unilever"]]);
    expect(personNamed(analyzeStory(body), "Unilever").kind).toBe("ORGANIZATION");
  });

  test("'the statement said' many paragraphs after the story said whose statement it is ('In its post-meeting statement, the FOMC said ...')", () => {
    const filler = Array.from({ length: 6 }, (_, n) => `Markets moved on the news for the ${n + 1}th hour of trading as investors weighed the outlook.`).join("\n\n");
    const body = `In its post-meeting statement, the Federal Open Market Committee said it expects further increases.\n\n${filler}\n\n“Inflation remains elevated,” the statement said.`;
    expect(speakersOf(body)).toEqual([["Inflation remains elevated,", "Federal Open Market Committee"]]);
  });

  test("a document named after its issuer is the issuer's word, after the quotation or before it ('the Plum Village statement said', 'The White House statement said:')", () => {
    const body = "Plum Village said the monk passed away on Saturday.\n\n“He has been the most extraordinary teacher,” the Plum Village statement said.\n\nThe White House statement said: “The legislation would help.”";
    expect(speakersOf(body)).toEqual([
      ["He has been the most extraordinary teacher,", "Plum Village"],
      ["The legislation would help.", "White House"],
    ]);
  });

  test("names joined by an ampersand are a firm's, whose staff in the plural speak for it ('Oiltanking Deutschland GmbH & Co. KG ... it said', 'Analysts at Harlan & Moss called')", () => {
    const body = "On Monday Oiltanking Deutschland GmbH & Co. KG, which stores and transports oil, said it had been hacked.\n\nThe company was working at a “limited capacity,” it said.\n\nAnalysts at Harlan & Moss called the plan “a credible reset” and raised their target.";
    expect(speakersOf(body)).toEqual([
      ["limited capacity,", "Oiltanking Deutschland GmbH & Co. KG"],
      ["a credible reset", "Harlan & Moss"],
    ]);
    expect(personNamed(analyzeStory(body), "Harlan & Moss").kind).toBe("ORGANIZATION");
  });

  test("a name with no first name before a firm's clients, staff or stock is the firm's, so 'it said' finds it ('Credit Suisse accounts')", () => {
    const body = "The Süddeutsche Zeitung newspaper said it had received the leaked data.\n\nIt said 18,000 Credit Suisse accounts had been examined. Credit Suisse also said on Sunday that it had reviewed the accounts.\n\n“Most of the accounts are closed,” it said.";
    expect(speakersOf(body)).toEqual([["Most of the accounts are closed,", "Credit Suisse"]]);
    expect(personNamed(analyzeStory(body), "Credit Suisse").kind).toBe("ORGANIZATION");
    // (Its locations, restaurants and franchisees too: "the 190 Papa John’s locations" names no person
    // "Papa John" for a later "he said" to mean.)
    const pizza = "Christopher Wynne’s company controls the franchise agreements for the 190 Papa John’s locations in the country. “At the end of the day, they appreciate a good pizza,” he said.";
    expect(speakersOf(pizza)).toEqual([["At the end of the day, they appreciate a good pizza,", "Christopher Wynne"]]);
  });

  test("a named spokesman is the speaker, the organisation in their role is not", () => {
    expect(speakersOf("“We are reviewing the footage,” Transport Ministry spokesman Ivan Petrov said.")).toEqual([["We are reviewing the footage,", "Ivan Petrov"]]);
  });

  test("plural and vague sources, capitalised at a sentence start or not, name nobody", () => {
    expect(speakersOf("Officials said the bridge was “structurally sound.”")).toEqual([["structurally sound.", null]]);
    expect(speakersOf("The bridge was “structurally sound,” officials said.")).toEqual([["structurally sound,", null]]);
  });

  test("words reported from an inner source go to that source: “X reported that statements hint at ...”", () => {
    const article = analyzeStory("The Daily Courier reported that unofficial statements hint at charges of “contacts with foreign media” against the editor.");
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([["contacts with foreign media", null]]);
  });
});

describe("role acronyms are not organisations", () => {
  test("“an MP said” names nobody; MP is a role, not an organisation", () => {
    const article = analyzeStory("A campaigner who once worked for an MP said the rules were “not adequate”.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual([null]);
    expect(article.people.map((p) => p.name)).not.toContain("MP");
  });

  test("'the company said' refers to the proper noun the story keeps naming when no organisation was recognised by name", () => {
    const body = [
      "The software maker Zentrix plans to sue a rival site that copied its code, users of Zentrix said.",
      "The copy went online in March, weeks before Zentrix changed its rules and after Zentrix had warned it.",
      "“We will defend our work in court,” the company said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([["We will defend our work in court,", "Zentrix"]]);
  });

  test("the possessive form of that proper noun counts towards it ('Indonesia AirAsia's Flight QZ8501')", () => {
    const body = [
      "Rescuers searching for an AirAsia plane off Borneo pulled wreckage from the sea near Surabaya.",
      "Indonesia AirAsia's Flight QZ8501 lost contact on Sunday on a flight from Surabaya to Singapore. The chief of AirAsia's parent flew in.",
      "The airline said in a statement that it was inviting families to a centre “where a dedicated team will be assigned to each family”.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([["where a dedicated team will be assigned to each family", "AirAsia"]]);
  });

  test("with no proper noun repeated often enough, 'the company said' has no speaker rather than one called 'company'", () => {
    expect(speakersOf("Prices rose again in May. “We had no choice,” the company said.")).toEqual([["We had no choice,", null]]);
  });

  test("a paragraph ending 'X issued a statement ... :' introduces X's words in the next paragraph", () => {
    const body = "Twitter has struggled with abuse. After the election, Twitter issued a statement to Slate that it would “take action” on accounts that broke its rules:\n\n“The Twitter Rules prohibit violent threats, and we will take action on accounts violating those policies.”";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(expect.arrayContaining(["Twitter"]));
    expect(speakersOf(body).pop()).toEqual(["The Twitter Rules prohibit violent threats, and we will take action on accounts violating those policies.", "Twitter"]);
  });

  test("an acronym refers to the organisation named in full before ('the DMV' after 'California's Department of Motor Vehicles')", () => {
    const body = "Uber has no permit from California's Department of Motor Vehicles.\n\n“Twenty manufacturers have already obtained permits,” the DMV noted.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["California's Department of Motor Vehicles"]);
    expect(personNamed(article, "California's Department of Motor Vehicles").aliases).toContain("DMV");
  });

  test("and so do initials with a small letter for a minor word ('the DfT', 'the MoD')", () => {
    const body = "The Department for Transport (DfT) has launched a review.\n\nThe DfT said the review would “take place over the course of this year”.\n\nThe Ministry of Defence declined to comment. The MoD added it was “reviewing the case”.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Department for Transport", "Ministry of Defence"]);
  });

  test("a body first met in the possessive ('the International Energy Agency's members') is named without it, so 'the IEA' finds it", () => {
    const body = "Oil rose after the International Energy Agency's members agreed to release oil.\n\nMember countries of the International Energy Agency (IEA) agreed to act.\n\nThe IEA said the invasion came against a “backdrop of tight global oil markets”.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["International Energy Agency"]);
  });

  test("and so does an acronym written with dots ('the F.D.A.' after 'the Food and Drug Administration')", () => {
    const body = "The Food and Drug Administration approved the drug last June.\n\nIn a statement, the F.D.A. said, “Both agencies have a shared goal.”";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Food and Drug Administration"]);
    expect(personNamed(article, "Food and Drug Administration").aliases).toContain("F.D.A.");
  });

  test("two organisations joined by 'and' are two; the first word of a business name stands for it before a speech verb ('American said')", () => {
    const body = "O'Hare is a hub for both American Airlines and United Airlines.\n\n“We are working closely with our vendors,” American said in a statement.\n\nUnited said it is “taking the necessary steps to ensure a safe operation.”";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => [q.text, q.speaker])).toEqual([
      ["We are working closely with our vendors,", "American Airlines"],
      ["taking the necessary steps to ensure a safe operation.", "United Airlines"],
    ]);
    expect(article.people.map((p) => p.name)).toEqual(["American Airlines", "United Airlines"]);
  });

  test("'the Fed' and 'the central bank' are the Federal Reserve named before", () => {
    const body = "The U.S. Federal Reserve raised interest rates on Wednesday.\n\nThe Fed said future increases would be “gradual,” as inflation rose.\n\nThe central bank said the risks were “roughly balanced.”";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["U.S. Federal Reserve", "U.S. Federal Reserve"]);
    expect(personNamed(article, "U.S. Federal Reserve").aliases).toContain("Fed");
  });

  test("a quote signed with a dash and a name ('‘…’ - Kick It Out's Troy Townsend') is that person's; with a dash and an unnamed source, nobody's", () => {
    const body = "No sport will be staged until June.\n\n‘I can't visualise watching my son play during this uncertainty’ - Kick It Out's Troy Townsend\n\n“It is too early” - a club spokesman";
    expect(speakersOf(body)).toEqual([
      ["I can't visualise watching my son play during this uncertainty", "Troy Townsend"],
      ["It is too early", null],
    ]);
  });

  test("a quotation closed by a comma, then a full name and office with the verb dropped ('“…,” Krishna Guha, head of ... for Evercore ISI.') is that person's", () => {
    const body = "Powell will testify on Wednesday.\n\n“We think Powell will emphasize the macro objectives,” Krishna Guha, head of central bank policy strategy for Evercore ISI.";
    expect(speakersOf(body)).toEqual([
      ["We think Powell will emphasize the macro objectives,", "Krishna Guha"],
    ]);
  });

  test("'the strategists wrote' after 'Goldman Sachs strategists', 'the analysts wrote' after 'analysts at Morgan Stanley': the body whose people they are; 'the officials said' after 'Ukrainian officials': nobody", () => {
    const body = "Markets fell.\n\nGoldman Sachs strategists said the market was “too relaxed” about risks.\n\n“Our downside case is no longer well reflected,” the strategists wrote.\n\nThe analysts at Morgan Stanley said stocks could fall.\n\n“It is picked over,” the analysts wrote.\n\nUkrainian officials said it was bad.\n\n“It is bad,” the officials said.";
    expect(speakersOf(body)).toEqual([
      ["too relaxed", "Goldman Sachs"],
      ["Our downside case is no longer well reflected,", "Goldman Sachs"],
      ["It is picked over,", "Morgan Stanley"],
      ["It is bad,", null],
    ]);
  });

  test("a brand of one capital, a hyphen and a word ('T-Mobile', 'E-Trade') is a body; 'A-Rod' stays a person", () => {
    const article = analyzeStory("Carriers are waiving charges.\n\n“We are helping customers,” T-Mobile said.\n\n“Trading is up,” E-Trade said.\n\n“I was wrong,” A-Rod said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["T-Mobile", "E-Trade", "A-Rod"]);
    expect(personNamed(article, "T-Mobile").kind).toBe("ORGANIZATION");
    expect(personNamed(article, "E-Trade").kind).toBe("ORGANIZATION");
    expect(personNamed(article, "A-Rod").kind).toBe("PERSON");
  });

  test("'said a former White House official': an unnamed official of a body, nobody; 'the White House said' is the body", () => {
    const body = "Melania Trump launched it.\n\n“It was bad,” said a former White House official who worked with Melania Trump. “It is odd.”\n\n“It was fine,” the White House said.";
    expect(speakersOf(body)).toEqual([
      ["It was bad,", null],
      ["It is odd.", null],
      ["It was fine,", "White House"],
    ]);
  });

  test("'the Saudi-led coalition said' is a body named with its noun, and 'the coalition' refers back to it", () => {
    const body = "The rebels blamed the strikes on others.\n\nThe Saudi-led coalition did not comment on the strikes, but said Friday that it had hit the port, taking down “one of the dens of piracy.”\n\nThe coalition also said it attacked “military targets” in Sanaa.";
    expect(speakersOf(body)).toEqual([
      ["one of the dens of piracy.", "Saudi-led coalition"],
      ["military targets", "Saudi-led coalition"],
    ]);
  });

  test("'the Bank of America economists wrote' is the bank, as without 'the'; 'the Ukrainian officials said' is nobody", () => {
    const body = "Foxconn restarted work.\n\n“Apple could move production,” the Bank of America economists wrote.\n\n“It is bad,” the Ukrainian officials said.";
    expect(speakersOf(body)).toEqual([
      ["Apple could move production,", "Bank of America"],
      ["It is bad,", null],
    ]);
  });

  test("well-known firms whose names read like a person's ('Goldman Sachs', 'Morgan Stanley') are bodies, so 'it said' and 'the bank said' can mean them", () => {
    const article = analyzeStory("Banks are leaving Russia.\n\n“We are winding down our business,” Goldman Sachs said.\n\n“We are reviewing,” Morgan Stanley said.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Goldman Sachs", "Morgan Stanley"]);
    expect(personNamed(article, "Goldman Sachs").kind).toBe("ORGANIZATION");
    expect(personNamed(article, "Morgan Stanley").kind).toBe("ORGANIZATION");
  });

  test("a quotation signed with a dash, a full name, an age and a description ('”— Citlali Blanco, 22, human biology major at Stanford University') is that person's", () => {
    const body = "Students answered.\n\n“The impact that an organization has will make or break my decision.”— Citlali Blanco, 22, human biology major at Stanford University\n\n“I hope my workplace is collaborative.”— Rebecca Hart, 22, public relations and strategic communications major at American University";
    expect(speakersOf(body)).toEqual([
      ["The impact that an organization has will make or break my decision.", "Citlali Blanco"],
      ["I hope my workplace is collaborative.", "Rebecca Hart"],
    ]);
  });

  test("'said one former House Republican leadership aide' is an unnamed aide (nobody); 'Following her meeting with McCarthy, Nancy Mace had this to say:' is Mace's", () => {
    const body = "Kevin McCarthy leads the GOP.\n\n“The inmates are running the asylum now,” said one former House Republican leadership aide.\n\nFollowing her own meeting with McCarthy, Nancy Mace had this to say: “Bless her heart.”";
    expect(speakersOf(body)).toEqual([
      ["The inmates are running the asylum now,", null],
      ["Bless her heart.", "Nancy Mace"],
    ]);
  });

  test("'The GMB union branded it a “…”' is the body GMB, its initials the name and 'union' what it is", () => {
    const article = analyzeStory("Wages fell.\n\nThe GMB union branded it a “sick joke”.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["GMB"]);
    expect(article.people.map((p) => p.name)).not.toContain("GMB union");
  });

  test("'analysts at Wedbush Securities said' is the firm; 'analysts at Ukrainian banks said' is nobody", () => {
    const body = "Tesla reported profits.\n\n“A robust demand story is being overshadowed,” analysts at Wedbush Securities said in a note.\n\n“It is bad,” analysts at Ukrainian banks said.";
    expect(speakersOf(body)).toEqual([
      ["A robust demand story is being overshadowed,", "Wedbush Securities"],
      ["It is bad,", null],
    ]);
  });

  test("in market copy, 'the firm said' after '… after UBS downgraded the retail stock' is the firm that rated the stock, not the company rated", () => {
    const body = "Stocks moved midday.\n\nAbercrombie & Fitch – Abercrombie shares dropped 3.3% after UBS downgraded the retail stock to a neutral rating. “We think macro forces result in slowing growth,” the firm said.";
    expect(speakersOf(body)).toEqual([["We think macro forces result in slowing growth,", "UBS"]]);
  });

  test("'the minutes said' gives a meeting's minutes to the central bank the story names ('Federal Reserve officials discussed ...'); with no such body, nobody", () => {
    const body = "Federal Reserve officials discussed how to shrink the balance sheet, minutes released Wednesday showed.\n\n“Many participants noted that one or more 50 basis point increases could be appropriate,” the minutes said.";
    expect(speakersOf(body)).toEqual([["Many participants noted that one or more 50 basis point increases could be appropriate,", "Federal Reserve"]]);
    expect(speakersOf("The club met on Tuesday.\n\n“The members agreed to raise fees,” the minutes said.")).toEqual([["The members agreed to raise fees,", null]]);
  });

  test("'The authors of the research published in the journal X argued ... “…”': unnamed authors, not the journal", () => {
    const body = "JAMA Psychiatry is a journal. The authors of the research published in the journal JAMA Psychiatry argued that the policies have provided “important social benefits, particularly around equity.”";
    expect(speakersOf(body)).toEqual([["important social benefits, particularly around equity.", null]]);
  });

  test("'the statement said' → whoever the article said issued the statement ('the US military said in a statement')", () => {
    const body = "Two service members were killed in a crash, the US military said in a statement on Wednesday.\n\n“The cause of the crash is under investigation,” the statement said.\n\nA report came out later. “It is bad,” the report said.";
    expect(speakersOf(body)).toEqual([
      ["The cause of the crash is under investigation,", "US military"],
      ["It is bad,", null],
    ]);
  });

  test("'according to a 2018 survey by X' → X; 'wrote 43-year-old Martin Taylor' → Martin Taylor", () => {
    const body =
      "According to a 2018 survey by Penelope Muse Abernathy of the University of North Carolina, the firm's practice has been to “consolidate copy editing and page design” at a corporate center.\n\n“I was unable to stand or walk,” wrote 43-year-old Martin Taylor of Aberdeenshire in a case study.";
    expect(speakersOf(body)).toEqual([
      ["consolidate copy editing and page design", "Penelope Muse Abernathy"],
      ["I was unable to stand or walk,", "Martin Taylor"],
    ]);
  });

  test("'..., a report says. ⏎ The National Audit Office praised ...': a report first met with no issuer is the body opening the next paragraph; 'According to the report, “…”' and '“…”, the report adds' are its", () => {
    const body = "The government will only hit its target if courses are made more attractive, a report says.\n\nThe National Audit Office praised ministers for reaching the benchmark.\n\nAccording to the report, “more than half” the qualifications went to teenagers.\n\nIt should also assess progress “at frequent intervals”, the report adds.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["National Audit Office", "National Audit Office"]);
    // (Not when the next paragraph opens with someone else: the report stays nobody's.)
    const other = body.replace("The National Audit Office praised", "Ministers welcomed it. The National Audit Office praised");
    expect(speakersOf(other).map(([, s]) => s)).toEqual([null, null]);
  });

  test("a document's maker after what it is of ('A survey of 250 councils by the Local Government Finance Unit found'), after a comma ('The survey, by actuaries Lane Harcourt, found') or for whom it was made ('The survey of 2,000 parents for the Children's Media Forum found') speaks for 'According to the report'", () => {
    const one = "Council tax will rise again, a report says.\n\nA survey of 250 councils by the Local Government Finance Unit found bills would rise. According to the report, councils face “unavoidable” pressures.";
    expect(speakersOf(one).map(([, s]) => s)).toEqual(["Local Government Finance Unit"]);
    const two = "Pension deficits have grown.\n\nThe survey, by actuaries Lane Harcourt, found the deficit had grown by £12bn. According to the report, longer lives had “more than wiped out” the gains.";
    expect(speakersOf(two).map(([, s]) => s)).toEqual(["Lane Harcourt"]);
    const three = "Parents ignore game ratings.\n\nThe survey of 2,000 parents for the Children's Media Forum found many did not understand the ratings. “Parents would not let a child watch an 18 film,” the report said.";
    expect(speakersOf(three).map(([, s]) => s)).toEqual(["Children's Media Forum"]);
  });

  test("'according to a TUC report' → TUC: a body named before the document noun wrote it", () => {
    expect(speakersOf("Plans to shed 71,000 civil service jobs will prove to be a “false economy” that could hamper reforms, according to a TUC report.")).toEqual([["false economy", "TUC"]]);
  });

  test("'X issued a statement ...'; then 'The statement ... claimed “…”', '“…” the statement continued' and '“…” the statement read' are X's", () => {
    const body = [
      "On Monday, Big Machine Records issued a statement about the awards show.",
      "The statement, which was obtained by Variety, claimed that the two companies had “come to terms on a licensing agreement.”",
      "“It should be noted that artists do not need label approval for live performances,” the statement continued.",
      "“We were shocked to see her statements,” the statement read.",
    ].join("\n\n");
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Big Machine Records", "Big Machine Records", "Big Machine Records"]);
  });

  test("'A spokesman for Cabinet Office minister Francis Maude said:' and 'said a spokesman for Mayor Bill de Blasio': the unnamed spokesman speaks, not the minister or mayor", () => {
    const body =
      "Francis Maude leads the Cabinet Office.\n\nA spokesman for Cabinet Office minister Francis Maude said: ‘We are reforming Whitehall.’\n\n“We did it,” said a spokesman for Mayor Bill de Blasio.";
    expect(speakersOf(body)).toEqual([
      ["We are reforming Whitehall.", null],
      ["We did it,", null],
    ]);
  });

  test("'X published an open letter ... It declared that “…”' and 'Y posted a message ... The post added: “…”' give the words to who put the document out", () => {
    const body = [
      "The other day Mr Zahawi, a No 10 policy adviser, published an open letter to the Government calling for the loophole to be closed.",
      "It declared that the ‘physical harm’ being done threatens ‘to become the defining legacy of this Government’.",
      "Eve Morrison posted a message to Facebook about the tragedy on Thursday.",
      "The post added: ‘Don and Sandy were the two most incredible people anyone could ever know.’",
    ].join("\n\n");
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Zahawi", "Zahawi", "Eve Morrison"]);
  });

  test("in the passive the words are someone else's: 'She was said to be ‘very cross’', 'he was told: “…”'; not with a 'by' ('described as “heartbreaking” by the department')", () => {
    const body =
      "Augusta Shirley owns the land.\n\nA friend of Mrs Shirley told me that her sympathies lie with the villagers. She was said to be ‘very cross’ about the decision.\n\nThe strandings have been described as “heartbreaking” by the Department of Conservation.";
    expect(speakersOf(body)).toEqual([
      ["very cross", null],
      ["heartbreaking", "Department of Conservation"],
    ]);
  });

  test("British copy: an organisation written with a plural verb ('Big Machine have twice denied') is who a later 'they said' means; without it 'they' names nobody", () => {
    const said = "“At no point did we say Taylor could not perform,” they said in a statement on their website.";
    expect(speakersOf(`Taylor Swift left Big Machine Records last year.\n\nBig Machine have twice denied doing anything wrong.\n\n${said}`).map(([, s]) => s)).toEqual(["Big Machine Records"]);
    expect(speakersOf(`Taylor Swift left Big Machine Records last year.\n\nFans have twice marched on the label's offices.\n\n${said}`).map(([, s]) => s)).toEqual([null]);
  });

  test("'The group that owns most of her music, Big Machine, says' names an organisation, and the same name later is it", () => {
    const body = [
      "The group that owns most of her music, Big Machine, says she will be allowed to play her old tracks.",
      "Big Machine have twice denied doing anything wrong.",
      "“At no point did we say Taylor could not perform,” they said in a statement on their website.",
    ].join("\n\n");
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Big Machine"]);
    expect(personNamed(article, "Big Machine").kind).toBe("ORGANIZATION");
  });

  test("'they' means the organisation last written with a plural verb before it, not one after it", () => {
    const body =
      "The Acme Group have denied the claim. Later the Zenith Council have refused to comment.\n\n“We did nothing wrong,” they said. The Acme Group have since apologised.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Zenith Council"]);
  });

  test("'the report says' → the organisation written before the noun where the report was named ('The NAO's annual report showed', 'A National Audit Office report ... says')", () => {
    const possessive = "Sir John Bourn, head of the National Audit Office (NAO), spoke on Monday. The NAO's annual report showed the total cost was expected to reach £50bn.\n\n\"Many problems can be traced to the assessment phase,\" the report says.";
    expect(speakersOf(possessive)).toEqual([["Many problems can be traced to the assessment phase,", "National Audit Office"]]);
    const modifier = "A National Audit Office report on the 20 biggest projects says costs have risen by £1.7bn.\n\n\"Many problems can be traced to the assessment phase,\" the report says.";
    expect(speakersOf(modifier)).toEqual([["Many problems can be traced to the assessment phase,", "National Audit Office"]]);
  });

  test("'“…,” said Seagate. ... “…,” it said': a name of one or two words that just spoke, with no first name and no gender, is the organisation 'it' means", () => {
    const body = "The drive from Seagate won a CES design award. \"It is the kind of storage that appeals to people,\" said Seagate. \"It is all about style.\" \"It is the first time you can say a hard drive is sexy,\" it said.";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Seagate", "Seagate", "Seagate"]);
    // (A name of two words too: "Plum Village".)
    const two = "Plum Village said the monk passed away “peacefully” on Saturday.\n\n“He has been a true bodhisattva,” it said.";
    expect(speakersOf(two).map(([, speaker]) => speaker)).toEqual(["Plum Village", "Plum Village"]);
    expect(personNamed(analyzeStory(body), "Seagate").kind).toBe("ORGANIZATION");
  });

  test("a caption's label before a colon ('Amazing experience: ‘…’') is no speaker: the caption repeats the photographer's words; 'Zoe shared: “…”' still names Zoe", () => {
    const body = "Wildlife photographer Adam Hanlon said: ‘These seals not only come close and observe you, but actually play.’\n\nThe pictures were taken off the Farne Islands.\n\nAmazing experience: ‘These seals not only come close and observe you, but actually play’";
    expect(speakersOf(body).map(([, speaker]) => speaker)).toEqual(["Adam Hanlon", "Adam Hanlon"]);
    expect(analyzeStory(body).people.map((p) => p.name)).toEqual(["Adam Hanlon"]);
    expect(speakersOf("Zoe Kravitz starred in the film.\n\nZoe shared: \"I think that's exciting.\"")).toEqual([["I think that's exciting.", "Zoe Kravitz"]]);
  });

  test("in the passive of a verb of address the words are someone else's: 'she was warned that “…”', 'she was advised not to attend due to the ‘…’'", () => {
    expect(speakersOf("Margaret Thatcher read the papers. In one briefing note she was warned that “GCSE is an exam nobody will fail”.")).toEqual([["GCSE is an exam nobody will fail", null]]);
    expect(speakersOf("Augusta Shirley had agreed to attend. However, she was advised not to attend due to the ‘level of hostility’ her presence might generate.")).toEqual([["level of hostility", null]]);
  });

  test("'the UK Treasury announced' is an organisation, so a later 'She said' is the woman named before", () => {
    const body = "Finance Minister Sue Essex said it was a \"good deal\". The settlement includes the full £7.4m the UK Treasury announced on Monday. She said she was \"confident that councils will cope.\"";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Sue Essex", "Sue Essex"]);
    expect(article.people.filter((p) => p.kind === "PERSON").map((p) => p.name)).toEqual(["Sue Essex"]);
  });

  test("'X denied the allegations in a statement ...'; then '“…,” the statement read' is X's", () => {
    const body = "Swift accused her old label of blocking her show.\n\nBig Machine Records flat-out denied the allegations in a statement shared to its website.\n\n“We were shocked to see her statements,” the statement read.";
    expect(speakersOf(body)).toEqual([["We were shocked to see her statements,", "Big Machine Records"]]);
  });

  test("'the production company said' → the organisation whose name has that word ('Dick Clark Productions'); 'Big Machine' is Big Machine Records", () => {
    const body =
      "Big Machine Records and Dick Clark Productions were in talks. Dick Clark Productions denied a deal.\n\n“At no time did we agree to a statement,” the production company said.\n\n“It was a deal,” Big Machine said.";
    expect(speakersOf(body)).toEqual([
      ["At no time did we agree to a statement,", "Dick Clark Productions"],
      ["It was a deal,", "Big Machine Records"],
    ]);
  });

  test("'the group' refers to the organisation introduced as 'The group, WeWorkers Coalition,'", () => {
    const body = "WeWork plans layoffs. WeWork will cut 4,000 jobs.\n\nThe group, WeWorkers Coalition, formed in recent weeks. In a separate tweet, the group added that WeWork “is not following through on its promise.”";
    expect(speakersOf(body)).toEqual([["is not following through on its promise.", "WeWorkers Coalition"]]);
  });

  test("'X issued a statement about ..., saying, “…”' and 'X issued a statement warning that “…”' are X's; 'Prosecutors alleged' names nobody", () => {
    const body =
      "Kathleen Hawk Sawyer leads the bureau.\n\nAfter the hearing, Hawk Sawyer issued a statement about the charges, saying, “I am committed to this agency.”\n\nThe Electoral Commission, which regulates finances, issued a statement warning that “voters are entitled to transparency.”\n\nProsecutors alleged that Epstein “sexually exploited and abused dozens of minor girls” at his homes.";
    expect(speakersOf(body)).toEqual([
      ["I am committed to this agency.", "Kathleen Hawk Sawyer"],
      ["voters are entitled to transparency.", "Electoral Commission"],
      ["sexually exploited and abused dozens of minor girls", null],
    ]);
  });
  test("'His report says' goes to the one the possessive stands for; 'Friends say', 'His friends say', 'Mr Blunkett's friends say' name nobody and keep their quotation", () => {
    const body =
      "Sir Alan Budd, who led the inquiry, said there was “a chain of events”. His report says: “I cannot rule out that the home secretary was involved.”\n\nMr Blunkett's friends say he has been “badly treated”. Friends say he was “devastated”.";
    expect(speakersOf(body)).toEqual([
      ["a chain of events", "Alan Budd"],
      ["I cannot rule out that the home secretary was involved.", "Alan Budd"],
      ["badly treated", null],
      ["devastated", null],
    ]);
  });
  test("'The executive spokeswoman said ... She said:' names nobody when no named person has that role; 'the Scottish Executive' is a government, not an office; 'Oliver Irish' keeps his surname", () => {
    const body =
      "The SNP's Nicola Sturgeon has demanded answers. The Scottish Executive said it would “not be common practice” to sign approval.\n\nThe executive spokeswoman said the leave was agreed by an adviser. She said: “Ministers were told of that.”\n\n“Demand is huge,” said Oliver Irish, editor of the magazine.";
    expect(speakersOf(body)).toEqual([
      ["not be common practice", "Scottish Executive"],
      ["Ministers were told of that.", null],
      ["Demand is huge,", "Oliver Irish"],
    ]);
  });
  test("a one-word name leading lower-case words that end in a body's head is that body ('the Commons work and pensions committee ... It warned'); 'says the assembly government' names the whole body", () => {
    const body =
      "A report by the Commons work and pensions committee called for the agency to be wound up. It warned that the agency was “a failing organisation”.\n\nCouncils should set taxes at “reasonable levels”, says the assembly government.";
    expect(speakersOf(body)).toEqual([
      ["a failing organisation", "Commons work and pensions committee"],
      ["reasonable levels", "assembly government"],
    ]);
  });
  test("'A spokeswoman for developer GreenGen said ... “…,” she said' names nobody: the body she speaks for is no rival referent", () => {
    const body = "Residents oppose the wind farm.\n\nA spokeswoman for developer GreenGen said the scheme would power 20,000 homes. “We have listened to local concerns,” she said.";
    expect(speakersOf(body)).toEqual([["We have listened to local concerns,", null]]);
  });
  test("a document opening the sentence says a fragment for whoever issued it ('The survey of 1,000 people “showed ...”' after 'Research undertaken for the Electoral Commission'), not for the last speaker", () => {
    const body = [
      "Research undertaken for the Electoral Commission suggests most young people care about crime. The survey findings are being released today.",
      "Commission boss Sam Younger said: “We know young people feel disengaged.” The survey of 1,000 people “showed young people are far from apathetic”.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      ["We know young people feel disengaged.", "Sam Younger"],
      ["showed young people are far from apathetic", "Electoral Commission"],
    ]);
  });
  test("someone introduced as 'a judge' and named by that title at the head of the next sentence ('Judge Charles Harris QC made his remarks') said the words; without it, nobody", () => {
    expect(speakersOf("This week a judge claimed easy access to drink was breeding “urban savages”. Judge Charles Harris QC made his remarks as he sentenced a man.")).toEqual([
      ["urban savages", "Charles Harris"],
    ]);
    expect(speakersOf("This week a judge claimed easy access to drink was breeding “urban savages”. The remarks caused a row.")).toEqual([["urban savages", null]]);
  });
  test("'Downing Street' and 'Scotland Yard' speak as organisations ('Downing Street later issued a statement saying: “…”'); 'a Downing Street spokesman' names nobody", () => {
    const body = "Tony Blair spoke.\n\nDowning Street later issued a statement saying: “The prime minister has nothing to add.”\n\n“No comment,” a Downing Street spokesman said.\n\nScotland Yard said: “Inquiries continue.”";
    expect(speakersOf(body)).toEqual([
      ["The prime minister has nothing to add.", "Downing Street"],
      ["No comment,", null],
      ["Inquiries continue.", "Scotland Yard"],
    ]);
  });
  test("'A Labour Party spokesman criticised Michael Howard's record ... He said: “…”' names nobody: the body before the role, the role's own verb and a possessor met since do not make 'he' someone else", () => {
    const body =
      "Liberal Democrat spokesman Mark Oaten said the plan was dangerous. A Labour Party spokesman criticised Michael Howard's record, saying police numbers had fallen. He said: “Today the Tories are making more extravagant promises.”";
    expect(speakersOf(body)).toEqual([["Today the Tories are making more extravagant promises.", null]]);
  });
  test("think tanks, trusts, charities, watchdogs and regulators are organisations ('The King's Fund think tank said', 'The Nuffield Trust said ... the charity said'); a place before a body's noun stays in its name", () => {
    const body =
      "The King's Fund think tank said the figures were “deeply worrying”.\n\nThe Nuffield Trust said the figures were “alarming”. “We are worried,” the charity said.\n\nThe Dallas police department said: “Please help us find him!”";
    expect(speakersOf(body)).toEqual([
      ["deeply worrying", "King's Fund"],
      ["alarming", "Nuffield Trust"],
      ["We are worried,", "Nuffield Trust"],
      ["Please help us find him!", "Dallas police department"],
    ]);
  });
  test("'“…!” wrote one on Twitter' names nobody, not an organisation called 'on Twitter'", () => {
    const article = analyzeStory("Rita Ora cancelled her tour.\n\nFans were quick to respond. “Get well soon Rita!” wrote one on Twitter.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual([null]);
    expect(article.people.map((p) => p.name)).not.toContain("on Twitter");
  });
  test("'the government said the move would help police “…”' is the government's, not a body called 'move would help police'; a plural acronym ('CSOs') is nobody's name", () => {
    const article = analyzeStory("The powers were extended to CSOs on Thursday. But the government said the move would help police “build safe communities”.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["government"]);
    expect(article.people.map((p) => p.name)).not.toContain("CSOs");
  });
});


describe("football clubs as speakers", () => {
  test("'Leeds United said' is the club; 'Westbourne United are closing in ... the club said' too", () => {
    expect(speakersOf("The move would be a record. Leeds United said it did “not comment on speculation regarding potential transfers.”")).toEqual([["not comment on speculation regarding potential transfers.", "Leeds United"]]);
    expect(speakersOf("Westbourne United are closing in on a deal for Julien Moreau.\n\nIn a statement, the club said it did “not comment on speculation.”")).toEqual([["not comment on speculation.", "Westbourne United"]]);
  });

  test("'Tottenham said' is Tottenham Hotspur when the article writes the full name, even later", () => {
    const article = analyzeStory("Tottenham said in a statement: “Jose is one of the world's most accomplished managers.”\n\n— Tottenham Hotspur (@SpursOfficial) November 20, 2019");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Tottenham Hotspur"]);
  });
});

describe("reply verbs of two words", () => {
  test("'Delahaye shot back', 'shot back Delahaye', 'she hit back'", () => {
    expect(speakersOf("Greta Lund spoke first.\n\n“It was a better offer,” Delahaye shot back.").map(([, s]) => s)).toEqual(["Delahaye"]);
    expect(speakersOf("Greta Lund spoke first.\n\n“It was a better offer,” shot back Delahaye.").map(([, s]) => s)).toEqual(["Delahaye"]);
  });
});

describe("first names that are countries, crowds, and a lede's unnamed post", () => {
  test("'Jordan Pace has quit ... Jordan said' is Jordan Pace, not the country", () => {
    expect(speakersOf("Jordan Pace has quit showbiz.\n\n'Everyone thinks I am mad,' Jordan said.").map(([, s]) => s)).toEqual(["Jordan Pace"]);
  });

  test("'Fans were quick to praise him, with one writing: ‘…’' names nobody", () => {
    expect(speakersOf("Tom Pace has quit showbiz.\n\nFans were quick to praise his decision online, with one writing: 'Respect to him.'").map(([, s]) => s)).toEqual([null]);
  });

  test("'A hospital boss has warned ... “…”' then 'Dr Fiona Achebe, chief executive of ..., said' is hers", () => {
    const body = "A hospital boss has warned that the service is “close to breaking point”.\n\nDr Fiona Achebe, chief executive of Medway Valley NHS Trust, said staff were exhausted.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Fiona Achebe"]);
  });

  test("a lede's 'The prime minister has said' or 'Scotland's justice minister has warned' is the name speaking first in the next paragraph", () => {
    const pm = "The prime minister has said the Tory plans are “a con” that voters will see through.\n\nTony Blair told a rally in Kent that Labour would win.";
    expect(speakersOf(pm).map(([, s]) => s)).toEqual(["Tony Blair"]);
    const minister = "Scotland's justice minister has warned bigoted fans that she wants to hit them “where it hurts most”.\n\nCathy Jamieson said exclusion orders were being considered.";
    expect(speakersOf(minister).map(([, s]) => s)).toEqual(["Cathy Jamieson"]);
  });

  test("but not a name that does not speak, nor one of the other sex than the lede's pronoun", () => {
    expect(speakersOf("The judge said the attack was “cowardly and brutal” as he passed sentence.\n\nJohn Smith, 45, was jailed for six years.").map(([, s]) => s)).toEqual([null]);
    expect(speakersOf("The prime minister said she would “never give in” to the rebels.\n\nJohn Reid said the party would hold firm.").map(([, s]) => s)).toEqual([null]);
  });
});

describe("a committee named by a capitalised word and lower-case words", () => {
  test("'after the Commons standards and privileges committee said ... “…”' is the committee's", () => {
    expect(speakersOf("Mr Sayeed was suspended after the Commons standards and privileges committee said his conduct had fallen “well below the standards expected”.")).toEqual([
      ["well below the standards expected", "Commons standards and privileges committee"],
    ]);
  });
});

describe("a body's people speaking for it", () => {
  test("'Goldman Sachs economists wrote', 'U.S. officials said' are the bank's and the country's words; 'Ukrainian officials', 'Independent analysts' name nobody", () => {
    const body =
      "“Concerns about a spiral deserve to be taken seriously,” Goldman Sachs economists wrote.\n\nU.S. officials said the claims were “absurd”.\n\nIndependent analysts say the risk is “small”.\n\nUkrainian officials said the attack was “brutal”.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Goldman Sachs", "U.S.", null, null]);
  });
});

describe("news agencies relaying someone's words", () => {
  test("'Galuzin was quoted by Interfax as saying ... “…”' is Galuzin's, with or without a clause between", () => {
    expect(speakersOf("Galuzin was quoted by Interfax as saying the pipeline was “unacceptable.”").map(([, s]) => s)).toEqual(["Galuzin"]);
    expect(speakersOf("Deputy Foreign Minister Mikhail Galuzin was quoted by the Interfax news agency as saying that the project raised “serious environmental risks” for the region.").map(([, s]) => s)).toEqual(["Mikhail Galuzin"]);
  });

  test("'Ahmed Khalil said ... “…,” according to the state news agency' and '..., state media reported' are Khalil's", () => {
    expect(speakersOf("Interior Minister Ahmed Khalil said the attackers were “foreign mercenaries,” according to the state news agency.").map(([, s]) => s)).toEqual(["Ahmed Khalil"]);
    expect(speakersOf("Interior Minister Ahmed Khalil said the attackers were “foreign mercenaries,” state media reported.").map(([, s]) => s)).toEqual(["Ahmed Khalil"]);
  });

  test("but 'as NPR's Debbie Elliot reported' is the reporter's paraphrase, hers", () => {
    expect(speakersOf("One witness, Felicia Sanders, described hiding under a table and “cowering with her granddaughter,” as NPR's Debbie Elliot reported.").map(([, s]) => s)).toEqual(["Debbie Elliot"]);
  });
});

describe("state bodies named by a country's possessive or a lower-case head", () => {
  test("'Russia's defence ministry said', 'Ecuador's armed forces said', 'The EU observation mission said', 'The Chinese coast guard said ... it said'", () => {
    expect(speakersOf("Russia's defence ministry said its forces had carried out a “massive strike” on facilities.").map(([, s]) => s)).toEqual(["Russia's defence ministry"]);
    expect(speakersOf("Ecuador's armed forces said in a statement that they would “guarantee the constitutional order”.").map(([, s]) => s)).toEqual(["Ecuador's armed forces"]);
    expect(speakersOf("The EU observation mission said the vote had been “well organized and competitive”.").map(([, s]) => s)).toEqual(["EU observation mission"]);
    expect(speakersOf("The Chinese coast guard said it had taken “necessary control measures” to expel the Philippine vessel, which it said had “illegally intruded”.").map(([, s]) => s)).toEqual(["Chinese coast guard", "Chinese coast guard"]);
  });

  test("but not a description by a country's possessive ('Britain's data protection watchdog said' names no body of its own)", () => {
    const article = analyzeStory("Britain’s data protection watchdog said the search giant was ‘too vague’ about its data.");
    expect(article.people.map((p) => p.name)).not.toContain("Britain’s data protection watchdog");
  });
});

describe("bodies with a title word inside and bodies described by who chairs them", () => {
  test("'the National Association of Head Teachers' is a body the 'NAHT' stands for", () => {
    const article = analyzeStory("Head teachers have written to the minister, the National Association of Head Teachers said.\n\nThe NAHT said appeals were “the single biggest reason” for low morale.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["National Association of Head Teachers"]);
  });

  test("'The Pensions Commission, chaired by Lord Tanner, said' is the commission's", () => {
    expect(speakersOf("The Pensions Commission, chaired by Lord Tanner, said the UK faced “a stark choice”.").map(([, s]) => s)).toEqual(["Pensions Commission"]);
  });
});

describe("a document's words after the body that spoke just before", () => {
  test("'The Pensions Commission said ... “…,” the report says' is the commission's", () => {
    expect(speakersOf("People may have to work until 67, a long awaited report has warned.\n\nThe Pensions Commission said the UK faced a stark choice. “There is no fifth option,” the report says.").map(([, s]) => s)).toEqual(["Pensions Commission"]);
  });
});

describe("an unnamed person at a named place", () => {
  test("'A former student at Columbia described her as “…”' names nobody, not Columbia", () => {
    expect(speakersOf("Anneliese Voss teaches translation.\n\nA former student at Columbia described her as “the best teacher I ever had.”").map(([, s]) => s)).toEqual([null]);
  });
});

describe("'the agency' for the one body named in the sentence before", () => {
  test("'The Pasco Sheriff's Office used the case to warn parents. The agency urged families to “…”'", () => {
    expect(speakersOf("The Pasco Sheriff's Office used the case to warn parents. The agency urged families to “know who your kids are talking to.”").map(([, s]) => s)).toEqual(["Pasco Sheriff's Office"]);
  });
});

describe("a source close to someone", () => {
  test("'A source close to the player told The Sun: ‘…’' is the unnamed source's, not the player's", () => {
    expect(speakersOf("Marcus Tilney was banned from driving.\n\nA source close to the player told The Sun: 'Marcus is mortified.'").map(([, s]) => s)).toEqual([null]);
  });
});

describe("companies named by a business head", () => {
  test("'Marlow Motors said ... “…,” the company said' is Marlow Motors'", () => {
    expect(speakersOf("Workers reacted angrily.\n\nMarlow Motors said it was disappointed by the response. “The economics are stark,” the company said.").map(([, s]) => s)).toEqual(["Marlow Motors"]);
  });
});

describe("a trade before a business's name", () => {
  test("'Pub group Westcombe has rejected a bid, saying it “significantly undervalues” the company' is Westcombe's", () => {
    expect(speakersOf("Pub group Westcombe has rejected a bid, saying it “significantly undervalues” the company.")).toEqual([["significantly undervalues", "Westcombe"]]);
    // (A lobby is one such trade: "Business lobby UK Steel also praised the deal, saying" is the lobby's,
    // not a body called "Business". Its name is read without "UK" for now: the words are Steel's.)
    expect(speakersOf("Business lobby UK Steel also praised the deal, saying it was “immensely welcome”.")).toEqual([["immensely welcome", "Steel"]]);
  });
});

describe("spokespeople named later", () => {
  test("'the spokesman said' after an unnamed official spokesman is nobody, not a spokesman the story names later ('Lib Dem transport spokesman Owen Pritchard')", () => {
    const body = "The prime minister's official spokesman said Mr Harrowby had learned of the meetings on Monday.\n\n“As soon as the facts were known, the right course was for him to step down,” the spokesman said.\n\nLib Dem transport spokesman Owen Pritchard called for an inquiry.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual([null]);
  });
});

describe("unnamed people of no told sex", () => {
  test("'Another neighbor, who did not want to be identified, said she saw ... “…,” she said' is the unnamed neighbour's, not the woman named before", () => {
    const body = "Miss Loretta Simms died in the fire.\n\nAnother neighbor, who did not want to be identified, said she saw a firefighter carrying a child. “He went right back in,” she said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual([null]);
  });
});

describe("bodies whose names end in a title word", () => {
  test("'the Ministry of Justice said', 'A report by the Centre for Youth Justice found ... “…,” the report said' name the bodies, not an office called 'Justice'", () => {
    expect(speakersOf("“Prisons are safe,” the Ministry of Justice said.").map(([, s]) => s)).toEqual(["Ministry of Justice"]);
    const body = "Knife crime is rising, figures show.\n\nA report by the Centre for Youth Justice found most saw a blade as protection.\n\n“They carry knives because they believe everyone else does,” the report said.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Centre for Youth Justice"]);
  });
});

describe("generic heads that are not organisation names", () => {
  test("'the firm added', 'The lender said:' and 'the retailer said it was' refer back to the business named before", () => {
    const body = "Halden Holdings said on Wednesday that revenue fell. Halden Holdings blamed higher costs.\n\n“Budgets are being cut,” the firm added.\n\nThe lender said: “We expect a hard year.”\n\nIn a statement, the retailer said it was “confident about the future”.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Halden Holdings", "Halden Holdings", "Halden Holdings"]);
  });

  test("'“…,” Jane Smith, strategist at Truist wrote. “…,” the firm added' is Truist's, the employer just named, over an index the story names more often", () => {
    const body = "The S&P 500 fell 1%. The S&P 500 is now in correction territory.\n\n“Stocks tend to rebound,” Jane Smith, senior global macro strategist at Truist wrote in a note.\n\n“Sentiment is low,” the firm added.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Jane Smith", "Truist"]);
  });

  test("'the investment firm added' refers back to the firm named before, never to a body called 'investment firm'", () => {
    const body = "Halden Holdings reported results. Halden Holdings blamed costs.\n\n“Sentiment is low,” the investment firm added.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Halden Holdings"]);
    expect(article.people.map((p) => p.name)).not.toContain("investment firm");
    // With no firm named before, nobody.
    expect(speakersOf("“Sentiment is low,” the investment firm added.").map(([, s]) => s)).toEqual([null]);
  });
});

describe("brand names written with a capital inside", () => {
  test("'EasyJet said ... It said' is EasyJet's, a body a later 'it' can mean, while 'McCarthy said' stays a person", () => {
    const body = "British Airways also cancelled 62 flights on Monday.\n\nEasyJet said staff absences were double their normal levels.\n\nIt said it had decided to cancel more flights “in order to give customers notice”.\n\nMcCarthy said the cuts were “regrettable”.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["EasyJet", "McCarthy"]);
    expect(personNamed(article, "EasyJet").kind).toBe("ORGANIZATION");
    expect(personNamed(article, "McCarthy").kind).toBe("PERSON");
  });

  test("'Jon FitzGerald ... FitzGerald said' is the person named before, not a brand", () => {
    const body = "The fund is run by Jon FitzGerald.\n\nFitzGerald said the returns were “solid”.";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Jon FitzGerald"]);
    expect(article.people.filter((p) => p.kind === "ORGANIZATION").map((p) => p.name)).toEqual([]);
  });
});

describe("names with a number", () => {
  test("'Channel 4 called it “disappointing”', '“…,” Channel 4 added' and 'BBC Radio 4 said' name the broadcasters whole, as 'Number 10 said' names the office", () => {
    const body = "Channel 4 called it “disappointing” that ministers went ahead.\n\n“It is over,” Channel 4 added.\n\nBBC Radio 4 said: “We will cover it.”\n\nNumber 10 said: “The decision is final.”";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Channel 4", "Channel 4", "BBC Radio 4", "Number 10"]);
  });
});

describe("a kind of body written before its generic head", () => {
  test("'Apple has halted sales ... The iPhone giant said it was “deeply concerned”' is Apple's", () => {
    const body = "Apple has halted all product sales in Russia. Apple also limited Apple Pay.\n\nThe iPhone giant said it was “deeply concerned” about the invasion.";
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Apple"]);
  });

  test("'ShareAction said ... The campaign group added: “…”' is ShareAction's, and no body is called 'campaign group'", () => {
    const body = "ShareAction said the banks had poured money into oil and gas. ShareAction wants new rules.\n\nThe campaign group added: “Banks say that they want to help their clients.”";
    const article = analyzeStory(body);
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["ShareAction"]);
    expect(article.people.map((p) => p.name)).not.toContain("campaign group");
  });

  test("'the firm said' with no body named twice before is the latest body that was a sentence's subject ('Amazon has scrapped plans to stop accepting Visa credit cards'), not the story's most named word", () => {
    const body = [
      "LONDON — Amazon has scrapped plans to stop accepting Visa credit cards in the U.K.",
      "The e-commerce giant was expected to prevent Brits from using a Visa-issued credit card from Jan. 19. But in a statement Monday, the firm said the change “will no longer take place.”",
      "Visa cards are widely used. Visa has long fought retailers over fees, and Visa said it was pleased.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([["will no longer take place.", "Amazon"]]);
  });

  test("a web address is one name ('according to Cars.com' is Cars.com's, not someone called 'Cars')", () => {
    const body = "Searches for electric cars rose sharply last month.\n\n“The war in Ukraine is one of the drivers of market volatility,” according to Cars.com.";
    expect(speakersOf(body)).toEqual([["The war in Ukraine is one of the drivers of market volatility,", "Cars.com"]]);
  });

  test("a news outlet that 'reported' the words relays them: 'Judge Gerald Bloem said Shell earned the right ... on “…,” the BBC reported' is the judge's", () => {
    const body = "A court has stopped Shell's survey.\n\nHigh Court Judge Gerald Bloem said Shell initially earned the right to explore the waters based on “a substantially flawed consultation process,” the BBC reported.";
    expect(speakersOf(body)).toEqual([["a substantially flawed consultation process,", "Gerald Bloem"]]);
  });

  test("a royal household speaks from its seat: 'Buckingham Palace announced ... the palace said ... “…,” it added' is the palace's, not the outlet in the dateline", () => {
    const body = [
      "London (CNN)Britain's Queen Elizabeth II has tested positive for coronavirus, Buckingham Palace announced Sunday.",
      "The 95-year-old sovereign is experiencing mild cold-like symptoms, the palace said.",
      "“She will continue to receive medical attention and will follow all appropriate guidelines,” it added.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([["She will continue to receive medical attention and will follow all appropriate guidelines,", "Buckingham Palace"]]);
  });

  test("a place of several words made an adjective is no part of a name: 'New York-based Goldman is closing ... “…,” the bank said' is Goldman Sachs's, not Citigroup's", () => {
    const body = [
      "Goldman Sachs says it is exiting Russia.",
      "Citigroup had the biggest exposure. Citigroup had disclosed plans to sell its Russia operations.",
      "While New York-based Goldman is closing its operations in Russia, it still facilitates trades in debt securities.",
      "“We are helping our clients reduce their risk,” the bank said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([["We are helping our clients reduce their risk,", "Goldman Sachs"]]);
  });

  test("a news outlet is never 'the bank': '..., according to Bloomberg, which first reported the bank's move. ⏎ “…,” the bank said' is Goldman Sachs's", () => {
    const body = [
      "Goldman Sachs says it is exiting Russia. Goldman Sachs was the first to go.",
      "While it is closing its operations in Russia, it still facilitates trades in debt securities, according to Bloomberg, which first reported the bank's move.",
      "“We are helping our clients reduce their risk,” the bank said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([["We are helping our clients reduce their risk,", "Goldman Sachs"]]);
  });

  test("a newspaper known only by the word ending its name relays what it reports: 'Moore told reporters that the accusations are “absolutely false,” the Birmingham News reported' is Moore's", () => {
    const body = "Roy Moore denied the claims on Monday.\n\nAt a news conference in Gallant, Alabama, Moore told reporters that the accusations are “absolutely false,” the Birmingham News reported.";
    expect(speakersOf(body)).toEqual([["absolutely false,", "Roy Moore"]]);
  });

  test("'with Mr Dixon quoted as saying that the carrier could no longer afford to remain “…”' is Dixon's, not the carrier's", () => {
    const body = "Qantas chief executive Geoff Dixon said profits rose.\n\nLast month, the company warned it may transfer as many as 7,000 jobs out of Australia, with Mr Dixon quoted as saying that the carrier could no longer afford to remain “all-Australian”.";
    expect(speakersOf(body)).toEqual([["all-Australian", "Geoff Dixon"]]);
  });

  test("'“…,” the newspaper quoted Hefner’s attorney-issued statement as saying' is Hefner's: the one quoted, not the paper quoting (nor the dateline's city)", () => {
    const body = "BOSTON (Reuters) - The Massachusetts senate will open a probe into accusations against the husband of Stan Rosenberg, Bryon Hefner.\n\n“I was shocked to learn of these anonymous and hurtful allegations,” the newspaper quoted Hefner’s attorney-issued statement as saying.";
    expect(speakersOf(body)).toEqual([["I was shocked to learn of these anonymous and hurtful allegations,", "Bryon Hefner"]]);
  });

  test("'English wrote colleagues that she wants “…,” according to the email seen by Reuters' is English's: the document the reporter saw relays the words of its writer", () => {
    const article = analyzeStory("Leandra English is fighting to lead the agency.\n\nEnglish wrote colleagues that she wants “to be sure that these are still on track,” according to the email seen by Reuters.");
    expect(readQuotes(article).map((q) => q.speaker)).toEqual(["Leandra English"]);
    expect(article.people.map((p) => p.name)).not.toContain("email seen by Reuters");
  });
});
