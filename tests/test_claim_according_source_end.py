"""An "according to" source whose name would run past the comma is no source: "According to a readout from
the Kremlin, Putin and Xi discussed ..." crashed the claims stage (the claim's span opened after the
sentence's end) by reading "Putin" as the appositive name of "the Kremlin" (passages written for this test)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def test_a_named_body_before_the_comma_is_the_source_and_nothing_crashes():
    claims = extract(SourceDocument("t", "According to a readout from the Kremlin, Putin and Xi discussed energy "
                                         "cooperation.")).facts_of(Claim)
    assert [c.claimant.label for c in claims] == ["Kremlin"]


def test_a_description_before_the_comma_still_takes_the_name_after_it():
    claims = extract(SourceDocument("t", "According to a statement by the manufacturer, Saab, the first Gripen "
                                         "jets will reach Thailand in 2025.")).facts_of(Claim)
    assert [c.claimant.label for c in claims] == ["Saab"]
