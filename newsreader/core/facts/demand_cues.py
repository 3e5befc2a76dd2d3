"""The words of demands, proposals and rejections, and where a sentence states one.

A cue is a word that states a position of some party: a verb ("demands", "insists on", "calls
on X to", "urges", "presses for", "lobbied X to", "wants X to", "seeks"), a noun with its owner
("Moscow's demand for", "his insistence on", "the team's requests to", "X's bid to"), a passive
("as demanded by X"), a relative ("the raise that the union was seeking", "the 5% Trump is
demanding"), a condition ("would end the war only if ...", "contingent upon ...") or, inside a
quotation, an obligation ("we need these rules"). Each cue has a ``kind``: ``demand``,
``proposal`` (propose, offer, float, put forward: not a demand) or ``rejection`` (reject, oppose,
refuse to, rule out, deny a proposal, a red line: the opposite of a demand).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsreader.core.facts.lexicon import word_set
from newsreader.core.facts.tokens import Sentence, Token

DEMAND, PROPOSAL, REJECTION = "demand", "proposal", "rejection"


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str
    kind: str
    preps: tuple[str, ...]  # words that may follow and open the complement ("for", "that", "on")
    needs: str = ""  # "prep": only with one of ``preps``; "object": not "to"-infinitive alone


def _verbs() -> dict[str, Verb]:
    table = (
        ("demand", DEMAND, "demand demands demanded demanding", ("that",), ""),
        ("insist", DEMAND, "insist insists insisted insisting", ("on", "upon", "that"), ""),
        ("call", DEMAND, "call calls called calling", ("for", "on", "upon"), "prep"),
        ("urge", DEMAND, "urge urges urged urging", ("that",), ""),
        ("press", DEMAND, "press presses pressed pressing", ("for",), ""),
        ("push", DEMAND, "push pushes pushed pushing", ("for",), ""),
        ("pressure", DEMAND, "pressure pressures pressured pressuring", (), "object"),
        ("lobby", DEMAND, "lobby lobbies lobbied lobbying", ("for",), ""),
        ("want", DEMAND, "want wants wanted", (), ""),
        ("seek", DEMAND, "seek seeks seeking sought", (), "object"),
        ("ask", DEMAND, "ask asks asked asking", ("for", "that"), "object"),
        ("request", DEMAND, "request requests requested requesting", ("that",), ""),
        ("require", DEMAND, "require requires required requiring", ("that",), "object"),
        ("advocate", DEMAND, "advocate advocates advocated advocating", ("for",), ""),
        ("argue", DEMAND, "argue argues argued arguing", ("for", "that"), "prep"),
        ("appeal", DEMAND, "appeal appeals appealed appealing", ("for", "to"), "prep"),
        ("pitch", DEMAND, "pitch pitches pitched pitching", ("for",), "prep"),
        ("look", DEMAND, "looking", ("for",), "prep"),
        ("claim", DEMAND, "claim claims claimed claiming", (), "object"),
        ("propose", PROPOSAL, "propose proposes proposed proposing", ("that",), ""),
        ("offer", PROPOSAL, "offer offers offered offering", (), ""),
        ("float", PROPOSAL, "float floats floated floating", (), "object"),
        ("reject", REJECTION, "reject rejects rejected rejecting", (), "object"),
        ("oppose", REJECTION, "oppose opposes opposed opposing", (), "object"),
        ("refuse", REJECTION, "refuse refuses refused refusing", (), ""),
        ("deny", REJECTION, "deny denies denied denying", (), "object"),
        ("rule", REJECTION, "rule rules ruled ruling", ("out",), "prep"),
    )
    out: dict[str, Verb] = {}
    for lemma, kind, forms, preps, needs in table:
        for form in forms.split():
            out[form] = Verb(lemma, kind, preps, needs)
    return out


VERBS = _verbs()

# Nouns that name a position; the owner comes before ("Moscow's demand") or after ("from X").
NOUNS: dict[str, str] = {
    **dict.fromkeys(
        [
            "demand",
            "demands",
            "call",
            "calls",
            "request",
            "requests",
            "insistence",
            "bid",
            "bids",
            "push",
            "plea",
            "pleas",
            "appeal",
            "appeals",
            "condition",
            "conditions",
            "ask",
            "precondition",
            "preconditions",
            "ultimatum",
        ],
        DEMAND,
    ),
    **dict.fromkeys(["proposal", "proposals", "offer", "offers", "plan"], PROPOSAL),
    **dict.fromkeys(["refusal", "rejection", "opposition"], REJECTION),
}
# What may open a noun's content ("demand for", "insistence on", "bid to", "demand that").
NOUN_PREPS = frozenset({"for", "on", "upon", "to", "that"})

# Words between a subject and its verb that do not change who acts.
AUX = word_set(
    """has have had is are was were be been being will would could can may might must shall
    should also still now then already repeatedly reportedly publicly again once long previously
    earlier further even just strongly firmly openly formally initially originally increasingly
    swiftly quickly immediately reportedly apparently 'd 've 's ever all both each
    likewise similarly themselves itself himself herself"""
)
NEGATORS = word_set("not never no n't without nor hardly neither")
# Reporting verbs that introduce who states a demand ("Zelenskyy added that Russia wanted").
REPORTERS = word_set(
    """said says say told tells added adds wrote writes stated states declared declares
    announced announces explained explains noted notes stressed stresses warned warns argued
    argues claimed claims insisted insists maintained maintains maintain held holds reiterated
    reiterates believes believed thinks thought confirmed confirms emphasized emphasised
    signalled signaled indicated indicates reported reports"""
)
# Modal words of obligation: "Spain must allocate", "nations needed to reach", "should be
# prioritised", "we need these rules".
OBLIGATIONS = word_set("must should need needs needed ought have has had")
# Verbs of the main clause that make an "only if" / "unless" clause a condition for peace or
# talks (a demand), not for attending or a threat.
PEACE_WORDS = word_set(
    """war wars fighting hostilities conflict invasion peace ceasefire cease-fire truce talks
    negotiations negotiate negotiating deal agreement accord settlement sign signing signed
    armistice withdraw withdrawal"""
)
THREAT_WORDS = word_set(
    "consequences consequence sanctions retaliate retaliation punish punishment tariffs"
)
CONDITIONS = word_set("if unless until provided")
# "will rejoin the talks only once ...", "only when ...", "only after ...".
ONLY_CONDITIONS = word_set("once when after")
CONDITION_NOUNS = word_set("contingent conditional conditioned dependent")
# Nouns that head a group able to demand ("the union", "prosecutors", "Trump's legal team").
GROUPS = word_set(
    """union unions workers members machinists employees staff prosecutors prosecution lawyers
    attorneys team government governments administration officials leaders
    allies countries nations states protesters demonstrators demonstration demonstrations
    supporters activists critics opponents campaigners groups group organizations organisations
    strikers pilots nurses doctors teachers students miners drivers crew fans players athletes
    voters citizens villagers settlers refugees rebels militants insurgents separatists marchers
    environmentalists tenants parents shareholders investors creditors plaintiffs defendants
    association federation confederation syndicate guild board families
    communique communiqué declaration statement document resolution letter petition sides
    negotiators delegates lawmakers senators legislators residents farmers
    court committee presidency ministry opposition some others many several parties
    coalition alliance bloc camp families relatives victims survivors"""
)
# Group words that are never the party of a demand (commentators, not sides).
NOT_PARTIES = word_set("analysts experts observers commentators reports sources people polls")
# Capitalized abbreviations that are not organizations ("GDP", "CEO").
NOT_ORGS = word_set("GDP CEO CFO COO LNG MP PM TV EST GMT UTC USD EUR COVID NGO AM FM")
TIME_WORDS = word_set("years months decades weeks days long some ages")
# Words ending in "-ly" that are no adverbs ("will fly", "Italy", "an ally").
_LY_NOT_ADVERBS = word_set(
    """fly apply reply supply comply rely ally rally bully july italy family assembly anomaly
    monopoly holy ugly belly jelly only early daily weekly monthly yearly"""
)


DASHES = frozenset({"—", "–"})


def word(t: Token) -> str:
    """The token's lower-case form with a dash kept as "—" (folding writes "–" and "—" as "-",
    like a hyphen)."""
    return "—" if t.text in DASHES else t.low


def adverb(low: str) -> bool:
    """ "strongly", "loudly", "reportedly": an adverb between a subject and its verb."""
    return low.endswith("ly") and len(low) > 4 and low not in _LY_NOT_ADVERBS


DETERMINERS = word_set("the a an this that these those its their his her our your my some")
FUNCTION = word_set(
    """the a an and or but of to in on at by for from with about as into onto over under
    than that this these those which who whom whose what when where while if because it its
    their his her our they he she we i you them him us me there here not no so such"""
)
PREPOSITIONS = word_set(
    """of to in on at by for from with about into onto over under than against among
    between during after before since through toward towards via despite including like near
    beside behind across upon without within"""
)
CLAUSE_END = word_set("; ? ! — – while whereas although though because since which who when where")
ING_OPENERS = word_set(
    """saying adding noting telling arguing insisting warning stressing citing claiming
    describing calling according including while although given prompting sparking leaving
    making raising highlighting referring signalling signaling suggesting stating"""
)


WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_TIME_NOUNS = WEEKDAYS | word_set(
    "week weekend night morning evening afternoon month year day session plenary meeting"
)
_TIME_ALONE = word_set(
    "yesterday today tonight overnight meanwhile however again instead too hard anew"
)
_TIME_OPENERS = word_set("on last this next earlier late early over at in during")
_ASIDE_OWNERS = word_set("his her its their our my")
_ASIDE_NOUNS = word_set("statement letter speech interview address post")


_AT_THE_EVENT = word_set(
    """session meeting summit talks hearing conference briefing plenary ceremony debate forum
    gathering"""
)


def adjunct_length(toks: list[Token], k: int) -> int:
    """How many tokens from ``k`` make a time phrase or an aside that does not change who acts
    or what is asked: "on Tuesday", "last night", "earlier this week", "over the weekend", "in
    the same session", "for its part", "in a statement", "yesterday"; 0 when none starts there."""
    if k >= len(toks):
        return 0
    low = toks[k].low
    if low in _TIME_ALONE or low in WEEKDAYS:
        return 1
    nxt = [t.low for t in toks[k + 1 : k + 5]]
    if low == "for" and len(nxt) >= 2 and nxt[0] in _ASIDE_OWNERS and nxt[1] == "part":
        return 3  # "for his part"
    if low == "in" and nxt[:1] == ["turn"]:
        return 2
    if low == "in" and len(nxt) >= 2 and nxt[0] in {"a", "an", "his", "her", "its", "their"}:
        return 3 if nxt[1] in _ASIDE_NOUNS else 0  # "in a statement"
    if low in {"at", "during"} and nxt[:1] == ["the"]:
        j = 1
        while j < len(nxt) and j < 3 and nxt[j] not in _AT_THE_EVENT and nxt[j].isalpha():
            j += 1  # "at the closing session", "during the press conference"
        if j < len(nxt) and nxt[j] in _AT_THE_EVENT:
            return 2 + j
        return 0
    if low not in _TIME_OPENERS:
        return 0
    j = 0
    while j < len(nxt) and nxt[j] in {"the", "this", "last", "same", "next", "early", "late"}:
        j += 1  # "earlier this week", "over the weekend", "in the same session"
    if j < len(nxt) and nxt[j] in _TIME_NOUNS:
        j += 1
        if j < len(nxt) and nxt[j] in _TIME_NOUNS:
            j += 1  # "on Tuesday night"
        return 1 + j
    if low in {"last", "this", "next"} and nxt and nxt[0] in _TIME_NOUNS:
        return 2
    return 0


