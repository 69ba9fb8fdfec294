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
from screener.importer.requirement_lead_ins import EN_WORDS, FR_WORDS
from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import fold

_ASSET = re.compile(
    r"\b(?:advantage|asset|desirable|preferred|a plus|un plus|atouts?|avantages?|souhaitable)"
    r"|\b(?:considered|viewed|regarded) favou?rably|\bconsideree?s? favorablement"
)
# "EU citizenship is neither required nor an advantage": says what does not count.
_NOT_ASSET = re.compile(
    r"\b(?:not|nor|no|never|pas|ni)\s(?:\S+\s){0,2}(?:an? )?(?:advantage|asset|atout)"
)
# A full stop before a capital ends a sentence; "LL.M. or" and "e.g. the" do not.
# Nor after "e.g.", "i.e.", "U.S.", "LL.M.", "No.": abbreviations, not ends (a capital alone
# may end one: "category B. The incumbent ...").
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!e\.g\.)(?<!i\.e\.)(?<!\.[A-Z]\.)(?<!\bNo\.)(?<!\bcf\.)"
    r"(?<!\bDr\.)(?<!\bSt\.)(?<!\bapprox\.)\s+(?=[A-Z\"«À-Ý])"
)
_MAX_SENTENCES = 20
_MAX_PARAGRAPH = 4000


def _sentences(paragraph: str) -> list[str]:
    parts = (part.strip().rstrip(".").strip() for part in _SENTENCE_END.split(paragraph))
    return [part for part in parts if len(part) > 3][:_MAX_SENTENCES]


# One sentence, two requirements: "X would be an asset, as would Y"; "... a degree in law and
# must also have six years of experience". Each part is a requirement of the sentence's list.
_SECOND_REQUIREMENT = re.compile(
    r",?\s(?:as (?:would|is|are|will|does|do|should)(?: also)?\s|and (?:they |he or she )?"
    r"(?=(?:must|should|shall|will need to) (?:also )?(?:have|possess|hold|be|demonstrate|show"
    r"|speak|pass|complete|obtain|undergo|attend)\b))"
    # "..., and a minimum of 10 years of ...", "... (essential) and have a minimum of ...":
    # after a comma or an inline mark, "and" opening a requirement of its own (never "law and
    # economics").
    r"|(?:,|(?<=\)))\s(?:and|as well as)\s"
    r"(?=(?:have|possess|hold|speak|a minimum of|at least|\d{1,2}\+? years)\b)"
    # "... hold a degree in law and have at least 5 years ...", "... and has at least ...":
    # "and" before a verb of its own.
    r"|\sand\s(?=(?:have|has|holds?|possess(?:es)?) (?:at least|a minimum of|\d{1,2}\+? years"
    r"|(?:an? )?(?:good |sound |solid |working |excellent |thorough |proven )?(?:knowledge|experience"
    r"|command|understanding))\b)"
    # ("...; or a master's degree and 4 years of ...": another path to the same requirement.)
    r"|;\s(?!(?:or|ou|either|alternatively)\b)"
    # "... lower secondary education and you hold a valid licence", "It would be an advantage
    # if you hold a category D licence, have completed a course, or have a good knowledge of":
    # each verb of the reader's profile opens a requirement.
    r"|,?\sand you (?=(?:hold|have|possess|speak|are)\b)"
    # ("... et vous êtes titulaire d'un permis", "... ou si vous avez suivi un cours".)
    r"|,?\set vous (?=(?:[eê]tes|avez|poss[eé]dez|parlez|ma[iî]trisez|justifiez)\b)"
    r"|,?\s(?:or|and|ou|et) if you (?=(?:hold|have|possess|speak|are)\b)"
    r"|,?\s(?:ou|et) si vous (?=(?:[eê]tes|avez|poss[eé]dez|parlez|ma[iî]trisez)\b)"
    r"|,\s(?:or |and )?(?=(?:hold|have|possess) (?:completed|obtained|a |an |at least|\d))"
    # "a degree (essential) and 5 years of ...", "SAP (desirable) and French (desirable)":
    # after an inline mark, "and" always starts the next requirement.
    r"|(?:(?<=\(essential\))|(?<=\(desirable\))|(?<=\(required\))|(?<=\(an asset\))"
    r"|(?<=\(essentiel\))|(?<=\(souhaitable\))|(?<=\(un atout\))|(?<=\(asset\)))"
    r",?\s(?:and|et)\s"
    # The same in French: "..., et doit avoir au moins six années ...", "X serait un atout,
    # de même qu'une expérience de Y".
    r"|,?\s(?:et|ainsi que) (?:il |elle |ils |elles )?(?=(?:doit|doivent|devra|devront)"
    r" (?:egalement |également |aussi )?(?:avoir|poss[eé]der|[eê]tre|justifier|ma[iî]triser"
    r"|parler|r[eé]ussir|obtenir|suivre|d[eé]montrer)\b)"
    r"|,\s(?:de m[eê]me qu(?:e\s|')|tout comme\s)"
    # "... titulaire d'un diplôme en droit et justifier d'au moins cinq ans d'expérience".
    r"|\set\s(?=(?:avoir|justifier|poss[eé]der|disposer)\s(?:d['e]\s?|d’)?(?:au moins|un minimum"
    r"|\d{1,2}\s(?:ans|ann[eé]es)|une (?:bonne |excellente |solide )?(?:connaissance|exp[eé]rience"
    r"|ma[iî]trise)))",
    re.IGNORECASE,
)
# After a semicolon, a clause that states a fact ("...; the working language of the Centre is
# English") explains the requirement before it: it is not one of its own.
_FACT = re.compile(r"^(?:the|this|it|its|these|that|which|there)\b", re.IGNORECASE)
# "...; the incumbent will be required to pass an annual weapons qualification": what the
# post will ask of the holder of the requirement before it, part of that requirement.
_WILL = re.compile(r"^(?:the|this|he|she|they|it)\b[^,;]{0,40}?\swill\b", re.IGNORECASE)
_ASKS = re.compile(
    r"\b(?:must|should|shall|required|requirement|essential|asset|advantage|plus|preferred"
    r"|minimum|at least|experience|degree|knowledge|licen[cs]e|certific|ability|able to)\b",
    re.IGNORECASE,
)


