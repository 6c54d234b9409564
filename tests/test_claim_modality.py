"""Modality of a claim (gold rule C5) on passages written for these tests."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _modalities(text: str) -> set[tuple[str, str]]:
    return {(c.claimant.label, c.modality) for c in extract(SourceDocument("t", text)).facts_of(Claim)}


def test_speech_relayed_according_to_an_outlet_is_reported():
    assert ("Shehbaz Sharif", "reported") in _modalities(
        "Prime Minister Shehbaz Sharif told lawmakers that China would roll over the loan, according to Dawn.")


def test_speech_without_a_relay_is_asserted():
    assert ("Shehbaz Sharif", "asserted") in _modalities(
        "Prime Minister Shehbaz Sharif told lawmakers that China would roll over the loan.")


def test_what_media_reports_say_is_reported():
    assert _modalities("Media reports said Peru had asked Chile for two firefighting planes.") \
        == {("media reports", "reported")}
