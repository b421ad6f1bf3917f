"""Word lists the rules read: titles, trigger verbs and nouns, modality cues.

Rules are data where they can be: every list here is about English grammar
and the diplomacy domain, never about a particular article.
"""

from __future__ import annotations

#: Offices whose holder is a head of state or government (a `Leader`).
LEADER_TITLES = {
    "president": "President",
    "prime minister": "Prime Minister",
    "premier": "Premier",
    "chancellor": "Chancellor",
    "king": "King",
    "queen": "Queen",
    "emperor": "Emperor",
    "empress": "Empress",
    "sultan": "Sultan",
    "emir": "Emir",
    "amir": "Amir",
    "monarch": "Monarch",
    "supreme leader": "Supreme Leader",
    "taoiseach": "Taoiseach",
    "head of state": "Head of State",
    "head of government": "Head of Government",
}

#: Heads' titles in the plural, shared by the names after them ("Presidents A of X and B of Y").
PLURAL_LEADER_TITLES = {"presidents": "President", "prime ministers": "Prime Minister", "premiers": "Premier",
                        "chancellors": "Chancellor"}

#: National offices below the head of government: with a nation they make a `Leader` too.
GOVERNMENT_TITLES = {
    "vice president": "Vice President",
    "vice premier": "Vice Premier",
    "deputy prime minister": "Deputy Prime Minister",
    "foreign minister": "Foreign Minister",
    "minister": "Minister",
    "defence minister": "Defence Minister",
    "defense minister": "Defense Minister",
    "secretary of state": "Secretary of State",
    "secretary": "Secretary",
    "trade representative": "Trade Representative",
    "ambassador": "Ambassador",
    "envoy": "Envoy",
    "crown prince": "Crown Prince",
}

#: Nouns that, like a title, introduce the name after them ("his Ugandan counterpart Ana Ruiz").
COUNTERPART_WORDS = {"counterpart", "counterparts"}
#: The other side of a visit, named as one's counterpart is ("gifted his Ruritanian guest a carpet").
GUEST_WORDS = {"guest", "host"}

#: Titles that say who a person is, never that they act for a nation.
OTHER_TITLES = {
    "secretary-general": "Secretary-General",
    "secretary general": "Secretary-General",
    "prince": "Prince",
    "princess": "Princess",
    "first lady": "First Lady",
    "senator": "Senator",
    "governor": "Governor",
}

#: Titles and words that name a person as someone's spouse, whom a bare surname does not mean.
SPOUSE_TITLES = {"first lady", "first gentleman", "wife", "husband", "spouse"}

TITLES = {**LEADER_TITLES, **GOVERNMENT_TITLES, **OTHER_TITLES}
NATIONAL_TITLES = set(LEADER_TITLES.values()) | set(GOVERNMENT_TITLES.values())
#: Offices that take a department in front: "Treasury Secretary", "Finance Minister".
DEPARTMENT_TITLES = {"Minister", "Secretary", "Envoy", "Ambassador"}
#: At most this many department words before such an office ("Foreign Affairs Minister").
LONGEST_DEPARTMENT = 2
#: Department words that make an office a national one in lower case too, as many papers write it
#: ("Ruritania's foreign secretary Ana Ruiz", "the finance minister").
DEPARTMENT_WORDS = {"foreign", "affairs", "finance", "trade", "defence", "defense", "home", "interior", "health",
                    "energy", "economy", "agriculture", "education", "environment", "justice", "treasury",
                    "commerce", "transport", "labour", "labor", "culture", "tourism", "industry", "development",
                    "planning", "mines", "petroleum", "fisheries", "information", "security"}


def is_national(title: str) -> bool:
    """Whether an office acts for a nation: a leader's or government title, with or without
    a department ("Secretary of State", "Treasury Secretary", "Minister of Foreign Affairs")."""
    words = title.split(" ")
    return title in NATIONAL_TITLES or (len(words) > 1 and DEPARTMENT_TITLES & {words[0], words[-1]} != set())

#: Last words that make a name a place's, a body's, a group's or an honour's, never a person's,
#: whatever the model tagged ("Ana Soto County", "Ruiz Memorial Fund", "Chief Data Officers", "the
#: Ana Soto Award").
PLACE_AND_BODY_ENDS = {"county", "city", "province", "district", "state", "island", "islands", "river",
                       "street", "avenue", "square", "port", "valley", "airport", "fund",
                       "bank", "agency", "ministry", "department", "council", "committee", "commission",
                       "corporation", "company", "university", "college", "school", "institute",
                       "foundation", "center", "centre", "hospital", "museum", "memorial", "monument", "library",
                       "officers", "officials", "members", "leaders", "workers", "partners", "directors",
                       "ministers", "secretaries", "ambassadors", "commissioners", "governors", "mayors",
                       "award", "prize", "medal", "trophy", "scholarship", "fellowship", "lecture",
                       "advisory", "capital", "securities", "group", "holdings", "administration", "government"}
