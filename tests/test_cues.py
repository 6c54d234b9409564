"""Cue sets: a guarded rule runs only on a sentence holding one of its cue words, and the guards
change no extraction (the same facts with every guard open)."""

from __future__ import annotations

import tomllib
from functools import cached_property
from pathlib import Path

import pytest

from kg.errors import ExtractionError
from kg.extract import extract
from kg.extract.cues import GUARDED, all_cues, needs, revises
from kg.extract.segment import segment
from kg.extract.clean import clean
from kg.model import Sentence, SourceDocument
from kg.sources import read_document

DEV = Path(__file__).parent / "data" / "articles" / "dev"
CHALLENGE = Path(__file__).parent / "data" / "challenge"


def _sentence(text: str) -> Sentence:
    return segment(clean(SourceDocument("t", text)))[0][0]


def test_cue_set_holds_words_and_lemmas():
    sentence = _sentence("Germany halted the shipments.")
    assert {"halted", "halt", "shipments", "shipment"} <= sentence.cue_set
    assert sentence.lower_set <= sentence.cue_set


def test_needs_skips_a_sentence_without_its_cues():
    calls = []

    @needs("halt", nothing=[])
    def rule(sentence):
        calls.append(sentence.index)
        return ["found"]

    assert rule(_sentence("Germany sent tanks.")) == [] and calls == []
    assert rule(_sentence("Germany halted the tanks.")) == ["found"] and calls == [0]
    assert rule.cues == frozenset({"halt"})


@pytest.mark.parametrize("mode, frames, text, called", [
    ("ignored", ["f"], "Germany sent tanks.", False),
    ("ignored", [], "Germany halted tanks.", True),
    ("or", ["f"], "Germany sent tanks.", True),
    ("or", [], "Germany sent tanks.", False),
    ("needed", [], "Germany halted tanks.", False),
    ("needed", ["f"], "Germany sent tanks.", False),
    ("needed", ["f"], "Germany halted tanks.", True),
], ids=["ignored-no-cue", "ignored-cue", "or-frames", "or-nothing", "needed-no-frames", "needed-no-cue", "needed-both"])
def test_revises_modes(mode, frames, text, called):
    class View:
        sentence = _sentence(text)

    @revises(lambda: {"halt"}, frames=mode)
    def rule(view, frames):
        return [*frames, "added"]

    result = rule(View(), frames)
    assert result == ([*frames, "added"] if called else frames)
    assert result is not frames  # a copy, as the rules return


def test_revises_refuses_an_unknown_mode():
    with pytest.raises(ExtractionError, match="frames must be"):
        revises("x", frames="sometimes")


def test_guards_change_no_extraction(monkeypatch):
    """With every guard open (each sentence holding every cue word) the dev articles give the same facts:
    the cue sets are necessary conditions of their rules."""
    docs = [read_document(p) for p in sorted(DEV.glob("*.txt"))[::4]]
    docs += [SourceDocument("c", case["text"]) for path in sorted(CHALLENGE.glob("*.toml"))
             for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]]
    guarded = [extract(doc) for doc in docs]
    assert GUARDED and len(all_cues()) > 20
    everything = all_cues()
    monkeypatch.setattr(Sentence, "cue_set", cached_property(lambda self: everything | frozenset(self.lowers)))
    Sentence.cue_set.__set_name__(Sentence, "cue_set")
    opened = [extract(doc) for doc in docs]
    assert [x.facts for x in opened] == [x.facts for x in guarded]
    assert sum(len(x.facts) for x in guarded) > 500
