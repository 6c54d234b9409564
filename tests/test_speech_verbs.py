"""The shared lexicon of reporting verbs (kg/extract/speech_verbs.py)."""

from __future__ import annotations

import pytest

from kg.extract import speech_verbs as sv
from kg.extract.segment import lookup_lemmas


@pytest.mark.parametrize(("lemma", "expected"), [
    ("say", ("said", "says", "saying")),
    ("tell", ("told", "tells", "telling")),
    ("write", ("wrote", "writes", "writing")),
    ("note", ("noted", "notes", "noting")),
    ("stress", ("stressed", "stresses", "stressing")),
    ("reply", ("replied", "replies", "replying")),
    ("admit", ("admitted", "admits", "admitting")),
    ("warn", ("warned", "warns", "warning")),
], ids=lambda v: v if isinstance(v, str) else None)
def test_forms(lemma, expected):
    assert sv.forms(lemma) == expected


def test_sets_by_form():
    assert {"said", "told", "stressed", "wrote"} <= sv.PAST
    assert "written" in sv.PARTICIPLES and "written" not in sv.PAST
    assert {"says", "tells", "insists"} <= sv.THIRD
    assert {"say", "says"} <= sv.PRESENT and "said" not in sv.PRESENT
    assert {"saying", "noting", "arguing"} <= sv.GERUND
    assert sv.SAID_SAYS == sv.PAST | sv.THIRD
    assert sv.FINITE == sv.PAST | sv.PRESENT


def test_noun_like_presents_left_out():
    """'member states', 'reports say', 'his remarks': mostly nouns, so no present set holds them."""
    for word in ("states", "state", "reports", "claims", "notes", "remarks"):
        assert word not in sv.ALL_FORMS
    assert {"stated", "reported", "claimed", "noted"} <= sv.PAST
    assert {"state", "report"} <= sv.LEMMAS


def test_every_form_lemmatises_to_a_lemma():
    """A rule reading lemmas finds every form: the lookup lemmatizer maps each one into LEMMAS."""
    table = lookup_lemmas()
    assert {word for word in sv.ALL_FORMS | sv.PAST if table[word] not in sv.LEMMAS} == set()


def test_noun_like_presents_on_their_own():
    """A rule whose position rules out a noun (", Kenya claims.") adds them back by name."""
    assert {"claims", "reports", "states", "notes", "claim", "report"} <= sv.NOUN_LIKE_PRESENT
    assert sv.NOUN_LIKE_PRESENT.isdisjoint(sv.PRESENT)


def test_asserting_leaves_out_the_news_verbs():
    """A party's own word: "insisted", "noted"; not "announced" or an outlet's "reported", "wrote"."""
    assert {"said", "says", "insisted", "noted", "told"} <= sv.ASSERTING
    assert sv.ASSERTING.isdisjoint({"announced", "announces", "reported", "wrote", "writes"})
    assert sv.ASSERTING < sv.SAID_SAYS