#: Words that make a name an honour's wherever they stand in it ("the Ana Soto Award for Outstanding
#: Service": the model may tag the honour, up to its last word, as a person).
HONOUR_WORDS = {"award", "prize", "medal", "trophy"}
#: First words of a name that make it a place's or a title's, not a person's ("Palazzo Chigi", "Il
#: Giornale", "The Ruiz Times"): a person's name opens with neither a building nor an article.
NOT_PERSON_OPENERS = {"palazzo", "palacio", "palais", "villa", "casa", "schloss", "castle", "fort", "mount",
                      "lake", "the", "il", "der", "die", "das", "los", "las", "les"}
#: A crown's titles: "the monarch" is the article's one holder of any of them.
ROYAL_TITLES = {"King", "Queen", "Emperor", "Empress", "Sultan", "Emir", "Amir", "Monarch"}
#: Titles followed by the given name, not the family name ("Sheikh Rashid" of "Rashid bin Saeed Al
#: Ruiz", "King Tomas" of "Tomas Ruiz").
GIVEN_NAME_TITLES = {"sheikh", "sheik", "emir", "sultan", "king", "queen", "prince", "princess"}
#: Currency units: a nation's name before one ("US dollars", "Hong Kong dollars") names the
#: currency, not the nation as a party.
CURRENCY_UNITS = {"dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "peso", "pesos", "rupee",
                  "rupees", "franc", "francs", "shilling", "shillings", "krone", "kroner", "krona", "kronor",
                  "real", "reais", "rand", "won", "ruble", "rubles", "rouble", "roubles", "lira", "dinar", "dinars",
                  "riyal", "riyals", "dirham", "dirhams", "taka", "naira", "cedi", "cedis", "ringgit", "baht"}
#: Styles of address ("His Excellency", "Her Majesty", "His Royal Highness"): "his" or "her" before one
#: is part of the style, not a pronoun that refers back.
STYLES_OF_ADDRESS = {"excellency", "majesty", "highness", "holiness", "eminence"}
#: Words that may open a person's name span but are not part of the name.
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lady", "lord", "first", "his", "her",
              "majesty", "highness", "excellency", "royal", "sheikh", "sheikha", "emir", "sultan", "president", "king",
              "queen", "prince", "princess", "emperor", "chancellor", "premier", "prime",
              "minister", "secretary", "general", "ambassador", "senator", "governor", "pm"}
LONGEST_TITLE = max(len(t.split()) for t in TITLES)

#: Adjectives that may sit between a nation and a title ("Norway's new prime minister").
TITLE_MODIFIERS = {"new", "late", "former", "then", "current", "incoming", "outgoing",
                   "acting", "interim", "elected", "newly", "first", "female", "sitting", "visiting"}

#: Title modifiers that mean the person no longer holds the office.
FORMER = {"late", "former", "then", "outgoing"}

AGREEMENT_NOUNS = {"agreement", "deal", "pact", "accord", "treaty", "memorandum", "mou",
                   "declaration", "framework", "arrangement", "protocol", "charter",
                   "communique", "communiqué", "convention", "compact", "partnership",
                   "ceasefire", "truce", "contract", "roadmap", "understanding"}
#: Agreement nouns that name a concluded text even with no signing verb ("their trade agreement").
CONCLUDED_NOUNS = {"agreement", "deal", "pact", "accord", "treaty", "ceasefire", "truce", "memorandum", "mou"}
#: Words that make an agreement one still to be made ("a proposed deal", "talks toward an accord").
UNMADE = {"proposed", "possible", "potential", "future", "draft", "planned", "hoped", "envisaged",
          "prospective", "eventual", "toward", "towards", "for", "on", "about", "over", "against"}
#: Nouns whose "of/toward/for + gerund" names an aim, not a deed ("the importance of reaching a
#: ceasefire", "efforts toward concluding a deal").
AIM_NOUNS = {"importance", "need", "necessity", "prospect", "possibility", "hope", "goal", "aim", "chance",
             "effort", "way", "path", "push", "bid", "urgency", "priority", "objective", "view", "call"}
AGREEMENT_VERBS = {"sign", "ink", "conclude", "reach", "strike", "forge", "seal",
                   "finalize", "finalise", "initial", "ratify", "adopt", "agree", "clinch",
                   "broker", "endorse", "approve", "announce", "unveil",
                   "exchange", "renew", "extend"}  # "exchanged memoranda", "renewed their fisheries deal"
#: What else two sides agree on that is a deal between them ("agreed on a plan to cut tariffs").
AGREED_NOUNS = {"plan", "package", "terms", "text", "roadmap", "timetable", "compromise", "settlement",
                "arrangement", "formula", "border", "boundary"}

