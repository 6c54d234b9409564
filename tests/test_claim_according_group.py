"""Unnamed media and authorities after "according to" are the group as written (gold rule C2), and a longer
phrase ending in such a group is not read as one (kg/extract/claim_according_group.py; passages written for
these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claimants(text: str) -> set[str]:
    return {c.claimant.label for c in extract(SourceDocument("t", text)).facts_of(Claim)}


def test_local_media_after_according_to_speak():
    assert _claimants("Two tankers of Algerian fuel docked in Tripoli on Friday, according to local media.") \
        == {"local media"}


def test_a_states_authorities_are_the_group_not_the_state():
    assert _claimants("A field hospital was set up near Antakya on Monday, according to Turkish authorities.") \
        == {"Turkish authorities"}


def test_media_reports_are_no_group_of_media():
    assert "media" not in " ".join(_claimants("Chad has closed its border with Sudan, according to media reports."))


def test_details_given_by_a_group_are_not_read_as_the_group():
    assert "local authorities" not in _claimants(
        "Forty houses were destroyed in Kenya, according to details given by local authorities.")


def test_generic_reports_after_according_to_are_the_group_as_written():
    assert _claimants("Two dams burst in Libya overnight, according to local reports.") == {"local reports"}


def test_an_outlets_reports_are_the_outlets():
    assert "Reuters reports" not in _claimants("According to Reuters reports, Chad has closed its border.")


def test_press_reports_said_is_the_reports_not_the_press():
    assert _claimants("Press reports said Ghana had repaid the loan.") == {"press reports"}


def test_the_reports_said_is_no_new_group():
    text = "Local media reported that Chile had sent two planes to Bolivia. The reports said both would land on Friday."
    assert "reports" not in _claimants(text)
