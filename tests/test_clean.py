"""Cleaning keeps the article body and marks cruft, teasers and reader comments."""

from __future__ import annotations

from conftest import COMMENTS_SEED, CUBA_IRAN_SEED

from kg.extract.clean import clean
from kg.model import SourceDocument
from kg.sources import read_document


def _removed(path, kind):
    doc = clean(read_document(path))
    text = doc.source.text
    return [text[r.start:r.end] for r in doc.removed if r.kind == kind], doc


def _kept(doc):
    return [doc.source.text[b.start:b.end] for b in doc.blocks]


def test_seed_navigation_cruft_is_removed():
    cruft, doc = _removed(CUBA_IRAN_SEED, "cruft")
    joined = "\n".join(cruft)
    assert "Skip to content" in joined and "podcastPoliticsNewsMacro" in joined and "Table of Contents" in joined
    assert not any("Skip to content" in block for block in _kept(doc))


def test_seed_teasers_are_removed_and_the_conclusion_kept():
    teasers, doc = _removed(CUBA_IRAN_SEED, "teaser")
    joined = "\n".join(teasers)
    for headline in ("NATO Youth Summit", "Humanoid Robots", "58K BItcoin", "Members Public"):
        assert headline in joined
    kept = "\n".join(_kept(doc))
    assert "promising a future of intensified geopolitical competition" in kept
    assert "Chicago blues" not in kept


def test_seed_reader_comments_are_removed_and_the_body_kept():
    comments, doc = _removed(COMMENTS_SEED, "comment")
    assert len(comments) == 1
    assert comments[0].startswith("In the meantime, while the adults try to make deals")
    assert comments[0].endswith("debunking is one of your specialties.")
    kept = "\n".join(_kept(doc))
    assert "recalibrations of Russia’s policy towards them." in kept
    assert "backstab" not in kept.split("recalibrations")[-1]


def test_offsets_point_into_the_original_text():
    for seed in (CUBA_IRAN_SEED, COMMENTS_SEED):
        doc = clean(read_document(seed))
        spans = sorted([(b.start, b.end) for b in doc.blocks] + [(r.start, r.end) for r in doc.removed])
        for (s1, e1), (s2, _) in zip(spans, spans[1:]):
            assert e1 <= s2
        for block in doc.blocks:
            piece = doc.source.text[block.start:block.end]
            assert piece == piece.strip() and piece


def test_bullet_markers_are_layout():
    doc = clean(SourceDocument("t", "Key points\n\n  • Russia sent fuel to Cuba.\n  - China sent rice.\n"))
    assert _kept(doc) == ["Key points", "Russia sent fuel to Cuba.", "China sent rice."]


def _page(body_paragraphs: list[str], tail: list[str]) -> str:
    return "\n\n".join(["Menu", "HomeWorldBusinessSport", *body_paragraphs, *tail]) + "\n"


BODY = [
    f"Paragraph {i}: officials in Nairobi said on Tuesday that the shipment of maize from Tanzania had cleared "
    f"customs and would reach the drought-hit north within a week, according to a statement from the ministry."
    for i in range(8)
]


def test_comment_block_after_a_marker_is_removed():
    text = _page(BODY, ["3 Comments", "Great piece, thanks!", "I doubt the maize ever arrived."])
    doc = clean(SourceDocument("t", text))
    kinds = {text[r.start:r.end].split("\n")[0]: r.kind for r in doc.removed}
    assert kinds["3 Comments"] == "comment"
    assert all("maize ever arrived" not in block for block in _kept(doc))
    assert len(_kept(doc)) == 8


def test_teaser_marker_in_the_first_half_is_content():
    text = "\n\n".join(["Related", *BODY])
    doc = clean(SourceDocument("t", text))
    assert len(_kept(doc)) == 9


def test_reply_in_plain_quotes_after_curly_body_is_a_comment():
    body = [p.replace("said", "said “firmly”") for p in BODY]
    text = _page(body, ["Yes, but you forget that \"aid\" is never free!!"])
    doc = clean(SourceDocument("t", text))
    assert [r.kind for r in doc.removed if "never free" in text[r.start:r.end]] == ["comment"]


def test_an_ordinary_last_paragraph_is_not_a_comment():
    doc = clean(SourceDocument("t", _page(BODY, [])))
    assert not [r for r in doc.removed if r.kind == "comment"]