def adjunct_start(toks: list[Token], k: int) -> int:
    """The start of a time phrase or aside that ends at token ``k`` (inclusive), else ``k + 1``."""
    for i in range(max(0, k - 4), k + 1):
        if adjunct_length(toks, i) == k + 1 - i:
            return i
    return k + 1


def after_verb(toks: list[Token], n: int) -> int:
    """The first token after the verb at ``n`` past asides that leave its complement alone:
    "insisted last night that", "demanded in the same session that", "insisted, loudly, on"."""
    k = n + 1
    while k < len(toks):
        if (
            toks[k].low == ","
            and k + 2 < len(toks)
            and adverb(toks[k + 1].low)
            and toks[k + 2].low == ","
        ):
            k += 3
            continue
        step = adjunct_length(toks, k)
        if step == 0:
            break
        k += step
    return k if k < len(toks) and toks[k].alpha else n + 1


# What "claimed the ..." takes without asking for it ("claimed victory", "claimed the lives").
_CLAIMED_NOT_ASKED = word_set(
    """responsibility credit victory lives life title titles seat seats win crown throne record
    prize medal ownership authorship mantle top spot"""
)
_CLAUSE_VERBS = word_set(
    """is are was were has have had will would could can may might must should does did do
    says said"""
)


def claims_thing(toks: list[Token], n: int) -> bool:
    """ "has claimed the suppression of the tolls", "Spain claims his delivery": "claim" with a
    thing for object is a demand (as in translated copy); "claimed the ruling would mark ..."
    (a clause) and "claimed victory" are not."""
    k = n + 1
    if k >= len(toks) or toks[k].low not in {"the", "a", "an", "his", "her", "its", "their"}:
        return False
    for t in toks[k + 1 : k + 16]:
        if t.low in {".", ";", ":"}:
            break
        if t.low in _CLAUSE_VERBS or t.low in _CLAIMED_NOT_ASKED:
            return False
    return True


