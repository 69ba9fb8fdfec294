"""The words of the importer's review items and notes, in English and French: the one place.

A review item is structured: a `code` (what kind of thing to check), the criterion or field it
is about, and `values` (numbers, codes and quotations of the notice). `review_message(item,
lang)` words it in the reader's language, for the CLI (`--lang`) and the app's import review
(the UI language). Values that are codes (a kind, a header field, a list, a language half) are
named in that language here; quotations of the notice stay as the notice wrote them; a value
worded in both languages at import time (a level description, the reasons of a low-confidence
reading) is a {"en": ..., "fr": ...} mapping. `ReviewItem.message` keeps the English wording,
so files written before review items had values, and readers that know only the message, still
read them.

Recognizers explain a doubtful reading with `Note`s (bullet_typing.py), worded in
review_notes.py; the criteria builder quotes them in a low-confidence review item. The
wording of each code is the table in review_wording.py.
"""

from __future__ import annotations

from collections.abc import Mapping

from screener.domain.kinds import KINDS
from screener.domain.vacancy import ReviewItem, ReviewValue
from screener.importer.review_wording import REVIEW_TEXT
from screener.report.messages import french_typography

_LANGS = ("en", "fr")

# The review list's own lines (the CLI prints them above and instead of the items).
LIST_TEXT: dict[str, tuple[str, str]] = {
    "open": ("{count} item(s) to review:", "{count} point(s) à vérifier :"),
    "none": (
        "nothing flagged for review; still compare it with the notice",
        "rien n'est signalé ; comparez tout de même le brouillon avec l'avis",
    ),
}

# Names of the values that are codes, in each language.
_HALVES = {"en": {"en": "English", "fr": "French"}, "fr": {"en": "anglais", "fr": "français"}}
_PARTS = {
    "en": {"essential": "ESSENTIAL", "desirable": "DESIRABLE"},
    "fr": {"essential": "ACQUIS ESSENTIELS", "desirable": "ACQUIS SOUHAITABLES"},
}
FIELD_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "reference": "reference", "title": "title", "location": "primary location",
        "nato_body": "NATO body", "schedule": "schedule", "grade": "grade",
        "deadline": "application deadline", "salary": "salary", "clearance": "clearance level",
    },
    "fr": {
        "reference": "référence", "title": "titre", "location": "lieu d'affectation",
        "nato_body": "organisme OTAN", "schedule": "horaire", "grade": "grade",
        "deadline": "date limite de candidature", "salary": "salaire",
        "clearance": "niveau d'habilitation",
    },
}  # fmt: skip
# Where a guessed header value was read ("where" values).
_PLACES = {
    "text": ("the text", "le texte"),
    "file_name": ("the file name", "le nom du fichier"),
    "first_lines": ("the first lines of the notice", "les premières lignes de l'avis"),
    "body_name": ("a name in the text", "un nom dans le texte"),
    "sentence": ("the sentence '{quote}'", "la phrase « {quote} »"),
}
_KIND_LABELS = {kind.name: kind.label for kind in KINDS}


def kind_name(kind: str, lang: str) -> str:
    """A kind's name as the report words it ("education", "formation")."""
    labels = _KIND_LABELS.get(kind)
    return labels[_LANGS.index(lang)] if labels else kind


def _named(key: str, value: ReviewValue, lang: str, values: Mapping[str, ReviewValue]) -> str:
    """A value as the reader should see it: codes named in `lang`, the rest as they are."""
    at = _LANGS.index(lang)
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("en") or "")
    if isinstance(value, list) and key == "quotes":
        return ", ".join((f"« {v} »" if lang == "fr" else f"'{v}'") for v in value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = str(value)
    if key in ("kind", "en_kind", "fr_kind"):
        return kind_name(text, lang)
    if key == "half":
        return _HALVES[lang].get(text, text)
    if key == "part":
        return _PARTS[lang].get(text, text)
    if key == "field":
        return FIELD_NAMES[lang].get(text, text.replace("_", " "))
    if key == "where" and text in _PLACES:
        return _PLACES[text][at].format(quote=values.get("quote", ""))
    return text


def _template(key: str, lang: str) -> str | None:
    texts = REVIEW_TEXT.get(key)
    return texts[_LANGS.index(lang)] if texts else None


def review_message(item: ReviewItem, lang: str) -> str:
    """The item worded in `lang` ("en" or "fr"); its stored message when it has no wording
    here (a file written by an older version, or a code this version does not know)."""
    lang = lang if lang in _LANGS else "en"
    case = item.values.get("case")
    key = f"{item.code}.{case}" if isinstance(case, str) else item.code
    template = _template(key, lang)
    if template is None:
        return item.message
    named = {k: _named(k, v, lang, item.values) for k, v in item.values.items()}
    if item.field is not None and "field" not in named:
        named["field"] = _named("field", item.field, lang, item.values)
    try:
        rendered = template.format(**named)
    except (KeyError, IndexError, ValueError):
        return item.message  # values missing from an edited file: say what was stored
    return french_typography(rendered) if lang == "fr" else rendered


def review_list_line(key: str, lang: str, count: int = 0) -> str:
    """The review list's heading ("open", with the count) or its empty line ("none")."""
    lang = lang if lang in _LANGS else "en"
    rendered = LIST_TEXT[key][_LANGS.index(lang)].format(count=count)
    return french_typography(rendered) if lang == "fr" else rendered


def review_item(
    code: str,
    *,
    criterion: str | None = None,
    field: str | None = None,
    case: str | None = None,
    **values: ReviewValue,
) -> ReviewItem:
    """A review item with its values; its message is the English wording."""
    if case is not None:
        values["case"] = case
    key = f"{code}.{case}" if case else code
    assert key in REVIEW_TEXT, key  # every review item is worded here
    item = ReviewItem(code=code, criterion=criterion, field=field, message="", values=values)
    return item.model_copy(update={"message": review_message(item, "en")})


def quote(text: str, limit: int = 120) -> str:
    """A notice's words as a review item quotes them: on one line, cut to `limit`."""
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 3] + "..."
