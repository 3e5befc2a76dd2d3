"""Roles and titles stated next to a name, before it ("Deputy Defence Minister Alexander Fomin",
"Arvenia's president, Elena Varga") or after it ("Marco Rubio, Secretary of State"), and their
normalized form for comparison ("Minister of Defense" → "defence minister").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsreader.core.facts.gazetteer import PartyResolver, is_given_name, is_place
from newsreader.core.facts.lexicon import (
    COMMON_WORDS,
    DESCRIPTIVE_HEADS,
    FORMER,
    HONORIFICS,
    MONTHS,
    NO_LONGER,
    OFFICE_HEADS,
    ORG_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROLE_PLURALS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
)
from newsreader.core.facts.tokens import Sentence, Token

MAX_ROLE_TOKENS = 18  # "Chief of the Main Directorate of the General Staff of the Armed Forces"
_INNER = {"of", "for", "'s", "the", "on"}
# Lowercase nouns that may sit inside a role after "of the" / "'s" ("head of the delegation",
# "head of the president's office").
_INSTITUTIONS = frozenset(
    [
        "delegation",
        "talks",
        "negotiations",
        "dialogue",
        "process",
        "office",
        "staff",
        "team",
        "council",
        "committee",
        "directorate",
        "department",
        "ministry",
        "service",
        "agency",
        "fund",
        "forces",
        "army",
        "navy",
        "administration",
        "government",
        "presidency",
        "bureau",
        "commission",
        "party",
        "parliament",
        "assembly",
        "board",
        "secretariat",
        "cabinet",
        "organization",
        "organisation",
        "agency",
    ]
)
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_STOP_AFTER = {",", ".", ";", ":", ")", "(", "who", "which", "whose", "said", "told", "—", "–"}
_ARTICLES = {"the", "a", "an"}
_SYNONYMS = {
    "defense": "defence",
    "advisor": "adviser",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "labor": "labour",
}
# Modifiers that do not change which office is meant ("senior envoy" = "envoy").
GENERIC_MODIFIERS = frozenset(
    {"senior", "special", "top", "chief", "acting", "interim", "close", "longtime", "long-time"}
)


def is_head(t: Token) -> bool:
    if t.low in ROLE_HEADS or t.low in ROLE_PLURALS:
        return True
    base, _, suffix = t.low.partition("-")
    return suffix in {"elect", "designate"} and base in ROLE_HEADS  # "President-elect"


def _title_word(t: Token, resolver: PartyResolver) -> bool:
    """A token that can be part of a role before a name."""
    if not t.alpha:
        return t.low == "'s"
    if t.cap and resolver.any(t.text) is not None:
        return True
    if is_head(t) or t.low in ROLE_MODIFIERS:
        return True
    if "-" in t.low and all(p in ROLE_MODIFIERS or p in FORMER for p in t.low.split("-")):
        return True  # "vice-environment minister", "then-opposition leader"
    if t.cap and t.low not in COMMON_WORDS and t.low not in MONTHS and t.low not in WEEKDAYS:
        if t.low.endswith("ing"):
            return False  # "Accompanying Secretary Rubio is ...": a verb, not a title
        return not is_given_name(t.text) or resolver.any(t.text) is not None
    return t.low in {"its", "his", "her", "their"}


def pre_role(sent: Sentence, i: int, resolver: PartyResolver) -> tuple[int, int] | None:
    """Token span of a role right before the name starting at token ``i``."""
    toks = sent.tokens
    k = i - 1
    if k >= 1 and toks[k].low == "." and toks[k - 1].low in TITLE_ABBREVIATIONS:
        return k - 1, k + 1  # "Sen. Lindsey Graham"
    while k >= 0 and toks[k].low.rstrip(".") in HONORIFICS:
        k -= 1
    appositive = k >= 0 and toks[k].low == ","
    if appositive:
        k -= 1
    end = k + 1
    while k >= 0 and end - k <= MAX_ROLE_TOKENS:
        t = toks[k]
        if t.low == ")" and k >= 2 and toks[k - 2].low == "(" and toks[k - 1].text.isupper():
            k -= 3  # "... Energy Agency (IAEA) Yukiya Amano"
            continue
        if _title_word(t, resolver):
            k -= 1
            continue
        if t.low in _INSTITUTIONS and _after_of(toks, k):
            k -= 1  # "head of the delegation Gerardo Blyde"
            continue
        if t.low == "to" and toks[k + 1].low == "the" and k >= 1 and is_head(toks[k - 1]):
            k -= 1  # "Advisor to the US President Michael Waltz" (but "aide to President Putin")
            continue
        if t.low == "to" and k >= 1 and is_head(toks[k - 1]) and _party_next(toks, k, resolver):
            k -= 1  # "ambassador to Russia John Sullivan", "envoy to the Middle East"
            continue
        if k + 1 < len(toks) and resolver.party(f"{t.text} {toks[k + 1].text}"):
            k -= 1  # "United States President"
            continue
        if t.low in _INNER and any(_title_word(x, resolver) for x in toks[max(0, k - 2) : k]):
            k -= 1
            continue
        break
    start = k + 1
    while start < end and (toks[start].low in _INNER or toks[start].low in _ARTICLES):
        start += 1
    if start >= end:
        return None
    span = toks[start:end]
    if not any(is_head(t) for t in span) or span[-1].low in _INNER:
        return None  # "the close assistant of Putin": Putin is not the assistant
    if not is_head(span[-1]) and not any(t.low in {"of", "for", "to"} for t in span):
        return None  # "Middle East envoy Steve" ends in a head; "Chatham House" does not
    if appositive and span[-1].low in ROLE_PLURALS:
        return None  # "According to the US officials, Steve Witkoff ...": not his title
    if appositive and _after_a_name(toks, start, resolver) and _titled_after(toks, i, resolver):
        return None  # "A, a special aide to X, B, B's title, ...": the title is A's, not B's
    if (
        appositive
        and start > 0
        and toks[start - 1].alpha
        and toks[start - 1].low not in _ARTICLES
        and toks[start].low not in _POSSESSIVES  # "has sent his chief of staff, Andriy Yermak"
    ):
        prev = toks[start - 1].low
        if prev not in {"and", "by", "with", "including", "includes", "its", "her", "his"} and (
            not _noun_phrase_before(toks, start)
        ):
            return None
    return start, end


def _after_a_name(toks: list[Token], start: int, resolver: PartyResolver) -> bool:
    k = start - 1
    while k >= 0 and toks[k].low in _ARTICLES:
        k -= 1
    if k < 1 or toks[k].low != ",":
        return False
    prev = toks[k - 1]
    return (
        prev.alpha
        and prev.cap
        and not is_head(prev)
        and prev.low not in ROLE_MODIFIERS
        and resolver.any(prev.text) is None
    )


def _titled_after(toks: list[Token], i: int, resolver: PartyResolver) -> bool:
    """The name starting at ``i`` is followed by ", <its own title>" (a list of titled names)."""
    j = i
    while j < len(toks) and (toks[j].cap or toks[j].low in {"de", "al", "bin", "van", "von"}):
        j += 1
    if j + 1 >= len(toks) or toks[j].low != ",":
        return False
    k = j + 1
    if toks[k].low in _ARTICLES:
        k += 1
    return k < len(toks) and (
        is_head(toks[k]) or toks[k].low in ROLE_MODIFIERS or resolver.any(toks[k].text) is not None
    )


def _noun_phrase_before(toks: list[Token], start: int) -> bool:
    """ "and senior captive deal negotiator, X": plain nouns after a modifier or article."""
    k = start - 1
    while k >= 0 and start - k <= 3 and toks[k].alpha and not toks[k].cap:
        if toks[k].low in ROLE_MODIFIERS or toks[k].low in _ARTICLES or toks[k].low == "and":
            return True
        if toks[k].low.endswith(("ed", "ing")) or toks[k].low in SPEECH_VERBS:
            return False
        k -= 1
    return False


def _party_next(toks: list[Token], k: int, resolver: PartyResolver) -> bool:
    j = k + 1
    if j < len(toks) and toks[j].low == "the":
        j += 1
    if j >= len(toks) or not toks[j].cap:
        return False
    two = f"{toks[j].text} {toks[j + 1].text}" if j + 1 < len(toks) else ""
    return bool(resolver.any(toks[j].text) or (two and (resolver.any(two) or is_place(two))))


def _after_of(toks: list[Token], k: int) -> bool:
    """Token ``k`` follows "of the", "of", "'s" or "of the <word>'s" after a role head ("head of
    the Ukrainian delegation")."""
    j = k - 1
    while (
        j >= 0
        and k - j <= 4
        and (
            toks[j].low in {"the", "'s", "of", "for"} | ROLE_MODIFIERS
            or (toks[j].cap and toks[j].alpha)
        )
    ):
        if toks[j].low in {"of", "'s", "for"}:
            return True
        j -= 1
    return j >= 0 and toks[j].low == "'s"


def post_role(sent: Sentence, j: int, resolver: PartyResolver) -> list[tuple[int, int]]:
    """Token spans of roles in an appositive right after the name ending at token ``j``."""
    toks = sent.tokens
    if j >= len(toks) or toks[j].low != ",":
        return []
    k = j + 1
    if k < len(toks) and toks[k].low in _ARTICLES | {"another"}:
        k += 1
    if k + 2 < len(toks) and toks[k].alpha and not toks[k].cap and toks[k + 1].low == "'s":
        k += 2  # "X, the group's deputy leader"
    start = k
    while k < len(toks) and k - start < 14 and toks[k].low not in _STOP_AFTER:
        if toks[k].low in SPEECH_VERBS and not toks[k].cap:  # not "United States"
            break
        k += 1
    if k < len(toks) and k - start >= 14 and toks[k].low not in _STOP_AFTER:
        return []  # no end in sight: the next list item's long title, not this person's
    span = toks[start:k]
    if _names_next_item(toks, start, k, resolver):
        return []
    if span and span[0].low in _INSTITUTIONS and len(span) > 1 and is_head(span[1]):
        pass  # "X, ministry spokesperson"
    elif not span or not (is_head(span[0]) or _title_word(span[0], resolver)):
        return []
    head_at = next((n for n, t in enumerate(span) if is_head(t)), None)
    if head_at is None or head_at > 4:
        return []
    after_head = span[head_at + 1] if head_at + 1 < len(span) else None
    if after_head is not None and after_head.cap and not is_head(after_head):
        return []  # "Marco Rubio, Middle East envoy Steve Witkov, ...": a list of names
    if any(t.alpha and not t.cap and t.low.endswith("ed") for t in span[:head_at]):
        return []
    out: list[tuple[int, int]] = []
    part_start = start
    for n in range(start, k):
        if (
            toks[n].low == "and"
            and any(is_head(t) for t in toks[n + 1 : k])
            and any(is_head(t) for t in toks[part_start:n])
        ):
            out.append((part_start, n))
            part_start = n + 1
    out.append((part_start, k))
    return [(a, b) for a, b in out if any(is_head(t) for t in toks[a:b])]


def _namey(t: Token, resolver: PartyResolver) -> bool:
    return (
        t.alpha
        and t.cap
        and not is_head(t)
        and t.low not in ROLE_MODIFIERS
        and t.low not in COMMON_WORDS
        and t.low not in ORG_HEADS
        and resolver.any(t.text) is None
    )


def _names_next_item(toks: list[Token], start: int, end: int, resolver: PartyResolver) -> bool:
    """The appositive after a name ends in another person's name that has a title of its own
    ("A, Minister of Defense B, ..."): it is the next item of a list, not A's role. A name right
    after a head ("aide to President B", "wife of businessman B") stays part of A's role, and so
    does an organization ("Direct Investment Fund")."""
    for n in range(start + 1, end - 1):
        if _namey(toks[n], resolver) and _namey(toks[n + 1], resolver):
            after = toks[n + 2] if n + 2 < len(toks) else None
            if after is not None and after.cap and after.low in ORG_HEADS:
                return False
            if is_place(f"{toks[n].text} {toks[n + 1].text}"):
                continue  # "special envoy for the Middle East"
            return not is_head(toks[n - 1])
    return False


@dataclass(frozen=True, slots=True)
class RoleParts:
    title: str
    head: str
    party: str | None
    office: bool
    former: bool
    bare: str


def normalize(
    tokens: list[Token],
    resolver: PartyResolver,
    its: Callable[[], str | None] = lambda: None,
) -> RoleParts:
    """Normalized title, head, party, office and former flags of a role's tokens."""
    party: str | None = None
    former = False
    words: list[str] = []
    kept: list[Token] = []
    n = 0
    toks = [t for t in tokens if t.low not in _ARTICLES]
    destination = False  # after "to": "ambassador to Norway" is not Norway's
    while n < len(toks):
        t = toks[n]
        two = f"{t.text} {toks[n + 1].text}" if n + 1 < len(toks) else ""
        if t.low == "to":
            destination = True
        if two and resolver.any(two):
            if destination:
                kept.extend(toks[n : n + 2])
                words.extend(t2.low for t2 in toks[n : n + 2])
            else:
                party = party or resolver.any(two)
            n += 2
            continue
        if destination and t.cap and resolver.any(t.text):
            kept.append(t)
            words.append(t.low)
            n += 1
            continue
        if t.low in {"its", "their"}:
            party = party or its()
        elif t.low in {"'s", "his", "her"}:
            pass
        elif t.cap and resolver.any(t.text):
            party = party or resolver.any(t.text)
        elif t.alpha:
            kept.append(t)
            if t.low in TITLE_ABBREVIATIONS:
                words.append(TITLE_ABBREVIATIONS[t.low])
            elif t.low in FORMER:
                former = True
            else:
                w = ROLE_PLURALS.get(t.low, t.low)
                words.append(_SYNONYMS.get(w, w))
        n += 1
    bare = _as_written(_without_owner(tokens, resolver))
    words = _reorder_of(" ".join(words).replace("secretary general", "secretary-general").split())
    head = next((_base(w) for w in reversed(_before_of(words)) if _base(w) in ROLE_HEADS), "")
    if not head:
        head = next((_base(w) for w in words if _base(w) in ROLE_HEADS), "")
    office = head in OFFICE_HEADS and head not in DESCRIPTIVE_HEADS
    return RoleParts(" ".join(words), head, party, office, former, bare)


def _without_owner(tokens: list[Token], resolver: PartyResolver) -> list[Token]:
    """The role's tokens without a leading owner ("Russian", "Russia's", "its", "the"): "Deputy
    Foreign Minister", "head of the Main Directorate of the Russian Armed Forces"."""
    k = 0
    while k < len(tokens):
        t = tokens[k]
        two = f"{t.text} {tokens[k + 1].text}" if k + 1 < len(tokens) else ""
        if two and t.cap and resolver.any(two):
            k += 2
        elif t.low in _ARTICLES | {"'s", "its", "their", "his", "her"} or (
            t.cap and resolver.any(t.text) and not is_head(t)
        ):
            k += 1
        else:
            break
    return tokens[k:]


def _as_written(tokens: list[Token]) -> str:
    out = ""
    for t in tokens:
        glue = not out or t.low in {"'s", ",", ")", "."} or out.endswith("(")
        out += ("" if glue else " ") + t.text
    return out


def _base(word: str) -> str:
    """ "president-elect" → "president"."""
    base, _, suffix = word.partition("-")
    return base if suffix in {"elect", "designate"} else word


def _before_of(words: list[str]) -> list[str]:
    for n, w in enumerate(words):
        if w in {"of", "for", "at", "in", "on", "to"}:
            return words[:n]
    return words


def _reorder_of(words: list[str]) -> list[str]:
    """ "minister of defence" → "defence minister"; "secretary of state" stays."""
    for n, w in enumerate(words[:-2]):
        if w == "minister" and words[n + 1] in {"of", "for"}:
            rest = [x for x in words[n + 2 :] if x != "and"]
            if 1 <= len(rest) <= 2:
                return [*words[:n], *rest, "minister"]
    return words


def tense(text: str, former: bool) -> str:
    """When a title as written (``former``: it has a word of :data:`FORMER`) says its office is
    held: ``"past"`` ("former president", "ex-minister"), ``"now"`` (a plain title), or ``""``
    ("outgoing", "late", "then-": true alongside either)."""
    if not former:
        return "now"
    words = {w.strip(".,'’") for w in text.lower().replace("-", " ").split()}
    return "past" if words & NO_LONGER else ""


def specific(title: str) -> frozenset[str]:
    """The words of a title that pick out the office (generic modifiers dropped)."""
    return frozenset(w for w in title.split() if w not in GENERIC_MODIFIERS)


RANK_WORDS = frozenset({"deputy", "vice", "assistant", "under", "junior", "first", "second"})


def compatible(a: str, b: str) -> bool:
    """Two normalized titles can name the same office ("envoy" ~ "middle east envoy"; a deputy
    minister is not the minister)."""
    sa, sb = specific(a), specific(b)
    if sa & RANK_WORDS != sb & RANK_WORDS:
        return False
    return sa <= sb or sb <= sa
