"""The memory claims keep across a document's sentences (kg/extract/claim_memory.py)."""

from kg.extract.claim_memory import Memory
from kg.model import EntityRef


def test_each_document_starts_empty() -> None:
    first, second = Memory(), Memory()
    first.sources.append(EntityRef("organisation", "reuters", "Reuters"))
    first.co[(1, 5)] = ()
    assert second.sources == [] and second.co == {} and second.person is None


def test_topic_and_pair_are_given() -> None:
    japan, china = EntityRef("state", "japan", "Japan"), EntityRef("state", "china", "China")
    memory = Memory(topic=japan, pair=(japan, china))
    assert memory.topic == japan and memory.pair == (japan, china)
