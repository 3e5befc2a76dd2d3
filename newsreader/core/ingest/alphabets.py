"""Which letters beyond ASCII each language of a legacy code page writes, to tell code pages apart.

Single-byte Latin code pages decode each other's bytes without error: windows-1252 bytes read as
windows-1257 turn "crème brûlée, déjà" into "crčme brūlée, déją", and Czech windows-1250 read as
windows-1252 turns "rozpočtu, řekl" into "rozpoètu, økl". Statistical detection cannot always tell
on short texts. A reading is *plausible* for a code page when its accented letters all belong to
one language that code page is made for (Lithuanian has no é; no Western language writes ø next
to ì). Browsers default to windows-1252 for Latin text; :mod:`.decode` keeps that default unless
the other reading is plausible and the windows-1252 one is not.
"""

from __future__ import annotations

# Lowercase letters beyond ASCII, per language.
_WESTERN = {
    "French": "àâçéèêëîïôœùûüÿ",
    "Spanish": "áéíóúñü",
    "Portuguese": "áâãàçéêíóôõú",
    "Italian": "àèéìíîòóùú",
    "German": "äöüß",
    "Dutch": "éèëïóöü",
    "Danish, Norwegian": "æøåé",
    "Swedish, Finnish": "åäöé",
    "Catalan": "àçéèíïòóúü",
    "Irish": "áéíóú",
}
_CENTRAL = {
    "Czech": "áčďéěíňóřšťúůýž",
    "Slovak": "áäčďéíĺľňóôŕšťúýž",
    "Polish": "ąćęłńóśźż",
    "Hungarian": "áéíóöőúüű",
    "Slovene, Croatian": "čćđšž",
    "Romanian": "ăâîșşțţ",
    "German": "äöüß",
}
_BALTIC = {
    "Lithuanian": "ąčęėįšųūž",
    "Latvian": "āčēģīķļņšūž",
    "Estonian": "äõöüšž",
    "Polish": "ąćęłńóśźż",
    "German": "äöüß",
    "Swedish, Finnish": "åäö",
}
_TURKISH = {"Turkish": "çğıöşüâîû", **_WESTERN}

# Python codec names (as charset-normalizer reports them) → the languages they are made for.
LANGUAGES: dict[str, dict[str, str]] = {
    "cp1252": _WESTERN,
    "latin_1": _WESTERN,
    "iso8859_15": _WESTERN,
    "cp1250": _CENTRAL,
    "iso8859_2": _CENTRAL,
    "mac_latin2": _CENTRAL,
    "cp852": _CENTRAL,
    "iso8859_16": _CENTRAL,
    "cp1257": _BALTIC,
    "iso8859_13": _BALTIC,
    "iso8859_4": _BALTIC,
    "cp775": _BALTIC,
    "iso8859_10": _BALTIC,
    "cp1254": _TURKISH,
    "iso8859_9": _TURKISH,
}


def letters_beyond_ascii(text: str) -> set[str]:
    return {ch for ch in text.lower() if ord(ch) > 0x7F and ch.isalpha()}


def plausible(text: str, codec: str) -> bool | None:
    """True when ``text``'s accented letters all belong to one language of ``codec``; False when
    they do not; None when ``codec`` is not a Latin code page known here."""
    languages = LANGUAGES.get(codec)
    if languages is None:
        return None
    letters = letters_beyond_ascii(text)
    return any(letters <= set(alphabet) for alphabet in languages.values())
