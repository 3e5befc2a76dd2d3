#!/usr/bin/env python3
"""Score facts per event against gold in the events format (``../shared/dev/gold-facts.json``).

    scripts/eval_events.py [GOLD_JSON] [--articles DIR] [-v] [--event NAME]

The matching is the one of the judging scorer (``../shared/eval/score_facts_events.py``), run
in-process so that a whole pass over the 74 dev articles takes seconds:

- files are grouped into events by the part of their name before the first "-NN-"; each event is
  analysed as one loaded set, as a user would load one story's coverage;
- attendance: a tool person with a status matches a gold name of that status when the gold
  surname (last word, folded, doubled letters single) is a word of the tool's name or a variant;
  precision/recall/F1 over (person, status);
- demands: found when a gold party alias is in the tool's party and a third of the gist's content
  words are in the tool's text (recall; the tool's share of matching demands is a rough precision);
- discrepancies: a gold discrepancy is found when a tool discrepancy names two of its files and
  shares a content word with it; tool discrepancies matching none are counted per event; a tool
  discrepancy between names that are one name spelled differently counts as a spelling conflict
  (there must be none).

``-v`` lists, per article, what was missed and what was extra. Exits 2 when the gold is absent.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsreader.core.facts import FactSet, analyze  # noqa: E402
from newsreader.core.facts.claim_people import spelled_alike  # noqa: E402
from newsreader.core.facts.serialize import facts_json  # noqa: E402
from newsreader.core.ingest import load_path  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "dev" / "gold-facts.json"
INVENTED = ROOT / "tests" / "data" / "invented-events"  # written for the project, in the repo
STATUSES = ("attending", "not_attending", "conditional")
_STOP_WORDS = (
    "the a an of to and in on for with by at from that this is was be will would its their "
    "his her as it or not no than more most over under into about"
)
_STOP = frozenset(_STOP_WORDS.split())


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2011", " ").replace("-", " ").replace("'s", " ").replace("\u2019s", " ")
    return re.sub(r"[^a-z0-9 ]", " ", s)


def toks(s: str) -> list[str]:
    return [re.sub(r"(.)\1", r"\1", t) for t in fold(s).split()]


def surname(name: str) -> str:
    t = [x for x in toks(name) if x not in {"i", "ii", "iii", "iv", "jr"}]
    return t[-1] if t else ""


def same(gold_name: str, names: set[str]) -> bool:
    k = surname(gold_name)
    return bool(k) and any(k in toks(n) for n in names)


def content(s: str) -> set[str]:
    return {t[:6] for t in toks(s) if t not in _STOP and len(t) > 2}


def event_of(name: str) -> str:
    m = re.match(r"(.+?)-\d\d-", name)
    return m.group(1) if m else name


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    demands_found: int = 0
    demands_gold: int = 0
    demands_tool: int = 0
    disc_found: int = 0
    disc_gold: int = 0
    spelling: int = 0
    unmatched: dict[str, int] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def demand_recall(self) -> float:
        return self.demands_found / self.demands_gold if self.demands_gold else 1.0

    @property
    def demand_precision(self) -> float:
        return self.demands_found / self.demands_tool if self.demands_tool else 1.0

    @property
    def discrepancy_recall(self) -> float:
        return self.disc_found / self.disc_gold if self.disc_gold else 1.0

    @property
    def worst_unmatched(self) -> int:
        return max(self.unmatched.values(), default=0)


def _score_article(doc: dict, gold: dict, tally: Tally, notes: list[str]) -> None:
    people = doc.get("people", [])
    for status in STATUSES:
        want = list(gold.get(status, []))
        used: set[str] = set()
        for p in (p for p in people if p.get("attendance") == status):
            names = {x for x in [p.get("name", ""), *(p.get("variants") or [])] if x}
            hit = next((w for w in want if w not in used and same(w, names)), None)
            if hit:
                used.add(hit)
                tally.tp += 1
            else:
                tally.fp += 1
                notes.append(f"extra   {status:<13} {p.get('name')}")
        tally.fn += len(want) - len(used)
        notes.extend(f"missed  {status:<13} {w}" for w in want if w not in used)
    tool = doc.get("demands", [])
    tally.demands_tool += len(tool)
    for gd in gold.get("demands", []):
        parties = [fold(x).strip() for x in gd["party"].split("|")]
        gist = content(gd["gist"])
        found = False
        for td in tool:
            party = fold(td.get("party") or "")
            if any(x and (x in party or party.strip() in x.split()) for x in parties) and len(
                gist & content(td.get("text", ""))
            ) >= max(1, len(gist) // 3):
                found = True
                break
        tally.demands_gold += 1
        tally.demands_found += found
        if not found:
            notes.append(f"demand  missed {gd['party']}: {gd['gist']}")
    for td in tool:
        notes.append(f"demand  tool   {td.get('party')}: {td.get('text')}")


def _score_discrepancies(
    doc: dict, gold: list[dict], files: list[str], event: str, tally: Tally
) -> None:
    tool = doc.get("discrepancies", [])
    matched: set[int] = set()
    mine = [d for d in gold if set(d["files"]) <= set(files)]
    for gd in mine:
        words = content(gd["topic"] + " " + gd["what"])
        for i, td in enumerate(tool):
            values = td.get("values") or {}
            tfiles = {Path(p).name for p in values}
            text = td.get("topic", "") + " " + " ".join(str(v) for v in values.values())
            if len(tfiles & set(gd["files"])) >= 2 and words & content(text):
                matched.add(i)
                tally.disc_found += 1
                tally.notes.setdefault(event, []).append(f"found   {gd['topic']}")
                break
        else:
            tally.notes.setdefault(event, []).append(f"MISSED  {gd['topic']}")
    tally.disc_gold += len(mine)
    tally.unmatched[event] = len(tool) - len(matched)
    for td in tool:
        names = [n for v in (td.get("values") or {}).values() for n in str(v).split(", ")]
        distinct = list(dict.fromkeys(names))
        alike = all(spelled_alike(a, b) for k, a in enumerate(distinct) for b in distinct[k + 1 :])
        if td.get("kind") == "person" and len(distinct) > 1 and alike:
            tally.spelling += 1
            tally.notes.setdefault(event, []).append(f"SPELLING {td.get('topic')}: {distinct}")
    for i, td in enumerate(tool):
        if i not in matched:
            values = "; ".join(f"{Path(p).name}: {v}" for p, v in (td.get("values") or {}).items())
            tally.notes.setdefault(event, []).append(f"unmatched {td.get('topic')}: {values}")


def evaluate(gold_path: Path, folder: Path, only: str | None = None) -> Tally:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    events: dict[str, list[str]] = collections.defaultdict(list)
    for name in gold["articles"]:
        events[event_of(name)].append(name)
    tally = Tally()
    for event, names in sorted(events.items()):
        if only and event != only:
            continue
        files = sorted(names)
        factset: FactSet = analyze([load_path(folder / f) for f in files])
        doc = facts_json(factset)
        by_file = {Path(a["path"]).name: a for a in doc["articles"]}
        for name in files:
            notes = tally.notes.setdefault(name, [])
            _score_article(by_file.get(name, {}), gold["articles"][name], tally, notes)
        _score_discrepancies(doc, gold.get("discrepancies", []), files, event, tally)
    return tally


def summary(t: Tally) -> str:
    return (
        f"attendance P {t.precision:.2f} R {t.recall:.2f} F1 {t.f1:.2f} · demands R "
        f"{t.demand_recall:.2f} (tool P~{t.demand_precision:.2f}) · discrepancies "
        f"{t.disc_found}/{t.disc_gold}, most unmatched in one event {t.worst_unmatched}, "
        f"spelling-variant conflicts {t.spelling}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD, help="gold JSON")
    parser.add_argument("--articles", type=Path, default=None, help="article folder")
    parser.add_argument("--event", default=None, help="only this event")
    parser.add_argument("-v", "--verbose", action="store_true", help="misses per article")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"eval_events: no gold at {args.gold}", file=sys.stderr)
        return 2
    folder = args.articles or args.gold.parent
    tally = evaluate(args.gold, folder, args.event)
    if args.verbose:
        for key, notes in tally.notes.items():
            if notes:
                print(f"== {key}")
                for note in notes:
                    print(f"   {note}")
    per_event = ", ".join(f"{k} {v}" for k, v in sorted(tally.unmatched.items()))
    print(f"unmatched tool discrepancies per event: {per_event}")
    print(summary(tally))
    return 0


if __name__ == "__main__":
    sys.exit(main())
