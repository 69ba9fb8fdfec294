"""Driving-licence bullets: the EU categories asked for ("category B", "C+E", "class C1 or C"),
a lorry's or a bus's licence named as such (HGV, PCV), and category B assumed, flagged, when a
licence names no category."""

from __future__ import annotations

import re

from screener.importer.bullet_typing import Lang, Typing, note
from screener.importer.wording import deaccent, fold

DRIVING_LICENCE = re.compile(
    # (Not the "European Computer Driving Licence", ECDL/ICDL: an office-software certificate.)
    r"(?<!computer )driving licen[cs]e|driver'?s licen[cs]e|permis de conduire|driving permit"
    # A lorry's or a bus's licence: "HGV licence (Category C)", "PCV licence".
    r"|\b(?:hgv|lgv|pcv)\b[^.;]{0,12}licen[cs]e|heavy goods vehicle licen[cs]e"
    # "Category D (bus) licence", "a licence to drive heavy vehicles (C)".
    r"|\blicen[cs]e to drive\b|\b(?:category|class) [a-d][1e]?e?\b[^.;]{0,15}\blicen[cs]e"
    # French without "de conduire": "Permis B", "permis C1E"; never "permis de travail",
    # "permis d'exploitation" or "permis à points" (DE and A are written out: "catégorie A").
    r"|\bpermis (?:am|a[12]|b|be|c1?e?|d1?|d1e)(?![\w'’])"
)
# An airfield's own permit to drive airside, which the base or airport issues after its course:
# no national licence ("Airfield driving permit", "permis de conduire côté piste").
_SITE_PERMIT = re.compile(
    r"\b(?:airfield|airside|apron|ramp|flight ?line|aerodrome|airport) driv(?:ing|er'?s?) "
    r"(?:permit|licen[cs]e)|permis de conduire (?:cote piste|sur (?:l'|un )?aerodrome"
    r"|en zone (?:aeroportuaire|reservee))|permis de circulation (?:cote piste|aeroportuaire)"
)
# Without a category, a lorry's licence is category C and a bus's D.
_IMPLIED_CATEGORY = (("hgv", "C"), ("lgv", "C"), ("heavy goods", "C"), ("pcv", "D"))
# Case matters: "a category" is not category A. Applied to `deaccent`ed text ("catégorie B").
# EU categories: AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, D, DE.
_CAT = r"(?:AM|A[12]?|[BCD]1?E?)"
_CAT_LIST = rf"({_CAT}(?:\s?(?:,|and|et|&|/|\+)\s?{_CAT}){{0,6}})"
_CATEGORIES = re.compile(
    rf"\b(?:[Cc]ategor(?:y|ies|ie|ies)|[Cc]at\.|[Cc]lass(?:es)?)\s?{_CAT_LIST}\b"
    rf"|\b{_CAT_LIST}\s(?:[Cc]ategor|[Ll]icen|[Dd]riving)"
    # "Driving licence C and CE", "driving licence (B)", "a licence to drive ... (C)".
    rf"|(?:[Ll]icen[cs]e|[Pp]ermit|[Pp]ermis(?: de conduire)?)\s?:?\s?\(?{_CAT_LIST}\b"
    rf"|\(\s?{_CAT_LIST}\s?\)"
)


_WITH_TRAILER = re.compile(r"\b([BCD]1?)\s?\+\s?E\b")
_OR_CATEGORY = re.compile(
    rf"\b({_CAT})\s(?:or|ou)\s(?:[Cc]ategory |[Cc]lass |[Cc]ategorie )?({_CAT})\b"
)


def _other_category(text: str, categories: list[str]) -> tuple[str, str] | None:
    """("C1", "C") for "class C1 or C": a category read and the one the notice allows instead."""
    for match in _OR_CATEGORY.finditer(text):
        if match[1] in categories and match[2] not in categories:
            return match[1], match[2]
    return None


# "category B; category C, or the willingness to obtain it within 12 months", "catégorie C
# ou s'engager à l'obtenir": a category the candidate may obtain after appointment is not
# required (on `deaccent`ed text).
_TO_OBTAIN = re.compile(
    # (The category nearest the words: "B and category C (or willing to obtain C ...)" is C.)
    rf"\b({_CAT})\b(?:(?!\b{_CAT}\b)[^.;]){{0,25}}?(?:\b(?:or|ou)\s(?:the |a |be |to be |etre |s'|l')?"
    r"(?:willing\w*|prepared|ready|commit\w*|undertak\w*|agree\w*|engag\w*|volont\w*"
    r"|pret\w*|dispos\w*|able)\b[^.;]{0,40}?\b(?:obtain|acquire|gain|get|obtenir|acquerir|passer)"
    r"|\b(?:to be obtained|a obtenir|to obtain) (?:it )?(?:within|after|dans|apres))\b"
)


