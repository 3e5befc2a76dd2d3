"""Word lists the fact rules share: generic English, no article-specific content.

Everything is lowercase. Lists that are long and data-like (given names, countries) live in
``data/`` and are read by :mod:`newsreader.core.facts.gazetteer`.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


# Capitalized words that start sentences, headings or boilerplate and are never part of a name.
COMMON_WORDS = word_set(
    """
    a about above according across after afterwards again against ago ahead all almost along already
    also although always am among amid an and another any anyone anything are around as at
    back be because been before behind being below beneath beside besides between beyond both but by
    can cannot could despite did do does doing done down during each earlier either else elsewhere
    enough even ever every everyone everything except far few first following for former from further
    furthermore had has have having he her here hers herself him himself his how however i if in
    including indeed inside instead into is it its itself just last late later latest least less
    let like likely many may maybe me meanwhile might more moreover most much must my myself
    near nearly neither never nevertheless next no nobody none nonetheless nor not nothing now
    of off often on once one only onto or other others otherwise our ours out outside over own
    per perhaps please rather regarding same several shall she should since so some someone
    something sometimes soon still such than that the their theirs them themselves then there
    thereafter therefore these they this those though through throughout thus to today together
    tomorrow tonight too toward towards under unless unlike until up upon us very via was we well
    were what whatever when whenever where whereas wherever whether which while who whoever whom
    whose why will with within without would yes yesterday yet you your yours
    additionally again already amid anyway asked beyond certainly clearly currently days
    eventually finally first second third fourth fifth meanwhile moreover notably now overall
    previously recently separately similarly specifically subsequently then thereby ultimately
    unsurprisingly updated
    about advertisement articles author breaking click comment comments contact copyright cookies
    credit credits download editor editorial email español facebook feedback follow follows home
    image images instagram journal latest learn link links live loading log login menu more most
    newsletter newsletters next news notice opinion origin page photo photos picture pictures
    podcast policy popular previous print privacy published read related reply report reporting
    reports reserved rights rss search section see share shares sign skip source sources sponsored
    story stories subscribe subscription terms top trending tweet update updates video videos
    watch weather whatsapp world
    agreement agreements aid alliance ambassador analysts army attack attacks authorities border
    borders breakthrough capital ceasefire conflict conversations council critics deal defence
    defense delegation delegations democracy diplomacy diplomats economy election elections embassy
    energy envoy experts farmers forces government governments groups intelligence invasion
    journalists leader leaders lawmakers meeting ministry negotiations negotiators officials
    parliament party peace people police politics president presidents prime prisoners protest
    protesters reporters residents sanctions security soldiers summit talks territory troops truce
    war water weapons
    american british european western eastern northern southern central national international
    federal global local regional royal senior special supreme united
    big early full great high hot large major new old real recent short small
    """
)

# Month and weekday names (never name tokens; the date rules use them).
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

# Nouns that head a role or title ("Foreign Minister", "Kremlin spokesman", "senior envoys").
ROLE_HEADS = word_set(
    """
    president vice-president minister premier chancellor secretary secretary-general spokesman
    spokeswoman
    spokesperson adviser advisor aide assistant envoy commissioner director chief head leader
    ambassador general commander chairman chairwoman chair speaker governor mayor king queen prince
    princess emperor sultan emir sheikh pope consultant analyst negotiator mediator senator
    congressman congresswoman lawmaker representative deputy counterpart official officer
    professor economist researcher fellow expert correspondent editor reporter journalist founder
    ceo executive manager administrator attorney prosecutor judge justice lieutenant colonel
    captain admiral marshal commissar ombudsman rapporteur diplomat coordinator director-general
    member politician businessman businesswoman activist spymaster wife husband widow sister
    brother son daughter d'affaires host co-host co-chair pm taoiseach tanaiste cardinal bishop
    archbishop patriarch rabbi imam cleric pontiff lawyer solicitor barrister counsel defendant
    witness duke duchess archduke archduchess earl countess baron baroness lord
    """
)

# Plural forms of role heads, mapped to the singular.
ROLE_PLURALS = {
    "presidents": "president",
    "ministers": "minister",
    "envoys": "envoy",
    "advisers": "adviser",
    "advisors": "advisor",
    "aides": "aide",
    "officials": "official",
    "spokesmen": "spokesman",
    "diplomats": "diplomat",
    "negotiators": "negotiator",
    "commanders": "commander",
    "generals": "general",
    "directors": "director",
    "deputies": "deputy",
    "leaders": "leader",
    "senators": "senator",
    "lawmakers": "lawmaker",
    "analysts": "analyst",
    "representatives": "representative",
    "ambassadors": "ambassador",
    "members": "member",
    "hosts": "host",
    "co-hosts": "co-host",
    "co-chairs": "co-chair",
    "lawyers": "lawyer",
    "prosecutors": "prosecutor",
}

# Heads of an office a person holds (one person, one office: different ones conflict).
OFFICE_HEADS = word_set(
    """
    president vice-president minister premier chancellor secretary secretary-general governor
    mayor king queen
    emperor sultan emir pope senator speaker chairman chairwoman chair commissioner ambassador
    director spokesman spokeswoman spokesperson envoy
    """
)

# Role heads that describe rather than name an office: never a title conflict.
DESCRIPTIVE_HEADS = word_set(
    """
    adviser advisor aide assistant consultant analyst official officer counterpart expert
    professor economist researcher fellow correspondent editor reporter journalist founder
    lawmaker representative diplomat negotiator mediator coordinator leader head chief
    member politician businessman businesswoman activist spymaster wife husband widow sister
    brother son daughter
    """
)

# Words that may stand before a role head inside a title ("Deputy Defence Minister",
# "presidential adviser", "the agriculture minister", "senior envoys").
ROLE_MODIFIERS = word_set(
    """
    deputy vice first second prime foreign interior home defence defense energy agriculture
    agricultural water finance financial economy economic economics trade commerce industry
    health education justice culture cultural environment environmental transport
    infrastructure labour labor social affairs security intelligence military naval
    national international presidential government governmental state federal chief top senior
    special acting interim former ex- outgoing incoming close longtime long-time assistant
    principal permanent executive general lead leading main regional local press foreign-policy
    communications digital science technology tourism sports youth family women veterans
    emergency emergencies information media housing development planning immigration migration
    fisheries forestry mining oil gas nuclear climate cooperation integration european
    treasury attorney solicitor public private party opposition parliamentary ruling staff
    policy armed forces congressional politburo political climate key trusted charge chargé high
    """
)

# Role words that make a title "former" (never compared as a current office).
FORMER = frozenset({"former", "ex-", "ex", "outgoing", "then", "late"})
# Of those, the words that say the office is held no longer: an outgoing or late office-holder
# and a "then-president" held it when the sentence speaks of, as the plain title says.
NO_LONGER = frozenset({"former", "ex-", "ex"})

# Verbs of speech that attribute quotes and mark a name as a person.
SPEECH_VERBS = word_set(
    """
    said says say told tells added adds wrote writes stated states declared declares announced
    announces explained explains noted notes stressed stresses insisted insists warned warns
    argued argues claimed claims asked asks replied replies answered answers urged urges
    responded responds commented comments remarked remarks recalled recalls tweeted tweets posted
    posts confirmed confirms suggested suggests acknowledged acknowledges admitted admits
    emphasised emphasized emphasises emphasizes continued continues concluded concludes
    saying adding telling writing noting insisting warning stressing emphasizing emphasising
    stating explaining arguing expressed reiterated reiterates affirmed affirms underlined
    underlines conceded concedes countered counters
    """
)

# Verbs after which a new reported clause starts ("a Ukrainian official said he would ...").
REPORTING_VERBS = SPEECH_VERBS | word_set(
    """
    indicated indicates signalled signaled signals revealed reveals believes believed thinks
    thought hopes hoped hope expects expected announced reported reports showed shows maintains
    maintained
    """
)

# Words that open a subordinate or new clause (segment boundaries).
CLAUSE_OPENERS = word_set(
    """
    that because while whereas although though but if unless whether when after before since
    once until where so
    """
)

# Heads that make a capitalized chunk an organization, a place or a work, not a person.
ORG_HEADS = word_set(
    """
    academy administration agency airlines airport alliance army assembly association authority
    bank basin bay board brigade bureau cabinet canal cathedral center centre channel church
    city club coalition college command commission committee company congress corporation council
    county court daily department directorate district division embassy empire federation forces
    forum foundation front fund gazette group guard hall harbour harbor herald highway hospital
    hotel house institute island islands journal kingdom league logo magazine mall ministry monitor
    morning mosque mountains movement museum navy network news newspaper observer office palace
    park parliament party patrol platform police port post press province radio railway regiment
    region republic research reservoir review river road school sea senate service society square
    stadium staff station street strait summit television temple times tower tribunal union
    university valley wire chamber chambers secretariat caucus consortium
    """
)

# Organization heads that are never a surname: a capitalized-name chunk ends before them.
ORG_SPLIT = ORG_HEADS - word_set(
    """bay city front guard hall island park port post press river square staff street tower
    valley wire"""
)

# Particles allowed inside a person's name ("Luiz Inacio Lula da Silva", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    {"da", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von", "bin"}
)

# Abbreviated titles ("Sen. Graham") and what they stand for.
TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "pres": "president",
    "amb": "ambassador",
    "lt": "lieutenant",
    "col": "colonel",
    "adm": "admiral",
    "sgt": "sergeant",
    "capt": "captain",
    "maj": "major",
}

# Honorifics dropped from a name ("Mr Putin").
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mx", "sheikh", "sheik", "rev"}
)

# Letters written after a name (as written, capitals): rank, honours, office ("Julian Okonjo KC").
POST_NOMINALS = frozenset(
    [
        "KC",
        "QC",
        "SAN",
        "MP",
        "MEP",
        "MSP",
        "MLA",
        "MPP",
        "OBE",
        "MBE",
        "CBE",
        "KBE",
        "DBE",
        "GBE",
        "PhD",
    ]
)

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
PRONOUNS_PARTY = frozenset({"it", "its", "itself"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their", "themselves"})
PRONOUNS_WE = frozenset({"we", "our", "us"})
PRONOUNS_I = frozenset({"i", "my", "me"})

# Nouns that make "<party> officials" a stand-in for the party ("Ukrainian officials").
PARTY_PEOPLE = word_set(
    """
    officials official government authorities leadership delegation delegates negotiators
    diplomats side team administration ministry lawmakers parliament leaders forces military
    army troops representatives spokesman spokeswoman sources
    """
)

# Descriptor heads for an unnamed leader ("the Kyiv leader", "the American president").
LEADER_WORDS = frozenset({"leader", "president", "premier", "chancellor", "prime"})

# Words that head a delegation.
DELEGATION_WORDS = frozenset({"delegation", "delegations", "team", "teams", "side"})
