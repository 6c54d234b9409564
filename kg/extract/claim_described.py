""""the minister", "the paper", "the Saudi agency", "the fund", "the government": a definite description
of someone named before, resolved against what the claim reader remembers of the document (the last
person, the sources quoted, the last organisation, the report's state)."""

from __future__ import annotations

from kg.extract.claim_about import own_state
from kg.extract.claim_bodies_named import body_described
from kg.extract.claim_company import based_company, company_before
from kg.extract.claim_named_bodies import SERVICE_NOUNS, named_body
from kg.extract.claim_office_of import office_at
from kg.extract.claim_reports import REPORT_NOUNS
from kg.extract.claim_cues import arabic_article, source_name
from kg.extract.claim_government import subject_state
from kg.extract.claim_referents import ministry_as_written, state_described
from kg.extract.gazetteer import slug
from kg.extract.institutions import LOWER_INSTITUTION as _LOWER_INSTITUTION, demonym_of, institution as _institution
from kg.extract.persons import PARTY_HEADS
from kg.extract.view import SentenceView
from kg.model import EntityRef

INSTITUTIONS = frozenset("ministry cabinet embassy presidency parliament army military navy".split())
PERSON_TITLES = frozenset("minister secretary president chancellor premier spokesman spokeswoman spokesperson envoy "
                          "ambassador governor king emir prince director commissioner senator leader".split()) \
    | PARTY_HEADS  # a party member named before: "..., the Social Democrat stressed", "the Republican said"
OUTLET_NOUNS = frozenset("paper newspaper daily agency broadcaster outlet channel magazine website site network portal "
                         "tabloid".split())
ORGANISATION_NOUNS = frozenset("fund bank bloc alliance union organisation organization committee commission council "
                               "lender ministry company group department forum court embassy directorate authority".split())
STATEMENTS = frozenset("statement communique communiqué readout declaration".split())
FRAME_OPENERS = frozenset("after before during following at in on while".split())
SPOKES = frozenset("spokesperson spokesman spokeswoman".split())
BODY_NOUNS = frozenset("bloc alliance lender union fund bank forum group".split())  # "the bloc" inside what was said