#: Verbs whose subjects see their officials sign ("witnessed the signing of five agreements"): the
#: subjects' sides are the parties, though none of them signs.
WITNESS_VERBS = {"witness", "oversee", "preside", "attend"}
#: Agreement verbs whose subject made the deal happen between others ("brokered a deal between A and B").
BROKER_VERBS = {"broker", "mediate", "facilitate"}

GIFT_VERBS = {"give", "present", "gift", "hand", "bestow", "donate", "shower"}
#: Verbs whose subject is the recipient ("received the king's present", "accepted a gift from X").
RECEIVE_VERBS = {"receive", "accept", "get"}
#: Words that say a thing sent or received is a gift.
GIFT_WORDS = {"gift", "gifts", "present", "presents", "return", "souvenir", "token", "keepsake", "memento"}
#: Verbs that give a gift only where the sentence says it is one, with the words that say so:
#: "sent her a football in return", "brought him a guitar as a gift", "offered him a book as a
#: present" (an offer "in return for" something is a bargain).
GIFT_IF_SAID = {"send": GIFT_WORDS, "bring": GIFT_WORDS, "offer": GIFT_WORDS - {"return"}}
#: "I am delighted to present ...": the act happens as it is said, it is not a promise.
PERFORMATIVE_ADJECTIVES = {"delighted", "pleased", "honored", "honoured", "proud", "happy", "glad",
                           "thrilled", "privileged"}
#: Nouns that only say "a gift", never what it was.
GENERIC_GIFTS = {"gift", "gifts", "present", "presents", "token", "souvenir", "souvenirs"}

#: Verbs whose complement is a promise ("pledged to increase ...").
PLEDGE_VERBS = {"pledge", "promise", "vow", "commit", "undertake", "guarantee", "agree",
                "offer", "resolve", "swear"}
#: Word forms the model's lemmatizer gets wrong, by their right lemma ("hopes" -> "hop").
LEMMA_FIXES = {"hope": ("hope", "hopes", "hoped", "hoping"), "memorandum": ("memoranda", "memorandums"),
               "mou": ("mous",), "slate": ("slated",)}
#: Lemmas set only before certain words: "a memo of understanding" is a memorandum (a bare "memo" is
#: often an order a leader signs, no agreement).
LEMMA_FIXES_BEFORE = {"memorandum": (("memo", "memos"), ("of", "understanding"))}
#: Verbs and nouns whose complement is an intention ("intends to", "her intention to"). Hopes,
#: wishes and expectations ("hopes to finalize", "is expected to get") are no undertaking.
INTENT_VERBS = {"intend", "plan", "aim", "prepare", "decide"}
WISH_VERBS = {"seek", "hope", "expect", "want", "wish"}
#: Auxiliaries that make an act a guess, not a promise ("may be planning to send").
HEDGES = {"may", "might", "could"}
#: Acts of giving, doing or refraining a party can undertake: a bare "will" or a stated plan is a
#: promise only for these ("will provide", "plans to build"); "will visit", "will decide", "will
#: chair" and "would fuel" are itineraries, schedules and predictions.
UNDERTAKING_VERBS = {
    # giving and paying
    "provide", "give", "gift", "deliver", "supply", "send", "donate", "contribute", "fund", "finance",
    "invest", "pay", "deposit", "lend", "grant", "extend", "allocate", "spend", "earmark", "offer", "sell",
    "buy", "purchase", "import", "export", "ship", "transfer", "hand", "share", "forgive", "waive",
    "write", "cancel", "compensate", "subsidize", "subsidise", "match", "double", "triple", "bear", "cover",
    "shoulder",
    # building and doing
    "build", "construct", "rebuild", "reconstruct", "open", "establish", "create", "set", "launch",
    "develop", "expand", "increase", "raise", "boost", "strengthen", "deepen", "enhance", "improve",
    "modernize", "modernise", "renovate", "refurbish", "repair", "rehabilitate", "install", "drill", "explore",
    "produce", "deploy", "station", "dispatch",
    "train", "equip", "arm", "host", "welcome", "accept", "admit", "resettle", "relocate", "move",
    "evacuate", "release", "free", "return", "restore", "resume", "reopen", "normalize", "normalise",
    "continue", "maintain", "keep", "hold", "stand", "back", "support", "help", "assist", "aid",
    "protect", "defend", "secure", "guarantee", "ensure", "safeguard", "cooperate", "coordinate",
    "collaborate", "work", "partner", "join", "accede", "sign", "ratify", "implement", "enforce",
    "adopt", "approve", "pass", "enact", "reform", "modify", "amend", "democratize", "democratise",
    "recognize", "recognise", "nominate", "mediate", "negotiate", "resolve", "settle", "facilitate",
    "promote", "pursue", "tackle", "combat", "counter", "prevent", "verify", "allow", "permit",
    "respect", "honor", "honour", "uphold", "abide", "comply", "observe", "commit", "dedicate",
    "redouble", "overhaul", "bolster", "utilize", "utilise", "intensify", "expedite", "accelerate",
    "advance", "step", "scale", "ramp", "mobilize", "mobilise", "unlock", "fulfil",
    "fulfill", "achieve", "upgrade", "renew", "replenish", "restructure",
}
#: Acts of refraining and undoing: undertakings too, and against a hostile object a concession
#: ("lift the sanctions", "end the blockade"), not a use of force.
UNDOING_VERBS = {
    "lift", "ease", "remove", "eliminate", "cut", "reduce", "lower", "limit", "cap", "freeze",
    "halt", "stop", "end", "cease", "refrain", "renounce", "dismantle", "disarm", "decommission",
    "abolish", "scrap", "drop", "phase", "pull", "withdraw", "close", "waive", "suspend", "relax",
}
UNDERTAKING_VERBS |= UNDOING_VERBS
#: Last words of organisation names that name a programme or a document, not a party that can
#: promise ("the Clean Ports Initiative will build ...": the programme's aim, not an undertaking).
PROGRAMME_WORDS = {"initiative", "program", "programme", "project", "framework", "plan", "strategy",
                   "act", "agenda", "guidelines", "roadmap", "model", "pipeline", "challenge"}
