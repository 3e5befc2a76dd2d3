"""Calendar dates as people write them, checked rather than repaired.

``find_dates`` finds ISO dates, numeric day/month/year dates and dates with month names. A date
that cannot exist (31/02/2025, 2025-04-31) is reported with ``iso=None`` so the caller can say so;
it is never moved to a neighbouring valid day. Numeric dates where both orders are valid
(03/04/2025) are read day first and flagged ``ambiguous``.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

_MONTH_NAMES = (
    # English, French, Spanish, German, Italian, Portuguese; with and without accents.
    "january jan janvier enero januar jänner gennaio janeiro",
    "february feb février fevrier febrero februar febbraio fevereiro",
    "march mar mars marzo märz maerz março marco",
    "april apr avril abril aprile",
    "may mai mayo maggio maio",
    "june jun juin junio juni giugno junho",
    "july jul juillet julio juli luglio julho",
    "august aug août aout agosto",
    "september sept sep septembre septiembre setiembre settembre setembro",
    "october oct octobre octubre oktober ottobre outubro",
    "november nov novembre noviembre novembro",
    "december dec décembre decembre diciembre dezember dicembre dezembro",
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"

_ISO = re.compile(r"(?<![\d.])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?![\d])")
_YMD = re.compile(r"(?<![\d.])((?:19|20)\d\d)[/.](\d{1,2})[/.](\d{1,2})(?![\d])")
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d])")
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?(?:\s+(?:of|de))?\s+{_MONTH}\.?,?\s+(?:de\s+)?"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"\b{_MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE
)
_COMPACT = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?:T|$)")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")


@dataclass(frozen=True, slots=True)
class DateFound:
    written: str  # the text as written
    iso: str | None  # YYYY-MM-DD, or None when no such day exists
    ambiguous: bool = False  # day and month could be swapped
    start: int = 0


def find_dates(text: str) -> list[DateFound]:
    """Every date written in ``text``, in order (overlapping matches resolved left to right)."""
    found: list[tuple[int, int, DateFound]] = []
    for m in _ISO.finditer(text):
        found.append((m.start(), m.end(), _make(m, int(m[1]), int(m[2]), int(m[3]))))
    for m in _YMD.finditer(text):
        found.append((m.start(), m.end(), _make(m, int(m[1]), int(m[2]), int(m[3]))))
    for m in _NUMERIC.finditer(text):
        found.append((m.start(), m.end(), _numeric(m)))
    for m in _DAY_MONTH.finditer(text):
        found.append((m.start(), m.end(), _make(m, int(m[3]), _MONTHS[m[2].lower()], int(m[1]))))
    for m in _MONTH_DAY.finditer(text):
        found.append((m.start(), m.end(), _make(m, int(m[3]), _MONTHS[m[1].lower()], int(m[2]))))
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[DateFound] = []
    end = -1
    for a, b, date in found:
        if a >= end:
            out.append(date)
            end = b
    return out


def parse_meta_date(value: str) -> DateFound | None:
    """The date in a metadata value (``2025-09-11T07:30:00+00:00``, ``20250911``, ``11 Sep 2025``)."""
    value = value.strip()
    m = _COMPACT.match(value)
    if m:
        return _make(m, int(m[1]), int(m[2]), int(m[3]))
    dates = find_dates(value[:200])
    return dates[0] if dates else None


def url_date(url: str) -> DateFound | None:
    """A date in a URL path such as ``/2025/09/11/``."""
    m = _URL_DATE.search(url)
    return _make(m, int(m[1]), int(m[2]), int(m[3])) if m else None


def valid_iso(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _make(m: re.Match[str], year: int, month: int, day: int) -> DateFound:
    return DateFound(m.group(0).strip(), valid_iso(year, month, day), False, m.start())


def _numeric(m: re.Match[str]) -> DateFound:
    a, b, year = int(m[1]), int(m[3]), int(m[4])
    day_first = valid_iso(year, b, a)
    month_first = valid_iso(year, a, b)
    if day_first and month_first:
        return DateFound(m.group(0), day_first, a != b, m.start())
    return DateFound(m.group(0), day_first or month_first, False, m.start())