def verb_at(toks: list[Token], n: int) -> Verb | None:
    """The position verb at token ``n`` when it is used as a verb with what it needs after it."""
    t = toks[n]
    verb = VERBS.get(t.low)
    if verb is None:
        return None
    after = after_verb(toks, n)
    nxt = toks[after].low if after < len(toks) else ""
    prev = toks[n - 1].low if n > 0 else ""
    if (
        prev in DETERMINERS - {"that", "some"}
        or prev in {"'s", "'", "’"}
        or (t.low in NOUNS and _after_determiner(toks, n))
    ):
        return None  # "the call", "its main demands", "Moscow's demands": a noun
    if verb.needs == "prep" and nxt not in verb.preps:
        return None
    if verb.lemma == "call" and nxt in {"on", "upon"} and not _to_after(toks, n + 2):
        return None  # "called on Monday"
    if verb.lemma == "appeal" and nxt == "to" and not _to_after(toks, n + 3):
        return None  # "appealed to solidarity": no one asked to act
    if verb.needs == "object" and nxt in {"to", ".", ",", ""}:
        return None  # "seeking to pave the way", "was asked to": an aim, or no asker
    if verb.lemma == "ask" and nxt not in verb.preps and not _to_after(toks, n + 1):
        return None  # "asked whether", "asked Putin about": a question
    if verb.lemma == "offer" and nxt in {"no", "little", "few", "condolences", "support"}:
        return None
    if verb.lemma == "claim" and not claims_thing(toks, n):
        return None
    if verb.lemma == "look" and prev not in {"is", "are", "was", "were", "been", "be"}:
        return None
    if verb.lemma in {"urge", "press", "push", "lobby", "pressure"} and nxt in PREPOSITIONS - {
        "for"
    }:
        return None  # "pushed into", "pressed on with"
    return verb


