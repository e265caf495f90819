/**
 * Word lists used by the text-analysis pipeline. All entries are lower-case; callers lower-case
 * the word they look up. Kept in one place so the rules in the other modules stay readable.
 */

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/**
 * A lookup table without a prototype, so that words such as "constructor" or "toString" are not
 * found in it ("said the constructor" is no person noun).
 */
export const lookupTable = <T>(entries: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, entries);

/**
 * Verbs that introduce reported speech ("X said", "said X"). Includes present and past forms.
 * "called"/"described" only count when they have a subject ("X called it “a disgrace”").
 */
export const SPEECH_VERBS = words(`
  said says say told tells tell added adds stated states wrote writes replied replies asked asks
  noted notes explained explains clarified clarifies insisted insists warned warns argued argues claimed claims
  declared declares announced announces continued continues concluded concludes remarked remarks
  recalled recalls acknowledged acknowledges admitted admits conceded concedes confirmed confirms
  responded responds commented comments tweeted tweets posted observed observes suggested suggests
  stressed stresses emphasised emphasized emphasises emphasizes complained complains joked jokes
  quipped quips shouted shouts yelled yells screamed whispered whispers cautioned cautions
  predicted predicts promised promises vowed vows pledged pledges urged urges demanded demands
  countered counters reiterated reiterates assured assures boasted boasts charged contended
  contends testified testifies called calls described describes exclaimed exclaims mused muses
  sighed laughed agreed agrees answered answers maintained maintains revealed reveals reported
  reports recounted recounts texted emailed e-mailed messaged sobbed gushed raged blasted fumed
  slammed beamed snapped barked pleaded begged wondered conceded thundered scoffed sniffed
  cried wept stormed chimed interjected cautioned advised objected protested retorted
  acknowledged affirmed alleged announced asserted asserts hint hinted hints
  marveled marvelled marvels echoed echoes
  bragged brags lamented laments confessed confesses disclosed discloses enthused enthuses raved
  opined opines reasoned laughs gushes alleges murmured murmurs muttered mutters shrieked growled
  hissed grumbled grumbles moaned groaned ranted weeps sobs sighs chuckled chuckles
  shout yell scream whisper explain recall add reply insist warn write answer ask argue claim
  note admit deny respond confirm acknowledge predict stress tweet speaks spoke quip joke boast
  complain declare announce remark observe testify suggest
  remembered remembers written denied denies thinks reckons reckoned believes
  deadpanned deadpans penned pens teased teases captioned sniped snipes
`);

/** Two-word speech expressions whose first word alone is not a speech verb ("pointed out"). */
export const SPEECH_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ["pointed", "out"],
  ["points", "out"],
  ["went", "on"],
  ["goes", "on"],
  ["spoke", "of"],
  ["weighed", "in"],
  ["weighs", "in"],
  ["chimed", "in"],
  ["maintain", "that"],
  ["maintains", "that"],
  ["maintained", "that"],
  ["shot", "back"],
  ["fired", "back"],
  ["hit", "back"],
  ["hits", "back"],
  ["fires", "back"],
];

/** Words that may stand between a subject and its speech verb ("Tillerson later said", "Trump himself said"). */
const VERB_MODIFIERS = words(`
  himself herself themselves
  later also then previously earlier once again recently quickly simply further reportedly
  allegedly apparently
  quietly firmly has had have would will could might may did does do is was were are had been
  has been flatly bluntly angrily calmly only just still even initially finally separately
  publicly privately repeatedly frequently often never not immediately today yesterday tonight
  meanwhile however too already
`);

/** Words in -ly that are not adverbs ("the family said", "a rally", "reply"). */
const LY_NOUNS = words(`
  family ally rally supply assembly reply apply fly belly bully anomaly monopoly jelly holly lily
  molly sally polly emily italy july only early daily weekly monthly yearly elderly
`);

/**
 * A word that may stand between a subject and its speech verb: a listed one ("later", "has") or
 * an adverb in -ly ("Brooke tearfully asked", "Jones gleefully told").
 */
export const isVerbModifier = (lower: string): boolean => VERB_MODIFIERS.has(lower) || (/^[a-z]{3,}ly$/.test(lower) && !LY_NOUNS.has(lower));

