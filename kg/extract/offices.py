"""Office holdings from the persons that titles and appositives introduced."""

from __future__ import annotations

from kg.extract.persons import PersonFind
from kg.model import Evidence, OfficeHolding, Sentence


def extract_offices(finds: list[PersonFind], sentences: tuple[Sentence, ...], *, doc_id: str) -> list[OfficeHolding]:
    """One holding per (person, role, state) with the sentence that states it."""
    holdings: list[OfficeHolding] = []
    seen: set[tuple[str, str, str | None]] = set()
    for find in finds:
        sentence = sentences[find.mention.sentence]
        for title in find.titles:
            key = (find.mention.entity.key, title.role, find.office_of.key if find.office_of else None)
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
            holdings.append(OfficeHolding(find.mention.entity, title.role, label, evidence, find.office_of))
    return holdings
