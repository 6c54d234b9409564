"""A sentence that opens with "The <trigger> was a/the ..." describes the meeting told before (README M4), also
where the text's word differs from the kind the meeting took ("hosted" heads of government: a summit; "The
meeting was the third ..."), but a call is no meeting in person and the other way round."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Meeting, SourceDocument


def _meetings(text: str) -> list[tuple[tuple[str, ...], str]]:
    doc = extract(SourceDocument("again", text))
    return [(tuple(sorted(p.label for p in m.participants)), m.kind) for m in doc.facts_of(Meeting)]


def test_meeting_described_again_is_one_summit():
    text = ("DAKAR, Feb 3 — Senegalese President Bassirou Diomaye Faye hosted Mauritanian President Mohamed Ould "
            "Ghazouani at the presidential palace on Monday.\n\n"
            "The meeting was the second between Faye and Ghazouani since January.")
    assert _meetings(text) == [(("Bassirou Diomaye Faye", "Mohamed Ould Ghazouani"), "summit")]


def test_call_described_again_is_one_call():
    text = ("Brazilian President Luiz Inacio Lula da Silva spoke by phone with Colombian President Gustavo Petro "
            "on Sunday.\n\nThe call was a sign of warming ties between Brasilia and Bogota.")
    assert _meetings(text) == [(("Gustavo Petro", "Luiz Inacio Lula da Silva"), "call")]


def test_at_that_meeting_points_back():
    from kg.extract.meeting_again import named_again
    from kg.extract.view import SentenceView

    doc = extract(SourceDocument("again", "At that meeting, Kallas proposed a review. At the summit, Lula met Biden."))
    first, second = (SentenceView(s, [m for m in doc.mentions if m.sentence == s.index]) for s in doc.sentences)
    j = first.lower.index("meeting")
    assert named_again(first, j, j + 1, True) and not named_again(first, j, j + 1, False)
    j = second.lower.index("summit")
    assert not named_again(second, j, j + 1, True)  # "At the summit, ...": left to the other rules


def test_a_named_meeting_that_came_after_is_told_before():
    text = ("Kenyan President William Ruto and Ugandan President Yoweri Museveni met at Entebbe on March 2. The "
            "Entebbe meeting in March came after weeks of tension between Kenya and Uganda over fuel imports.")
    assert [m[0] for m in _meetings(text)] == [("William Ruto", "Yoweri Museveni")]