const BASE_PRONOUNS = { he: "M", she: "F", they: "PLURAL", it: "NEUTER", i: "FIRST", we: "FIRST" } as const;

/**
 * Personal pronouns that can be the subject of a speech verb, with their contracted forms as the
 * tokenizer keeps them (lower-cased, straight apostrophe): "he'd shout", "she'll say", "he's said".
 */
export const PRONOUNS: Record<string, "M" | "F" | "PLURAL" | "NEUTER" | "FIRST"> = lookupTable(Object.fromEntries(
  Object.entries(BASE_PRONOUNS).flatMap(([pronoun, kind]) => [
    [pronoun, kind],
    ...["'d", "'ll", "'s", "'ve", "'re", "'m"].map((suffix) => [`${pronoun}${suffix}`, kind]),
  ]),
));

/**
 * Head words of titles and roles ("U.S. Secretary of State", "Kremlin spokesman", "Police Chief").
 * A capitalised sequence whose last title word is followed by a name splits into role + name.
 */
export const TITLE_WORDS = words(`
  anaesthetist anesthetist paramedic firefighter magistrate barrister solicitor headteacher headmaster
  headmistress alderman vicar lecturer
  president vice-president president-elect vice prime minister secretary senator sen. rep. representative
  congressman congresswoman congressmember governor gov. mayor chancellor king queen prince princess
  pope general gen. colonel col. lt. lieutenant admiral adm. sgt. sergeant captain capt. commander
  cmdr. maj. major judge justice ambassador envoy director chairman chairwoman chairperson chair ceo
  cfo coo cto founder co-founder spokesman spokeswoman spokesperson dr. mr. mrs. ms. miss mx. professor
  prof. sheikh speaker leader attorney commissioner chief premier deputy officer coach manager
  analyst economist adviser advisor aide counsel candidate nominee head executive councillor
  councilman councilwoman councilor superintendent inspector detective sheriff constable
  archbishop bishop cardinal rabbi imam reverend rev. pastor lawmaker legislator diplomat
  counterpart author researcher scientist editor correspondent reporter lawyer prosecutor
  meteorologist forecaster administrator supervisor ranger agent trooper marshal treasurer
  clerk auditor comptroller mp mep lord lady dame sir baroness baron emir president's
  coroner dc ds pc dci dsi supt insp det photographer photojournalist videographer artist actor actress singer designer chef
  writer novelist comedian rapper filmmaker host presenter batsman bowler striker midfielder
  defender goalkeeper skipper
  spokesmen minister's strategist pollster historian physician doctor nurse surgeon teacher
  principal dean provost chancellor's owner partner president-designate designate
  secretary-general undersecretary under-secretary ombudsman whip delegate senator-elect member
  governor-elect mayor-elect sen rep gov gen col lt adm capt sgt dr mr mrs ms prof rev
  striker midfielder defender goalkeeper quarterback pitcher player actor actress singer forward winger
  rapper comedian star artist chef boss sister father mother brother
  backbencher peer campaigner activist coordinator co-ordinator ordinator organiser organizer negotiator
  cfp cfa cpa
`);

/** Honorifics that mark a following name as a person and tell its gender when they can. */
export const HONORIFIC_GENDER: Record<string, "M" | "F" | null> = lookupTable({
  "mr.": "M",
  mr: "M",
  "mrs.": "F",
  mrs: "F",
  "ms.": "F",
  ms: "F",
  miss: "F",
  sir: "M",
  dame: "F",
  lady: "F",
  lord: "M",
  king: "M",
  queen: "F",
  prince: "M",
  princess: "F",
  spokesman: "M",
  spokeswoman: "F",
  chairman: "M",
  chairwoman: "F",
  congressman: "M",
  congresswoman: "F",
  councilman: "M",
  councilwoman: "F",
  actress: "F",
  baroness: "F",
  baron: "M",
  sister: "F",
  mother: "F",
  father: "M",
  brother: "M",
});

