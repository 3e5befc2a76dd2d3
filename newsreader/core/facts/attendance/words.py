"""The words of attendance: the verbs, nouns and small words the rules look for (lowercase).

Only word lists live here; what a sentence's words state is decided in :mod:`.cues`,
:mod:`.scope` and :mod:`.presence`.
"""

from __future__ import annotations

from newsreader.core.facts.lexicon import word_set

ATTEND = word_set(
    "attend attends attended attending attendance participate participates participated "
    "participating"
)
JOIN = word_set("join joins joined joining")
LEAD = word_set(
    "lead leads led leading head heads headed heading spearhead spearheads spearheaded spearheading"
)
MEMBER = word_set(
    "include includes included including comprises comprising consist consists consisted consisting"
)
SEND = word_set("send sends sent sending dispatch dispatches dispatched")
BE = word_set("be is are was were been being")
TALK = word_set(
    "talks negotiations meeting meetings summit session sessions conference delegation team "
    "teams conversations discussions round event gathering forum ceremony dialogue dinner "
    "consultations funeral hearing sentencing trial service mass memorial inauguration "
    "coronation wedding convention congress assembly proceedings celebrations parade "
    "commemoration reception banquet vote debate sitting retreat"
)
NEGATORS = frozenset({"not", "never", "neither", "nor", "no", "cannot", "unable", "unwilling"})
MODALS = frozenset(
    {
        "may",
        "might",
        "could",
        "possibly",
        "perhaps",
        "considering",
        "consider",
        "likely",
        "unlikely",
        "probably",
    }
)
# Habits are not statements about this event ("rarely attend", "usually skip").
HABITUAL = frozenset(
    {"rarely", "seldom", "usually", "often", "normally", "traditionally", "typically", "regularly"}
)
CONTROL = word_set(
    "urge urges urged urging ask asks asked asking invite invites invited inviting challenge "
    "challenges challenged challenging welcome welcomed encourage encouraged press pressed "
    "pressing push pushed allow allowed expect expects calls called persuade persuaded "
    "convince convinced lobby lobbies lobbied lobbying summon summons summoned summoning compel "
    "compels compelled compelling"
)
REFUSE = word_set(
    "refuse refuses refused refusing decline declines declined declining fail fails failed failing"
)
PLAN = word_set(
    """expected set due scheduled plan plans planned planning agreed agrees decided decides going
    ready able confirmed promised pledged vowed intends intended"""
)
OPEN = word_set("want wants wanted hope hopes hoped hoping offered offers considering")
TRAVEL = word_set(
    "travel travels travelled traveled travelling traveling fly flies flew flying arrive arrives "
    "arrived go goes went going come comes came coming return returns returned returning "
    "depart departs departed departing land lands landed landing"
)
REPRESENT = word_set("represent represents represented representing")
SKIP = word_set(
    "skip skips skipped skipping miss misses missed missing boycott boycotts boycotted "
    "boycotting shun shuns shunned snub snubs snubbed snubbing"
)
SHOW = word_set("show shows showed shown showing turn turns turned turning")
MAKE = word_set("make makes made making")
PAY = word_set("pay pays paid paying")  # "paid their respects"
SHAKE = word_set("shake shakes shook shaking")  # "shook hands with"
# Verbs of an event taking place: "leaders gather in X ... without Y".
GATHER = word_set(
    "gather gathers gathered gathering convene convenes convened convening assemble assembles "
    "assembled open opens opened begin begins began kick kicks kicked"
)
# First words of the presence cues of :mod:`.presence` ("entered", "seated", "said at").
PRESENCE_WORDS = word_set(
    """appear appears appeared appearing enter enters entered entering swept sweeps walked walks
    strode marched slipped slips filed files brief briefs briefed briefing testify testifies
    testified testifying voted acting laid lays laying reminded reminds crowned sworn inaugurated enthroned seated sat sitting said says told tells spoke speaks speaking speak address
    addressed addresses addressing delivered delivers delivering gave read speech speeches remarks
    keynote opening opened opens open kicking kicked kicks closing closed closes took taking
    presence site spotted seen pictured photographed glimpsed filmed visible watched watches watching
    looked looking eulogy eulogies homily sermon urged urges asked asks thanked assured follow
    follows followed following intervened intervenes intervening"""
)
# An event bringing people in: "the summit has drawn representatives from 90 countries".
DRAW = word_set(
    "drawn drew draws draw attracted attracts attract brought brings bring gathers gathered "
    "gathering"
)
# Kept away by others: "was excluded from the talks", "was frozen out of proceedings".
EXCLUDED = word_set("excluded barred banned disinvited uninvited")
SHUT = word_set("frozen shut left kept locked cut")
HOST = word_set(
    "host hosts hosted hosting co-host co-hosts co-hosted co-hosting chair chairs chaired chairing co-chair co-chairs co-chaired "
    "co-chairing preside presides presided presiding"
)
CONDITION_OPENERS = frozenset({"if", "only if", "unless"})
OBJECT_PREPOSITIONS = frozenset({"of", "to", "by", "for", "from", "about", "on", "against", "than"})
COMPANY = (
    ("joined", "by"),
    ("accompanied", "by"),
    ("flanked", "by"),
    ("together", "with"),
    ("along", "with"),
    ("represented", "by"),
    ("attended", "by"),
    ("mediated", "by"),
    ("hosted", "by"),
    ("chaired", "by"),
    ("co-chaired", "by"),
    ("presided", "by"),  # "was presided over by Judge X"
)
# What "led by" / "headed by" must be about to name a delegation's head (not "a government led
# by X", "forces led by X").
LED_THINGS = word_set(
    "delegation delegations team teams side talks negotiations group mission negotiators"
)
# What one may represent besides a named party ("will represent the kingdom").
REPRESENTED = word_set("kingdom country nation government state republic bloc union alliance")
HAVE = (("will", "have"), ("will", "be", "joined", "by"), ("will", "be", "accompanied", "by"))
AUX = word_set(
    "will would shall should can could may might must is are was were be been has have had do does "
    "did not also still now then to n't never"
)
MEET = word_set("meet meets met meeting")
# Who a host receives: "will host leaders from across the region", "welcomed his peers".
GUESTS = word_set(
    """sides delegations delegates leaders peers counterparts guests dignitaries heads
    participants"""
)
# Receiving someone at the event: "greeted X at the summit", "welcomed Y to the talks".
GREET = word_set(
    "greet greets greeted greeting welcome welcomes welcomed welcoming receive receives received "
    "receiving"
)
HOLD = word_set(
    """hold holds held holding resume resumes resumed resuming begin begins began begun start
    starts started conduct conducts conducted"""
)
# What a meeting may be with, to count as the talks ("met with the Russian delegation").
MEET_OBJECTS = word_set("delegation delegations team side counterpart counterparts negotiators")