def _after_determiner(toks: list[Token], n: int) -> bool:
    """ "its main demands", "a key demand", "Trump's repeated calls": adjectives between a
    determiner and the word make it a noun."""
    k = n - 1
    seen = 0
    while k >= 0 and seen < 3 and toks[k].alpha and not toks[k].cap and toks[k].low not in FUNCTION:
        if toks[k].low in VERBS or toks[k].low in AUX or adverb(toks[k].low):
            return False
        k -= 1
        seen += 1
    return seen > 0 and k >= 0 and (toks[k].low in DETERMINERS - {"that"} or toks[k].low == "'s")


def _to_after(toks: list[Token], start: int, reach: int = 12) -> bool:
    """A "to" within ``reach`` tokens of ``start`` before any clause break ("call on X to")."""
    for k in range(start, min(len(toks), start + reach)):
        t = toks[k]
        if t.low == "to":
            return True
        if t.low in {"that", "which", "who"} and k > start and _names_someone(toks[k - 1]):
            reach += 8  # "called on members that have overproduced to make cuts"
            continue
        if word(t) in {",", ";", ".", ":", "—", "that", "which", "who"}:
            return False
    return False


def _names_someone(t: Token) -> bool:
    """A plural noun or a name before "that"/"who" ("members that", "Arvenia, which"), not a
    day ("on Monday that")."""
    return (
        t.alpha
        and t.low not in WEEKDAYS
        and t.low not in FUNCTION
        and (t.cap or (t.low.endswith("s") and not t.low.endswith("ss")))
    )