# "category B; category C would be an asset", "permis C souhaité", "(category D desirable)": a
# category only wished for.
_WISHED = re.compile(
    rf"\b({_CAT})\b(?:(?!\b{_CAT}\b)[^.;]){{0,25}}?\b(?i:(?:would be|is|serait|est) (?:an? |un )?"
    r"(?:asset|advantage|plus|atout|avantage)|desirable|preferred|an asset"
    r"|souhaite\w*|souhaitable|apprecie\w*|un atout|un plus)\b"
    # "preferably also C", "idéalement la catégorie C".
    rf"|\b(?i:preferably|ideally|de preference|idealement)(?: also| aussi)?(?: (?i:la )?"
    rf"(?i:category|categorie))? ({_CAT})\b"
)


def _to_obtain(text: str, categories: list[str]) -> list[str]:
    """The categories the notice lets the candidate obtain later, when others are required."""
    later = [m[1] for m in _TO_OBTAIN.finditer(text) if m[1] in categories]
    return later if len(later) < len(categories) else []


def _wished(text: str, categories: list[str]) -> list[str]:
    """The categories the notice only wishes for, when others are required."""
    # (A wished category read nowhere else is reported too: "Driving licence B; C preferred".)
    wished = list(dict.fromkeys(m[1] or m[2] for m in _WISHED.finditer(text)))
    return wished if any(cat not in wished for cat in categories) else []


def _only_preferred(text: str, categories: list[str]) -> bool:
    """ "Valid driving licence, preferably category C": a licence is required and each of its
    categories is only preferred, so none of them is (a bullet that wishes for the whole
    licence, "category C would be an asset", is a desirable requirement of C instead)."""
    preferred = {m[2] for m in _WISHED.finditer(text) if m[2]}
    return bool(categories) and all(cat in preferred for cat in categories)


def recognize_driving_licence(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    if not DRIVING_LICENCE.search(_SITE_PERMIT.sub(" ", folded)):
        return None
    categories: list[str] = []
    # "C+E", "D1 + E": the older way of writing the trailer categories CE and D1E.
    plain = _WITH_TRAILER.sub(r"\1E", deaccent(text))
    for match in _CATEGORIES.finditer(plain):
        group = next((found for found in match.groups() if found), "")
        if match[2] == "A" and re.search(r"(?:^|[.;:!?])\s*$", match.string[: match.start(2)]):
            continue  # "A driving licence", ". A category C licence": the article, not A
        for cat in re.findall(rf"\b{_CAT}\b", group):
            if cat not in categories:
                categories.append(cat)
    or_equivalent = bool(re.search(r"\bequivalent", folded))
    if _only_preferred(plain, categories):
        wish = note("licence_category_wished", categories=", ".join(categories))
        params = {"categories": ["B"], "or_equivalent": or_equivalent}
        return Typing("driving_licence", params, 0.5, (note("licence_b_assumed"), wish))
    if wished := _wished(plain, categories):
        kept = [cat for cat in categories if cat not in wished]
        params = {"categories": kept, "or_equivalent": or_equivalent}
        wish = note("licence_category_wished", categories=", ".join(wished))
        return Typing("driving_licence", params, 0.65, (wish,))
    if later := _to_obtain(plain, categories):
        # Required: the others; a person decides whether the later one counts as desirable.
        kept = [cat for cat in categories if cat not in later]
        params = {"categories": kept, "or_equivalent": or_equivalent}
        return Typing(
            "driving_licence",
            params,
            0.65,
            (note("licence_to_obtain", categories=", ".join(later)),),
        )
    instead = _other_category(plain, categories)
    if instead is not None:
        # "class C1 or C": a criterion asks for all its categories, so the other is the
        # alternative reading (met with either: met; with the other only: can't tell).
        first, other = instead
        alternative = [other if cat == first else cat for cat in categories]
        note_text = {
            "en": f"The notice also accepts category {other} instead of {first}.",
            "fr": f"L'avis accepte aussi la catégorie {other} au lieu de {first}.",
        }
        params = {"categories": categories, "or_equivalent": or_equivalent}
        params["alternative"] = {"params": {"categories": alternative}, "note": note_text}
        return Typing("driving_licence", params)
    implied = [cat for word, cat in _IMPLIED_CATEGORY if word in folded]
    if not categories and implied:
        categories = implied[:1]
    if not categories:
        return Typing(
            "driving_licence",
            {"categories": ["B"], "or_equivalent": or_equivalent},
            0.5,
            (note("licence_b_assumed"),),
        )
    return Typing("driving_licence", {"categories": categories, "or_equivalent": or_equivalent})
