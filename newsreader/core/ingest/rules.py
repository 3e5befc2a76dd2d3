"""Page furniture recognised from one line on its own (no context needed).

Each rule looks at features of a line that hold across websites rather than at exact strings from
particular pages: a short line made of interface words ("Share this article", "Log in", "Follow us
on:"), a list item that starts with a clock time (a "Latest news" ticker), a relative timestamp
("Published 3 days ago", "2 minute read"), a photo credit, a logo, a cookie notice, a copyright
line, a bare web address, a navigation trail ("Home | World | Europe"), a section label ("Related
stories", "You may also like", "About Us"), a cross-link ("Read also: …"), a syndication note.

:func:`furniture_reason` returns a short reason (kept for tests and debugging) or ``None``.
:func:`self_description` and :func:`author_bio` recognise "About"-style paragraphs, which are only
dropped when they come after the article (see :mod:`newsreader.core.ingest.cleaner`).
"""

from __future__ import annotations

import re

from newsreader.core.ingest.blocks import Block
from newsreader.core.ingest.urls import url_in_line
from newsreader.core.ingest.vocab import UI_START, UI_WORDS

# The page-furniture rules' own words, not text.WORD: a full stop splits ("10.51", "cnn.com"), so a
# live blog's time stamp is not read as one odd word (text.WORD dropped such entries: tried).
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]*_]*$")

UI_VOCAB = UI_START | UI_WORDS
_UI_STRONG = re.compile(
    r"\b(?:social media|unlimited access|newsletter|this (?:article|story|page)|follow us|"
    r"sign up|log in|subscribe now|for more)\b",
    re.IGNORECASE,
)

