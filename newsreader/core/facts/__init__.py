"""Facts per outlet and across outlets, by rules (no model download).

Per article (:func:`extract_facts`): people with roles and attendance, demands, quotes, dates,
places and figures, each with the evidence sentence it came from. Across a set (:func:`analyze`):
people canonicalized across spellings, facts compared in rows (:func:`fact_grid`), discrepancies
and omissions; :func:`facts_json` gives the ``newsreader facts --json`` shape.
"""

from newsreader.core.facts.analyze import analyze, analyze_facts
from newsreader.core.facts.extract import extract_facts
from newsreader.core.facts.grid import FactGrid, GridColumn, fact_grid
from newsreader.core.facts.model import (
    STATUS_LABELS,
    STATUSES,
    ArticleFacts,
    AttendanceCue,
    CanonicalPerson,
    Cell,
    DateFact,
    Demand,
    Discrepancy,
    Evidence,
    FactItem,
    FactRow,
    FactSet,
    Figure,
    NameOverrides,
    Omission,
    Person,
    Place,
    Quote,
    Role,
    Status,
)
from newsreader.core.facts.sections import Section, sections
from newsreader.core.facts.serialize import facts_json

__all__ = [
    "STATUSES",
    "STATUS_LABELS",
    "ArticleFacts",
    "AttendanceCue",
    "CanonicalPerson",
    "Cell",
    "DateFact",
    "Demand",
    "Discrepancy",
    "Evidence",
    "FactGrid",
    "FactItem",
    "FactRow",
    "FactSet",
    "Figure",
    "GridColumn",
    "NameOverrides",
    "Omission",
    "Person",
    "Place",
    "Quote",
    "Role",
    "Section",
    "Status",
    "analyze",
    "analyze_facts",
    "extract_facts",
    "fact_grid",
    "facts_json",
    "sections",
]
