"""Requirements written as sentences in a paragraph, not as a list.

Some notices (and copies that lost their bullets) state the requirements in prose:
"Candidates must have a university degree in law ... They must have at least 6 years of ...".
When no list was found at all, such a paragraph is split into one requirement per sentence;
the paragraph that follows it, if it speaks of an advantage or asset, gives the desirable ones.
How they were found is reported, so the reader checks the split.
"""

from __future__ import annotations

import re

from screener.importer.prose_clauses import EN_MUST as _EN_MUST
from screener.importer.prose_clauses import FR_MUST as _FR_MUST
from screener.importer.prose_clauses import (
    alternative_to,
    names_conditions,
    offers_alternative,
    reads_as_requirement,
    states_working_languages,
)
from screener.importer.prose_splitting import (
    ASKED,
    prose_sentences,
    says_essential,
    split_all,
    split_compound,
    wished,
    without_mark,
)
from screener.importer.requirement_lead_ins import EN_WORDS, FR_WORDS
from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import fold

# "Education. The incumbent must ...", "Desirable: a doctorate; ...": a paragraph named by
# what it asks for. A desirable label makes every item of the paragraph desirable.
_LABEL = re.compile(
    r"^(?:(?P<wished>desirable|desired|advantageous|assets?|preferred|nice to have|souhaitable)"
    r"|education|experience|professional experience|languages?|language skills|skills|knowledge"
    r"|training|certifications?|other|qualifications|essential|required|formation|langues?"
    r"|requirements|(?:candidate |your |the )?profile|exigences|profil(?: requis| recherche)?"
    r"|(?:qualifications|conditions|competences) requises"
    # "Skills and experience:", "What we require:", "Who we are looking for:".
    r"|(?:skills|knowledge|qualifications|requirements)(?: (?:and|&) (?:experience|skills"
    r"|qualifications|competencies|knowledge))?"
    r"|what we (?:require|need|expect|are looking for|look for)|who we are looking for"
    # A person specification's groups: "IT skills. A very good command ...", "Personal
    # qualities. Discretion ...", "Security. ...".
    r"|(?:it|computer|technical|language|professional|personal) skills|personal (?:qualities"
    r"|attributes)|attributes|security|(?:special|other|additional) requirements"
    r"|education and (?:experience|training)|experience and skills|skills and (?:knowledge"
    # (The paragraph is matched as written: French words with or without their accents.)
    r"|experience)|exp[eé]rience(?: professionnelle)?|comp[eé]tences(?: informatiques"
    r"| techniques| linguistiques)?|qualit[eé]s personnelles|s[eé]curit[eé]|autres?"
    r"|connaissances)\s?[.:]\s+(?=\S)",
    re.IGNORECASE,
)
# "Applications must be made online ...": how to apply, said with "must" too.
_APPLYING = re.compile(
    r"^(?:(?:all |incomplete )?applications?\b|(?:candidates?|applicants?) (?:should|must|are)"
    r" (?:apply|submit|send|invited|requested|asked)\b|to apply\b|please\b|les candidatures?\b"
    r"|(?:les )?candidat(?:e|\(e\))?s? (?:doivent|sont) (?:postuler|soumettre|envoyer|invite))"
)
_SHOULD = re.compile(r"\b(?:should|could)\b")
_TITLE_LINE = 60
_MAX_PARAGRAPH = 4000
# A short title between paragraphs, kept in the list of paragraphs behind this mark.
_TITLE_MARK = "\x00"
# Titles under which requirements go on.
_ASKING_TITLE = re.compile(
    r"desirable|desired|asset|advantage|nice to have|preferred|qualification|requirement"
    r"|experience|education|language|skills|profile|looking for|you need|you have|person"
    r"|candidate|souhait|atout|exig|profil"
    # "Attributes", "Personal qualities": what the holder must be able to do, asked too.
    r"|attribut|qualities|qualites"
)


def _paragraphs(lines: list[str]) -> list[str]:
    """Paragraphs of prose: consecutive lines of text, without the short titles above them
    ("The person") and without bullets."""
    found: list[str] = []
    current: list[str] = []
    for line in lines:
        text = line.strip()
        title = (
            len(text) <= _TITLE_LINE and text[-1:] not in ".;:!?" and not ASKED.search(fold(text))
        )
        if not text or is_bullet(line) or len(line) > _MAX_PARAGRAPH or title:
            if current:
                found.append(" ".join(current))
                current = []
            if title and text:
                found.append(_TITLE_MARK + text)  # where a new section may start
            continue
        # (A label alone on its line, "Security.", opens the paragraph of the line under it;
        # not a line the sentence above runs on to: "... French (SLP 2222) is" / "desirable.")
        alone = (
            current
            and len(text) <= 40
            and _LABEL.match(f"{text} .")
            and current[-1][-1:] in ".;:!?"
        )
        if current and (_LABEL.match(text) or alone):
            found.append(" ".join(current))  # a labelled paragraph starts a new one
            current = []
        current.append(text)
    if current:
        found.append(" ".join(current))
    return found


def _is_start(paragraph: str, must: re.Pattern[str]) -> bool:
    if paragraph.startswith(_TITLE_MARK):
        return False
    sentences = prose_sentences(_LABEL.sub("", paragraph, count=1))
    musts = [s for s in sentences if must.match(fold(s))]
    label = _LABEL.match(paragraph)
    if label and _ESSENTIAL_LABEL.match(label[0]):
        return True  # "Essential: A university degree in law and ...": the list's own name
    if label and sum(bool(ASKED.search(fold(part))) for part in split_all(sentences)) >= 2:
        return True  # "Candidate profile: A degree is required ... English is essential; ..."
    return len(musts) >= 2 or bool(musts and (must.match(fold(paragraph)) or label))


