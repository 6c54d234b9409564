"""The state gazetteer is complete and its Wikidata IDs agree with the shared reference."""

from __future__ import annotations

import csv

import pytest
from conftest import SHARED

from kg.extract.gazetteer import load_gazetteer

REFERENCE = SHARED / "reference" / "countries.tsv"


def _reference_rows():
    if not REFERENCE.exists():
        pytest.skip("../shared/reference is not beside the checkout")
    with REFERENCE.open(encoding="utf-8") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def test_every_un_member_and_observer_is_a_state():
    gazetteer = load_gazetteer()
    current = [s for s in gazetteer.states if not s.historical]
    assert len(current) >= 195
    assert {"VA", "PS", "XK", "TW"} <= {s.iso2 for s in current}


def test_qids_agree_with_the_reference_where_both_have_the_state():
    gazetteer = load_gazetteer()
    ours = {s.iso2: s.qid for s in gazetteer.states}
    rows = _reference_rows()
    shared = [r for r in rows if r["iso2"] in ours]
    assert len(shared) >= 190
    assert [r["name"] for r in shared if ours[r["iso2"]] != r["qid"]] == []


def test_every_current_state_has_a_qid_capital_and_demonym_where_known():
    for state in load_gazetteer().states:
        assert state.qid.startswith("Q"), state.name
    # city-states whose capital is the state's own name carry no separate capital entry
    missing_capital = {s.name for s in load_gazetteer().states if not s.capitals and not s.historical}
    # Belgium: "Brussels" is kept for the EU (kg/rules/states.toml)
    assert missing_capital <= {"Djibouti", "Luxembourg", "Monaco", "Singapore", "Vatican City", "Kuwait", "Belgium"}


@pytest.mark.parametrize("text,iso2", [
    ("cuba", "CU"), ("Q241", "CU"), ("USA", "US"), ("U.S.", "US"), ("united states of america", "US"),
    ("Britain", "GB"), ("Russian Federation", "RU"), ("PRC", "CN"), ("Türkiye", "TR"), ("Turkey", "TR"),
    ("USSR", "SU"),
], ids=lambda v: str(v))
def test_find_state(text, iso2):
    assert load_gazetteer().find_state(text).iso2 == iso2


def test_seed_entities_match_the_checked_reference():
    path = SHARED / "reference" / "wikidata-entities.tsv"
    if not path.exists():
        pytest.skip("../shared/reference is not beside the checkout")
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r["kind"] == "state" and r["checked"] == "yes"]
    gazetteer = load_gazetteer()
    for row in rows:
        assert gazetteer.find_state(row["label"]).qid == row["qid"], row["label"]


def test_capitals_and_demonyms_are_metonyms_of_their_state():
    from kg.extract.clean import clean
    from kg.extract.segment import segment
    from kg.model import SourceDocument

    text = "Beijing and Moscow answered Washington. Cuban and Iranian officials met in Havana."
    _, mentions, _ = segment(clean(SourceDocument("t", text)))
    found = {(m.text, m.entity.key, m.how) for m in mentions}
    assert {("Beijing", "CN", "capital"), ("Moscow", "RU", "capital"), ("Washington", "US", "capital"),
            ("Cuban", "CU", "demonym"), ("Iranian", "IR", "demonym"), ("Havana", "CU", "capital")} <= found


def test_a_capital_or_name_written_without_its_diacritics_is_the_state():
    from kg.extract import extract
    from kg.model import SourceDocument

    doc = extract(SourceDocument("d", "Bogota and Brasilia talked, and Turkiye listened."))
    assert [(m.text, m.entity.label) for m in doc.mentions if m.entity.kind == "state"] == [
        ("Bogota", "Colombia"), ("Brasilia", "Brazil"), ("Turkiye", "Türkiye")]


def test_congo_and_congolese_are_dr_congo_and_the_republic_keeps_its_full_name():
    from kg.extract import extract
    from kg.model import SourceDocument

    doc = extract(SourceDocument("d", "Rebels in eastern Congo fought Congolese troops. "
                                      "The Republic of the Congo stayed out."))
    assert [m.entity.label for m in doc.mentions if m.entity.kind == "state"] == [
        "DR Congo", "DR Congo", "Congo Republic"]


def test_what_states_toml_adds_is_in_the_generated_states_file():
    """kg/data/states.tsv is generated from the packages and kg/rules/states.toml by
    scripts/build_gazetteer.py: an edit to one without the other shows here."""
    import tomllib

    from kg.settings import PROJECT_ROOT

    rules = tomllib.loads((PROJECT_ROOT / "kg" / "rules" / "states.toml").read_text(encoding="utf-8"))
    states = {s.iso2: s for s in load_gazetteer().states}
    missing = []
    for section in ("state", "historical", "de_facto"):
        for iso2, more in rules.get(section, {}).items():
            state = states[iso2]
            forms = {state.name, *state.aliases, *state.demonyms, *state.capitals}
            added = [more.get("name"), more.get("demonym"), *more.get("aliases", []), *more.get("demonyms", []),
                     *more.get("capitals", [])]
            missing += [(iso2, form) for form in added if form and form not in forms]
            dropped = [*more.get("drop_aliases", []), *more.get("drop_demonyms", []), *more.get("drop_capitals", [])]
            missing += [(iso2, f"dropped {form}") for form in dropped if form in forms]
    assert missing == []


def test_states_in_free_association_are_actors():
    from kg.extract import extract
    from kg.model import AidFlow, SourceDocument

    doc = extract(SourceDocument("d", "Title\nDate: 2024-03-02\n\n"
                                      "New Zealand will give Niue NZ$20 million for a new hospital, officials in "
                                      "Alofi said. A Cook Islands delegation is expected in Wellington next week."))
    assert {(m.text, m.entity.label) for m in doc.mentions if m.entity.kind == "state"} >= {
        ("Niue", "Niue"), ("Alofi", "Niue"), ("Cook Islands", "Cook Islands")}
    assert [(f.donor.label, f.recipient.label, f.status) for f in doc.facts_of(AidFlow)] == [
        ("New Zealand", "Niue", "pledged")]
