"""The aid revision chain's short cut: given no frames, a sentence without the cue words of the revisers that can
add one gives none, so the chain is not run (kg.extract.aid_revise.revised)."""

from __future__ import annotations

import ast
import inspect
import tomllib
from pathlib import Path

import pytest

from kg.errors import ExtractionError
from kg.extract import aid_revise, extract
from kg.extract.aid_nouns import Context
from kg.extract.aid_revise import ADDERS, revise_chain, revised
from kg.extract.cues import adding_cues
from kg.extract.lexicon import load_lexicon
from kg.extract.view import SentenceView, by_sentence
from kg.model import EntityRef, SourceDocument
from kg.sources import read_document

DEV = Path(__file__).parent / "data" / "articles" / "dev"
CHALLENGE = Path(__file__).parent / "data" / "challenge"


def _chain_calls() -> set[str]:
    """The names of the functions revise_chain calls."""
    tree = ast.parse(inspect.getsource(revise_chain))
    return {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}


def _in_hand() -> Context:
    """A discourse context with a flow in hand, which the revisers that point back to it need."""
    return Context(donors=(EntityRef("state", "RU", "Russia"),), recipients=(EntityRef("state", "CU", "Cuba"),))


@pytest.fixture(scope="module")
def views() -> list[SentenceView]:
    docs = [read_document(p) for p in sorted(DEV.glob("*.txt"))[::4]]
    docs += [SourceDocument("c", case["text"]) for path in sorted(CHALLENGE.glob("*.toml"))
             for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]]
    found = []
    for doc in docs:
        x = extract(doc)
        actors = by_sentence(x.mentions, kinds=("state", "organisation"))
        found += [SentenceView(s, actors.get(s.index, [])) for s in x.sentences]
    return found


def test_every_adder_is_in_the_chain_and_declares_its_words():
    calls = _chain_calls()
    for rule in ADDERS:
        assert rule.__name__ in calls
        assert rule.frames_mode in ("ignored", "or"), rule.__name__
    assert {"aid", "way", "more"} <= adding_cues(*ADDERS)


def test_adding_cues_refuses_an_undeclared_rule():
    def bare(view, frames):
        return frames

    with pytest.raises(ExtractionError, match="declares no cue words"):
        adding_cues(bare)


def test_the_other_revisers_add_nothing_to_no_frames(views):
    """Each reviser of the chain that is not an adder gives no frames when given none, on every sentence of a
    quarter of the dev articles and of the challenge cases, with a flow in hand."""
    lexicon = load_lexicon()
    others = [getattr(aid_revise, name) for name in sorted(_chain_calls()) if getattr(aid_revise, name) not in ADDERS]
    assert len(others) > 25
    for rule in others:
        names = list(inspect.signature(rule).parameters)
        for view in views:
            given = {"view": view, "frames": [], "lexicon": lexicon, "context": _in_hand()}
            assert rule(*(given[name] for name in names)) == [], (rule.__name__, view.sentence.text)


def test_chain_gives_nothing_where_the_short_cut_passes_over(views):
    """Where no frame is in hand and no adder's cue word is in the sentence, the whole chain gives nothing,
    even with a flow in hand: the short cut changes no result."""
    lexicon = load_lexicon()
    words = adding_cues(*ADDERS)
    passed_over = [view for view in views if words.isdisjoint(view.sentence.cue_set)]
    assert len(passed_over) > 100
    for view in passed_over:
        assert revised(view, [], lexicon, _in_hand()) == []
        assert revise_chain(view, [], lexicon, _in_hand()) == [], view.sentence.text


def test_adders_alone_decide_whether_no_frames_give_any(views):
    """Given no frames, the short cut that asks only the adders gives what the whole chain gives, on every
    sentence with an adder's cue word."""
    lexicon = load_lexicon()
    words = adding_cues(*ADDERS)
    asked = [view for view in views if not words.isdisjoint(view.sentence.cue_set)]
    assert len(asked) > 50
    for view in asked:
        assert revised(view, [], lexicon, _in_hand()) == revise_chain(view, [], lexicon, _in_hand()), view.sentence.text
