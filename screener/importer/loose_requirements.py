"""Requirements stated outside the requirement lists, reported for review.

Some bodies put the language requirement in a paragraph of its own ("Language Proficiency: ...
A minimum of Advanced (V) level in English is required"), not in the ESSENTIAL list. Left
unread, a candidate would never be screened on it; taken as a criterion, a paragraph could be
misread. So such a sentence becomes a review item that quotes it.
"""

from __future__ import annotations

import re

from screener.domain.vacancy import ReviewItem
from screener.importer.language_names import find_languages
from screener.importer.marked_desirable import without_letter_mark
from screener.importer.prose_clauses import states_working_languages
from screener.importer.review_text import quote, review_item
from screener.importer.stanag_profiles import STANAG_PROFILE
from screener.importer.text_cleanup import bullet_body, is_bullet
from screener.importer.wording import find_levels, fold, plain_words

_REQUIRED = re.compile(r"\b(?:required|requirement|must|minimum|at least|requis|exige|doit)\b")
_SENTENCE = re.compile(r"(?<=[.!?;])\s")
_MAX_ITEMS = 3


def _stated_level(sentence: str) -> bool:
    """A language named with a level on NATO's I-VI scale, said to be required."""
    folded = fold(sentence)
    return bool(
        _REQUIRED.search(folded)
        and find_languages(sentence)
        and any(mention.numeral for mention in find_levels(sentence))
    )


def language_outside_lists(lines: list[str], items: list[str]) -> list[ReviewItem]:
    """Review items for language levels required in prose, not in any list item."""
    listed = " ".join(fold(item) for item in items)
    found: list[ReviewItem] = []
    for line in lines:
        if not line or len(line) > 2000 or is_bullet(line):
            continue
        for sentence in _SENTENCE.split(line):
            if not _stated_level(sentence) or fold(sentence.strip())[:60] in listed:
                continue
            found.append(
                review_item(
                    "requirement_outside_lists", field="essential", quote=quote(sentence, 200)
                )
            )
            if len(found) >= _MAX_ITEMS:
                return found
    return found


# "LANGUAGE", "Languages:", "Language requirements", "LANGUE(S)" (folded), with the paragraph
# on the same line or below it.
_LANGUAGE_HEADING = re.compile(
    r"^(?:\d{1,2}\s?\.\s?)?(?:language (?:requirements?|proficiency|skills)|languages?"
    r"|langues?|connaissances linguistiques|exigences linguistiques)\s?[:.]?\s?(.{0,400})$"
)
_PARAGRAPH_LINES = 4


# A paragraph that mixes in an asset ("knowledge of French is an advantage") is not one
# essential requirement: it stays a review item (language_outside_lists).
_ASSET = re.compile(r"\b(?:advantage|asset|desirable|preferred|plus|atout|avantage|souhaitable)")


# "English SLP 3333": a level on STANAG 6001's scale; the criteria builder keeps it a statement
# with a review item, but it is a requirement all the same.
_SLP = STANAG_PROFILE


def _states_levels(text: str) -> bool:
    return bool(find_languages(text)) and any(m.numeral for m in find_levels(text))


_NOTE_LABEL = re.compile(r"^(?:N\.?B\.?|NOTE|Note|Remarque|REMARQUE)\s?:\s?")
# "Although the working language is English, knowledge of French is an asset": what is
# conceded names a language the asset is not about.
_CONCEDED = re.compile(
    r"^(?:although|though|while|whilst|even though|bien que|quoique|meme si|même si)\b[^,;]{0,120},\s?",
    re.IGNORECASE,
)


def _language_asset(text: str) -> bool:
    """A line naming a language as an asset, and nothing else it asks for."""
    parts = [part for part in _SENTENCE.split(text) if part.strip()]
    # (A bullet marked "- desirable" is a list's own item: move_marked reads it.)
    return (
        not is_bullet(text)
        and len(parts) == 1
        and bool(find_languages(text))
        and bool(_ASSET.search(fold(text)))
    )


def _one_requirement(text: str) -> bool:
    """A sentence under a language heading that names a language: with a level (NATO's or
    an SLP) it can be typed; without one it still becomes a statement, never dropped. A line
    may go on with an asset ("English: SLP 4444. French is desirable.")."""
    return any(
        find_languages(part) and not _ASSET.search(fold(part)) for part in _SENTENCE.split(text)
    )


def wished_apart(paragraph: str) -> tuple[str, str | None]:
    """A language paragraph's required sentences, and its asset sentences if any ("French is
    desirable."): an asset belongs in the desirable list, not in the essential one."""
    parts = [part.strip() for part in _SENTENCE.split(paragraph) if part.strip()]
    wished = [part for part in parts if _ASSET.search(fold(part))]
    required = [part for part in parts if part not in wished]
    if not wished or not required:
        return paragraph, None
    return " ".join(required), " ".join(wished)


def _language_sentences(text: str) -> str:
    """'English, level V (Advanced). Share this job: ...': only the sentences naming a
    language, so a job site's trailing links do not join the requirement."""
    # (Not "The working languages of NATO are English and French.": it asks for nothing.)
    kept = [
        part
        for part in _SENTENCE.split(text)
        if find_languages(part) and not states_working_languages(part)
    ]
    return " ".join(kept).strip()