/** Lower-case words allowed inside a role before a name ("White House press secretary"). */
export const ROLE_MODIFIERS = words(`
  press foreign defense defence former deputy senior chief national security state interior finance
  health justice top acting then then- assistant executive general majority minority opposition party
  campaign federal regional local district county city police fire public communications policy
  economic trade energy environment education transport transportation agriculture labor labour
  home treasury intelligence military army navy air force special associate managing vice
  presidential royal supreme interim incoming outgoing longtime long-time veteran lead chief's
  principal first second and of for the in at shadow junior cabinet
  technology technical operating financial marketing research commercial sales operations
`);

/** Head words that make a capitalised sequence an organisation ("Foreign Ministry"). */
export const ORGANIZATION_HEADS = words(`
  treasury ministry department agency office council committee commission party government house court
  bank fund organization organisation association union institute university college corporation lab
  corp. corp inc. inc company co. ltd. ltd group police army navy forces force service services
  news times post journal network foundation bureau administration authority board senate congress
  parliament embassy cabinet secretariat command coalition alliance front movement federation
  church congregation synagogue temple mosque cathedral parish diocese league club airlines airline airways railways railway team center centre centers centres hospital school
  council's ministry's department's agency's tribune herald gazette telegraph guardian press
  broadcasting television radio tv channel magazine daily weekly review reporter chronicle
  observer mirror express standard register examiner inquirer courier bulletin wire unit
  division prosecutor's attorney's sheriff's nations commission's assembly kremlin pentagon inquiry
  reserve military records productions studios entertainment media pictures films holdings capital
  ventures labs technologies systems brands foods industries enterprises communications networks
  sports trust charity watchdog regulator tank lobby confederation society
  united city rovers athletic wanderers albion hotspur mission guard
  motors electronics pharmaceuticals telecom telecoms software manufacturing logistics apparel textiles ferries
  management partners advisers advisors investments co plc llc chamber
`);

/** Generic heads that refer back to an organisation already named ("the company", "the firm"). */
export const ORGANIZATION_BACK_REFERENCES = new Set(["company", "firm", "giant", "group", "broadcaster", "corporation", "channel", "station", "newspaper", "regulator", "watchdog", "business", "retailer", "chain", "startup", "start-up", "site", "website", "platform", "network", "airline", "carrier", "bank", "agency", "club", "team", "organisation", "organization", "charity", "studio", "label", "publisher", "brand", "insurer", "lender", "automaker", "carmaker"]);

/** Well-known organisations that are a single word or an acronym ("the Kremlin said"). */
export const KNOWN_ORGANIZATIONS = words(`
  treasury ofsted ofcom tuc cbi
  kremlin pentagon reuters ap afp tass interfax xinhua sputnik ria bloomberg cnn bbc nbc abc cbs fox
  msnbc npr pbs nato un eu who imf opec fbi cia nsa dea atf ice nasa noaa faa ntsb fda cdc epa sec
  irs dhs doj ftc fcc amtrak google apple microsoft amazon facebook meta twitter tesla boeing airbus
  hamas hezbollah taliban isis isil wikileaks greenpeace unicef unesco unhcr wto icc icj asean
  gazprom rosneft huawei samsung toyota volkswagen exxon chevron walmart nhs kyodo yonhap ansa dpa
  efe itar-tass novosti ukrinform anadolu aljazeera al-jazeera politico axios whitehall downing
  vatican interpol europol frontex conservatives tories labour lib dems
  citigroup jpmorgan barclays hsbc ubs blackrock nomura evercore natwest lloyds
`);

/** Well-known firms whose names of two or three words would otherwise read as a person's ("Goldman Sachs", "Morgan Stanley"). */
export const KNOWN_FIRM_NAMES = new Set(["general motors", "general electric", "general mills", "general dynamics", "goldman sachs", "morgan stanley", "wells fargo", "bank of america", "deutsche bank", "credit suisse", "jpmorgan chase", "charles schwab", "edward jones", "raymond james", "bloomberg intelligence"]);

/** Lower-case heads of bodies that a capitalised name may lead: "the Commons work and pensions committee". */
export const NAMED_BODY_HEADS = new Set(["committee", "subcommittee", "department", "government", "council", "commission", "inquiry", "panel", "agency", "office", "authority", "executive"]);

/** Auxiliaries and finite forms of "be", "have" and "do": after a speech verb they make a reported clause ("said it was"); before one they rule out an inverted subject ("has urged X"). */
export const AUXILIARIES = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "could", "should", "can", "may", "might", "must", "did", "does", "do"]);

