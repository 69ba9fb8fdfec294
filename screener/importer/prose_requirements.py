"""Requirements written as sentences in a paragraph, not as a list.

Some notices (and copies that lost their bullets) state the requirements in prose:
"Candidates must have a university degree in law ... They must have at least 6 years of ...".
When no list was found at all, such a paragraph is split into one requirement per sentence;
the paragraph that follows it, if it speaks of an advantage or asset, gives the desirable ones.
How they were found is reported, so the reader checks the split.
"""

from __future__ import annotations

import re

from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import fold

# On folded text (lower case, no accents): a sentence that says what candidates must be or have.
_EN_SUBJECT = (
    r"(?:the |all )?(?:incumbent|successful candidate|selected candidate|candidate|applicant"
    r"|post ?holder|job ?holder)s?|they|he or she|she or he"
)
_EN_MUST = re.compile(
    rf"^(?:{_EN_SUBJECT})\s(?:must|should|shall|will need to|need to|are required to"
    r"|is required to)\s?:?\s(?:also\s)?(?=have|possess|hold|be|demonstrate|show|speak)"
)
_FR_MUST = re.compile(
    r"^(?:les |la |le )?(?:candidate?s?|titulaires?(?: du poste)?|ils|elles|il ou elle)"
    r"\s(?:doivent|doit)\s(?:egalement\s|aussi\s)?"
)
_ASSET = re.compile(
    r"\b(?:advantage|asset|desirable|preferred|a plus|atouts?|avantages?|souhaitable)"
)
# "EU citizenship is neither required nor an advantage": says what does not count.
_NOT_ASSET = re.compile(
    r"\b(?:not|nor|no|never|pas|ni)\s(?:\S+\s){0,2}(?:an? )?(?:advantage|asset|atout)"
)
# A full stop before a capital ends a sentence; "LL.M. or" and "e.g. the" do not.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"«À-Ý])")
_MAX_SENTENCES = 20
_MAX_PARAGRAPH = 4000


def _sentences(paragraph: str) -> list[str]:
    parts = (part.strip().rstrip(".").strip() for part in _SENTENCE_END.split(paragraph))
    return [part for part in parts if len(part) > 3][:_MAX_SENTENCES]


# One sentence, two requirements: "X would be an asset, as would Y"; "... a degree in law and
# must also have six years of experience". Each part is a requirement of the sentence's list.
_SECOND_REQUIREMENT = re.compile(
    r",?\s(?:as (?:would|is|are|will|does|do|should)(?: also)?|and (?:they |he or she )?"
    r"(?:must|should|shall|will need to) (?:also )?(?=have|possess|hold|be|demonstrate|show|speak))"
    r"\s|;\s",
    re.IGNORECASE,
)


def split_compound(sentence: str) -> list[str]:
    """The requirements one prose sentence states, in its order."""
    parts = (part.strip(" ,;.") for part in _SECOND_REQUIREMENT.split(sentence))
    return [part for part in parts if len(part) > 3]


def _split_all(sentences: list[str]) -> list[str]:
    return [part for sentence in sentences for part in split_compound(sentence)]


def _wished(sentence: str) -> bool:
    folded = fold(sentence)
    return bool(_ASSET.search(folded)) and not _NOT_ASSET.search(folded)


def _paragraphs(lines: list[str]) -> list[str]:
    found = []
    for line in lines:
        if line and not is_bullet(line) and len(line) <= _MAX_PARAGRAPH:
            found.append(line.strip())
    return found


def prose_requirements(lines: list[str]) -> list[tuple[str, list[str], list[str]]]:
    """(language, essential items, desirable items) for each language whose requirements are
    sentences in a paragraph; empty when there are none."""
    found: list[tuple[str, list[str], list[str]]] = []
    paragraphs = _paragraphs(lines)
    for lang, must in (("en", _EN_MUST), ("fr", _FR_MUST)):
        for index, paragraph in enumerate(paragraphs):
            sentences = _sentences(paragraph)
            musts = [s for s in sentences if must.match(fold(s))]
            if len(musts) < 2 and not (musts and must.match(fold(paragraph))):
                continue
            essential = [s for s in sentences if not _ASSET.search(fold(s))]
            desirable = [s for s in sentences if _ASSET.search(fold(s))]
            for after in paragraphs[index + 1 : index + 3]:
                wished = [s for s in _sentences(after) if _wished(s)]
                # A paragraph on something else (who may apply) ends the desirable ones.
                if not wished or wished[0] != _sentences(after)[0]:
                    break
                desirable += wished
            found.append((lang, _split_all(essential), _split_all(desirable)))
            break
    return found
