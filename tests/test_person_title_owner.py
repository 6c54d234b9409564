"""kg.extract.persons.refer_by_title: a title owned by a proper name that is no state ("the Taliban's foreign
minister") is not the holder of that title named before; one owned by a common noun ("the country's") still is."""

from kg.extract import extract
from kg.model import SourceDocument

_LEAD = "Pakistani Foreign Minister Ishaq Dar condemned the strikes on Monday. "


def _persons(text: str) -> list[tuple[int, str]]:
    doc = extract(SourceDocument("t", text, date="2026-03-12"))
    return [(m.sentence, m.entity.label) for m in doc.mentions if m.entity.kind == "person"]


def test_named_owner_is_another_office():
    assert (1, "Ishaq Dar") not in _persons(_LEAD + "The Taliban's foreign minister was in India at the time.")


def test_common_noun_owner_refers_back():
    assert (1, "Ishaq Dar") in _persons(_LEAD + "The country's foreign minister said Islamabad would respond.")
