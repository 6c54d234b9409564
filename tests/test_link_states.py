"""Every state of the gazetteer carries its Wikidata QID, checked against the shared reference files
(read from ../shared/reference; the project does not copy them)."""

from __future__ import annotations

import csv
import re

import pytest

from conftest import SHARED
from kg.extract.gazetteer import STATES_FILE

REFERENCE = SHARED / "reference"
pytestmark = pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is not checked out")


def _tsv(path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.fixture(scope="module")
def ours() -> dict[str, dict]:
    return {row["iso2"]: row for row in _tsv(STATES_FILE)}


def test_every_state_has_one_qid_of_its_own(ours):
    qids = [row["qid"] for row in ours.values()]
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in qids)
    assert len(set(qids)) == len(qids)


def test_qids_agree_with_the_country_reference(ours):
    reference = {row["iso2"]: row for row in _tsv(REFERENCE / "countries.tsv")}
    wrong = {iso: (ours[iso]["qid"], row["qid"]) for iso, row in reference.items()
             if iso in ours and ours[iso]["qid"] != row["qid"]}
    assert wrong == {}
    # Western Sahara is in the reference but is no UN member or observer state, so not in the gazetteer.
    assert set(reference) - set(ours) == {"EH"}
    # The gazetteer's extra rows are historical states (Soviet Union, Yugoslavia ...), de facto states
    # (Abkhazia, Transnistria, Somaliland ...), which have no ISO code, and the states in free association
    # with New Zealand (Cook Islands, Niue), which the reference leaves out.
    extra = set(ours) - set(reference)
    assert all(ours[iso]["historical"] in ("yes", "de facto", "associated") for iso in extra)
    assert {ours[iso]["name"] for iso in extra if ours[iso]["historical"] == "de facto"} >= {"Abkhazia", "Transnistria"}


def test_qids_agree_with_the_entity_reference(ours):
    by_name = {row["name"]: row["qid"] for row in ours.values()}
    states = [row for row in _tsv(REFERENCE / "wikidata-entities.tsv") if row["kind"] == "state"]
    assert states
    for row in states:
        assert by_name.get(row["label"]) == row["qid"], row["label"]