def _covered(paragraph: str, items: list[str]) -> bool:
    """Every language of the paragraph is already required with a level by a listed item."""
    # A level on NATO's scale or a STANAG profile: either way the list already asks for it.
    stated = {
        m.code
        for item in items
        if _states_levels(item) or _SLP.search(fold(item))
        for m in find_languages(item)
    }
    if all(m.code in stated for m in find_languages(paragraph)):
        return True
    # "Languages  ENGLISH  Level: Excellent", a job board's field: no level on a scale, and
    # the list already asks for the language.
    named = {m.code for item in items for m in find_languages(item)}
    return (
        not _states_levels(paragraph)
        and not _SLP.search(fold(paragraph))
        and all(m.code in named for m in find_languages(paragraph))
    )


def _paragraph_after(lines: list[str], at: int, same_line: str) -> str | None:
    if same_line:
        return same_line if _one_requirement(same_line) else None
    for index in range(at + 1, min(len(lines), at + 1 + _PARAGRAPH_LINES)):
        line = lines[index]
        if not line:
            if index == at + 1:
                continue  # a blank line under the heading
            return None
        if _one_requirement(line):
            # "English – V (Advanced)" then "French – II (Elementary)": one line a language.
            following = [line]
            for more in lines[index + 1 : index + _PARAGRAPH_LINES]:
                if more and _language_asset(more):
                    # "NOTE: ... knowledge of French is an asset." under the levels: the
                    # paragraph's asset, for the desirable list (wished_apart).
                    asset = _CONCEDED.sub("", _NOTE_LABEL.sub("", more.strip()))
                    following.append(asset[:1].upper() + asset[1:].rstrip(";."))
                    break
                if not more or not _one_requirement(more) or _LANGUAGE_HEADING.match(fold(more)):
                    break
                following.append(more.strip().rstrip(";."))
            return "; ".join(part.strip().rstrip(";.") for part in following)
    return None


def language_paragraph(lines: list[str], items: list[str]) -> str | None:
    """The language levels of a LANGUAGE paragraph outside the lists (NSPA: "English - Very
    good knowledge (Level V). French - Basic knowledge (Level I)."), when no listed item
    states a language level. Left out, a candidate without the second language would pass;
    taken in, it is typed like a bullet and flagged for review."""
    for at, line in enumerate(lines):
        if not line or len(line) > 500 or is_bullet(line):
            continue
        match = _LANGUAGE_HEADING.match(fold(line).strip())
        if match is None:
            continue
        same_line = (
            line.strip()[len(line.strip()) - len(match.group(1)) :] if match.group(1) else ""
        )
        found = _paragraph_after(lines, at, same_line.strip())
        if (
            found is not None
            and not _covered(found, items)
            and not _listed(found, items)
            and (asked := _language_sentences(found.strip()))
        ):
            return asked
    return None


def _listed(paragraph: str, items: list[str]) -> bool:
    """Every clause of the paragraph is already a listed item's words: the "Languages" row of
    a table read as a list ("Languages - English: level IV; French would be an advantage"),
    its asset clause moved to the desirable list. Added again, it would be a second copy."""
    listed = " | ".join(plain_words(item) for item in items)
    # (A group's items marked "(E)" / "(D)" are listed without their marks.)
    clauses = [plain_words(without_letter_mark(part)) for part in re.split(r"[;.]\s", paragraph)]
    return all(clause in listed for clause in clauses if clause)


# Kinds a duty or a description never reads as: a bullet of one of them outside the lists is a
# requirement the list finder may have missed.
_REQUIREMENT_KINDS = frozenset(
    {"education", "experience", "official_languages", "language", "certification"}
)
_MAX_QUOTED = 3


def bullets_outside_lists(lines: list[str], items: list[str]) -> list[ReviewItem]:
    """One review item when bullets outside the requirement lists read as requirements (a
    list under a heading the finder did not know); nothing is added to the draft."""
    # Imported here: recognizers import this package's language readers.
    from screener.importer.interleaved_lists import inline_halves
    from screener.importer.recognizers import recognize

    listed = " | ".join(plain_words(item) for item in items)
    stray: list[str] = []
    # Each text is read once: a long paste repeats its bullets (a page of many vacancies, a
    # notice copied twice), and reading each again took seconds.
    read: dict[str, bool] = {}
    for line in lines:
        if not line or len(line) > 600 or not is_bullet(line):
            continue
        text = bullet_body(line)
        if text not in read:
            # A bullet giving both languages was listed as its English half.
            english = (inline_halves(text) or (text,))[0]
            # Listed items are tidied (marks, clauses moved to the other list): compare words.
            read[text] = (
                plain_words(english)[:30] not in listed
                and recognize(text, "en").kind in _REQUIREMENT_KINDS
            )
        if read[text]:
            stray.append(text)
    if len(stray) < 2:
        return []
    quotes = [quote(text, 80) for text in stray[:_MAX_QUOTED]]
    return [
        review_item(
            "requirements_outside_lists", field="essential", count=len(stray), quotes=quotes
        )
    ]