/** Nouns for someone's reply ("Mr Kingsley's response was swift", "a swift response from Mr Kingsley:"). */
export const RESPONSE_NOUNS = new Set(["response", "reply", "reaction", "answer", "retort", "verdict"]);

/** Nouns for a member of a party, which after "the" stand for a person met ("the Tory said", "the Lib Dem added"). */
export const PARTY_MEMBERS = words(`tory democrat republican dem`);

/**
 * Countries, which speak through their governments ("Russia said", "North Korea warned", "the U.S.
 * considers"); two-word names are written with a space.
 */
export const COUNTRY_NAMES = new Set([
  ...words(`
  russia china japan germany france britain uk u.k. us u.s. usa america israel iran iraq syria ukraine turkey india
  pakistan canada mexico brazil australia italy spain taiwan egypt afghanistan venezuela cuba poland hungary
  belarus georgia armenia azerbaijan qatar lebanon jordan libya yemen ireland scotland wales greece sweden norway
`),
  "north korea", "south korea", "united states", "united kingdom", "saudi arabia", "south africa", "new zealand",
]);

/**
 * Nouns that describe a person without naming them ("the actress said", "the widow said"), with the
 * gender they tell when they do. After "the" they refer back to someone the article has met.
 */
export const PERSON_DESCRIPTIONS: Readonly<Record<string, "M" | "F" | null>> = lookupTable({
  actress: "F", actor: null, star: null, singer: null, rapper: null, comedian: null, artist: null,
  woman: "F", man: "M", mother: "F", father: "M", mom: "F", mum: "F", dad: "M", wife: "F", husband: "M",
  girl: "F", boy: "M", daughter: "F", son: "M", sister: "F", brother: "M", grandmother: "F", grandfather: "M",
  widow: "F", widower: "M", grandma: "F", grandpa: "M", teen: null, teenager: null, "sixth-former": null, youngster: null,
  businessman: "M", businesswoman: "F", entrepreneur: null, founder: null, executive: null, interpreter: null,
  veteran: null, player: null, athlete: null, writer: null, author: null, director: null, filmmaker: null,
  musician: null, model: null, designer: null, investor: null, pilot: null, mogul: null,
  student: null, scientist: null, researcher: null, lawyer: null, doctor: null, politician: null, officer: null,
  fisherman: "M", skipper: null, chef: null, host: null, presenter: null, farmer: null, striker: null,
  midfielder: null, defender: null, goalkeeper: null, batsman: "M", bowler: null, golfer: null, driver: null,
  rider: null, boxer: null, fighter: null, swimmer: null, sprinter: null, runner: null, champion: null,
  nanny: "F", nurse: null, teacher: null, pensioner: null, schoolgirl: "F", schoolboy: "M", defendant: null,
  photographer: null, blogger: null, campaigner: null, activist: null, coach: null,
  soldier: null, footballer: null, cricketer: null, jockey: null, dancer: null, broadcaster: null, comic: null,
  rocker: null, celebrity: null, socialite: null, heiress: "F", billionaire: null, millionaire: null, tycoon: null,
  magnate: null, banker: null, novelist: null, journalist: null, academic: null, engineer: null, dentist: null,
  psychologist: null, psychiatrist: null, therapist: null, midwife: "F", monk: "M", nun: "F", bride: "F", groom: "M",
  fiancee: "F", fiancée: "F", fiance: "M", fiancé: "M", girlfriend: "F", boyfriend: "M", grandson: "M", granddaughter: "F",
  niece: "F", nephew: "M", uncle: "M", aunt: "F", cyclist: null, motorist: null, hiker: null, climber: null, diver: null,
  surfer: null, survivor: null, surrogate: "F", mourner: null, protester: null, protestor: null, refugee: null,
  resident: null, neighbour: null, neighbor: null, tenant: null, homeowner: null, passenger: null, commuter: null,
  shopper: null, worker: null, volunteer: null, witness: null, victim: null, landlord: "M", landlady: "F",
  producer: null, keeper: null, substitute: null, spinner: null, paceman: "M", seamer: null, batter: null,
  opener: null, "all-rounder": null, wicketkeeper: null, assistant: null, gaffer: null, winger: null,
  critic: null, reviewer: null, employee: null, staffer: null, retiree: null, trader: null, consultant: null,
  epidemiologist: null, virologist: null, immunologist: null, physicist: null, chemist: null, biologist: null,
  sociologist: null, philosopher: null, architect: null, pharmacist: null, programmer: null, columnist: null,
  commentator: null, pundit: null, influencer: null, customer: null, jurist: null,
  dutchman: "M", frenchman: "M", englishman: "M", irishman: "M", scotsman: "M", welshman: "M",
  dutchwoman: "F", frenchwoman: "F", englishwoman: "F", irishwoman: "F", scotswoman: "F", welshwoman: "F",
  // The tabloid compounds "mother-of-two", "father-of-three", "grandmother-of-five" ...
  ...Object.fromEntries(
    Object.entries({ mother: "F", father: "M", mum: "F", dad: "M", grandmother: "F", grandfather: "M", grandma: "F", grandad: "M", granddad: "M" }).flatMap(([noun, gender]) =>
      "one two three four five six seven eight nine ten eleven twelve".split(" ").map((n) => [`${noun}-of-${n}`, gender]),
    ),
  ),
});