# Every token that can start an attendance cue (a fast pre-filter for the sentence reader).
CUE_WORDS = (
    ATTEND
    | JOIN
    | LEAD
    | MEMBER
    | SEND
    | TRAVEL
    | HOST
    | SKIP
    | MEET
    | HOLD
    | frozenset(a for a, _ in COMPANY)
    | word_set("without")
    | EXCLUDED
    | SHUT
    | PRESENCE_WORDS
    | DRAW
    | GREET
    | SHOW
    | MAKE
    | PAY
    | SHAKE
    | word_set("opt opts opted opting stand stands stood standing")
    | REFUSE
    | word_set("listed")
    | word_set(
        """take takes took taking present part absent represent represents representing be absence stay stays stayed staying pull pulls pulled
        pulling cancel cancels cancelled canceled fill fills filled filling deputise deputises deputised deputising deputize
        deputizes deputized deputizing missing remain remains remained remaining assigned given signed signs unveiled
        unveils pledged pledges announced announces launched launches presented presents proposed
        proposes outlined outlines promised promises vowed vows warned warns insisted insists
        voted votes posed poses clashed clashes sparred left leaves leaving walked walks stormed
        storms among absentee absentees allotted allocated withdraw withdraws withdrew withdrawn invited participation presence attendance
        there visit trip plans expected way is are was were non-participation nonparticipation no-show"""
    )
)
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "him", "its", "their"})


DELEGATION = word_set("delegation delegations team teams")
# Nouns that head a list of people who take part ("participants include A", "the guest list").
ATTENDEES = word_set(
    """participants attendees guests delegates invitees speakers mourners dignitaries list
    line-up lineup entourage panel those leaders officials representatives"""
)


PLAN_VISIT = word_set("plan plans planned planning intend intends intended intending")
