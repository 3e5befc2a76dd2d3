"""The bundled sample articles load clean, with the right title, outlet, author and date."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.core.ingest import load_many, load_path

EXPECTED = {
    # file: (format, outlet, author, published, published_source)
    "meridian-herald.txt": ("txt", "The Meridian Herald", "Lena Ostrowski", "2025-09-10", "text"),
    "coastline-daily.md": ("md", "Coastline Daily", "Lena Ostrowski", "2025-09-10", "text"),
    "harbour-times.html": ("html", "Harbour Times", "Jonas Petrak", "2025-09-11", "meta"),
    "northern-observer.txt": ("txt", "Northern Observer", "Mikael Strand", "2025-09-11", "text"),
    "globe-newsflash.txt": ("txt", "", "", "", ""),
}

# Page furniture each sample carries (it must end up in ``removed``, never in the body).
FURNITURE = {
    "meridian-herald.txt": [
        "Subscribe to The Meridian Herald",
        "Share this article",
        "Related stories",
        "- 09:14",
        "- 08:02",
    ],
    "coastline-daily.md": [
        "This article was first published",
        "Share on social media",
        "Follow us for more",
        "You may also like",
        "- Coastal towns",
        "- Why Saldova",
    ],
    "northern-observer.txt": ["Follow the Northern Observer", "Photo credit:"],
    "globe-newsflash.txt": ["https://globe-newsflash.example/", "Source link"],
    "harbour-times.html": [  # left out by the extractor, still listed
        "Home | World",
        "We use cookies",
        "By Jonas Petrak",
        "Photo: Harbour Times",
        "Most read",
        "About Us",
        "© 2025 Harbour Times",
    ],
}


def _furniture_words() -> set[str]:
    return {"subscribe", "share", "follow", "cookies", "logo", "credit:", "source link", "http"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_metadata(samples_dir: Path, name: str) -> None:
    article = load_path(samples_dir / name)
    fmt, outlet, author, published, source = EXPECTED[name]
    assert (article.format, article.outlet, article.author) == (fmt, outlet, author)
    assert (article.published, article.published_source) == (published, source)
    assert article.title and not article.title.endswith(".")
    assert article.encoding == "utf-8"
    assert article.warnings == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_body_is_clean(samples_dir: Path, name: str) -> None:
    article = load_path(samples_dir / name)
    texts = article.paragraph_texts()
    assert len(texts) >= 7
    assert article.title not in texts
    for text in texts:
        lowered = text.lower()
        assert not any(word in lowered for word in _furniture_words()), text
        assert not text.startswith(("By ", "Published", "- ")), text
    for line in FURNITURE[name]:
        assert any(r.startswith(line) for r in article.removed), line
    starts = [
        next(i for i, r in enumerate(article.removed) if r.startswith(x)) for x in FURNITURE[name]
    ]
    assert starts == sorted(starts)  # in document order


def test_html_sample_keeps_page_furniture_and_script_out(samples_dir: Path) -> None:
    article = load_path(samples_dir / "harbour-times.html")
    everything = " ".join([article.text, *article.removed])
    for furniture in ("tracker", "cookies", "Most read", "All rights reserved", "Log in", "Home"):
        assert furniture not in " ".join(article.paragraph_texts()), furniture
    assert "window.tracker" not in everything  # script text never becomes article text
    assert "<" not in article.text
    assert article.url == "https://harbourtimes.example/world/2025/09/11/water-talks-port-meridian"
    assert article.title == "Water talks open in Port Meridian without Varga"


def test_markdown_sample_links_keep_text_only(samples_dir: Path) -> None:
    article = load_path(samples_dir / "coastline-daily.md")
    everything = " ".join([article.text, *article.removed])
    assert "javascript" not in everything
    assert "coastline.example" not in everything
    assert "**" not in everything
    assert '"without preconditions"' in " ".join(article.paragraph_texts())


def test_all_samples_load_together(sample_paths: list[Path]) -> None:
    report = load_many(sample_paths)
    assert report.failures == []
    assert report.duplicates == []
    assert len(report.articles) == len(sample_paths)
    assert len({a.id for a in report.articles}) == len(sample_paths)