/**
 * Nationality and regional nouns that stand for a person already met ("the Spaniard said", "the
 * Malawian told Al Jazeera", "said the New Zealander"); words that are only adjectives or mean a
 * whole people ("the French", "the Chinese") are left out.
 */
export const DEMONYMS = words(`
  afghan albanian algerian american angolan argentine argentinian armenian australian austrian
  azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian brit briton
  bulgarian burundian cambodian cameroonian canadian chadian chilean colombian congolese croat
  croatian cuban cypriot czech dane dominican ecuadorian egyptian emirati englishman englishwoman
  eritrean estonian ethiopian fijian filipino filipina finn frenchman frenchwoman gambian georgian
  german ghanaian greek guatemalan guinean haitian honduran hungarian icelander indian indonesian
  iranian iraqi irishman irishwoman israeli italian ivorian jamaican jordanian kazakh kenyan
  korean kosovan kuwaiti kyrgyz latvian lebanese liberian libyan lithuanian luxembourger
  macedonian malawian malaysian malian maltese mauritanian mexican moldovan mongolian montenegrin
  moroccan mozambican namibian nepali nepalese nicaraguan nigerian nigerien norwegian omani
  pakistani palestinian panamanian paraguayan peruvian pole portuguese qatari romanian russian
  rwandan salvadoran samoan saudi scot scotsman scotswoman senegalese serb serbian leonean
  singaporean slovak slovakian slovene slovenian somali somalian spaniard lankan sudanese swede
  swiss syrian taiwanese tajik tanzanian thai togolese tongan tunisian turk turkmen ugandan
  ukrainian uruguayan uzbek venezuelan vietnamese welshman welshwoman yemeni zambian zimbabwean
  kiwi aussie texan californian floridian londoner parisian muscovite bostonian
  chicagoan ohioan virginian minnesotan alaskan hawaiian quebecer ontarian queenslander
  tasmanian glaswegian liverpudlian mancunian geordie scouser yorkshireman dubliner
  zealander yorker democrat republican tory
  dutchman dutchwoman cornishman lancastrian catalan barbadian
`);

/** The gender a nationality noun tells: "Frenchman", "Scotswoman". */
export const demonymGender = (lower: string): "M" | "F" | null => (/woman$/.test(lower) ? "F" : /man$/.test(lower) && lower !== "german" ? "M" : null);

/** Plural or vague sources: an attribution to them is recognised but names nobody. */
export const VAGUE_SOURCES = words(`
  officials official sources source analysts analyst experts expert critics critic residents
  resident witnesses witness observers people police investigators authorities organizers
  organisers others some many several diplomats diplomat aides aide insiders insider
  supporters opponents lawmakers legislators democrats republicans activists protesters
  protestors doctors scientists researchers economists members member spokesman spokeswoman
  spokesperson someone person statement statements report reports media press respondents minutes
  participants users commenters readers viewers authors prosecutors lawyers attorneys officers agents
  judges nurses teachers parents workers employees physicians man woman boy girl
  ministers mps senators politicians leaders campaigners councillors officers executives bosses
  unions investors traders students fans locals villagers neighbours neighbors relatives families
  victims survivors passengers shoppers customers patients pupils staff volunteers rescuers
  friends friend colleagues colleague allies ally voters voter rivals backers backbenchers
`);

