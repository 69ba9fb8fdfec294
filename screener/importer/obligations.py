"""Hard requirements written outside the requirement lists.

Some notices put a condition of the post under "ATTRIBUTES/COMPETENCIES" or "SPECIAL
REQUIREMENTS" rather than in the ESSENTIAL list: "Must be able to deploy on operations and
exercises, including at short notice." Left unread, a candidate who cannot deploy is never
asked. Soft attributes in those sections ("must be able to work under pressure") are not
screened, so only a sentence that says it is required AND reads as a kind a candidate can be
checked on (availability, a fitness or shooting test, a driving licence) is taken, as an
essential requirement with a review item quoting it.
"""

from __future__ import annotations

import re

from screener.domain.criteria import AvailabilityNeed
from screener.importer.availability import availability_needs, names_need_itself
from screener.importer.bullet_typing import Lang, Typing
from screener.importer.recognizers import recognize
from screener.importer.requirement_lead_ins import EN_WORDS, FR_WORDS
from screener.importer.sections import is_heading
from screener.importer.text_cleanup import is_bullet, strip_markup
from screener.importer.wording import fold

# Folded heading, with its text on the same line or below it. Under a heading that names the
# post's special requirements, what it states is required; under attributes, remarks or the
# conditions of work, only a sentence saying it is required is taken.
_SECTION = re.compile(
    # Not "COMPETENCIES" alone: NATO IS notices list behaviours there, not conditions.
    r"^(?:\d{1,2}\s?\.\s?|[a-z]\s?[.)]\s?)?(?:(?P<stated>special requirements|specific requirements"
    r"|particular requirements|additional requirements|other requirements|special conditions"
    r"|exigences particulieres|exigences specifiques|autres exigences|conditions particulieres)"
    r"|(?:personal )?attributes(?:\s?/\s?competencies)?|remarks|remarques|conditions"
    r"|working conditions|conditions de travail)\s?[:.]?\s?(?P<rest>.{0,600})$"
)
_OBLIGATION = re.compile(
    r"\b(?:must|required to|is required|are required|willing(?:ness)? to|be prepared to"
    r"|be ready to|doit|doivent|devra|devront|dispose[es]? a|prete?s? a"
    # "Conditions: ...; availability to work weekends", "disponibilité pour travailler le week-end".
    r"|availab(?:le|ility) (?:to|for)|disponib(?:le|ilite) pour)\b"
)
# "Working conditions: travel to suppliers up to 20 days per year", "jusqu'à 20 jours par an":
# a need measured is asked.
_MEASURED = re.compile(
    r"\b(?:up to \d{1,3} (?:days|weeks)|\d{1,3} ?(?:days|weeks) (?:per|a) year|\d{1,3} ?% of"
    r"|jusqu'a \d{1,3} (?:jours|semaines)|\d{1,3} ?(?:jours|semaines) par an|\d{1,3} ?% du)\b"
)
_MAYBE = re.compile(r"\b(?:may|might|could|occasional(?:ly)?|pourra|pourrait)\b")
_FRENCH = re.compile(r"\b(?:doit|doivent|devra|devront|etre|le|la|les|des|du|et|une?)\b")
_HARD_KINDS = frozenset({"availability", "fitness_test", "firearms", "driving_licence"})
# "The incumbent must be medically fit to handle loads of up to 25 kg": under a heading that
# names the special requirements, a medical fitness asked is one (a statement declared).
_MEDICALLY_FIT = re.compile(
    r"\b(?:must|shall|doit|devra) (?:be |etre )?(?:medically|physically|medicalement|physiquement)"
    r" (?:fit|apte)\b"
)
_SENTENCE = re.compile(r"(?<=[.!?;])\s")
_SECTION_LINES = 12
_MAX_FOUND = 4


def _lang(sentence: str) -> Lang:
    folded = fold(sentence)
    if len(_FRENCH.findall(folded)) >= 3:
        return "fr"
    # A short clause ("disponibilité pour travailler le week-end") by its small words.
    words = re.findall(r"[a-z]+", folded)
    french = sum(word in FR_WORDS for word in words) > sum(word in EN_WORDS for word in words)
    return "fr" if french else "en"


# "Qualifications and Experience", "Essential:": the next section's heading in title case.
_SHORT_HEADING = re.compile(r"^[A-Z][A-Za-z/&,' -]{2,40}:?$")
# "4.1 Works outside ...", "a) ...": an item of the section, not the line above wrapped.
_ITEM = re.compile(r"^(?:\(?\d{1,2}(?:\.\d{1,2}){1,2}\.?|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")