_SECTION_LABEL = re.compile(
    r"^(?:related(?: (?:news|stories|articles|content|topics|coverage|posts|reading|links))?"
    r"|latest(?: (?:news|stories|articles|updates|headlines|posts|videos))?"
    r"|(?:most|more) (?:read|popular|viewed|shared|commented|watched)"
    r"|trending(?: now| stories| news| topics)?"
    r"|recommended(?: for you| stories| articles| reading| videos)?"
    r"|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in|have missed)"
    r"|in case you missed it|you may have missed|don'?t miss(?: this)?|editor'?s picks?"
    r"|more (?:from|on|in|stories|news|articles|like this|to read|videos)(?: \S+){0,4}"
    r"|top (?:stories|news|headlines|picks)|(?:read|see|watch) (?:also|next|more)|also read"
    r"|further reading|what to read next|popular(?: now| stories| articles)?|in other news"
    r"|around the web|from the web|from our partners|(?:sponsored|promoted|partner)(?: content| stories| links| posts)?"
    r"|(?:other|more|related|similar|recent|latest|popular|top|recommended)(?: \w+){0,2} "
    r"(?:stories|articles|news|columns|posts|videos|headlines|reads|links|coverage|content)"
    r"|most popular(?: \w+){0,2}|today on \S+(?: \S+)?"
    r"|about (?:us|the authors?|the writer|the reporter|this (?:site|website|newspaper|publication))"
    r"|who we are|contact(?: us)?|tags|topics|filed under|categories|share(?: this)?|comments?"
    r"|lire aussi|à lire aussi|voir aussi|leer (?:también|más)|lea también|lesen sie auch"
    r"|mehr zum thema|leggi anche|leia também|читайте также|также читайте"
    r"|(?:más|mas) sobre(?: \S+){0,4}|(?:las|los) (?:más|mas) (?:leídas|leidas|vistas|vistos|leídos)"
    r"|(?:plus|à lire) sur(?: \S+){0,4}|les plus (?:lus|partagés|commentés)|mehr zu(?:m)?(?: \S+){0,4}"
    r"|meistgelesen|am meisten gelesen|(?:più|piu) letti"
    r"|(?:on|sur|sobre|zum|sullo) (?:the |le |el |lo )?(?:same|même|mismo|gleichen|selben|stesso) "
    r"(?:topic|subject|story|sujet|thème|tema|thema|argomento))$",
)
_CROSS_LINK = re.compile(
    r"^(?:read also|also read|read more|see also|related|recommended|watch|listen|lire aussi|"
    r"read|more|further reading|explainer|must read|don'?t miss|also see|also on \S+|"
    r"lire|à lire|voir|leer|lea|lesen sie|leggi|leia|veja)"
    r"\s*[:|»›>–—-]\s*\S",
    re.IGNORECASE,
)
_TIME_ITEM = re.compile(
    r"^(?:[-*•·▪◦‣–—+]\s*)?(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s*(?:GMT|UTC|[A-Z]{2,4}T))?\s*[-–—|:]?\s+\S",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[-*•·▪◦‣–—+]\s+")
_RELATIVE_TIME = re.compile(
    r"\b(?:\d+|an?|one|few)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|"
    r"months?|years?|yrs?)\s+ago(?![a-z])"
    r"|\b\d+[\s-]*(?:minutes?|mins?|min)\.?\s+read(?![a-z])|\bjust now\b|\breading time\b"
    r"|\b(?:more than|over|about) (?:\d+|an?|one|two|three) (?:years?|months?|weeks?|days?) old\b",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^\(?(?:(?:file |main |top |header |featured )?(?:photo|photos|photograph|image|images|"
    r"picture|pic|video|graphic|illustration|credit|credits|caption|image caption|image source|"
    r"media caption|source image|cover image|foto)(?:\s+(?:credit|credits|by|courtesy|source))?"
    r"\s*[:©|/,]"
    r"|(?:photo|image|picture)s?\s+(?:by|courtesy|credit)\b)",
    re.IGNORECASE,
)
_AGENCY_CREDIT = re.compile(
    r"^\(?[A-Z][A-Z.&\s]{1,20}/[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\)?$"
)
# Photo agencies and picture libraries, as named in credits under news photos.
_PHOTO_AGENCY = (
    r"(?:getty images|afp|reuters|ap(?: photo)?|epa(?:-efe)?|efe|anadolu(?: agency)?|"
    r"shutterstock|alamy|pa(?: media| images)?|sputnik|tass|xinhua|bloomberg|nurphoto|"
    r"sopa images|zuma(?: press| wire)?|imago|dpa|ansa|pool|handout)"
)
_AGENCY_NAME = re.compile(_PHOTO_AGENCY, re.IGNORECASE)
_AGENCY_ONLY = re.compile(
    rf"^\(?(?:[\w.'’ -]{{1,40}}\s*(?:/|\bvia\b|\bfor\b)\s*)?{_PHOTO_AGENCY}(?:\s+via\s+[\w .'’-]{{1,40}})?\)?\.?$",
    re.IGNORECASE,
)
# A photo caption that ends with its credit: "... in Moscow, May 14, 2025. REUTERS/Jane Roe".
_CAPTION_CREDIT = re.compile(
    r"(?:\b[A-Z]{2,}(?:[ -][A-Z]{2,})*/[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"|\bvia\s+(?:REUTERS|Reuters|AFP|Getty Images|AP)"
    r"|\((?:Photo|Picture|Image|Foto)s?(?:\s*:|\s+by|\s+de)?\s+[^()]{2,60}\)"
    # "(Jane Roe/AFP/Getty Images)": a photographer and agencies, slash-separated, in brackets
    r"|\([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*/\s*[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,2}){1,3}\)"
    # "... for two years. Picture: Jane Roe" / "Source: Supplied" after the caption's last sentence
    r"|(?<=[.!?”\"’]\s)(?:Source|Photo|Picture|Image|Credit|Foto|Bild)s?\s*:\s*[^.:;()]{1,40})\.?\s*$"
)
# A caption that ends with an agency in brackets: "... on the border on Monday. (Reuters)"
_AGENCY_IN_BRACKETS = re.compile(rf"[.!?]\s*\({_PHOTO_AGENCY}\)\.?$", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
_BYLINE_START = re.compile(r"^(?:by|par|por|von|di|door|av)\b", re.IGNORECASE)
_WIRE_AGENCIES = rf"(?:{_PHOTO_AGENCY}|agencies|wires?|news agencies)"
_WIRE_CREDIT = re.compile(
    rf"^\((?:[^()]{{1,40}}\s(?:with|avec|con|mit)\s|with\s)?{_WIRE_AGENCIES}"
    rf"(?:\s*(?:,|/|&|and)\s*{_WIRE_AGENCIES})*\)\.?$",
    re.IGNORECASE,
)
_NUMBER_ONLY = re.compile(r"^[#№(]?\d{1,6}[).]?$")
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w@])@\w{2,30}")
_CONTRIBUTORS = re.compile(
    r"^(?:(?:additional )?reporting by|writing by|editing by|edited by|compiled by|"
    r"with reporting by|contributing:)\b|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$",
    re.IGNORECASE,
)
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_CUE = re.compile(
    r"\b(?:use|uses|using|accept|consent|policy|settings|preferences|agree|personali[sz]|"
    r"experience|partners|tracking)\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*(?:19|20)\d\d|\bcopyright\s*(?:©\s*)?(?:19|20)\d\d|all rights reserved",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"^(?:loading|please wait|advertisement|advertisements|advertising|advert|ads?|sponsored|"
    r"promoted|skip (?:advert|ad|to (?:main )?content)|story continues (?:below|after)[\w ]*|"
    r"continue reading[\w ]*|scroll to continue[\w ]*|read more|show more|load more|see more|"
    r"view more|more|next|previous|back to top|top|menu|search|home|close|source link|"
    r"source|image|video|audio|listen|watch|print|share|email|comments?(?: \(?\d+\)?)?)\W*$",
    re.IGNORECASE,
)
# A line of nothing but share-button labels: "Facebook", "X Twitter WhatsApp Email".
_SHARE_BUTTONS = re.compile(
    r"^(?:(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|e-?mail|print|copy link|"
    r"pinterest|messenger|flipboard|threads|bluesky|mastodon|tumblr|vk|sms|link)[\s,|/·•:]*){1,8}$",
    re.IGNORECASE,
)
_TECHNICAL = re.compile(
    r"\b(?:your browser does(?:n't| not) support|(?:please )?enable javascript|javascript is "
    r"(?:disabled|required)|this (?:video|audio|content|embed) (?:is|cannot be) (?:not )?"
    r"(?:available|played|displayed)|opens in (?:a )?new (?:window|tab))\b",
    re.IGNORECASE,
)
# An embedded social-media post's signature line: "— Jane Roe (@janeroe) May 15, 2025".
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s*.{1,80}\(@\w{1,30}\)|^pic\.twitter\.com/\S+$", re.I)
_NAV_SEPARATOR = re.compile(r"\s+[|•·›»>/▪◦‣]\s+|\s*[|▪]\s*")
_SYNDICATION = re.compile(
    r"^(?:this (?:article|story|piece|post|report|content|interview|column) "
    r"(?:was|is|has been|first|originally)\b[^.]{0,80}?\b(?:published|appeared|posted|"
    r"republished|reproduced|syndicated|written for)"
    r"|(?:originally|first) (?:published|appeared|posted) (?:in|on|by|at)\b"
    r"|(?:republished|reproduced|reprinted) (?:with|by|from|under|courtesy)\b"
    r"|(?:distributed|syndicated|provided) by\b)",
    re.IGNORECASE,
)
_TAGS = re.compile(r"^(?:tags|topics|filed under|categories|category|keywords)\s*:", re.I)
_HASHTAGS = re.compile(r"^(?:#\w+[\s,]*){2,}$")
_LOGO = re.compile(r"\blogo\b", re.IGNORECASE)

_SELF_DESCRIPTION = re.compile(
    r"^(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,5})\s+"
    r"(?:is|was|has been|has become)\s+(?:a|an|the|one of|now)\b[^.]{0,160}?\b"
    r"(?:newspaper|news|publication|outlet|website|site|magazine|media|agency|broadcaster|"
    r"network|platform|portal|journal|tabloid|daily|weekly|channel|publisher|press)\b"
    r"|^(?:we are|we're)\s+(?:a|an|the)\b[^.]{0,120}?\b(?:newspaper|news|publication|outlet|"
    r"website|magazine|media|agency|broadcaster|network|platform|portal|journal)\b"
    r"|^(?:founded|established|launched) in (?:19|20)\d\d,\s",
)
_BIO_START = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|van|von|bin|al|el)){1,3})\s+"
    r"(?:is|was|has been|joined|covers|writes|specialises|specializes|works)\b"
)
_BIO_CUE = re.compile(
    r"\b(?:correspondent|reporter|journalist|editor|writer|columnist|contributor|freelance|"
    r"covers|covering|newsroom|bureau|staff writer|news desk)",
    re.IGNORECASE,
)
_BIO_STRONG = re.compile(
    r"\b(?:degree|graduated?|bachelor|master'?s|speciali[sz]\w*|joined \S+(?: \S+){0,3} in (?:19|20)\d\d)",
    re.IGNORECASE,
)


