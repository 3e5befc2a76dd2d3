"""What a position asks for: the words after its cue, to the end of their clause.

A list stays one text ("Spain must allocate 3.5% ... to weapons, such as tanks, soldiers, and
missiles, and 1% to cybersecurity"); the text ends where a new clause starts (", saying ...",
", which ...", "; ", a dash, ", officials said", "and" with a subject of its own) or where the
quotation the cue is in ends. :func:`noun_phrase_before` reads back from a cue for the thing
asked for when it comes first ("the 40% raise that the union was seeking", "the 5% target as
demanded by X").
"""

from __future__ import annotations

from newsreader.core.facts import demand_cues as dc
from newsreader.core.facts.lexicon import ROLE_HEADS, SPEECH_VERBS, word_set
from newsreader.core.facts.tokens import Sentence, Token
from newsreader.core.text import quote_marks as qm

_FINITE = word_set(
    """is are was were has have had will would says said say want wants wanted insist insists
    insisted demand demands demanded call calls called ask asks asked propose proposes proposed
    urged urges added adds told warned rejected rejects"""
)
_NEW_CLAUSE_AFTER_COMMA = dc.ING_OPENERS | word_set("which who whom whose according instead but")
_STOP_BACK = dc.PREPOSITIONS | word_set(
    """, ; : — – that which who and but or said says is are was were be been has have had
    will would meet meeting meets met back backed endorse endorsed"""
)
_DASHES = frozenset({"—", "–", "-"})
_OUTER_VERBS = word_set("was were is are has have had will would")
MAX_WORDS = 60


def complement(sent: Sentence, start: int, quoted: bool, noun: bool = False) -> int:
    """The end (exclusive) of the text that starts at token ``start``; after a noun cue ("X's
    bid to toss the case was denied") the text also ends at the outer clause's verb."""
    toks = sent.tokens
    end = start
    depth = 0
    while end < len(toks):
        t = toks[end]
        low = t.low
        if noun and end > start and (low in _OUTER_VERBS or _finite_after(toks, end)):
            break  # "Arvenia's insistence on a monitor delayed the talks"
        if low == "." and end + 1 < len(toks) and not (toks[end + 1].cap and toks[end + 1].alpha):
            break  # a sentence end the splitter missed ("tariff.</span>")
        if low in {"as", "so"} and end > start and _clause_after(toks, end + 1):
            break  # "... from Russia as it is a signatory", "as the conference opened"
        if low in dc.CLAUSE_END and end > start:
            break
        if low in _DASHES and end > start and (t.text != "-" or _spaced(sent, end)):
            close = _closing_dash(sent, end)
            if close is None:
                break
            end = close + 1  # "every neighbour - including Finland - was": a parenthesis
            continue
        if low in {"(", "["}:
            depth += 1
        elif low in {")", "]"}:
            if depth == 0:
                break
            depth -= 1
        if quoted and not t.quoted and t.alpha:
            break  # the quotation the cue is in ends
        if low == "but" and end > start:
            break
        if (
            low == "and"
            and end > start
            and toks[end - 1].low == ","
            and _next_is(toks, end, "that")
        ):
            break  # "demanding a ban, and that he would not accept ...": a new report
        if (
            low == "and"
            and end + 1 < len(toks)
            and (_new_subject(toks, end + 1) or _finite_after(toks, end + 1))
        ):
            break  # "... and Trump issued a statement", "... and roundly stated": a new clause
        if low == ":" and end > start + 2:
            break
        if low == "," and end + 1 < len(toks):
            after = toks[end + 1]
            if after.low in _NEW_CLAUSE_AFTER_COMMA and after.low != "including":
                break
            if _reporting_tail(toks, end + 1) or after.low in SPEECH_VERBS:
                break  # "..., officials in Moscow have said", "..., said Jon Holden"
            if after.low in {"a", "an", "the"} and _comment(toks, end + 2):
                break  # "..., a demand Kyiv rejected", ", a steep increase": a comment on it
            if after.low.endswith("ing") and after.alpha and _verb_ing(toks, end + 1):
                break  # ", urging the ...": a new clause
            if _new_subject(toks, end + 1):
                break
        if low in {".", "!", "?"} and end + 1 >= len(toks):
            break
        end += 1
        if end - start > MAX_WORDS * 2:
            break
    while end > start and toks[end - 1].low in {",", ".", "and", "or", "”", '"', "“", ":", "’"}:
        end -= 1
    return end


_COMMENT_NOUNS = frozenset(dc.NOUNS) | word_set(
    """move step decision claim position stance idea increase rise cut figure sum amount
    proposal request condition hike level target ideas measure measures"""
)