def _section_lines(lines: list[str], at: int, same_line: str) -> list[str]:
    """The section's paragraphs and items, a sentence wrapped over lines joined again."""
    found = [same_line] if same_line else []
    joinable = False
    for line in lines[at + 1 : at + 1 + _SECTION_LINES]:
        if line and (is_heading(line) or _SHORT_HEADING.match(line)):
            break
        if not line:
            joinable = False
        elif is_bullet(line) or _ITEM.match(line) or not joinable:
            found.append(_ITEM.sub("", line, count=1))
            joinable = True
        else:
            found[-1] = f"{found[-1]} {line}"
    return found


def _already_asked(typing: Typing, listed: list[Typing]) -> bool:
    """A listed requirement asks the same ("Must hold a driving licence" after a licence bullet;
    "able to undertake short-notice travel" after a travel bullet: the listed need, said again
    with when it may come)."""
    needs = _needs(typing)
    if len(needs) > 1:
        needs.discard(AvailabilityNeed.SHORT_NOTICE)
    return any(other.kind == typing.kind and needs <= _needs(other) for other in listed)


def _needs(typing: Typing) -> set[object]:
    needs = typing.params.get("needs")
    return set(needs) if isinstance(needs, list) else set()


def _hard_requirements(text: str, listed: list[Typing], stated: bool) -> list[tuple[Lang, str]]:
    found: list[tuple[Lang, str]] = []
    for sentence in _SENTENCE.split(text):
        sentence = sentence.strip()
        folded = fold(sentence)
        if not sentence or _MAYBE.search(folded):
            continue  # "may be required to travel" describes the post's duties
        asked = _OBLIGATION.search(folded) or _MEASURED.search(folded)
        if not stated and not asked and not names_need_itself(sentence):
            continue
        lang = _lang(sentence)
        typing = recognize(sentence, lang)
        medical = stated and typing.kind == "statement" and _MEDICALLY_FIT.search(folded)
        if medical or (typing.kind in _HARD_KINDS and not _already_asked(typing, listed)):
            found.append((lang, sentence.rstrip(" .;")))
    return found


def obligations_outside_lists(lines: list[str], listed: list[str]) -> list[tuple[Lang, str]]:
    """(language, sentence) for each hard requirement in an attributes or special-requirements
    section that no listed item already states."""
    known = " ".join(fold(item) for item in listed)
    typed: list[Typing] | None = None  # the listed items' readings, made when first needed
    found: list[tuple[Lang, str]] = []
    for at, line in enumerate(lines):
        if not line or len(line) > 700:
            continue
        match = _SECTION.match(fold(strip_markup(line)).strip())
        if match is None:
            continue
        rest = match["rest"]
        same_line = line.strip()[len(line.strip()) - len(rest) :] if rest else ""
        for text in _section_lines(lines, at, same_line.strip()):
            text = strip_markup(text).lstrip("-•*–—▪●·◦ ") if is_bullet(text) else text
            if typed is None:
                typed = [recognize(item, _lang(item)) for item in listed]
            for lang, sentence in _hard_requirements(text, typed, bool(match["stated"])):
                if fold(sentence)[:60] not in known and (lang, sentence) not in found:
                    found.append((lang, sentence))
        if len(found) >= _MAX_FOUND:
            break
    return found[:_MAX_FOUND]


# "The employee may be required to deploy to exercises and operations", "L'agent pourra être
# appelé à se déplacer": what the post may ask, not what a candidate must have. Never a
# criterion (a candidate unable to deploy is not refused for a possibility); the review says
# it, so a person adds a requirement where the body means one.
_POSSIBLY_ASKED = re.compile(
    r"\b(?:may|might|could|can) (?:also )?be (?:required|called upon|asked|expected) to\b"
    r"|\b(?:pourra|pourrait|peut|pourront|pourraient) (?:etre )?(?:amenee?s?|appelee?s?) a\b"
)
_BE_ASKED = re.compile(r"\b(?:be|[eê]tre) (?:required|called|asked|expected|amen|appel)", re.I)
_MAX_POSSIBLE = 2