#: Objects that make an act a schedule item ("will host a dinner", "will deliver remarks", "will
#: send a message").
EVENT_NOUNS = {"dinner", "lunch", "breakfast", "reception", "ceremony", "event", "conference", "remark", "remarks",
               "speech", "address", "statement", "briefing", "keynote", "toast", "roundtable", "session",
               "audience", "interview", "visit", "tour", "trip", "message", "letter", "invitation", "greeting",
               "exhibition", "exhibit", "fair", "festival", "expo", "parade", "wreath"}
#: Verbs of praise whose object, when it is one of `PRAISED_NOUNS`, is honoured, not undertaken
#: ("will recognize the commitments made by 300 firms", "will celebrate their achievements").
PRAISING_VERBS = {"recognize", "recognise", "welcome", "celebrate", "commend", "salute", "acknowledge",
                  "applaud", "highlight", "showcase", "spotlight"}
PRAISED_NOUNS = {"commitment", "contribution", "effort", "achievement", "accomplishment", "work", "service",
                 "sacrifice", "leadership", "dedication", "success", "progress", "winner", "recipient",
                 "honoree", "finalist", "champion", "hero", "leader", "partner", "organization"}
#: Vehicles that carry out a policy, not parties that promise ("the Clean Energy Accelerator will invest").
MECHANISM_WORDS = {"accelerator", "facility", "mechanism", "platform", "network", "dialogue", "workplan", "hub"}
#: What parties agree on that is a shared view, not an act ("agreed on the importance of ...").
VIEW_NOUNS = {"importance", "need", "necessity", "value", "significance", "urgency", "principle", "principles",
              "view", "assessment"}
#: Acts that are no undertaking even after "pledged to": travel, schedules, talk and receiving
#: ("vowed to visit", "agreed to discuss", "promised to get").
NOT_UNDERTAKINGS = {"visit", "travel", "tour", "attend", "arrive", "fly", "go", "come", "meet",
                    "chair", "air", "broadcast", "decide", "discuss", "talk", "speak", "consider",
                    "review", "study", "look", "see", "try", "get", "receive", "obtain", "gain",
                    "win", "benefit", "fuel", "suffer", "announce", "say", "tell"}
INTENT_NOUNS = {"intention", "plan", "plans", "intent", "commitment", "pledge", "promise", "determination",
                "readiness", "willingness"}
#: Nouns of a plan whose "for + gerund" is a promise when it counts or sums what it gives ("its
#: framework for sharing 80 million doses"; "a strategy for countering X" is an aim).
PLAN_NOUNS = {"plan", "plans", "framework", "strategy", "roadmap"}
#: Intent nouns that name a quality ("admired her determination to grow") unless declared with
#: one of `DECLARING_VERBS` ("stating its determination to push through reforms").
RESOLVE_NOUNS = {"determination", "resolve"}
DECLARING_VERBS = {"state", "express", "declare", "affirm", "reaffirm", "reiterate", "restate", "confirm",
                   "underline", "underscore", "stress", "voice"}
#: Nouns of an aim that is a plan when it is a sum to reach ("the goal of mobilizing $200 billion").
GOAL_NOUNS = {"goal", "target", "aim", "objective"}
#: Adjectives of readiness: "is committed to opening", "is prepared to lift", "is willing to".
READY_ADJECTIVES = {"committed": "pledged", "determined": "pledged", "resolved": "pledged",
                    "prepared": "intended", "willing": "intended", "ready": "intended",
                    "eager": "intended", "keen": "intended"}