def finite_verb(toks: list[Token], k: int) -> bool:
    """Token ``k`` is a verb with a tense after a noun ("compensation met on Monday")."""
    t = toks[k]
    if not t.alpha or t.cap or k == 0 or not toks[k - 1].alpha:
        return False
    prev = toks[k - 1].low
    if prev in dc.FUNCTION or prev in dc.AUX:
        return False
    return t.low in _FINITE or t.low in IRREGULAR_PAST or (t.low.endswith("ed") and len(t.low) > 4)


def comment_at(toks: list[Token], start: int, end: int) -> bool:
    """Tokens ``start``..``end`` are only a comment noun ("an idea", "a proposal", "the
    demand") that stands for the phrase before its comma."""
    words = [t.low for t in toks[start:end] if t.alpha]
    return 1 < len(words) <= 3 and words[0] in dc.DETERMINERS and words[-1] in _COMMENT_NOUNS


def _next_is(toks: list[Token], k: int, word: str) -> bool:
    return k + 1 < len(toks) and toks[k + 1].low == word


def _clause_after(toks: list[Token], k: int) -> bool:
    """A clause with its own subject and verb starts at ``k`` ("as it is a signatory", "as a
    three-day conference opened"), not "as a first step"."""
    if _new_subject(toks, k):
        return True
    if k >= len(toks) or toks[k].low not in dc.DETERMINERS:
        return False
    for j in range(k + 1, min(len(toks), k + 8)):
        t = toks[j]
        if t.low in {",", ";", ".", "of", "to", "for"}:
            return False
        if (
            t.alpha
            and not t.cap
            and (t.low in _FINITE or (t.low.endswith("ed") and len(t.low) > 4))
        ):
            return True
    return False


def _comment(toks: list[Token], k: int) -> bool:
    """ "a (key) demand ...", "a steep increase ...": an appositive that comments on what came
    before, not the next item of a list."""
    for t in toks[k : k + 3]:
        if t.low in _COMMENT_NOUNS or t.low in ROLE_HEADS:
            return True
        if not t.alpha or t.cap:
            return False
    return False


def _finite_after(toks: list[Token], k: int) -> bool:
    """ "and (roundly) stated", "and is asking": a verb with a tense of its own (not "and make
    amendments", which goes on with the same "to")."""
    while k < len(toks) and dc.adverb(toks[k].low) and not toks[k].cap:
        k += 1
    if k >= len(toks) or not toks[k].alpha or toks[k].cap:
        return False
    low = toks[k].low
    if low in _FINITE:
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        low.endswith("ed")
        and len(low) > 4
        and nxt is not None
        and (nxt.low in _AFTER_VERB_ING or nxt.low in {"he", "she", "they", "we"} or nxt.cap)
    )


def _closing_dash(sent: Sentence, k: int) -> int | None:
    """The dash that closes a parenthesis opened by the dash at ``k`` (within a few words,
    with more of the sentence after it)."""
    toks = sent.tokens
    mark = toks[k].text
    for j in range(k + 2, min(len(toks) - 2, k + 10)):
        if toks[j].text == mark and (mark != "-" or _spaced(sent, j)):
            return j
        if toks[j].low in {",", ";", ".", ":"}:
            return None
    return None


def _spaced(sent: Sentence, k: int) -> bool:
    """A hyphen written with spaces around it (" - "): a dash."""
    t = sent.tokens[k]
    rel = t.start - sent.start
    return 0 < rel < len(sent.text) - 1 and sent.text[rel - 1] == " " and sent.text[rel + 1] == " "


def _new_subject(toks: list[Token], k: int) -> bool:
    """Token ``k`` opens a clause with its own subject: "Trump issued", "the US has", "he said"."""
    if k >= len(toks):
        return False
    t = toks[k]
    if t.low in {"he", "she", "they", "it", "we", "i"}:
        return k + 1 < len(toks) and toks[k + 1].low in _FINITE | dc.AUX
    if not t.alpha:
        return _finite_after(toks, k + 1)  # "... and 96% voted to strike"
    if not t.cap:
        return False
    j = k
    while j < len(toks) and toks[j].cap and toks[j].alpha:
        j += 1
    return (j < len(toks) and j > k and _finite_after(toks, j)) or (
        j < len(toks) and toks[j].low in SPEECH_VERBS
    )


AFTER_VERB = _AFTER_VERB_ING = word_set(
    """the a an that this these those his her its their it them him us to for on of in with
    up out off back down about against"""
)


