"""Sentences outside the requirement lists that decide eligibility: who may apply (section 7's
"nationals of NATO member countries") and what appointment depends on (clearance, medical
approval, verification, accreditation; a twin-graded post's lower grade)."""

from __future__ import annotations

import re

from screener.domain.terms import Condition
from screener.importer.text_cleanup import bullet_body, is_bullet
from screener.importer.wording import fold

_SENTENCE_END = re.compile(r"(?<=[.!?])\s(?=[A-Z\"«(À-Ý])")


def _sentences(line: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(line) if s.strip()]


_URL = re.compile(r"\S{0,200}(?:https?://|www\.|\.int/|\.org/|\.com/)\S{0,500}")


def _has_words(folded: str, words: tuple[str, ...]) -> bool:
    # Whole words only, outside web addresses: "internationals" and ".../nationals-eligible"
    # are not the nationality sentence.
    text = _URL.sub(" ", folded) if "/" in folded or "www" in folded else folded
    return all(re.search(rf"(?<![a-z]){word}", text) for word in words)


def _find_sentence(
    lines: list[str], needed: tuple[str, ...], preferred: tuple[str, ...]
) -> str | None:
    """The first sentence holding all `needed` words, preferring one that has a `preferred`."""
    fallback = None
    for line in lines:
        if not line or len(line) > 5000:
            continue
        folded = fold(line)
        if not all(word in folded for word in needed) or not _has_words(folded, needed):
            continue
        # A bullet's sentence without its marker: it is quoted as the requirement's words.
        for sentence in _sentences(bullet_body(line)):
            folded_sentence = fold(sentence)
            if _has_words(folded_sentence, needed):
                if any(word in folded_sentence for word in preferred):
                    return sentence
                fallback = fallback or sentence
    return fallback


# Where a forwarded e-mail's original starts: "-----Original Message-----", "---------- Forwarded
# message ---------", "Begin forwarded message:", "Message d'origine", "Message transféré".
_FORWARDED_START = re.compile(
    # (Cleaning may have taken the dashes off.)
    r"^[->\s]*(?:(?:original message|forwarded message|message d'origine|message transfere"
    r"|courriel d'origine)[-\s]*|begin forwarded message\s?:"
    r"|debut du message (?:reexpedie|transfere)\s?:)\s*$"
)


# An e-mail client's quoted header ("From: ... / Sent: ... / Subject: ..."): below the
# first line, where the forwarded message starts when no "Original Message" line says so.
_MAIL_FROM = re.compile(r"^(?:from|de|von)\s?:\s?\S")
_MAIL_FIELD = re.compile(r"^(?:sent|date|subject|to|cc|envoye|objet|a|gesendet|betreff)\s?:")


def _quoted_header(lines: list[str]) -> int | None:
    starts = [
        i
        for i, line in enumerate(lines[:400])
        if i > 0
        and line
        and _MAIL_FROM.match(fold(line))
        and any(x and _MAIL_FIELD.match(fold(x)) for x in lines[i + 1 : i + 5])
    ]
    return starts[-1] if starts else None


def nationality_sentences(lines: list[str]) -> tuple[str | None, str | None]:
    """Section 7's English and French sentences about who may apply: in a forwarded e-mail, the
    original notice's, not the cover note's ("so Slovak nationals may apply" written by the
    office forwarding it would shut out every other nation the notice names)."""
    start = next(
        (i for i, line in enumerate(lines) if line and _FORWARDED_START.match(fold(line))), None
    )
    if start is None:
        start = _quoted_header(lines)
    if start is not None:
        english, french = _nationality_sentences(lines[start + 1 :])
        if english or french:
            return english, french
    return _nationality_sentences(lines)


def _nationality_sentences(lines: list[str]) -> tuple[str | None, str | None]:
    english = _find_sentence(lines, ("nationals",), ("only", "member"))
    # Else "citizens of a NATO member state", "the nationality of a member country",
    # "Nationality: NATO member states only", in a sentence (a bullet saying so is a
    # requirement of the list, read there).
    prose = [line for line in lines if not is_bullet(line)]
    for needed in (
        ("citizens of",),
        ("nationality", "member"),
        ("nationality", "nato"),
        ("citizenship", "member"),
        # "Eligible nations: all NATO member nations.", "The following NATO nations are
        # eligible: all 32 NATO member nations."
        ("eligible", "member nations"),
        ("eligible", "member states"),
        ("eligible", "member countries"),
    ):
        english = english or _find_sentence(prose, needed, ("only", "member"))
    french = _find_sentence(lines, ("ressortissant",), ("seules", "uniquement", "seulement"))
    return english, french


# "Appointment will be subject to", "Employment is subject to", "The offer is conditional
# upon", "La nomination se fera sous réserve": the sentence that says what appointment needs.
_APPOINTMENT = re.compile(
    r"\b(?:appointment|employment|(?:the |an |this )?offer(?: of employment)?|engagement"
    r"|recruitment|nomination|recrutement)\b[^.]{0,80}?\b(?:subject to|conditional (?:up)?on"
    r"|contingent (?:up)?on|subordonnee? a|sous reserve)|subject to receipt of"
    r"|la nomination se fera"
)
_CONDITION_WORDS: tuple[tuple[Condition, tuple[str, ...]], ...] = (
    (Condition.SECURITY_CLEARANCE, ("clearance", "habilitation de securite")),
    (Condition.MEDICAL_APPROVAL, ("medical", "medicale", "medical")),
    (Condition.VERIFICATION, ("verification",)),
    (Condition.ACCREDITATION, ("accreditation",)),
)
_SENTENCE_STOP = re.compile(r"\.(?:\s|$)")
_TWIN_GRADE = re.compile(
    r"twin[- ]graded[^.\n]{0,200}lower grade|grades? jumele[^.\n]{0,200}(?:moins eleve|inferieur)"
)


def appointment_conditions(lines: list[str], twin_grade: bool) -> list[Condition] | None:
    """Conditions from the 'Appointment will be subject to ...' paragraph; None if absent."""
    text = ""
    for index, line in enumerate(lines):
        if line and len(line) <= 5000 and (match := _APPOINTMENT.search(fold(line))):
            # A page break can split the sentence: read on over a couple of lines, to its end.
            window = [fold(x) for x in lines[index : index + 4] if x and len(x) <= 5000]
            text = " ".join(window)[match.start() :]
            if stop := _SENTENCE_STOP.search(text):
                text = text[: stop.start()]
            break
    if not text:
        return None
    found = {cond for cond, words in _CONDITION_WORDS if any(word in text for word in words)}
    if twin_grade and any(
        _TWIN_GRADE.search(fold(line)) for line in lines if line and len(line) <= 5000
    ):
        found.add(Condition.LOWER_GRADE_APPOINTMENT)
    return [condition for condition in Condition if condition in found]