def tokens(text: str) -> list[str]:
    """Lower-case word tokens."""
    return [t.lower() for t in _TOKEN.findall(text)]


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def furniture_reason(block: Block) -> str | None:
    """Why ``block`` is page furniture, or ``None`` when nothing about the line says so."""
    text = block.text
    if len(text) > 600:
        return _long_line_reason(text)
    words = tokens(text)
    n = len(words)
    if url_in_line(text):
        return "web address"
    if n == 0:
        return "no words"
    if _NUMBER_ONLY.match(text):
        return "number"  # a comment count, a rank in a list of other stories
    if _FILLER.match(text) or _SHARE_BUTTONS.match(text):
        return "page control"
    if n <= 20 and _TECHNICAL.search(text):
        return "technical notice"
    if n <= 40 and _EMBED_SIGNATURE.search(text):
        return "embedded post signature"
    if n <= 25 and (
        _TIME_ITEM.match(text)
        and (block.kind == "li" or _BULLET.match(text) or (n <= 15 and not ends_sentence(text)))
    ):
        return "time-stamped list item"  # not a live blog's entry: "10.58 Bail refused."
    relative = _RELATIVE_TIME.search(text) if n <= 12 else None
    if relative and (
        not ends_sentence(text)
        or len(tokens(text[: relative.start()] + text[relative.end() :])) <= 3
    ):
        return "timestamp"  # "Published 3 days ago", not "... he said two years ago."
    if n <= 40 and _COPYRIGHT.search(text):
        return "copyright notice"
    if n <= 20 and (
        _CREDIT.match(text)
        or _AGENCY_CREDIT.match(text)
        or _AGENCY_ONLY.match(text)
        or text.startswith("©")
    ):
        return "photo credit"
    if n <= 60 and (
        _CAPTION_CREDIT.search(text)
        or (_AGENCY_IN_BRACKETS.search(text) and not _QUOTE_MARKS.search(text))
    ):
        return "photo caption"
    if n <= 40 and _CONTRIBUTORS.search(text):
        return "contributor credits"
    if n <= 10 and _WIRE_CREDIT.match(text):
        return "wire credit"  # "(Reuters)", "(The Example Post with AFP)"
    if block.kind == "caption":
        return "image caption"
    if n <= 8 and _LOGO.search(text):
        return "logo"
    if n <= 14 and _is_ui_prompt(words, text):
        return "interface prompt"
    if (
        n <= 12
        and _CONTACT.search(text)
        and (n <= 6 or not ends_sentence(text))
        and not _BYLINE_START.match(text)
    ):
        return "contact details"  # "Email jane@example.org // Twitter @janeroe"
    label = " ".join(words)
    if n <= 7 and not ends_sentence(text) and _SECTION_LABEL.match(label):
        return "section label"
    if n <= 25 and _CROSS_LINK.match(text):
        return "cross-link"
    if _is_navigation(text):
        return "navigation"
    if (n <= 25 and _TAGS.match(text)) or _HASHTAGS.match(text):
        return "tags"
    if n <= 40 and _SYNDICATION.match(text):
        return "syndication note"
    return _long_line_reason(text)


