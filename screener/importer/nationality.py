"""Who may apply: the nationality criterion, for NATO members or a body's own list of nations.

NATO IS accepts nationals of every member; agencies and forces funded by some nations only
(NSPA partnerships, the NAEW&C Force) list them: "applications will only be accepted from
nationals of the following countries ...: Belgium, Czech Republic, ...", sometimes as a bullet
list after the colon. Country names are matched in English and French, with the other names
notices still use (Turkey, Czech Republic, USA), and become ISO codes.
"""

from __future__ import annotations

import re
from functools import cache

from screener.domain.countries import nato_members
from screener.domain.criteria import LocalizedText, NationalityCriterion, Source
from screener.importer.criteria_builder import BuiltCriteria
from screener.importer.listed_nations import codes_in, group_list, names_a_group
from screener.importer.nations_beyond import (
    excluded_by_note,
    listed_non_members,
    members_except,
    name_patterns,
    partner_countries,
)
from screener.importer.notice_sentences import nationality_sentences
from screener.importer.review_text import quote, review_item
from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import fold

# When the notice says nothing on who may apply, the rule NATO bodies apply is assumed; the
# text says so, so it is never mistaken for a quotation of the notice.
_FALLBACK = LocalizedText(
    en="Not stated in the notice: NATO bodies recruit nationals of NATO member countries only, "
    "so that rule is assumed.",
    fr="Non précisé dans l'avis : les organismes de l'OTAN ne recrutent que des ressortissants "
    "des pays membres de l'OTAN ; cette règle est donc supposée.",
)
# Names notices use besides the current official ones in resources/nato_members.json.
_OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "TR": ("turkey", "turquie", "turkiye"),
    "CZ": ("czech republic", "republique tcheque"),
    "US": ("united states of america", "usa", "etats-unis d'amerique"),
    "GB": ("uk", "great britain", "grande-bretagne"),
    "NL": ("the netherlands", "holland"),
    "SK": ("slovak republic", "republique slovaque"),
    "MK": ("republic of north macedonia", "macedoine du nord"),
}


@cache
def _country_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return name_patterns(nato_members().values(), _OTHER_NAMES)


def countries_in(text: str) -> list[str]:
    """ISO codes of the NATO members named in the text, in the members file's order."""
    folded = fold(text)
    return [code for code, pattern in _country_patterns() if pattern.search(folded)]


# "... nationals of the NAMO member nations, i.e." / "Bulgaria, Estonia, ...": an abbreviation's
# full stop at a line end does not end the sentence; the list follows on the next lines.
_OPEN_ABBREVIATION = re.compile(r"\b(?:i\.e|e\.g|viz|c\.-à-d|c\.à\.d|p\.ex)\.$", re.IGNORECASE)


def _sentence_ended(sentence: str) -> bool:
    end = sentence.rstrip()
    return end.endswith((".", ":", "!", "?")) and not _OPEN_ABBREVIATION.search(end)


def _with_following_list(lines: list[str], sentence: str) -> str:
    """The sentence, with its end when a line break cut it ("... the following NAEW&C" /
    "Force nations: Belgium, ..."), and the countries listed on the lines after a ':'."""
    index = next((i for i, line in enumerate(lines) if sentence in line), None)
    if index is None:
        return sentence
    if _OPEN_ABBREVIATION.search(sentence.rstrip()):
        # The sentence was cut at the abbreviation: the rest of its line belongs to it.
        sentence = lines[index][lines[index].find(sentence) :]
    while not _sentence_ended(sentence) and index + 1 < len(lines):
        following = lines[index + 1]
        if not following or len(sentence) > 3000:
            break
        sentence, index = f"{sentence} {following}", index + 1
    if not sentence.rstrip().endswith(":"):
        return sentence
    listed: list[str] = []
    wrapped = False  # the line before broke inside a name ("... and the United" / "States.")
    for line in lines[index + 1 : index + 60]:
        if not line:
            if listed:
                break
            continue
        # A bullet, a short line, or a wrapped line of country names ("Belgium, Czech
        # Republic, Denmark, ...").
        if not (is_bullet(line) or len(line) <= 40 or len(countries_in(line)) >= 2):
            break
        name = line.lstrip("-•*–—▪●·◦ ").rstrip(" ,;.")
        if wrapped and not is_bullet(line):
            listed[-1] = f"{listed[-1]} {name}"
        else:
            listed.append(name)
        if not is_bullet(line) and line.rstrip().endswith("."):
            break  # the list's sentence ends here; a heading may follow ("3. DUTIES")
        wrapped = "," in line and not is_bullet(line) and not line.rstrip().endswith((",", ";"))
    return f"{sentence} {', '.join(listed)}" if listed else sentence


# Where the sentence about who may apply starts when a copy ran it on after other text ("...
# Primary Location Belgium-Brussels ... Description Please note that we can only accept ...").
_RULE_START = re.compile(
    r"\b(?:Please|Applications?|Applicants?|Candidates?|Only|This (?:post|position|vacancy)"
    r"|We|Open|Eligib\w*|Seul\w*|Les candidatures|Veuillez|Nous)\b"
)


def _rule_only(sentence: str | None) -> str | None:
    """A long 'sentence' (a header collapsed onto one line) cut to where the rule starts."""
    if sentence is None or len(sentence) <= 300:
        return sentence
    word = re.search(r"nationals|ressortissant", sentence, re.IGNORECASE)
    if word is None:
        return sentence
    starts = [m.start() for m in _RULE_START.finditer(sentence, 0, word.start())]
    return sentence[starts[-1] :] if starts else sentence