#: Nouns naming a promised transfer or help ("the donation of 17 million doses to ...").
COMMITMENT_NOUNS = {"donation", "delivery", "support", "assistance", "aid", "grant", "loan",
                    "contribution", "funding", "investment", "package", "relief", "financing",
                    "pledge", "commitment", "allocation", "shipment", "transfer"}
#: Nouns naming an act a party commits itself to ("committed to the construction of a bridge").
ACT_NOUNS = {"construction", "implementation", "building", "establishment", "creation", "provision", "deployment",
             "reduction", "withdrawal", "release", "opening", "expansion", "elimination", "removal", "reform",
             "purchase", "completion", "restoration", "resumption", "repatriation", "rehabilitation",
             "reconstruction", "modernisation", "modernization", "upgrade", "upgrading", "procurement",
             "destruction", "dismantling", "ratification", "extension"}
#: Commitment nouns that, with no sum and no announcing verb, state a stance rather than a transfer
#: ("reaffirmed their support for Peru's sovereignty").
STANCE_NOUNS = {"support", "commitment", "pledge"}
#: Verbs that put such a noun on record ("announced a $310 million package").
ANNOUNCE_VERBS = {"announce", "pledge", "unveil", "commit", "offer", "promise", "provide",
                  "confirm", "approve", "allocate", "extend", "deliver", "donate", "make",
                  "launch", "earmark", "release", "send"}

#: Verbs by which a budget puts a sum on record ("the FY 2025 Budget includes $2 billion for X"):
#: a government's budget proposes what it means to spend (an intended commitment: a legislature decides).
BUDGET_VERBS = {"include", "request", "propose"}
BUDGET_NOUNS = {"budget"}
#: Legislatures a government asks for the money it means to spend ("request $60 million from Congress").
LEGISLATURES = {"congress", "parliament", "legislature", "diet", "senate", "assembly", "bundestag", "duma"}
#: Verbs that tell a delivery: in the past or present tense ("provided $5 million", "provides
#: grants", "its grant was disbursed") they report what was done, not what is promised.
DELIVERY_VERBS = {"provide", "deliver", "send", "release", "make", "extend", "donate", "allocate", "disburse", "spend",
                  "pay", "transfer"}
#: Nouns whose "that" clause says what they claim ("denied a report that Peru had pledged ..."),
#: though the parser often hangs it as a relative clause.
CLAIM_NOUNS = {"report", "reports", "claim", "claims", "allegation", "allegations", "rumour", "rumours", "rumor",
               "rumors", "suggestion", "suggestions", "speculation", "assertion", "accusation", "accusations"}
#: Verbs that report a promise made in a complement clause ("confirmed that Norway would ...").
REPORT_VERBS = {"confirm", "announce", "say", "state", "declare", "affirm", "reaffirm",
                "assure", "tell", "pledge", "promise", "vow",
                # news copy's "..., he added / stressed / noted"
                "add", "stress", "emphasise", "emphasize", "reiterate", "insist", "explain", "note",
                # and what a leader posts ("tweeted that ...", "wrote on X that ...")
                "tweet", "write", "post"}
#: Verbs that never make a promise with a bare "will" ("you will be great", "it will see").
NOT_PROMISES = {"be", "have", "do", "say", "tell", "see", "look", "need", "come", "go", "seem",
                "become", "remain", "happen", "know", "think", "believe", "want", "like", "feel",
                "get", "find", "face", "take", "make", "let", "try", "depend", "mean", "lose",
                # talk about talking is no promise
                "discuss", "talk", "speak", "review", "consider", "address", "hold"}
#: Adverbs that make a future act a forecast, not a promise ("will probably increase").
PREDICTION_ADVERBS = {"probably", "likely", "possibly", "perhaps", "maybe", "presumably", "eventually",
                      "inevitably"}
#: People whose "X will ..." is their forecast of others, never a party's promise ("analysts said").
COMMENTATORS = {"analyst", "expert", "economist", "observer", "critic", "commentator", "pundit",
                "forecaster", "strategist", "investor", "trader", "poll", "survey", "scholar",
                "academic", "professor", "researcher", "columnist"}
#: Verbs that only say how an act goes on ("will keep pressing", "will continue its strikes"):
#: the act is their complement or object.
ASPECT_VERBS = {"keep", "continue", "start", "begin", "resume", "carry"}
#: Objects that make an act a use of force, never a pledge ("will continue its air strikes").
HOSTILE_NOUNS = {"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "bombing", "bombings",
                 "bombardment", "offensive", "raid", "raids", "shelling", "missile", "missiles", "rocket",
                 "rockets", "sanction", "sanctions", "war", "invasion", "assault", "hostilities",
                 "satellite", "incursion", "incursions", "blockade", "embargo", "tariff", "tariffs"}