def possible_needs(lines: list[str], listed: list[str]) -> list[str]:
    """Sentences outside the lists saying the post may ask for travel, deployment or work out
    of hours (at most _MAX_POSSIBLE), whose needs no listed item already asks."""
    asked = {need for item in listed for need in availability_needs(item)}
    found: list[str] = []
    for line in lines:
        if not line or len(line) > 2000 or is_bullet(line):
            continue
        if not _BE_ASKED.search(line) or not _POSSIBLY_ASKED.search(fold(line)):
            continue  # (the words looked for first: folding every line of a long text is slow)
        for sentence in _SENTENCE.split(strip_markup(line)):
            needs = set(availability_needs(sentence))
            if _POSSIBLY_ASKED.search(fold(sentence)) and needs and not needs <= asked:
                found.append(sentence.strip())
        if len(found) >= _MAX_POSSIBLE:
            break
    return found[:_MAX_POSSIBLE]


# "Availability for duty outside normal office hours, including weekends, during summits and
# crises.", "Disponibilité pour travailler le week-end.": a sentence standing alone right after
# the lists, asking for the candidate's availability in the words a list's item uses.
_AVAILABILITY_ITEM = re.compile(
    r"^(?:availability|willingness|readiness|preparedness|ability to (?:work|travel|deploy)"
    r"|(?:must be )?(?:willing|available|prepared|ready) to|disponibilite|etre disponible"
    r"|volonte de|aptitude a"
    # "Please note: the post requires shift work, including weekends.", "Le poste implique des
    # déplacements fréquents.": the post's need stated.
    r"|(?:please note:?\s(?:that\s)?)?(?:the|this) (?:post|position|role|job) (?:requires|involves"
    r"|entails)|(?:a noter\s?:\s)?(?:le|ce) poste (?:requiert|implique|exige|necessite|comporte))\b"
)
# "Frequent travel to industry sites in the four nations is required.", "Travel of up to 30 days
# per year is expected.", "Des déplacements fréquents sont à prévoir.": the need named first and
# then said to be asked.
_NEED_ASKED = re.compile(
    # (Not "Travel expenses are required to be claimed ...": what is asked then is another thing.)
    r"\b(?:is|are|will be) (?:required|expected|necessary|mandatory|essential)\b(?! to\b)"
    r"|\b(?:(?:est|sont|seront) (?:a prevoir|exigee?s?|necessaires?)|requise?s?|obligatoires?)\b"
)
_NEED_FIRST = re.compile(
    r"^(?:travel|deployments?|trips|(?:des |les )?deplacements)\b"
    r"(?! (?:expenses|costs|allowances?|claims|arrangements|bookings?|polic\w+|reimbursements?"
    r"|frais|indemnites?)\b)"
)
_AFTER_LISTS = 6  # lines looked at after the lists' last item
_MAX_AFTER = 300  # a sentence's length, not a paragraph's


def _last_listed_line(lines: list[str], listed: list[str]) -> int | None:
    starts = {fold(item)[:30] for item in listed if len(item) >= 12}
    last = None
    for at, line in enumerate(lines[:3000]):
        folded = fold(line) if line and len(line) <= 600 else ""
        if folded and any(start in folded for start in starts):
            last = at
    return last


def needs_after_lists(lines: list[str], listed: list[str]) -> list[tuple[Lang, str]]:
    """(language, sentence) for an availability asked in a sentence of its own right after
    the requirement lists (before the next heading) that no listed item asks already."""
    last = _last_listed_line(lines, listed)
    if last is None:
        return []
    found: list[tuple[Lang, str]] = []
    for line in lines[last + 1 : last + 1 + _AFTER_LISTS]:
        text = line.strip()
        if not text:
            continue
        folded = fold(text)
        if is_bullet(line) or is_heading(line) or len(text) > _MAX_AFTER:
            break
        if text.isupper() or _SHORT_HEADING.match(text) or _SECTION.match(folded):
            break  # "ATTRIBUTES/COMPETENCIES": a section of its own (read above)
        asked = (_NEED_ASKED.search(folded) or _MEASURED.search(folded)) and (
            _NEED_FIRST.match(folded) or names_need_itself(text)
        )
        if not (_AVAILABILITY_ITEM.match(folded) or asked) or _MAYBE.search(folded):
            continue
        lang = _lang(text)
        typing = recognize(text, lang)
        if typing.kind != "availability":
            continue
        # (The lists' readings, made only now: most notices have no such sentence.)
        typed = [recognize(item, _lang(item)) for item in listed]
        if not _already_asked(typing, typed):
            found.append((lang, text.rstrip(" .;")))
        break
    return found