def split_compound(sentence: str) -> list[str]:
    """The requirements one prose sentence states, in its order."""
    parts: list[str] = []
    for part in (p.strip(" ,;.") for p in _SECOND_REQUIREMENT.split(sentence)):
        if len(part) <= 3:
            continue
        if parts and _FACT.match(part) and (not _ASKS.search(part) or _WILL.match(part)):
            parts[-1] = f"{parts[-1]}; {part}"
        else:
            parts.extend(_years_apart(part))
    return parts


# "a university degree in law and at least 5 years of experience in ...": the years are a
# requirement of their own; not in "a degree and 2 years, or a diploma and 6 years" (two
# paths, read together by the typing).
_AND_YEARS = re.compile(r"\s(?:and|as well as)\s(?=(?:at least|a minimum of|minimum) \d{1,2}\b)")
_OR = re.compile(r"\bor\b", re.IGNORECASE)
# "a PhD; or a master's degree and at least 4 years of ...": the years are the second path's.
_PATH_OR = re.compile(r"[,;]\s(?:or|ou)\s", re.IGNORECASE)


def _years_apart(part: str) -> list[str]:
    pieces = _AND_YEARS.split(part, maxsplit=1)
    if len(pieces) < 2 or _OR.search(pieces[1]) or len(pieces[0]) <= 3:
        return [part]
    if _PATH_OR.search(pieces[0]):
        return [part]
    return pieces


def _split_all(sentences: list[str]) -> list[str]:
    return [part for sentence in sentences for part in split_compound(sentence)]


# A clause that says it is required: "... must ...", "... is essential", "(essential)".
_ESSENTIAL_SAID = re.compile(
    r"\bmust\b|\b(?:is|are) (?:essential|required|mandatory|a must)\b"
    r"|\((?:essential|required|mandatory|essentiel(?:le)?|obligatoire|requise?)\)"
    r"|\b(?:est|sont) (?:essentiel(?:le)?s?|obligatoires?|exigee?s?|requise?s?|indispensables?)\b"
)


# "... in a military or police organisation (essential)": the mark sorts the clause, it is no
# part of what is asked (read into an experience's domain, it would be shown as such).
_INLINE_MARK = re.compile(
    r"\s?\((?:essential|required|mandatory|desirable|an asset|asset|essentiel(?:le)?|souhaitable"
    r"|un atout|obligatoire)\)\s*$",
    re.IGNORECASE,
)


