"""A supply approved in the passive by its getter: "A Chinese loan of $1.2 billion was approved by Sri
Lanka's parliament", "The loan from Beijing was approved by the Kenyan cabinet". The subject names where
the goods come from (a demonym, an owner, "from X") and no getter of its own, so the approving agent is
the getter (compare "The sale of jets to Türkiye was approved by Congress": the approver gives, and so does a
lender approving a state's own programme: "Pakistan's loan programme was approved by the IMF board")."""

from __future__ import annotations

from kg.extract.aid_lender_programme import lending_body
from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry
from kg.extract.view import BE_FORMS, SentenceView, unique


def approved_by_getter(view: SentenceView, subject_first: int, first: int, last: int, entry: Entry,
                       agent) -> Frame | None:
    if entry.status != "approved" or not agent:
        return None
    be = next((j for j in range(first - 1, subject_first - 1, -1) if view.lower[j] in BE_FORMS), None)
    if be is None or be <= subject_first:
        return None
    if any(view.word_before(m) in ("to", "for") for m in view.state_in(subject_first, be) if m.first > 0):
        return None  # the subject names its getter: the approver gives
    origins = unique(m.entity for m in view.state_in(subject_first, be) if m.entity not in agent and (
        m.how == "demonym" or view.possessive(m) or (m.first > 0 and view.from_before(m))))
    if not origins:
        return None
    if all(lending_body(a) for a in agent) and all(o.kind == "state" for o in origins) and not any(
            m.how == "demonym" or (m.first > 0 and view.from_before(m))
            for m in view.state_in(subject_first, be) if m.entity in origins):
        # "Pakistan's $7 billion loan programme was approved by the IMF board": a lender approving its own
        # lending to the state that owns the programme gives it
        return Frame(entry, first, last, tuple(agent), [(subject_first, be, origins)], "approved", subject_first, last)
    return Frame(entry, first, last, origins, [(subject_first, be, tuple(agent))], "approved", subject_first, last)
