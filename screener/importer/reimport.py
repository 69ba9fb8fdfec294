"""Importing a notice again keeps the criterion ids of the vacancy file it replaces.

Profiles keep answers by vacancy reference and criterion id, so a re-imported vacancy whose ids
changed would silently orphan every answer a candidate gave. The new draft's criteria are
matched to the existing file's: same wording first (English or French), then the only
criterion of a kind on both sides (education, official languages ...), then the closest
wording. A matched criterion takes the existing id; an existing criterion left unmatched is
reported in the review list (its answers stay in the profiles but no longer count), and its id
is never given to a different requirement.
"""

from __future__ import annotations

import re
from collections import Counter

from screener.domain.criteria import Criterion
from screener.domain.vacancy import ReviewItem, Vacancy, VacancyWarning
from screener.importer.review_text import quote, review_item
from screener.importer.wording import fold, plain_words

# Below this share of shared words two wordings are different requirements.
_MIN_SIMILARITY = 0.5


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]{3,}", fold(text[:2000])))


def _same_text(a: Criterion, b: Criterion) -> bool:
    return plain_words(a.text.en) == plain_words(b.text.en) or plain_words(
        a.text.fr
    ) == plain_words(b.text.fr)


def _similarity(a: Criterion, b: Criterion) -> float:
    best = 0.0
    for x, y in ((a.text.en, b.text.en), (a.text.fr, b.text.fr)):
        wx, wy = _words(x), _words(y)
        if wx and wy:
            best = max(best, len(wx & wy) / len(wx | wy))
    return best


def _match_part(new: list[Criterion], old: list[Criterion]) -> dict[int, int]:
    """new index -> old index, for one part (essential or desirable)."""
    matched: dict[int, int] = {}
    taken: set[int] = set()

    def pair(i: int, j: int) -> None:
        matched[i] = j
        taken.add(j)

    # Same wording and same id first: one bullet can give several criteria ("Russian and
    # Ukrainian"), all with its wording, and each must keep its own id.
    for same_id in (True, False):
        for i, criterion in enumerate(new):
            if i in matched:
                continue
            j = next(
                (
                    j
                    for j, o in enumerate(old)
                    if j not in taken
                    and _same_text(criterion, o)
                    and (criterion.id == o.id or not same_id)
                ),
                None,
            )
            if j is not None:
                pair(i, j)
    new_kinds = Counter(c.kind for c in new)
    old_kinds = Counter(c.kind for c in old)
    for i, criterion in enumerate(new):
        kind = criterion.kind
        if i in matched or kind == "statement" or new_kinds[kind] != 1 or old_kinds[kind] != 1:
            continue
        j = next(j for j, o in enumerate(old) if o.kind == kind)
        if j not in taken:
            pair(i, j)
    scored = sorted(
        (
            (_similarity(criterion, o), i, j)
            for i, criterion in enumerate(new)
            if i not in matched
            for j, o in enumerate(old)
            if j not in taken and o.kind == criterion.kind
        ),
        reverse=True,
    )
    for value, i, j in scored:
        if value >= _MIN_SIMILARITY and i not in matched and j not in taken:
            pair(i, j)
    return matched


def keep_ids(
    draft: Vacancy, existing: Vacancy, confidence: dict[str, float]
) -> tuple[Vacancy, dict[str, float]]:
    """The draft with the existing file's ids where criteria match, and a review of the rest."""
    reserved = {c.id for c in existing.criteria}
    renamed: dict[str, str] = {}
    unmatched: list[tuple[str, Criterion]] = []
    for part, new, old in (
        ("essential", draft.essential, existing.essential),
        ("desirable", draft.desirable, existing.desirable),
    ):
        matched = _match_part(new, old)
        for i, j in matched.items():
            renamed[new[i].id] = old[j].id
        unmatched += [(part, o) for j, o in enumerate(old) if j not in set(matched.values())]
    used = set(renamed.values())
    for criterion in draft.criteria:
        if criterion.id in renamed:
            continue
        # A new requirement must not take an id that answers already point to.
        candidate, number = criterion.id, 2
        while candidate in reserved or candidate in used:
            candidate, number = f"{criterion.id}-new{'' if number == 2 else number}", number + 1
        renamed[criterion.id] = candidate
        used.add(candidate)
    review = [_renamed_item(item, renamed) for item in draft.review]
    review += [_lost_item(part, criterion) for part, criterion in unmatched]
    data = draft.model_dump()
    for part in ("essential", "desirable"):
        for criterion in data[part]:
            criterion["id"] = renamed[criterion["id"]]
    data["warnings"] = [_renamed_warning(w, renamed).model_dump() for w in draft.warnings]
    data["review"] = [item.model_dump() for item in review]
    kept = Vacancy.model_validate(data)
    return kept, {renamed.get(k, k): v for k, v in confidence.items()}


def _renamed_item(item: ReviewItem, renamed: dict[str, str]) -> ReviewItem:
    if item.criterion is None:
        return item
    return item.model_copy(update={"criterion": renamed.get(item.criterion, item.criterion)})


def _renamed_warning(warning: VacancyWarning, renamed: dict[str, str]) -> VacancyWarning:
    if warning.criterion is None:
        return warning
    return warning.model_copy(
        update={"criterion": renamed.get(warning.criterion, warning.criterion)}
    )


def _lost_item(part: str, criterion: Criterion) -> ReviewItem:
    # field: the review dialog then opens the list of requirements
    return review_item(
        "answers_not_matched", field=part, id=criterion.id, quote=quote(criterion.text.en, 100)
    )