def negated(toks: list[Token], n: int) -> bool:
    """ "did not demand", "never called for", "without demanding", "no longer insists"."""
    return any(t.low in NEGATORS or t.low.endswith("n't") for t in toks[max(0, n - 4) : n])


def in_condition(sent: Sentence, n: int) -> bool:
    """The cue is inside an "if"/"whether" clause: a hypothesis, not a stated demand."""
    seg = sent.segment_of(n)
    if seg[2] in {"if", "whether", "unless", "only if"}:
        return True
    toks = sent.tokens
    first = next((k for k, t in enumerate(toks) if t.alpha), 0)
    return toks[first].low in {"if", "whether", "unless"} and not any(
        t.low == "," for t in toks[first:n]
    )


def _reduced_relative(toks: list[Token], k: int) -> bool:
    """ "the extra spending needed to reach the target would mean ...": a main verb follows."""
    for t in toks[k + 2 : k + 16]:
        if t.low in {",", ";", "that", "which", "who", "and", "but"}:
            return False
        if t.low in {"would", "will", "could", "can", "may", "might", "is", "was", "are", "were"}:
            return True
    return False


def is_obligation(toks: list[Token], k: int) -> bool:
    """ "must", "should", "need(s/ed) to", "has/have/had to", "ought to" at token ``k``."""
    low = toks[k].low
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    if low in {"must", "should"}:
        k2 = k + 1
        while k2 < len(toks) and toks[k2].low in {"never", "not", "n't", "also", "only"}:
            k2 += 1
        after = toks[k2].low if k2 < len(toks) else ""
        return after not in {"have", "'ve"}  # "should never have been brought": about the past
    if low in {"need", "needs", "needed", "ought"}:
        if k > 0 and toks[k - 1].low in DETERMINERS | {"'s", "in", "of", "no", "any"}:
            return False  # "the need to", "in need of": a noun
        if nxt == "to" and _reduced_relative(toks, k):
            return False  # "the spending needed to reach X would mean ...": not a clause verb
        return nxt == "to" or (low != "ought" and nxt not in {"for", "of", ".", ","})
    if low in {"have", "has", "had"}:
        return nxt == "to"
    return False


_TRIGGERS = (
    frozenset(VERBS)
    | frozenset(NOUNS)
    | CONDITIONS
    | ONLY_CONDITIONS
    | CONDITION_NOUNS
    | word_set(
        """must should need needs needed ought red nothing condition conditions precondition
        message
        preconditions prerequisite accept accepts accepted tolerate tolerates agree"""
    )
)


def may_state_position(toks: list[Token]) -> bool:
    """A cheap look for any cue word (most sentences have none; they are not read further)."""
    for k, t in enumerate(toks):
        if t.low in _TRIGGERS:
            return True
        if t.low in {"has", "have", "had"} and k + 1 < len(toks) and toks[k + 1].low == "to":
            return True
    return False