/**
 * Lower-case nouns that a place or other proper noun modifies when it stands right before them
 * ("an East Flatbush resident", "Brooklyn police", "Harris County officials"): the capitalised
 * words before them are then not a person's name.
 */
export const MODIFIED_NOUNS = words(`
  resident residents native natives area areas neighborhood neighbourhood neighborhoods borough
  county counties district districts region suburb suburbs town village police officials official
  authorities lawmakers legislators voters locals community communities man woman men women boy girl
  boys girls teen teens teenager teenagers couple family families student students fans
  firefighters troops prosecutors investigators schools hospitals streets street border coast
  camp camps rally rallies
`);

/** Last words of the names of buildings and places ("Trump Tower", "Heathrow Airport"), which are no person's. */
export const PLACE_HEADS = words(`
  tower towers hotel building center centre street avenue road boulevard square plaza bridge
  airport station stadium arena palace cathedral museum mall prison jail
  act bill treaty accord convention amendment protocol
`);

/** Words that name places, times or things and so are never part of a person's name. */
export const NON_NAME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
  pyongyang beijing tehran kyiv seoul taipei damascus riyadh islamabad kabul baghdad
  january february march april may june july august september october november december
  jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
  the a an this that these those it its he she they we i you his her their our my your
  but and or nor so yet for if when while as after before since until because although though
  in on at by from with without into onto over under about against between during through
  according asked told said says meanwhile however moreover also still yet then now here there even
  what who whom whose which where why how all both each every some any no not
  u.s. us u.k. uk u.n. un eu america american americans usa united states kingdom nations
  russia russian russians moscow kremlin china chinese beijing japan japanese tokyo korea korean
  north south east west northern southern eastern western central new old great
  germany german berlin hamburg france french paris britain british london england english
  europe european asia asian africa african syria syrian damascus iran iranian tehran iraq
  iraqi baghdad israel israeli jerusalem ukraine ukrainian kyiv kiev turkey turkish ankara
  india indian delhi pakistan pakistani canada canadian mexico mexican brazil brazilian
  australia australian italy italian rome spain spanish madrid washington york california
  texas florida white house senate congress parliament government ministry department
  state states city county district republic democratic republican democrat party
  christmas thanksgiving easter ramadan internet twitter facebook
  g-20 g20 g-7 g7 nato isis
  hong kong taiwan singapore scottish welsh irish canadians mexicans australians europeans
  swedish danish norwegian finnish dutch belgian austrian polish czech hungarian greek portuguese
  saudi emirati qatari vietnamese indonesian malaysian nigerian kenyan argentine chilean colombian
`);

/**
 * Words of NON_NAME_WORDS that are also surnames ("Theresa May", "Kate York", "Kanye West", "Betty
 * White", "Denzel Washington"): right after a first name they end a person's name.
 */
export const SURNAMES_AMONG_NON_NAME_WORDS = words(`
  may april june august york west north white english french washington london paris rome house
  german england berlin israel irish welsh
`);

/** Common sentence-initial words that are capitalised only because they start a sentence. */
export const SENTENCE_STARTERS = words(`
  the a an this that these those it its he she they we i you his her their our my your there
  here but and or so yet for if when while as after before since until because although though
  in on at by from with without into over under about during through after also then now
  meanwhile however moreover still talks asked speaking earlier later last next even
  it's that's there's what who which where why how all both each every some many most several
  no not one two three four five six seven eight nine ten
  apparently reportedly allegedly unfortunately fortunately luckily sadly surprisingly
  interestingly obviously clearly additionally eventually finally initially ultimately recently
  previously currently separately instead indeed perhaps maybe sometimes today yesterday
  once unless whether whenever wherever nonetheless nevertheless otherwise besides despite
  other another such back following