def _from_rule(sentence: str, word: str) -> str:
    """The part that names who may apply: countries named before 'nationals' (a duty station,
    "Belgium-Brussels") are not the nations the post is open to."""
    found = fold(sentence).find(word)
    # A list of nations before the word is rare and always short ("Belgian, Dutch or German
    # nationals"): only a few words are kept before it.
    return sentence if found < 0 else sentence[max(0, found - 40) :]


# "... and of Partner nations participating in the programme", "Partnership for Peace": the
# post is open beyond NATO's members, which a nationality rule cannot say.
_BEYOND_MEMBERS = re.compile(
    r"\bpartner (?:nations?|countries|states)\b|\bpartnership for peace\b|\bnon-nato\b"
    r"|\bpays partenaires?\b|\bpartenariat pour la paix\b"
)


def nationality_criterion(lines: list[str], built: BuiltCriteria) -> NationalityCriterion:
    english, french = nationality_sentences(lines)
    if english:
        english = _with_following_list(lines, english)
    if french:
        french = _with_following_list(lines, french)
    criterion_id = built.unique_id("nationality")
    built.confidence[criterion_id] = 0.9
    if english is None and french is None:
        built.review.append(review_item("nationality_not_found", criterion=criterion_id))
        text = _FALLBACK
    else:
        english, french = _rule_only(english), _rule_only(french)
        text = LocalizedText(en=english or french or "", fr=french or english or "")
    rule = _without_examples(
        f"{_from_rule(text.en, 'national')} {_from_rule(text.fr, 'ressortissant')}"
    )
    # (Partners named one by one are added to the list below: the rule then accepts them.)
    if _BEYOND_MEMBERS.search(fold(rule)) and not partner_countries(rule):
        built.review.append(
            review_item("nations_beyond_members", criterion=criterion_id, quote=quote(text.en))
        )
    # Names and ISO codes both: "(BE, ..., UK, US)" also reads as the name "UK".
    listed = _union(countries_in(rule), codes_in(rule))
    if not listed and names_a_group(rule):
        # "participating nations": their list is elsewhere, or the draft says it is missing.
        listed = group_list(lines, countries_in)
        if not listed:
            built.review.append(
                review_item("nations_not_listed", criterion=criterion_id, quote=quote(text.en))
            )
    derived = _beyond_the_names(rule, listed)
    if derived is not None:
        listed, case = derived
    elif not listed:
        return NationalityCriterion(id=criterion_id, text=text, source=Source.NOTICE)
    else:
        # The list as printed: a partner among the sponsoring nations may apply too, unless
        # a footnote beside it turns the nation away.
        excluded = excluded_by_note(lines, countries_in)
        listed = [code for code in [*listed, *listed_non_members(rule)] if code not in excluded]
        case = "countries"
    built.review.append(
        review_item(
            "low_confidence",
            criterion=criterion_id,
            field="countries",
            case=case,
            count=len(listed),
        )
    )
    return NationalityCriterion(
        id=criterion_id, text=text, source=Source.NOTICE, scope="listed", countries=listed
    )


def _beyond_the_names(rule: str, listed: list[str]) -> tuple[list[str], str] | None:
    """The list when the rule names countries other than the eligible members: the members it
    excludes ("all NATO nations except ...") or partners it adds ("... and of Australia"),
    with the review wording's case; None when it names the eligible countries themselves."""
    excepted = members_except(rule, countries_in)
    if excepted is not None:
        return excepted, "countries_except"
    partners = partner_countries(rule)
    if not partners:
        return None
    return [*(listed or nato_members()), *partners], "countries_partners"


# "nationals of NATO member countries, including Canada" / "des pays membres de l'OTAN, dont le
# Canada": a country named as an example of the members (a national site's own), not a list.
_ALL_MEMBERS = re.compile(
    r"\bmember|\bmembres?\b|\ball (?:nato|allied)\b|\btous les (?:pays|etats)"
)
_EXAMPLE = re.compile(
    r"\b(?:dont|y compris|notamment|en particulier|including|in particular|such as|e\.g\."
    r"|for example|par exemple)\b[^.;:()]{0,80}",
    re.IGNORECASE,
)


def _without_examples(rule: str) -> str:
    """The rule without the countries it names as examples of all NATO members."""
    folded = fold(rule)
    if not _ALL_MEMBERS.search(folded) or "following" in folded or "suivants" in folded:
        return rule
    return _EXAMPLE.sub(" ", rule)


def _union(named: list[str], coded: list[str]) -> list[str]:
    found = set(named) | set(coded)
    return [code for code in nato_members() if code in found]


def one_nationality_criterion(built: BuiltCriteria) -> None:
    """Keep one nationality criterion when a bullet also states who may apply ("Nationality of
    a NATO member country", as job sites list it): the bullet replaces a rule that was only
    assumed; a sentence's rule stays and the repeating bullet is dropped, with a review item."""
    first, *rest = built.essential
    bullets = [c for c in rest if isinstance(c, NationalityCriterion)]
    if not bullets:
        return
    assumed = [
        r for r in built.review if r.code == "nationality_not_found" and r.criterion == first.id
    ]
    built.essential = [c for c in rest if c is not bullets[0]] if assumed else [first, *rest]
    if assumed:
        built.essential.insert(0, bullets[0])
        built.review = [r for r in built.review if r not in assumed]
        bullets = bullets[1:]
    for extra in bullets:
        built.essential.remove(extra)
        built.review.append(
            review_item("nationality_repeated", field="essential", quote=quote(extra.text.en))
        )