def _verb_ing(toks: list[Token], k: int) -> bool:
    """ "saying that", "urging the": an -ing verb opening a clause (not "purchasing guarantees")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not nxt.alpha or nxt.cap or nxt.low in _AFTER_VERB_ING


def _reporting_tail(toks: list[Token], k: int) -> bool:
    """From ``k``: "officials in Moscow have said", "his lawyers said, and ...", "its secretary
    general, Meleane Taufa, told the plenary" — who says it, not what is asked."""
    verb = next((j for j in range(k, min(len(toks), k + 12)) if toks[j].low in SPEECH_VERBS), None)
    if verb is None or toks[verb].quoted:
        return False
    before = toks[k:verb]
    commas = sum(1 for t in before if t.low == ",")
    if any(t.low in {";", ":", "that", "which", "who"} for t in before):
        return False
    if commas == 0:
        return verb - k < 7
    # ", its secretary general, Meleane Taufa, told": a title and a name in apposition
    return commas <= 2 and before[-1].low == "," and any(t.cap for t in before)


_INSIDE_NP = word_set("of in on for to")
IRREGULAR_PAST = word_set(
    """fell fall came went got made took gave said told left kept held ran stood sat met set
    put brought thought sought won lost"""
)


def _inside_np(toks: list[Token], p: int) -> bool:
    """The preposition at ``p`` joins two parts of one noun phrase: a determiner or possessive
    opens the phrase a few nouns before it ("the alliance's 5% of GDP target for"), with no
    verb between ("the offer fell short of" is two phrases)."""
    k = p - 1
    for _ in range(5):
        if k < 0:
            return False
        t = toks[k]
        if t.low in dc.DETERMINERS - {"that"} or t.low in {"'s", "'", "’"}:
            return True
        if t.low == "of":
            k -= 1  # "the alliance's 5% of GDP target for ..."
            continue
        if t.low in IRREGULAR_PAST or t.low in dc.AUX or t.low in dc.FUNCTION:
            return False
        if t.alpha and not t.cap and t.low.endswith("ed") and len(t.low) > 4:
            return False
        k -= 1
    return False


def noun_phrase_before(sent: Sentence, end: int) -> int:
    """The start of the noun phrase ending at ``end`` (exclusive): back to a preposition, verb
    or comma; "of" is crossed inside "the target of 5%" (after a determiner), not in "short of"."""
    toks = sent.tokens
    k = end
    while k > 0:
        low = toks[k - 1].low
        if low in _INSIDE_NP and _inside_np(toks, k - 1):
            k -= 1  # "a major increase in defense spending", "the target of 5%"
            continue
        if low == "and" and k >= 2 and toks[k - 2].alpha and toks[k - 2].low not in _STOP_BACK:
            k -= 1  # "the 40% raise and pension changes"
            continue
        if low in _STOP_BACK or low in dc.CLAUSE_END or low in _DASHES:
            break
        k -= 1
    return k


def clean(sent: Sentence, start: int, end: int) -> str:
    """The text of tokens ``start``..``end`` without stray quotation marks and punctuation."""
    if end - start > 2 and sent.tokens[start].low == "to":
        start += 1  # "offered to pause the works": "pause the works"
    return tidy(sent.span_text(start, end))


_DO = word_set("do does did")
_NOT_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}


def negative(toks: list[Token], start: int, end: int) -> bool:
    """Tokens ``start``..``end`` are negated ("is not in the text", "don't pay")."""
    return any(t.low in {"not", "never", "no"} or t.low.endswith("n't") for t in toks[start:end])


def affirmed(sent: Sentence, start: int, end: int) -> str:
    """The text of tokens ``start``..``end`` with its negation taken out: what "If X is not in the
    text, we will not sign" asks for is "X is in the text"."""
    toks = sent.tokens
    drop: dict[int, str] = {}  # token -> the word that replaces it ("" to leave it out)
    for k in range(start, end):
        low = toks[k].low
        if low in {"not", "never"}:
            drop[k] = ""
            if k > start and toks[k - 1].low in _DO:
                drop[k - 1] = ""  # "they do not pay": "they pay"
        elif low.endswith("n't"):
            base = low[:-3]
            drop[k] = "" if base in _DO else _NOT_CONTRACTED.get(base, toks[k].text[: len(base)])
    words: list[str] = []
    run = start
    for k in sorted(drop):
        if run < k:
            words.append(sent.span_text(run, k))
        words.append(drop[k])
        run = k + 1
    if run < end:
        words.append(sent.span_text(run, end))
    return tidy(" ".join(w for w in words if w))


def tidy(text: str) -> str:
    text = text.strip().strip("“”\"'‘’").strip(" ,.;:")
    if text.count('"') % 2:
        text = text.replace('"', "")
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    return text


def long_enough(text: str) -> bool:
    words = qm.word_count(text)
    return words >= 2 or (words == 1 and len(text) > 3)