def _long_line_reason(text: str) -> str | None:
    """Rules that also apply to long lines: cookie banners and copyright notices."""
    n = len(text.split())
    if n <= 60 and _COOKIE.search(text) and _COOKIE_CUE.search(text):
        return "cookie notice"
    if n <= 40 and _COPYRIGHT.search(text):
        return "copyright notice"
    return None


def _is_ui_prompt(words: list[str], text: str) -> bool:
    if not words:
        return False
    known = sum(1 for w in words if w in UI_VOCAB or w.isdigit())
    share = known / len(words)
    if words[0] not in UI_START:
        # "Newsletter signup", "You must log in to comment": an interface verb later on, and
        # next to nothing but interface words around it.
        return len(words) >= 2 and share >= 0.75 and any(w in UI_START for w in words)
    if len(words) == 1:
        return not ends_sentence(text) or text.endswith("...")
    return share >= 0.6 or (share >= 0.4 and bool(_UI_STRONG.search(text)))


def _is_navigation(text: str) -> bool:
    parts = [p for p in _NAV_SEPARATOR.split(text) if p.strip()]
    if len(parts) < 3:
        return False
    return all(len(p.split()) <= 4 and not ends_sentence(p) for p in parts)


def is_agency(text: str) -> bool:
    """A news or photo agency's name on its own ("AFP", "Reuters", "Getty Images")."""
    return _AGENCY_NAME.fullmatch(text.strip()) is not None


def self_description(text: str) -> str | None:
    """The outlet's name when ``text`` is an outlet describing itself ("X is a daily newspaper…")."""
    m = _SELF_DESCRIPTION.match(text[:400])
    if not m:
        return None
    return (m.groupdict().get("name") or "").strip() or "?"


def author_bio(text: str, author: str = "") -> str | None:
    """The person's name when ``text`` is an author biography ("X is Y's senior correspondent…").

    A paragraph that starts with the byline name and describes a journalist counts; so does one
    with unmistakable biography words (a degree, "specialises in") when the author is unknown.
    """
    head = text[:400]
    m = _BIO_START.match(head)
    if not m:
        return None
    name = m.group("name")
    if author and set(name.lower().split()) & set(author.lower().split()) and _BIO_CUE.search(head):
        return name
    if _BIO_STRONG.search(head) and _BIO_CUE.search(head):
        return name
    return None