#: Flows to another party: stopping or cutting them is pressure, not a concession ("will cut gas
#: deliveries to X by half"), unlike cutting tariffs or emissions.
SUPPLY_NOUNS = {"supply", "supplies", "delivery", "deliveries", "aid", "assistance", "funding", "export", "exports",
                "shipment", "shipments", "flow", "flows", "loan", "loans", "credit", "gas", "oil", "electricity"}
#: What one accepts that makes the accepting an agreement to act ("accepted a Ruritanian offer to ...").
PROPOSAL_NOUNS = {"offer", "proposal", "plan", "terms", "deal", "agreement", "ceasefire", "truce", "compromise",
                  "settlement", "request", "demand", "demands", "conditions", "package"}
#: Things offered that are courtesies, not undertakings ("offered his condolences").
COURTESY_NOUNS = {"condolence", "condolences", "congratulations", "thanks", "apology", "apologies",
                  "sympathy", "sympathies", "prayers", "praise", "greetings", "regards", "wishes",
                  "view", "views", "opinion", "explanation", "excuse", "comment", "comments", "word", "words",
                  # hospitality ("offering him a sip of wine")
                  "sip", "drink", "toast", "cup", "glass", "meal", "seat", "handshake", "hug"}
#: What every state visit is said to be for ("will visit Peru to deepen ties"): a trip's stated
#: purpose about these is the trip's courtesy, not an undertaking.
RELATION_NOUNS = {"tie", "ties", "relation", "relations", "relationship", "relationships", "bond", "bonds",
                  "friendship", "partnership", "understanding", "goodwill", "trust", "cooperation", "exchanges",
                  "communication", "dialogue"}
#: Verbs of acting together that promise nothing when all they are for is the relation itself
#: ("will work with Peru to deepen ties and mutual trust").
TOGETHER_VERBS = {"work", "cooperate", "collaborate", "partner"}
#: Verbs that promise their object ("offered Peru six patrol boats", "promised Peru more troops").
PROMISE_OBJECT_VERBS = {"offer", "promise", "pledge"}
#: Verbs whose counted object is promised even with no recipient ("pledged 500 troops"); an offer
#: of a counted thing names whom it is for to be one ("offered two reasons" is none).
COUNTED_PLEDGE_VERBS = {"promise", "pledge", "commit", "offer"}

#: Acts that are threats, demands or refusals, never pledges.
HOSTILE = {"attack", "strike", "bomb", "invade", "kill", "retaliate", "punish", "sanction", "crush", "quash",
           "suppress", "smash", "respond", "react", "hit", "shoot",
           "expel", "destroy", "annihilate", "fight", "wage", "seize", "blockade", "arrest",
           "ban", "boycott", "terminate", "impose", "demand",
           "threaten", "condemn", "accuse", "deny", "refuse", "reject", "veto"}
#: Acts hostile only against an agreement ("withdraw from the treaty", "suspend the accord"),
#: concessions otherwise ("withdraw its troops", "suspend the tariffs").
HOSTILE_TO_AGREEMENTS = {"withdraw", "suspend", "exit", "leave", "abandon", "quit"}
#: Governing verbs that turn what they govern into a non-event ("refused to sign").
NEGATING_HEADS = {"refuse", "reject", "decline", "deny", "fail", "threaten", "demand",
                  "urge", "call", "ask", "oppose", "resist", "cancel", "suspend",
                  "withdraw", "abandon", "scrap", "postpone", "renege", "backtrack", "retract",
                  "breach", "violate", "break", "warn", "caution",
                  # disapproval: what is protested, denounced or blamed is the matter, not the news
                  "protest", "denounce", "condemn", "criticize", "criticise", "accuse", "blame",
                  "dismiss", "decry", "deplore", "slam"}

#: What undoes a planned meeting ("the talks were postponed"), besides the negating heads.
CALLED_OFF = {"postpone", "delay", "defer", "call", "scrap", "shelve", "boycott", "skip", "snub"}
#: Meals a host gives a guest ("hosted a dinner for X"): a meeting of the two.
MEALS = {"dinner", "lunch", "luncheon", "breakfast", "banquet", "reception", "brunch"}
#: What one "meets" that is no one ("meeting immediate needs", "met the deadline").
MET_NOT_MEETINGS = {"need", "goal", "target", "demand", "deadline", "obligation", "requirement", "standard",
                    "criterion", "challenge", "expectation", "commitment", "pledge", "threshold", "cost",
                    "condition", "benchmark", "milestone", "quota", "test", "end"}