`);

/** Name particles allowed in the middle of a name ("Ursula von der Leyen", "Bashar al-Assad"). */
export const NAME_PARTICLES = words(`de da van von der den bin ibn al el le la di du dos del ter`);

/** Abbreviations that end with a full stop which does not end a sentence. */
export const ABBREVIATIONS = words(`
  mr mrs ms dr st sen rep gov gen lt col capt sgt adm maj cmdr prof rev jr sr no vs etc inc corp co cos
  ltd jan feb mar apr jun jul aug sep sept oct nov dec fig approx dept est mt ft gen pres supt det
`);

/** Days of the week, which are no part of a name ("On Thursday Mr Blair said"). */
export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday`);

/** Offices written as initials ("the PM", "the CM said"), spelt out. */
export const OFFICE_ABBREVIATIONS: Readonly<Record<string, string[]>> = { pm: ["prime", "minister"], cm: ["chief", "minister"], fm: ["first", "minister"], ceo: ["chief", "executive"] };

/**
 * First names borne by many men and many women ("Jan Berry", "Kim Howells", "Chris Evans"): they
 * mark a person, but no gender is guessed from them.
 */
export const UNISEX_FIRST_NAMES = new Set(["jan", "kim", "jordan", "taylor", "ashley", "alex", "robin", "jamie", "pat", "charlie", "sandy", "leslie", "nicky", "toni", "frankie", "casey", "lindsey", "lindsay"]);

