""""The two leaders", "both presidents" inside what was said are the two persons last named together
(kg/extract/claim_two_persons.py; passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _about(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for claim in extract(SourceDocument("t", text)).facts_of(Claim):
        found.setdefault(claim.claimant.label, set()).update(ref.label for ref in claim.about)
    return found


def test_the_two_leaders_are_the_two_named_together():
    about = _about("Emmanuel Macron and Olaf Scholz met in Paris on Friday. The Elysee said the two leaders "
                   "had agreed to send more air defence systems to Ukraine.")
    assert {"Emmanuel Macron", "Olaf Scholz"} <= set().union(*about.values())


def test_the_speaker_is_never_about_itself():
    about = _about("Emmanuel Macron and Olaf Scholz met in Paris on Friday. Macron said the two leaders "
                   "had agreed to send more air defence systems to Ukraine.")
    assert "Emmanuel Macron" not in about.get("Emmanuel Macron", set())


def test_the_two_leaders_possessive_refers_to_no_one():
    about = _about("Emmanuel Macron and Olaf Scholz met in Paris on Friday. The Elysee said the two leaders' "
                   "advisers would meet again in Berlin.")
    assert not {"Emmanuel Macron", "Olaf Scholz"} & set().union(set(), *about.values())