def without_mark(part: str) -> str:
    """A clause without the inline mark that sorted it."""
    return _INLINE_MARK.sub("", part).rstrip() or part


def says_essential(part: str) -> bool:
    """Whether a clause says itself that it is required."""
    return bool(_ESSENTIAL_SAID.search(fold(part)))


def wished(sentence: str) -> bool:
    """Whether a sentence says it is an asset ("would be an advantage", "un atout")."""
    return _wished(sentence)


def says_must(sentence: str) -> bool:
    """Whether a sentence says what candidates must be or have ("The incumbent must ...",
    "Le titulaire doit ...")."""
    folded = fold(sentence)
    return bool(_EN_MUST.match(folded) or _FR_MUST.match(folded))


def asks_in_prose(part: str) -> bool:
    """Whether a clause of prose asks or wishes for something."""
    return bool(_ASKED.search(fold(part))) or _wished(part)


def prose_sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph."""
    return _sentences(paragraph)


def _wished(sentence: str) -> bool:
    folded = fold(sentence)
    return bool(_ASSET.search(folded)) and not _NOT_ASSET.search(folded)


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
# Any sentence of a requirement paragraph: says what is asked or wished.
_ASKED = re.compile(
    r"\b(?:must|should|shall|(?:is|are) (?:essential|required|a must)|required|would be an?"
    r"|(?:is|are) an? (?:plus|asset|advantage)|doit|doivent|souhaitable|atout"
    r"|(?:est|sont) (?:exigee?s?|requise?s?|indispensables?|essentiel(?:le)?s?|obligatoires?))\b"
)
# "Applications must be made online ...": how to apply, said with "must" too.
_APPLYING = re.compile(
    r"^(?:(?:all |incomplete )?applications?\b|(?:candidates?|applicants?) (?:should|must|are)"
    r" (?:apply|submit|send|invited|requested|asked)\b|to apply\b|please\b|les candidatures?\b"
    r"|(?:les )?candidat(?:e|\(e\))?s? (?:doivent|sont) (?:postuler|soumettre|envoyer|invite))"
)
_SHOULD = re.compile(r"\b(?:should|could)\b")
_TITLE_LINE = 60
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
            len(text) <= _TITLE_LINE and text[-1:] not in ".;:!?" and not _ASKED.search(fold(text))
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
    sentences = _sentences(_LABEL.sub("", paragraph, count=1))
    musts = [s for s in sentences if must.match(fold(s))]
    label = _LABEL.match(paragraph)
    if label and _ESSENTIAL_LABEL.match(label[0]):
        return True  # "Essential: A university degree in law and ...": the list's own name
    if label and sum(bool(_ASKED.search(fold(part))) for part in _split_all(sentences)) >= 2:
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
    asked = [part for part in _split_all(_sentences(paragraph)) if _ASKED.search(fold(part))]
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
        for sentence in _sentences(_LABEL.sub("", paragraph, count=1)):
            if placed and offers_alternative(sentence):
                # Another way to meet a requirement before it, read with it.
                items, at = alternative_to(placed, sentence)
                items[at] = f"{items[at]}. {sentence}"
                continue
            if len(sentence) <= 40 and _LABEL.match(f"{sentence}. ."):
                continue  # "... is required. Experience. At least ...": a group's run-in name
            wished = bool(label and label["wished"]) or _wished(sentence)
            for part in split_compound(sentence):
                if states_working_languages(part):
                    continue
                folded = fold(part)
                must = says_essential(part)
                weaker = says_must and _SHOULD.search(folded) and not must
                target = desirable if (wished and not must) or weaker else essential
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
            sentences = _sentences(paragraph)
            first = fold(sentences[0]) if sentences else ""
            asks = (
                _LABEL.match(paragraph)
                or _ASKED.search(first)
                or _wished(first)
                or must.match(first)
                or (first and reads_as_requirement(sentences[0], lang))
            )
            if not asks or _APPLYING.match(first):
                break  # a paragraph on something else (who may apply, how to apply)
            taken.append(paragraph)
        essential, desirable = _sort(taken)
        found.append((lang, essential, desirable))
    return found