MEETING_VERBS = {"meet", "host", "receive", "welcome", "visit", "telephone", "phone", "greet"}
#: Verbs of conversation that make a meeting (or a call) only with "with X" ("spoke with Dahl").
TALK_VERBS = {"speak", "talk", "confer", "consult", "converse", "discuss", "sit"}
#: Trips whose purpose is a meeting noun: "arrived for talks with X" joins the traveller to X.
TRAVEL_VERBS = {"arrive", "travel", "fly", "go", "come", "head", "return", "visit", "stop"}
MEETING_NOUNS = {"meeting", "meetings", "negotiations", "summit", "talks", "talk", "visit", "lunch", "dinner",
                 "breakfast", "call", "conversation", "consultation", "consultations", "discussion",
                 "discussions", "bilateral", "session", "audience", "encounter"}

#: Offices of organisations ("the Pact's secretary-general", "Union Council President"): a national
#: leader of the past named with one of these is the organisation's officer in the story.
ORGANISATION_OFFICES = {"president", "secretary", "general", "secretary-general", "chief", "head", "chairman",
                        "chair", "chairwoman", "chairperson", "director", "director-general", "commissioner",
                        "spokesman", "spokeswoman", "executive", "managing", "envoy", "representative", "high"}
#: Particles inside names that are never the name used alone ("da" in "Lula da Silva").
NAME_PARTICLES = {"da", "de", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "la", "le",
                  "bin", "bint", "al", "el", "ibn", "y", "abu"}
#: Capitalised words after a title that name a body, not a person ("President Ruiz Administration").
NOT_NAME_WORDS = {"administration", "government", "office", "ministry", "cabinet", "council", "house",
                  "palace", "foundation", "center", "centre", "institute", "university", "party"}
#: A nation's institutions named by a common noun ("the Senate", "Parliament"): domain vocabulary
#: like the titles, never a person, and a party to nothing on the nation's behalf.
INSTITUTIONS = {"senate", "congress", "parliament", "house of representatives", "house of commons",
                "house of lords", "national assembly", "duma", "knesset", "bundestag", "cabinet",
                "white house", "kremlin", "foreign office", "state department", "pentagon"}
#: Names that, before "of NATION", stand for the nation itself ("the Government of Ruritania").
GOVERNMENT_OF = {"government of", "republic of", "kingdom of", "state of", "people's republic of",
                 "federal republic of", "islamic republic of", "democratic republic of", "union of",
                 "commonwealth of", "sultanate of", "emirate of", "principality of", "grand duchy of"}

#: Words of a name after a nation's name or adjective that make it a firm or a charity, not the state
#: ("Ruritanian Airlines", "the Ruritanian Refugee Council", "the Ruritanian Red Crescent").
NAMED_NON_STATE = {"airlines", "airways", "airline", "refugee", "crescent", "cross", "telecom", "petroleum",
                   "railways", "motors", "holdings"}
#: Modifiers that make a group act against or apart from its state ("Ruritania's opposition group"):
#: such a group never stands for the nation named with it.
NON_STATE = {"opposition", "rebel", "rebels", "insurgent", "insurgents", "militant", "militants",
             "separatist", "separatists", "dissident", "dissidents", "protest", "protesters",
             "guerrilla", "guerrillas", "exile", "exiled", "armed", "jihadist", "terrorist"}
#: Lower-case modifiers of groups apart from the state ("Polish business leaders", "community
#: leaders"; "the Small Business Administration" is a name, and the state's).
NON_STATE_SECTORS = {"business", "industry", "community", "religious", "faith", "civil", "student", "tribal"}
#: Nouns for a business, which acts for no nation its modifiers name ("Ruritanian energy giant
#: Solvane said it would invest ...": not Ruritania's pledge).
COMPANY_NOUNS = {"company", "companies", "firm", "firms", "giant", "giants", "maker", "makers", "manufacturer",
                 "manufacturers", "conglomerate", "multinational", "carmaker", "automaker", "airline",
                 "insurer", "retailer", "startup", "corporation", "contractor", "shipbuilder", "shipyard"}
#: Lower-case words that call a name a business or a lobby ("property developer X", "X, a smelter
#: operator", "the charity X"): it acts for no state.
FIRM_WORDS = COMPANY_NOUNS | {"developer", "developers", "operator", "operators", "charity", "charities",
                              "nonprofit", "non-profit", "NGO", "exporter", "producer", "miner"}
#: Words in an organisation's name that make it a body apart from the state ("University of Ruritania",
#: "Ruritania Chamber of Commerce", "the Dahl Foundation"): its promise is no state's.
NON_STATE_BODIES = {"university", "college", "foundation", "school", "academy", "church", "chamber",
                    "chambers", "club", "hospital", "museum"}
#: What a "group" is about when it is a lobby, not a state's delegation ("aid group", "rights group").
LOBBY_GROUPS = {"aid", "rights", "advocacy", "lobby", "campaign", "pressure", "industry", "business", "trade",
                "media", "environmental", "humanitarian", "charity"}
