"""A footnote beside a list of eligible nations that turns one of them away (the forty-third
blind batch: a COE's sponsoring nations "..., Georgia*, ..." with "(*Georgia: contributing
partner, not eligible for this post.)" kept Georgia). A marked partner the note does not turn
away stays on the list."""

from __future__ import annotations

import pytest

from tests.importer.importer_support import imported

_TOP = "Title: Analyst\nNATO Grade: A2\nApplication Deadline: 1 March 2027\n\n"
_LIST = "\nESSENTIAL\n- University degree in law\n"


def _countries(rule: str) -> list[str]:
    nationality = imported(_TOP + rule + _LIST).essential[0]
    return list(getattr(nationality, "countries", None) or [])


@pytest.mark.parametrize(
    "rule",
    [
        "Eligibility: Nationals of the Sponsoring Nations only: Estonia, France, Georgia*, "
        "Germany, Latvia.\n(*Georgia: contributing partner, not eligible for this post.)\n",
        "Open to nationals of the Sponsoring Nations: Estonia, France, Germany, Latvia, "
        "Poland*.\n* Poland is not eligible for this post.\n",
        "Seuls les ressortissants des nations cadres peuvent postuler : Estonie, France, "
        "Géorgie*, Allemagne, Lettonie.\n* La Géorgie n'est pas éligible pour ce poste.\n",
    ],
    ids=["partner-in-brackets", "member-after-star", "french"],
)
def test_a_nation_a_footnote_turns_away_is_off_the_list(rule: str) -> None:
    assert sorted(_countries(rule)) == ["DE", "EE", "FR", "LV"]


def test_a_marked_partner_the_note_does_not_turn_away_stays() -> None:
    rule = (
        "Open to nationals of the Sponsoring Nations: Austria*, Estonia, France, Germany, "
        "Latvia.\n(*Austria: contributing participant.)\n"
    )
    assert sorted(_countries(rule)) == ["AT", "DE", "EE", "FR", "LV"]
