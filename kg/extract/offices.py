"""Office holdings from the persons that titles and appositives introduced."""

from __future__ import annotations

from kg.extract.gazetteer import country_state
from kg.extract.persons import PersonFind
from kg.model import EntityRef, Evidence, OfficeHolding, Sentence


def extract_offices(finds: list[PersonFind], sentences: tuple[Sentence, ...], *, doc_id: str) -> list[OfficeHolding]:
    """One holding per (person, role, state) with the sentence that states it."""
    holdings: list[OfficeHolding] = []
    seen: set[tuple[str, str, str | None]] = set()
    for find in finds:
        sentence = sentences[find.mention.sentence]
        office_of = _state_or_body(find.office_of)
        for title in find.titles:
            key = (find.mention.entity.key, title.role, office_of.key if office_of else None)
            if key in seen:
                continue
            seen.add(key)
            start = min(find.quote_start, find.mention.start)
            end = max(find.mention.end, sentence.tokens[title.last - 1].end)
            quote = sentence.text[start - sentence.start:end - sentence.start]
            evidence = Evidence(doc_id, start, end, quote, sentence.start, sentence.end, sentence.text,
                                (sentence.index,))
            label = sentence.text[
                sentence.tokens[title.first].start - sentence.start:sentence.tokens[title.last - 1].end - sentence.start
            ]
            holdings.append(OfficeHolding(find.mention.entity, title.role, label, evidence, office_of))
    return holdings


def _state_or_body(owner: EntityRef | None) -> EntityRef | None:
    """An office is held in a state or an organisation: one of a region or city ("Borno's governor",
    "the mayor of Kharkiv") is held in that place's state (gold README O1), and nothing else owns one."""
    if owner is None or owner.kind in ("state", "organisation"):
        return owner
    return country_state(owner.country) if owner.kind == "place" and owner.country else None