def _titled_start(paragraphs: list[str], at: int, lang: str) -> bool:
    """A paragraph right under a title that names the requirements ("Requirements",
    "Profile") and asks for two things or more, though no sentence has a subject."""
    title = paragraphs[at - 1] if at else ""
    paragraph = paragraphs[at]
    if not title.startswith(_TITLE_MARK) or paragraph.startswith(_TITLE_MARK):
        return False
    if not _REQUIREMENTS_TITLE.search(fold(title)):
        return False
    asked = [part for part in split_all(prose_sentences(paragraph)) if ASKED.search(fold(part))]
    # "Education. Higher secondary education is required.": a group named by its label;
    # "A university degree in law is required.": a requirement of a kind, said so.
    return len(asked) >= 2 or bool(
        asked and (_LABEL.match(paragraph) or reads_as_requirement(asked[0], lang))
    )


# Titles that name the requirements themselves (not "Desirable": a list's second part).
_REQUIREMENTS_TITLE = re.compile(
    r"qualification|requirement|profile|looking for|you need|you have|person spec|exig|profil"
    r"|competenc|skills"
)
_ESSENTIAL_LABEL = re.compile(r"^(?:essential|required)\s?[.:]", re.IGNORECASE)


def _sort(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Essential and desirable items of the requirement paragraphs. Wished sentences ("would
    be an asset", "is a plus") are desirable, every part of them; so is "should" where other
    sentences say "must"."""
    essential: list[str] = []
    desirable: list[str] = []
    says_must = any(re.search(r"\bmust\b", fold(p)) for p in paragraphs)
    for paragraph in paragraphs:
        label = _LABEL.match(paragraph)
        placed: list[tuple[list[str], int]] = []  # where this paragraph's items went
        for sentence in prose_sentences(_LABEL.sub("", paragraph, count=1)):
            if placed and offers_alternative(sentence):
                # Another way to meet a requirement before it, read with it.
                items, at = alternative_to(placed, sentence)
                items[at] = f"{items[at]}. {sentence}"
                continue
            if len(sentence) <= 40 and _LABEL.match(f"{sentence}. ."):
                continue  # "... is required. Experience. At least ...": a group's run-in name
            asset = bool(label and label["wished"]) or wished(sentence)
            for part in split_compound(sentence):
                if states_working_languages(part):
                    continue
                folded = fold(part)
                must = says_essential(part)
                weaker = says_must and _SHOULD.search(folded) and not must
                target = desirable if (asset and not must) or weaker else essential
                placed.append((target, len(target)))
                target.append(without_mark(part))
    return essential, desirable


def _in(paragraph: str, lang: str) -> bool:
    """Whether a paragraph is in `lang` (a bilingual notice's other half is not)."""
    words = re.findall(r"[a-z]+", fold(paragraph)[:2000])
    french = sum(word in FR_WORDS for word in words) > sum(word in EN_WORDS for word in words)
    return french == (lang == "fr")


def _under_conditions(paragraphs: list[str]) -> list[bool]:
    """For each paragraph, whether the title above it names the conditions of employment."""
    flags: list[bool] = []
    under = False
    for paragraph in paragraphs:
        if paragraph.startswith(_TITLE_MARK):
            under = names_conditions(paragraph[1:])
        elif _LABEL.match(paragraph):
            under = False  # "Requirements: Candidates must ...": a section of its own
        flags.append(under)
    return flags


def prose_requirements(lines: list[str]) -> list[tuple[str, list[str], list[str]]]:
    """(language, essential items, desirable items) for each language whose requirements are
    sentences in paragraphs; empty when there are none. The requirement paragraphs are the
    first that says twice what candidates must do (or is labelled "Education.", ...) and the
    paragraphs after it that still ask or wish for something."""
    found: list[tuple[str, list[str], list[str]]] = []
    paragraphs = _paragraphs(lines)
    conditions = _under_conditions(paragraphs)
    for lang, must in (("en", _EN_MUST), ("fr", _FR_MUST)):
        start = next(
            (
                i
                for i, p in enumerate(paragraphs)
                if not conditions[i]
                and (_is_start(p, must) or (_titled_start(paragraphs, i, lang) and _in(p, lang)))
            ),
            None,
        )
        if start is None:
            continue
        taken = [paragraphs[start]]
        for paragraph in paragraphs[start + 1 : start + 12]:
            if paragraph.startswith(_TITLE_MARK):
                if _ASKING_TITLE.search(fold(paragraph)):
                    continue  # "Desirable", "Nice to have": the requirements go on
                break  # "How to apply", "What we offer": another section
            sentences = prose_sentences(paragraph)
            first = fold(sentences[0]) if sentences else ""
            asks = (
                _LABEL.match(paragraph)
                or ASKED.search(first)
                or wished(first)
                or must.match(first)
                or (first and reads_as_requirement(sentences[0], lang))
            )
            if not asks or _APPLYING.match(first):
                break  # a paragraph on something else (who may apply, how to apply)
            taken.append(paragraph)
        essential, desirable = _sort(taken)
        found.append((lang, essential, desirable))
    return found