#: Last words of a company's name ("Ruritex AG", "Borealis Nickel Corporation"): no state's promise.
CORPORATE_SUFFIXES = {"ag", "inc", "corp", "corporation", "ltd", "llc", "plc", "gmbh", "co", "sa", "nv", "bv",
                      "spa", "kk", "bhd", "pte", "pty", "oyj", "asa", "ab"}
#: Nouns for a body of people whose "of X" says who they are ("a group of Moroccan diplomats").
GROUP_HEADS = {"group", "delegation", "delegate", "delegates", "team", "member", "members", "representative",
               "representatives", "official", "officials", "negotiator", "negotiators",
               "diplomat", "diplomats", "envoy", "envoys", "minister", "ministers", "government",
               "leader", "leaders", "leadership", "forces", "troops", "army", "military", "authorities",
               "side", "sides", "administration", "regime", "ministry", "parliament", "embassy",
               "navy", "cabinet", "presidency", "state", "country", "nation", "people", "counterpart",
               "counterparts", "agency", "spokesman", "spokeswoman", "spokesperson", "president", "presidents",
               "prime", "premier", "premiers", "chancellor", "king", "queen", "emir", "emperor",
               "empress", "monarch", "sultan", "secretary", "ambassador", "ambassadors", "adviser", "advisor",
               "prince", "princess", "sheikh", "deputy", "vice", "chief", "commander", "commanders",
               "mediator", "mediators", "emissary", "emissaries"}

#: Plural nouns that refer back to the leaders just named ("the two leaders").
GROUP_NOUNS = {"leader", "president", "premier", "counterpart", "head", "minister", "secretary", "envoy"}
#: Nouns that, after a leader's surname, name the government that leader heads ("the Ruiz government").
LEADERS_GOVERNMENTS = {"government", "administration", "cabinet"}
#: Nouns an article calls a nation by once it has named it ("the country would invest").
COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic"}
#: Group nouns that, with a department before them ("the two defence ministers"), are officials
#: below the leaders: they stand for their nations.
DEPARTMENT_OFFICIALS = {"minister", "secretary", "envoy"}
#: Plural nouns that refer back to the nations just named ("both sides", "the Parties").
NATION_GROUP_NOUNS = {"side", "party", "country", "nation", "government", "state"}

#: Roles named by the other side of an encounter ("his host", "her guest"): the other person.
PARTNER_ROLES = {"host", "guest", "visitor", "counterpart"}

PRONOUNS_SINGULAR = {"he", "him", "his", "she", "her", "hers"}
PRONOUNS_PLURAL = {"they", "them", "their", "theirs"}

# --- The commitment ledger: statements of where an earlier commitment stands (kg.rules.status) ---

#: Nouns that name a commitment itself ("fulfilled his commitment", "increased its pledge").
PROMISE_NOUNS = {"commitment", "pledge", "promise", "goal", "target", "obligation", "contribution"}
#: Verbs that keep a promise named as their object ("fulfilled / met / kept / honoured its pledge").
KEEPING_VERBS = {"fulfill", "fulfil", "meet", "keep", "honor", "honour", "deliver", "complete", "achieve"}
#: Nouns of a promise kept ("the shipment is a fulfilment of her pledge").
FULFILMENT_NOUNS = {"fulfillment", "fulfilment"}
#: Verbs of making a promise, in a clause that names its maker ("a pledge Ruiz made last year").
MAKING_VERBS = {"make", "give", "announce", "offer"}
#: Verbs that move a promise forward, named as their object ("the budget advances the goal of ..."):
#: progress, in the present as in the past.
ADVANCING_VERBS = {"advance", "further"}
#: Verbs that make a promise bigger or different ("increased / doubled its pledge").
REVISING_VERBS = {"increase", "raise", "double", "triple", "boost", "expand", "revise", "cut", "reduce", "lower"}
#: Verbs that say a promise still stands ("reaffirmed / reiterated its commitment").
REAFFIRMING_VERBS = {"reaffirm", "reiterate", "renew", "restate", "recommit"}
#: Verbs that leave an agreement or promise ("withdrew from the accord", "pulled out of the deal").
LEAVING_VERBS = {"withdraw", "exit", "quit", "abandon", "leave"}
#: Verbs that, told as done, carry out a promised act ("opened the embassy", "completed the transfer").
DONE_VERBS = {"open", "complete", "finish", "rejoin", "establish"}
#: Verbs that, told as done, say a promised act is under way ("has begun the process of rejoining").
STARTING_VERBS = {"begin", "start", "commence", "initiate"}
#: Verbs that, told as done with an amount, report part of a promise delivered ("has disbursed $700 million").
PROGRESS_VERBS = {"disburse", "ship", "deliver", "donate", "provide", "send", "mobilize", "mobilise",
                  "allocate", "distribute", "transfer", "release", "spend"}