/** Common first names with their usual gender, used to spot people and resolve "he"/"she". */
export const FIRST_NAMES: Record<string, "M" | "F"> = lookupTable(Object.fromEntries([
  ...`james john robert michael william david richard joseph thomas charles christopher daniel matthew
  anthony mark donald steven steve paul andrew joshua josh kenneth kevin brian george timothy ronald
  edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
  benjamin ben samuel gregory greg alexander frank patrick raymond jack dennis jerry tyler aaron jose
  adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry
  austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe
  logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley
  philip phil eugene louis harry howard fred tom tim mike bill bob jim joe chris dan matt tony nick
  ted rick rex todd chad kent shane kieran luis carlos miguel pedro antonio manuel francisco rafael
  vladimir dmitry dmitri sergei sergey alexei alexey mikhail ivan nikolai boris igor yuri andrei
  viktor oleg pavel volodymyr petro emmanuel francois jean pierre jacques nicolas olaf helmut
  gerhard hans klaus wolfgang friedrich xi li wang hu jiang deng kim moon shinzo fumio
  narendra recep tayyip bashar hassan ali mohammed muhammad ahmed mahmoud abdullah omar khalid
  benjamin benny yair naftali ehud shimon barack bernie mitch chuck kamala mike rudy rudolph rex
  hillary ron rand marco ted lindsey jared stephen sean reince anthony jim tony rishi keir boris
  theresa tony gordon david liam noah oliver elias lucas leo hugo felix max oscar jan lars sven
  giorgia mario matteo silvio enrico pedro mariano jair lula luiz andres manuel justin stephen
  malcolm scott kevin anthony jacinda chris recep abiy cyril jacob nelson thabo robert emmerson
  paul yoweri uhuru william mohamed seqret abdel fattah salman mohammed bin jared ivanka dwight
  elon jeff warren tim sundar satya mark sam larry sergey steve bill lloyd antony
  ashton pete merrick alejandro rob dick colin hank
  leo ray sam ahmed karim omar tariq hamid reza ali yusuf ibrahim mustafa emre mehmet
  jan piotr tomasz marek pawel andrzej jakub lukas jonas felix niklas tobias sebastian
  matthias stefan jurgen dieter franz karl marco luca giuseppe giovanni alessandro paolo
  diego javier sergio fernando alberto ricardo eduardo jorge hector raul ramon enrique
  hiroshi takeshi kenji yoshihide taro wei jun hao ming jae-in seok min-jun rahul amit
  vikram arjun sanjay rajesh suresh ravi kwame kofi chidi emeka oluwaseun tunde
  liam connor declan sean patrick niall eoin ciaran owen rhys gareth dafydd callum euan
  fraser hamish angus dave andy pete joey danny jimmy johnny ricky robbie stevie
  neil nigel graham trevor clive derek keith barry gavin craig dean lee
  julian marcus darryl darrell desmond curtis rajiv hamza jalen zoran ian duncan stuart stewart kenny ken alastair alistair ross martin simon adrian geoff geoffrey hugh giles tristan rupert piers toby jonny norman vince denis stanley leonard herbert cecil reginald sidney percy victor roland herman otto emil ahmad hussein hussain imran nawaz asif faisal khaled youssef anwar jamal dwayne tyrone darnell andre lamar terrell cedric calvin clarence clifford eddie edwin elliot elliott evan floyd glenn glen grant harvey isaac jake jerome joel julius lance leon lewis lionel luke marvin maurice melvin mitchell neville nathaniel perry phillip quentin rodney ronnie seth shaun spencer teddy terrence theo theodore travis troy vernon wesley xavier zach kurt kirk brett bret brent damien damian darren dominic ewan fergus gerry gerard gregor jeremiah jonah kane lachlan marc rory wade anton arnold benedict bernard conor cormac donal enda graeme ollie paddy tadhg alfie archie freddie reggie ronan stan len bert ernie alf dermot seamus brendan kieron ahmet mehdi nabil rashid samir walid yasser abdul jaime ramesh rakesh anil sunil vijay manoj deepak ashok pradeep nikhil rohit aditya wilbur wilfred godfrey clement jasper rufus barnaby crispin`.trim().split(/\s+/).map((n) => [n, "M"]),
  ...`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
  margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
  stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
  nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
  heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
  megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice
  jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
  theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla latasha
  hillary kamala nancy elizabeth theresa angela ursula christine marine segolene federica
  jacinda julia golda indira benazir ing-wen yulia svetlana natalia
  olga irina tatiana maria elena anastasia ekaterina marina giorgia liz priti nicola ruth
  sanna mette kaja annalena frauke condoleezza madeleine samantha susan nikki sarah kellyanne
  hope ivanka melania michelle jill kirstjen gina betsy elaine kristjen alexandria ilhan
  rashida ayanna lisa susan dianne kirsten amy tammy marsha joni cindy shelley kristi
  greta malala oprah beyonce taylor serena venus simone megan meghan kate camilla anne
  diane marie-claude sylvie isabelle claire sophie chloe laura lucia carmen pilar
  jane lucy amelia ava mia zoe ella lily sofia eva ewa priya lina kerry dana ellen fiona
  nina vera ingrid astrid greta hanna johanna leonie lena mariam fatima aisha leila yasmin
  sunita anjali deepa mei ying yuki keiko hana ji-woo min-ji rosa ana lucia gabriela daniela
  paula beatriz ines sinead siobhan niamh aoife bridget maureen colleen erin kathy debbie
  tina wendy gail jackie jill joy kim-ly penny holly ivy june april molly polly sally
  carla karla marta erika monika silvia alicia cristina adriana leticia lourdes consuelo bianca francesca chiara giulia alessandra antonia valentina camila mariana fernanda juliana luisa
  amira jenna renee maya rhonda lorraine ayesha zara sue susie jo joanne joanna louise katie tracey tracy stacey stacy nadine natasha tasha gemma harriet rosie rosemary beatrice imogen jemima esther miriam naomi rachael yvonne yvette valerie sheila pauline glenda gwen irene iris janine jeanette josephine josie kirsty kristina lynn lynne mandy marjorie maxine melanie mildred miranda monica nora norma peggy phyllis rita roberta roxanne shannon sheryl stella sylvia tamara tanya tara terri tessa thelma tiffany trisha vanessa veronica vivienne wanda yolanda jenny jess jessie lydia louisa lorna moira nadia philippa pippa caroline cathy clare clara daisy dawn edith eileen eleanor eloise eliza erica faye felicity flora freya georgina gillian hayley heidi helena hilary isobel isabel jade jasmine jodie kayleigh keira lara leah lottie lucinda mabel margot marion martina matilda meg millie nell poppy rowena shona sian suzanne tabitha violet beth bethany hattie amina farah khadija noor rania salma samira zainab zahra harriet marianne rosalind deirdre geraldine bernadette carmel roisin grainne una agnes winifred edna ethel gladys mavis muriel doreen babs lesley`.trim().split(/\s+/).map((n) => [n, "F"]),
]));
