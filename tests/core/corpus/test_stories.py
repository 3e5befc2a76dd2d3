"""Story clusters: publication dates keep a later round of talks apart from this one."""

from __future__ import annotations

import numpy as np

from newsreader.core.corpus import overview
from newsreader.core.corpus.clusters import STORY_DAYS, day_numbers
from tests.core.corpus.conftest import make_article

ROUND_ONE = """Delegations from Arvania and Belmora met on Tuesday at the Lakeside Palace in Corvin for a first round of water talks.

Arvania's team is led by deputy minister Tomas Halberg, with the river authority chief Ilyas Koval and two engineers.

The talks lasted three hours. Both sides agreed to exchange maps of the disputed channel within a week."""

ROUND_ONE_OTHER = """The first round of water talks between Arvania and Belmora ended on Tuesday in Corvin after three hours.

Deputy minister Tomas Halberg, who leads Arvania's delegation with river chief Ilyas Koval, said the sides would swap maps of the channel.

Belmora's delegation left the Lakeside Palace without speaking to reporters."""

ROUND_TWO = """A second round of water talks in Corvin ended without a date for a third, Belmora's delegation said.

The sides argued over the maps of the disputed channel they swapped after the first round at the Lakeside Palace.

Tomas Halberg, the Arvania deputy minister, again came with river chief Ilyas Koval and two engineers."""


def test_day_numbers_reads_iso_dates_and_leaves_others_unknown() -> None:
    days = day_numbers(["2025-05-14", "2025-05-21T10:00:00Z", "", "yesterday"])
    assert days[1] - days[0] == 7
    assert np.isnan(days[2]) and np.isnan(days[3])


def test_without_dates_similar_rounds_can_share_a_story() -> None:
    articles = [make_article(t) for t in (ROUND_ONE, ROUND_ONE_OTHER, ROUND_TWO)]
    result = overview(articles)
    assert result.cluster_of(0) == result.cluster_of(1)
    assert result.cluster_of(2) == result.cluster_of(0)  # words alone do not tell the rounds apart


def test_publication_dates_weeks_apart_separate_the_rounds() -> None:
    dates = ("2025-05-14", "2025-05-15", "2025-06-04")
    articles = [
        make_article(t, published=d)
        for t, d in zip((ROUND_ONE, ROUND_ONE_OTHER, ROUND_TWO), dates, strict=True)
    ]
    result = overview(articles)
    assert result.cluster_of(0) == result.cluster_of(1)
    assert result.cluster_of(2) != result.cluster_of(0)


def test_dates_within_a_few_days_do_not_split_a_story() -> None:
    dates = ("2025-05-14", "2025-05-15", f"2025-05-{14 + STORY_DAYS:02d}")
    articles = [
        make_article(t, published=d)
        for t, d in zip((ROUND_ONE, ROUND_ONE_OTHER, ROUND_TWO), dates, strict=True)
    ]
    result = overview(articles)
    assert len({result.cluster_of(i) for i in range(3)}) == 1


def test_a_copy_published_later_stays_with_its_source() -> None:
    copy = ROUND_ONE.replace("Tuesday", "Tuesday, officials said,")
    articles = [
        make_article(ROUND_ONE, published="2025-05-14"),
        make_article(copy, published="2025-06-20"),
    ]
    result = overview(articles)
    assert result.relation(0, 1) is not None
    assert result.cluster_of(0) == result.cluster_of(1)