def described(view: SentenceView, j: int, memory) -> EntityRef | None:
    """"the minister", "the paper", "the Saudi agency", "the fund": a definite description of someone
    named before; "the government" is the state the report is about."""
    word = view.lower[j]
    if word == "body" and view.lower[j - 2:j] == ("the", "world"):  # "..., the world body said": the UN (claims27)
        return next((ref for ref in (*(m.entity for m in reversed(view.actors) if m.last <= j), memory.organisation,
                                     *reversed(memory.sources), *reversed(memory.named))
                     if ref is not None and ref.label == "United Nations"), None)
    if word in REPORT_NOUNS and _after_according(view, j) and memory.report is None:
        outlets = [ref for ref in memory.sources if ref in memory.outlets]  # "RTN reported ... According to the
        return outlets[-1] if outlets else None  # (same) report, ...": the outlet's report (claims27)
    if word in ORGANISATION_NOUNS and view.tokens[j].text[:1].isupper() and view.lower[j + 1:j + 2] in (("of",), ("for",)) \
            and j + 2 < len(view.tokens) and view.tokens[j + 2].text[:1].isupper() and j + 2 not in view.actor_at:
        return None  # "the Somali Ministry of Foreign Affairs": a body's name, read with its state elsewhere
    if (company := based_company(view, j, memory.sources)) is not None:
        return company  # "The Vienna-based company had said": the company quoted last, not Austria
    if word == "office" and j > 0 and view.lower[j - 1] in ("his", "her") and memory.trail.holds(memory.person):
        return memory.trail.presidency(memory.person)  # a president's "his office said"
    if word == "government" and j > 0 and view.lower[j - 1] in ("his", "her") and memory.person in memory.trail.states:
        return memory.trail.states[memory.person]  # "Petro chose the jet. His government announced ...": Colombia
    kind = view.lower[j - 1] if word == "office" and j > 2 and view.lower[j - 1] in ("media", "press") else ""
    mark = j - 1 - bool(kind)  # "Lasso's media office said", "Erdogan's press office"
    owner = view.actor_at.get(mark - 1) if word == "office" and mark > 0 and view.lower[mark] in ("'s", "’s") else None
    if owner is not None and owner.entity.kind == "person":  # "Prime Minister Fumio Kishida's office said"
        name = f"{owner.entity.label}'s {kind + ' ' if kind else ''}office"
        return EntityRef("organisation", slug(name), name)
    if word == "office" and j > 0 and view.lower[j - 1] == "the" and (of := office_at(view, j)) is not None:
        return of[0]  # "according to the office of Prime Minister X": X's office
    if word == "office" and j > 0 and view.lower[j - 1] == "the" and j + 1 < len(view.tokens) \
            and view.lower[j + 1] != "of":  # "the office said": the office quoted last
        return next((ref for ref in (*reversed(memory.sources), *reversed(memory.named))
                     if ref.label.lower().endswith("office")), None)  # quoted, else only named ("announced by")
    if word == "diplomat" and (envoy := _diplomat(view, j, memory)) is not None:
        return envoy  # "the diplomat said", "the top US diplomat said": the foreign minister or envoy named before
    k = j - 1
    if k > 0 and (view.tokens[k].text[:1].isupper() or k in view.actor_at or view.lower[k] in _LOWER_INSTITUTION
                  or (word == "ministry" and view.tokens[k].text.isalpha() and view.tokens[k].text.islower())) \
            and view.lower[k - 1] == "the":  # any field before "ministry": "the oil ministry", "the mining ministry"
        k -= 1  # one modifier: "the Saudi agency", "the Egyptian minister", "the foreign ministry"
    if word in ORGANISATION_NOUNS and k == j - 1 and j >= 4 and view.lower[j - 2:j] == ("-", "based") \
            and view.lower[j - 4] == "the" and j - 3 in view.actor_at:
        k = j - 4  # "the Washington-based lender said": the lender named before, not the state of its seat
    if j == 0 or view.lower[k] != "the":  # "A spokesperson said": for the body quoted or acting just before
        return memory.body if k == j - 1 and view.lower[k] in ("a", "an") and word in SPOKES else None
    if word in OUTLET_NOUNS and k == j - 2 and j - 1 not in view.actor_at and view.tokens[j - 1].text[:1].isupper():
        return None  # "the Andina agency": a name of its own, not a description of an outlet quoted before
    if word in ("government", "authorities") and k == j - 1:
        return subject_state(view, j) or memory.topic  # "Britain will stop ..., the government said"
    if word in PERSON_TITLES:
        return memory.trail.resolve(view, j, memory.person)
    if word in ("presidency", "cabinet") and k == j - 1 and memory.topic is not None:
        demonym = demonym_of(memory.topic.key)  # "the presidency said": the presidency of the report's state
        return EntityRef("organisation", slug(f"{demonym} {word}"), f"{demonym} {word}") if demonym else None
    if word in STATEMENTS and k == j - 1:
        return memory.statement  # "the statement said", "according to the statement"
    if word in REPORT_NOUNS and k == j - 1 and memory.report is not None:
        return memory.report  # "X said in a report ... According to the report, ..."
    if word in ("official", "diplomat", "source") and k == j - 1:
        return memory.body  # "the official said": the unnamed official quoted before spoke for a state or body
    named = [ref for ref in memory.sources if word in ref.label.lower().split()]
    if word in OUTLET_NOUNS and j + 1 < len(view.tokens) and (view.tokens[j + 1].text[:1].isupper()
                                                          or arabic_article(view, j + 1)) \
            and j + 1 not in view.actor_at:
        found = source_name(view, j + 1, 1)  # "the Armenian daily Hetq", "the newspaper Folha de S.Paulo"
        return found[0] if found is not None else None
    if word in OUTLET_NOUNS:
        # "the agency" is the last quoted source with that word in its name, else the last outlet quoted
        outlets = [ref for ref in memory.sources if not set(ref.label.lower().split()) & INSTITUTIONS
                   and own_state(ref, {}) is None]  # not the Kremlin or the State Department quoted last
        return (named or outlets or [memory.outlet_named])[-1]  # else an outlet named doing what outlets do
    seat = view.actor_at.get(j + 2) if word == "ministry" and view.lower[j + 1:j + 2] == ("in",) else None
    if seat is not None and seat.how == "capital" and seat.first == j + 2:  # "the foreign ministry in Jakarta",
        return ministry_as_written(view, j, k)  # whichever ministry was quoted before
    if (company := company_before(view, j, k, memory.company)) is not None:
        return company  # "Pemex sent crude to Cuba, the company said": Pemex, not Mexico
    if word in ORGANISATION_NOUNS and (body := body_described(view, k, j, memory.bodies)) is not None:
        return body  # "... at the State Bank of Pakistan ..., the central bank said"
    if word in ORGANISATION_NOUNS:
        here = [ref for m in view.actors if m.last <= k for ref in (
            (_institution(view, m) or (None,))[0], m.entity if m.entity.kind == "organisation" else None)
            if ref is not None and (word in ref.label.lower().split() or (  # "The IMF ..., the lender said"
                word in ("bloc", "alliance", "lender") and ref == m.entity and ref.kind == "organisation"))]
        if here:
            return here[-1]  # "Argentina's central bank ..., the central bank said"; "The IMF ..., the fund said"
        portfolio = {view.lower[x] for x in range(k + 1, j) if view.tokens[x].text.islower()} \
            if word == "ministry" else set()  # "the energy ministry": not the finance ministry named before
        for ref in (memory.organisation, *reversed(named)):
            if ref is not None and ref.kind == "organisation" and (
                    word in ref.label.lower() or word in ("bloc", "alliance", "lender", "group")) \
                    and portfolio <= set(ref.label.lower().split()):
                return ref
        body = memory.body  # "Rwanda's foreign ministry hit back. ..., the ministry said": the body that acted last
        if body is not None and body.kind == "organisation" and {word, *portfolio} <= set(body.label.lower().split()):
            return body
        if word == "ministry" and k == j - 2 and (body := named_body(memory.named, word, view.lower[k + 1:j])) is not None:
            return body  # "... by Seoul's finance ministry. ..., the finance ministry said": the ministry named before
        if word == "ministry":
            return ministry_as_written(view, j, k) or memory.topic  # "the foreign ministry said", no ministry quoted before: the report's state
    if word in SERVICE_NOUNS and (body := named_body(memory.named, word, view.lower[k + 1:j])) is not None:
        return body  # "The Indian Navy handed over ... the navy said"
    return state_described(view, j, k, memory.topic, memory.opener)  # "..., the Gulf state announced"


def _after_according(view: SentenceView, j: int) -> bool:
    """Is the report noun at *j* the object of "according to the (same) report"?"""
    k = j - 1 - (view.lower[j - 1] == "same")
    return k >= 2 and view.lower[k] == "the" and view.lower[k - 2:k] == ("according", "to")


def _diplomat(view: SentenceView, j: int, memory) -> EntityRef | None:
    """"the (top) (US) diplomat" at *j*: the foreign minister or envoy named last (of that state), when the
    bare description follows the person the text was just speaking of; None leaves it to the other rules."""
    k = j - 1
    state = view.actor_at.get(k)
    if state is not None and state.entity.kind == "state" and state.last == j:
        k = state.first - 1
    k -= k > 0 and view.lower[k] == "top"
    if k < 0 or view.lower[k] != "the":
        return None
    if state is not None and state.entity.kind == "state" and state.last == j:
        return memory.trail.diplomat(state.entity)
    envoy = memory.trail.diplomat()
    return envoy if envoy is not None and envoy == memory.person else None
