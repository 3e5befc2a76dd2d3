#!/usr/bin/env python3
"""Score fact extraction against the hand-made gold for the seed articles.

    scripts/eval_facts.py [GOLD_DIR] [--seeds DIR]     the seeds (floors; exit 1 below one)
    scripts/eval_facts.py --set dev [-v] [--event E]   the dev events (scripts/eval_events.py)
    scripts/eval_facts.py --set invented [-v]          the invented events in tests/data

GOLD_DIR defaults to ../shared/gold (next to the repository); the seeds default to GOLD_DIR/../seeds.
The five seeds are analyzed together (as the app does), then scored as the gold's "about" says:

- attendance: precision/recall/F1 over (person, status) pairs (people only: this gold does not
  list parties), statuses attending / not_attending /
  conditional; a prediction listed in the gold's "also_ok" for that person is not counted wrong
  (and counts as found when the gold lists the person);
- roles: share of the gold's stated roles found for the person (every word of the gold role,
  folded, appears in one predicted role);
- demands: share of gold demands matched by a predicted demand of the same party whose text
  contains every keyword (any word form starting with the keyword); gold demands that the tool
  reads as a proposal or a rejection of that party are counted apart (the seed gold predates
  the rule that proposals and refusals are not demands);
- discrepancies: a gold discrepancy is found when one predicted discrepancy gives, for every gold
  file it covers, a value containing the gold value, and covers at least two differing gold values.

A predicted person is the gold person when one of its spellings (in that article or across the
set) is the gold name or one of the gold's listed variants. Exits 1 when a floor is missed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from newsreader.core.facts import Demand, FactSet, Person, analyze  # noqa: E402
from newsreader.core.ingest import load_path  # noqa: E402
from newsreader.core.text import fold  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "gold"
FLOORS = {"attendance_f1": 0.85, "roles": 0.80, "demands": 0.70, "discrepancies": 1.0}
STATUSES = ("attending", "not_attending", "conditional")


@dataclass
class ArticleScore:
    file: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    roles_found: int = 0
    roles_total: int = 0
    demands_found: int = 0
    demands_total: int = 0
    demands_reclassified: int = 0  # gold demands the tool reads as a proposal or a rejection
    misses: list[str] = field(default_factory=list)


@dataclass
class Report:
    articles: list[ArticleScore]
    discrepancies: list[tuple[str, bool]]

    def total(self, name: str) -> int:
        return sum(getattr(a, name) for a in self.articles)

    @property
    def precision(self) -> float:
        tp, fp = self.total("tp"), self.total("fp")
        return tp / (tp + fp) if tp + fp else 1.0

    @property
    def recall(self) -> float:
        tp, fn = self.total("tp"), self.total("fn")
        return tp / (tp + fn) if tp + fn else 1.0

    @property
    def attendance_f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def roles(self) -> float:
        return self.total("roles_found") / max(1, self.total("roles_total"))

    @property
    def demands(self) -> float:
        return self.total("demands_found") / max(1, self.total("demands_total"))

    @property
    def reclassified(self) -> float:
        """Share of gold demands the tool reads as a proposal or a rejection (issue 10: those
        are not demands; the seed gold, older, counts them)."""
        return self.total("demands_reclassified") / max(1, self.total("demands_total"))

    @property
    def discrepancy_share(self) -> float:
        return sum(found for _, found in self.discrepancies) / max(1, len(self.discrepancies))

    def failures(self) -> list[str]:
        values = {
            "attendance_f1": self.attendance_f1,
            "roles": self.roles,
            "demands": self.demands,
            "discrepancies": self.discrepancy_share,
        }
        return [f"{k} {values[k]:.2f} < {v:.2f}" for k, v in FLOORS.items() if values[k] < v - 1e-9]


def _norm(text: str) -> str:
    text = fold(text).replace("defense", "defence").replace("-", " ")
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _all_variants(gold: dict) -> dict[str, set[str]]:
    """Gold name → every spelling the gold lists for it (any article)."""
    out: dict[str, set[str]] = {}
    for art in gold["articles"]:
        for name, variants in art.get("variants", {}).items():
            out.setdefault(name, {name}).update(variants)
    return out


def _gold_names(art: dict) -> set[str]:
    names = set(art.get("attending", [])) | set(art.get("not_attending", []))
    names |= (
        set(art.get("conditional", [])) | set(art.get("roles", {})) | set(art.get("also_ok", {}))
    )
    return names


def _is(person: Person, spellings: set[str], name: str, variants: dict[str, set[str]]) -> bool:
    wanted = {_norm(v) for v in variants.get(name, {name}) | {name}}
    return bool(wanted & {_norm(s) for s in spellings})


def _spellings(factset: FactSet, person: Person) -> set[str]:
    out = {person.name, person.display, *person.variants}
    for cp in factset.people:
        if cp.id == person.person_id:
            out.update(cp.variants)
            out.add(cp.name)
    return out


def _map(
    factset: FactSet, person: Person, names: set[str], variants: dict[str, set[str]]
) -> str | None:
    local = {person.name, *person.variants}
    for name in sorted(names):  # the article's own spellings first, then the whole set's
        if _is(person, local, name, variants):
            return name
    everywhere = _spellings(factset, person)
    for name in sorted(names):
        if _is(person, everywhere, name, variants):
            return name
    return None


def _role_found(gold_role: str, roles: list[str]) -> bool:
    want = set(_norm(gold_role).split())
    return any(want <= set(_norm(r).split()) for r in roles)


def _keyword(text: str, kw: str) -> bool:
    return re.search(r"\b" + re.escape(_norm(kw)), _norm(text)) is not None


def score_article(
    factset: FactSet, index: int, art: dict, variants: dict[str, set[str]]
) -> ArticleScore:
    facts = factset.articles[index]
    s = ArticleScore(art["file"])
    names = _gold_names(art) | set(variants)
    gold = {(n, st) for st in STATUSES for n in art.get(st, [])}
    also_ok = {(n, st) for n, sts in art.get("also_ok", {}).items() for st in sts}
    gold_people = {n for n, _ in gold}
    found: set[tuple[str, str]] = set()
    by_name: dict[str, list[Person]] = {}
    for p in facts.people:
        if p.is_party:
            continue  # the seeds' gold lists people only
        name = _map(factset, p, names, variants)
        if name:
            by_name.setdefault(name, []).append(p)
        if p.attendance == "unknown":
            continue
        key = (name or p.display, p.attendance)
        if key in gold:
            found.add(key)
        elif key in also_ok:
            if name in gold_people:
                found.update(g for g in gold if g[0] == name)
        else:
            s.fp += 1
            s.misses.append(f"extra {key[0]}: {key[1]}")
    s.tp = len(found)
    s.fn = len(gold - found)
    s.misses += [f"missed {n}: {st}" for n, st in sorted(gold - found)]
    for name, role in art.get("roles", {}).items():
        s.roles_total += 1
        roles = [r.text for p in by_name.get(name, []) for r in p.roles]
        if _role_found(role, roles):
            s.roles_found += 1
        else:
            s.misses.append(f"role {name}: {role} (have {roles})")
    for demand in art.get("demands", []):
        s.demands_total += 1
        party = demand["party"]

        def matches(d: Demand, party: str = party, kws: list[str] = demand["keywords"]) -> bool:
            return (
                _norm(d.party) == _norm(party)
                or (party in variants and _norm(d.party) in {_norm(v) for v in variants[party]})
            ) and all(_keyword(d.text, kw) for kw in kws)

        other = next((d for d in facts.proposals + facts.rejections if matches(d)), None)
        if any(matches(d) for d in facts.demands):
            s.demands_found += 1
        elif other is not None:
            s.demands_reclassified += 1
            s.misses.append(f"demand {party}: {demand['keywords']} (read as a {other.kind})")
        else:
            s.misses.append(f"demand {party}: {demand['keywords']}")
    return s


def score_discrepancy(factset: FactSet, gold: dict, files: list[str]) -> bool:
    for d in factset.discrepancies:
        values = {files[i]: v for i, v in d.values.items()}
        covered = {f: v for f, v in gold["values"].items() if f in values}
        if any(_norm(v) not in _norm(values[f]) for f, v in covered.items()):
            continue
        if len({_norm(v) for v in covered.values()}) >= 2:
            return True
    return False


def evaluate(gold_dir: Path, seeds_dir: Path | None = None) -> Report:
    gold = json.loads((gold_dir / "seeds-facts.json").read_text(encoding="utf-8"))
    seeds_dir = seeds_dir or gold_dir.parent / "seeds"
    files = [a["file"] for a in gold["articles"]]
    factset = analyze([load_path(seeds_dir / f) for f in files])
    variants = _all_variants(gold)
    scores = [score_article(factset, i, a, variants) for i, a in enumerate(gold["articles"])]
    discs = [(d["topic"], score_discrepancy(factset, d, files)) for d in gold["discrepancies"]]
    return Report(scores, discs)


def print_report(report: Report, verbose: bool) -> None:
    print(f"{'article':<28} {'att tp':>6} {'fp':>4} {'fn':>4} {'roles':>7} {'demands':>8}")
    for a in report.articles:
        print(
            f"{a.file:<28} {a.tp:>6} {a.fp:>4} {a.fn:>4} "
            f"{a.roles_found:>3}/{a.roles_total:<3} {a.demands_found:>4}/{a.demands_total:<3}"
        )
        if verbose:
            for miss in a.misses:
                print(f"    {miss}")
    print()
    print(f"{'metric':<28} {'value':>7} {'floor':>7}")
    rows = [
        ("attendance precision", report.precision, None),
        ("attendance recall", report.recall, None),
        ("attendance F1", report.attendance_f1, FLOORS["attendance_f1"]),
        ("roles found", report.roles, FLOORS["roles"]),
        ("demands found", report.demands, FLOORS["demands"]),
        ("  + read as proposal/reject", report.reclassified, None),
        ("discrepancies found", report.discrepancy_share, FLOORS["discrepancies"]),
    ]
    for name, value, floor in rows:
        print(f"{name:<28} {value:>7.2f} {'' if floor is None else f'{floor:.2f}':>7}")
    print()
    for topic, found in report.discrepancies:
        print(f"  {'found ' if found else 'MISSED'} {topic}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--set" in argv:
        k = argv.index("--set")
        which = argv[k + 1] if k + 1 < len(argv) else ""
        rest = argv[:k] + argv[k + 2 :]
        if which in ("dev", "invented"):
            from eval_events import INVENTED
            from eval_events import main as events_main

            if which == "invented":
                rest = [str(INVENTED / "gold-facts.json"), *rest]
            return events_main(rest)
        if which != "seeds":
            print("eval_facts: --set is 'seeds', 'dev' or 'invented'", file=sys.stderr)
            return 2
        argv = rest
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD, help="gold folder")
    parser.add_argument("--seeds", type=Path, default=None, help="seed articles folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses per article")
    args = parser.parse_args(argv)
    gold_file = args.gold / "seeds-facts.json"
    if not gold_file.is_file():
        print(
            f"eval_facts: no gold at {gold_file} (pass the gold folder as an argument)",
            file=sys.stderr,
        )
        return 2
    seeds = args.seeds or args.gold.parent / "seeds"
    if not seeds.is_dir():
        print(f"eval_facts: no seed articles at {seeds} (use --seeds DIR)", file=sys.stderr)
        return 2
    report = evaluate(args.gold, seeds)
    print_report(report, args.verbose)
    failures = report.failures()
    if failures:
        print("\nbelow the floor: " + "; ".join(failures))
        return 1
    print("\nall floors met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
