"""kg.extract.meeting_counterparts: the states that modify "counterpart(s)"."""

from __future__ import annotations

import pytest

from conftest import sentence_view

from kg.extract.meeting_counterparts import attributive, counterpart_states


def _at(view, word: str) -> int:
    return view.lower.index(word)


@pytest.mark.parametrize("text, labels", [
    ("Dong Jun met his US counterpart in Singapore.", ["United States"]),
    ("Takeshi Iwaya met his New Zealand counterpart in Tokyo.", ["New Zealand"]),
    ("Boris Pistorius hosted his Estonian and Latvian counterparts.", ["Estonia", "Latvia"]),
    ("Wang Yi met his Russian counterpart in Moscow.", ["Russia"]),
], ids=["state-name", "two-word-name", "demonym-list", "demonym"])
def test_counterpart_states(text, labels):
    view = sentence_view(text)
    j = next(i for i, w in enumerate(view.lower) if w.startswith("counterpart"))
    assert attributive(view, j)
    assert [s.label for s in counterpart_states(view, j)] == labels


def test_state_without_owner_is_no_modifier():
    view = sentence_view("Talks were held with Ukraine counterparts present.")
    assert not attributive(view, _at(view, "counterparts"))
