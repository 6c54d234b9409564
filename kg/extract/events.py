"""Agreements and meetings from trigger phrases, actor positions and dates.

* Agreements: an agreement noun ("treaty", "credit line", "joint statement") or a
  tripartite cue; parties are the actors of its clause (subject group, "with X",
  "between X and Y"), the status comes from the verbs around it ("signed",
  "proposed", "rejected"), the date from a date expression in the sentence.
* Meetings: a meeting trigger ("met", "held talks", "phone call", "summit", "was in
  <capital>"); participants are the persons of the clause, else its states; the place
  comes from the clause's place mentions (:mod:`kg.extract.meeting_places`), or is
  ``virtual`` for calls and video links.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from functools import lru_cache

from kg.extract.agreement_accession import accession_parties
from kg.extract.agreement_agents import agent_end
from kg.extract.agreement_aside_after import relative_aside
from kg.extract.agreement_contrast import contrasted, contrasted_actor
from kg.extract.agreement_companies import companies, with_companies
from kg.extract.agreement_compound_pair import compound_pair
from kg.extract.agreement_firms_with import with_unnamed_firms
from kg.extract.agreement_including import included_partner, included_signer
from kg.extract.agreement_other_noun import other_noun
from kg.extract.agreement_owner import owner_party, owner_start
from kg.extract.agreement_discourse import (HEADS, LastParties, accords_before, STATE_PAIRS, between_pair, leaders_pair, numbered_group, pair_referent, partner_of,
                                            pair_unless_others, separate_accords, told_accord, main_pair_of, story_pair_of)
from kg.extract.agreement_first_verb import second_verb
from kg.extract.agreement_give import agreed_to_give as _agreed_to_give
from kg.extract.agreement_hosts import host_pair, where_pair, without_fronted_host
from kg.extract.agreement_loans import approved_credit, lone_lender
from kg.extract.agreement_kinds import kind_of as _kind_of, lender_kind, rank as _rank
from kg.extract.agreement_told_kind import told_kind
from kg.extract.agreement_trip import trip_pair
from kg.extract.agreement_negated import denied_made, lacked
from kg.extract.agreement_none import before_none, could_not, no_accord, none_signed
from kg.extract.agreement_truce import no_truce, truce_made
from kg.extract.agreement_pending import condition_end, conditional
from kg.extract.agreement_premodifier import premodified_stage
from kg.extract.agreement_purchase import made_in, modifier, seller
from kg.extract.agreement_plural_with import partners_only, unnamed_side
from kg.extract.agreement_purpose import before_purpose, invested_in
from kg.extract.agreement_brokered import broker_sides, brokered_stage
from kg.extract.agreement_witnesses import witness  # "a pact to supply air defence systems to Ukraine"
from kg.extract.agreement_quoted import quoted_speaker
from kg.extract.agreement_relative import relative_verb
from kg.extract.agreement_later_stage import main_after, new_stage, participle_after, stage_dates, verb_group
from kg.extract.agreement_coordinated import also_named, coordinated
from kg.extract.agreement_asker import asker_end
from kg.extract.agreement_asides import asides, outside, pair_words_outside
from kg.extract.agreement_groups import group_parties, numbered_accord
from kg.extract.agreement_unlikely import called_unlikely
from kg.extract.agreement_with_only import other_side_subject, with_only
from kg.extract.agreement_said_after import final_attribution
from kg.extract.agreement_unrecorded import unrecorded_before
from kg.extract.agreement_trailing import trailing_others
from kg.extract.agreement_pronoun import it_party, subject_state
from kg.extract.agreement_talks import talks_on, talks_stage
from kg.extract.office_dateline import dateline_end
from kg.extract.agreement_reactions import after_as_clause, before_stirred, reaction_end
from kg.extract.agreement_delegates import delegate_of
from kg.extract.agreement_bodies import body_of, seats
from kg.extract.agreement_firm_partner import firm_partner
from kg.extract.agreement_speakers import inner_speaker, not_party, speaker_end
from kg.extract.agreement_spans import (after_fronted_clause, fronted_clause_end, before_attendees, before_attribution, before_gerund_clause,
                                        before_second_verb, definite)
from kg.extract.agreement_standing import terms_again
from kg.extract.agreement_statement import statement_span
from kg.extract.agreement_one import another_one
from kg.extract.agreement_renamed import renamed_kinds
from kg.extract.agreement_content import without_destinations
from kg.extract.agreement_own_partners import own_partners
from kg.extract.agreement_time_clause import (after_time_word, any_in_time_clause, before_time_clause as before_own_time_clause,
                                               dated_elsewhere)
from kg.extract.agreement_status import stage_of as _status, status_verbs as _status_verbs
from kg.extract.agreement_sentence_pair import before_pair, sentence_pair
from kg.extract.agreement_inner_relative import aside_end
from kg.extract.agreement_similar import similar_pair
from kg.extract.agreement_supply import supplied_kind
from kg.extract.agreement_unnamed_partner import unnamed_partner
from kg.extract.agreement_signed_by import relative_signers, signers_only
from kg.extract.agreement_senses import (MODALS, not_an_agreement, site_facility, verb_use, spent_on, standing_partnership,
                                         three_way, visited)
from kg.extract.agreement_sequence import sequence_subject
from kg.extract.agreement_verb_only import agreed_without_noun, not_restated
from kg.extract.event_clauses import clause as _clause
from kg.extract.evidence import evidence as _evidence
from kg.extract.event_phrases import governor as _governor, phrases as _phrases
from kg.extract.agreement_terms import (agent_party as _agent_party, from_party as _from_party,
                                       borrower_party, government_party, terms_kind as _terms_kind, under)
from kg.extract.meeting_after import told_before
from kg.extract.meeting_asides import aside_clause
from kg.extract.meeting_pronoun import referents
from kg.extract.meeting_predicates import own_predicate
from kg.extract.meeting_trips import tour_date
from kg.extract.meeting_again import described_again, named_again, visit_again
from kg.extract.meeting_landmarks import body_event, landmark
from kg.extract.meeting_attend import attended_before, join_last
from kg.extract.meeting_dateline import dateline_places
from kg.extract.meeting_build import build_meeting
from kg.extract.meeting_call_on import to_call_on
from kg.extract.meeting_hosted import hosted_event
from kg.extract.meeting_included import included
from kg.extract.meeting_names import body_name
from kg.extract.meeting_discourse import across, most_named as _most_named, tally_sides
from kg.extract.meeting_during import during_visit, without_visit
from kg.extract.meeting_unheld import in_negated_clause, negated, unheld
from kg.extract.meeting_votes import council_votes
from kg.extract.meeting_summons import summons
from kg.extract.event_dates import event_date as _date
from kg.extract.event_dates import sentence_dates as _dates
from kg.extract.event_dates import clause_date, may_name_a_day, story_day as _story_day, year_before as _year_of
from kg.extract.meeting_cues import (
    meeting_hit as _meeting_hit,
    more_hosts as _more_hosts,
    multilateral_kind as _multilateral_kind,
    on_sidelines as _on_sidelines,
    spoke_with as _spoke_with,
    summit as _summit,
)
from kg.extract.meeting_sides import named_body as _named_body, pair_date, separate_pairs, separately
from kg.extract.view import (
    SentenceView,
    by_sentence,
    unique,
)
from kg.extract.event_rules import rules as _rules
from kg.model import Agreement, EntityRef, Meeting, Mention, Sentence



# who "X and Y said in a joint statement" speak for are its parties; "debts to the World Bank" is its content
_GOVERNORS = (None, "with", "between", "among", "to")
_STATEMENT_GOVERNORS = (None, "with", "between", "among")


_BREACH = frozenset("break breach violate honour honor".split())


@lru_cache(maxsize=1)
def _made_verbs() -> frozenset[str]:
    rules = _rules()["agreement"]
    return frozenset([*rules["signed"], *rules["agreed"]])


def extract_agreements(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], *, doc_id: str,
                       today: date | None, person_states: dict[EntityRef, EntityRef] | None = None
                       ) -> list[Agreement]:
    """Agreements; *person_states* maps office holders to their state ("Teodoro and Kihara signed ...")."""
    rules = _rules()["agreement"]
    actors = by_sentence(mentions, kinds=("state", "organisation"))
    people = by_sentence(mentions, kinds=("person",))
    person_states = person_states or {}
    main_pair, story_pair = main_pair_of(mentions), story_pair_of(mentions)
    found: list[Agreement] = []
    last_parties = LastParties()  # the actors of the last sentence that named several, for "Jakarta also signed"
    leaders: tuple[EntityRef, ...] = ()  # the states of the last two leaders named together, for "the two leaders"
    told: list[tuple[Agreement, bool]] = []  # accords told by the verb alone, and whether their sentence dates them
    pronoun_state: EntityRef | None = None  # the state of the last office holder named, for "he signed"
    last_company: EntityRef | None = None  # the company named last, for "The company also signed ..."
    subject: EntityRef | None = None  # the state named last as a sentence's subject, for "it signed"
    before: SentenceView | None = None
    renamed: list[tuple[int, tuple[EntityRef, ...], str]] = []  # accords named again by a bare definite noun
    for sentence in sentences:
        if sentence.heading:
            continue
        persons_here = people.get(sentence.index, [])
        named = [person_states[m.entity] for m in sorted(persons_here, key=lambda m: m.first)
                 if m.entity in person_states] if persons_here else []  # (most sentences name no one)
        pronoun_state = named[0] if named else pronoun_state
        here = leaders_pair(persons_here, person_states)  # "X met Y, and the two sides signed"
        leaders = here or leaders  # the two named here
        view = SentenceView(sentence, actors.get(sentence.index, []))
        subject = subject_state(view, _governor) or subject  # "Serbia depends on ... It buys ..."
        # AG4: the first kind that applies names the clause's agreement ("a strategic partnership treaty" is a
        # treaty, "their partnership ... with a tripartite agreement" tripartite, "a stand-by facility" a credit line)
        hits = sorted((_kind_of(view, hit) for hit in _phrases(view, "agreement", "nouns") if not verb_use(view, hit[0])
                       and not site_facility(view, hit[0])), key=lambda h: _rank(h[2]))  # not "energy facilities"
        firms = companies(view)
        done: set[tuple[int, int]] = set()
        clause_accords: dict[tuple[int, int], tuple[int, list[Agreement]]] = {}  # the accord each clause told
        inside = {i for m in view.actors for i in range(m.first + 1, m.last)} if hits else set()
        for first, last, kind in hits:
            if first in inside:
                continue  # "the North Atlantic Treaty Organization", "the Democratic Alliance": a name
            c_first, c_last = _clause(view, first)
            c_first, c_last = statement_span(view, first, last, kind, c_first, before_attribution(view, last, c_last))
            c_last = before_stirred(view, last, c_last)  # ", angering Somalia": a reaction, no party
            c_last = before_gerund_clause(view, last, c_last)  # "after quitting ECOWAS": another act
            c_last = before_own_time_clause(view, last, c_last, [h[0] for h in hits], _status_verbs())  # "after its agreement with France was terminated"
            c_last = before_attendees(view, last, c_last)  # "after a summit attended by Meloni": no party
            c_last = final_attribution(view, c_first, last, c_last)  # "..., Argentina said.": no party
            c_last = fronted_clause_end(view, c_first, first, last, c_last)  # "Since X ended its pact with Y, Z ..."
            if first - c_first > 2:  # "That arrangement was challenged in court and was scrapped": one subject
                c_last = before_second_verb(view, last, c_last)  # "... and is negotiating one with Indonesia"
            c_last = condition_end(view, last, c_last)  # "If A and B reach a deal, the EU would ..."
            c_last = before_none(view, last, c_last, hits)  # "talks on a deal but no agreement was reached"
            c_last = aside_end(view, c_first, first, last, c_last)  # "Japan, which is negotiating a pact with X, signed"
            c_last = agent_end(view, c_first, c_last, _status_verbs())  # "signed by X, and Syrian Minister Y"
            c_first = after_as_clause(view, after_fronted_clause(view, c_first, first), first)  # ", as talks ..."
            c_first = after_time_word(view, c_first, first, [h[0] for h in hits])  # "signed a pact with Russia after its deal with France ..."
            if any(view.lemmas[j] in _BREACH for j in range(max(c_first, first - 4), first)):
                continue  # "denied that it had broken any contract": no agreement made here
            if not_an_agreement(view, first, last, kind) or no_truce(view, first, last) or contrasted(view, first) \
                    or denied_made(view, c_first, first) or lacked(view, c_first, first) \
                    or called_unlikely(view, last, c_last) or no_accord(view, first) is not None \
                    or could_not(view, c_first, c_last, _made_verbs()) \
                    or none_signed(view, c_first, first, _made_verbs()):
                continue  # "the best deal possible", "without a pact", "a pact ... is unlikely", "no deal was struck"
            if first > 0 and view.lower[first - 1] == "any" and MODALS & set(view.lower[c_first:first]) \
                    or any_in_time_clause(view, c_first, first):
                continue  # "would not sign off on any arrangement that ...", "before it signs any bilateral arrangement"
            if kind == "contract" and spent_on(view, c_first, first):
                continue  # "will spend $580 million on drones and on maintenance contracts": what the money buys
            if (c_first, c_last) in done:  # one agreement per clause: "their partnership ... with a tripartite agreement"
                at, made_here = clause_accords.get((c_first, c_last), (first, []))
                if coordinated(view, first, at):  # "signed a loan agreement and two memoranda": two accords
                    if (split := own_partners(view, doc_id, made_here, at, first, last, kind, c_last, _governor)) is not None:
                        found[:] = [split[0][made_here.index(a)] if any(a is b for b in made_here) else a for a in found]
                        found.extend(split[1])  # "an agreement with Saudi Arabia and a deposit deal with the UAE"
                    else:
                        found.extend(also_named(view, doc_id, made_here, first, last, kind))
                continue
            done.add((c_first, c_last))
            # a demonym after the agreement noun describes its content ("a deal to swap Russian equipment")
            spans = asides(view, c_first, first)  # "Washington, which suspended aid to Bolivia, criticised the deals"
            # "Madrid asked the EU to suspend its agreement with Israel"; "JEDDAH, Saudi Arabia, May 21 —"; "Japan
            # condemned the treaty": no party
            asked = max(asker_end(view, c_first, first), dateline_end(sentence), reaction_end(view, c_first, first),
                        speaker_end(view, c_first, first), owner_start(view, c_first, first))  # "India said Russia and China had signed a deal"
            parties = unique(m.entity for m in view.actors_in(c_first, c_last) if outside(spans, m.first) and m.first >= asked
                             if (_governor(view, m) in (_STATEMENT_GOVERNORS if kind == "jointStatement"
                                                         and not visited(view, m) else _GOVERNORS)
                                 or _from_party(view, first, m.first, _governor(view, m), last) or delegate_of(view, m) or body_of(view, m)
                                 or _agent_party(view, m.first, _governor(view, m), _status_verbs())
                                 or seller(view, last, m) or borrower_party(view, m.first, last, kind, _governor(view, m))
                                 or included_partner(view, last, m, _governor(view, m))
                                 or included_signer(view, c_first, first, m, _governor(view, m))
                                 or owner_party(view, m.first, m.last, first))  # "with its creditors, including China"
                             and not (m.how == "demonym" and m.first >= last and not made_in(view, last, m)
                                      and not government_party(view, m.first, last, m.how, _governor(view, m))
                                      and not quoted_speaker(view, m.first, last - 1))  # '"We signed ...," the Thai premier said'
                             and not modifier(view, m) and not inner_speaker(view, m, last - 1)
                             and not not_party(view, m) and not contrasted_actor(view, m.first)
                             and not relative_aside(view, m, last)
                             and not other_noun(view, m, last, _governor(view, m) is not None))
            parties = unique([*(m.entity for m in seats(view, c_first, c_last) if m.first >= asked and outside(spans, m.first)),
                               *before_purpose(view, last, c_last, parties)])  # "the junta in Niamey terminated ..."
            if len(parties) == 1:  # "Qatar signed a deal to invest $5 billion in Egypt": where it invests
                parties = unique([*parties, *(m.entity for m in view.actors if m.entity.kind == "state" and m.how != "demonym"
                                              and invested_in(view, last, c_last, m.first))])
            parties = without_destinations(view, c_first, first, last, c_last, parties, _governor)  # "exports to Hungary"
            parties = without_fronted_host(view, c_first, first, parties)  # "During a visit to Moscow, A and B signed"
            parties = trailing_others(view, c_first, last, c_last, parties)  # "... amid tensions with China"
            parties = sequence_subject(view, c_first, parties)  # "cut ties with Taipei and then signed a deal with China"
            parties = it_party(view, c_first, first, parties, subject, pronoun_state)  # "yet it signed a deal with France"
            parties = where_pair(view, c_first, parties, pronoun_state)  # "to Vietnam, where he will sign a deal"
            kind = _terms_kind(view, c_first, first, kind, last)  # "will lend India $1bn under an agreement"
            parties = compound_pair(view, first) or between_pair(view, last, c_last) or numbered_group(view, c_first, c_last, lambda: [
                actors.get(s.index, []) for s in sentences if s.index < sentence.index]) or numbered_accord(
                view, c_first, c_last, found) or group_parties(view, c_first, c_last, parties)  # "the six countries"
            parties = with_companies(view, c_first, c_last, parties, firms, last_company)  # "the drone maker Baykar"
            parties = signers_only(view, c_first, first, last, c_last, parties)  # "stayed out of a pact signed by A and B"
            parties = relative_signers(view, c_first, first, last, c_last, parties, _status_verbs())  # "the pact that A signed with B"
            if (parties := accession_parties(view, first, last, c_last, parties)) is None:  # "Sweden's accession protocol"
                continue  # "ratified the Nordic country's accession protocol": the joiner's, not the ratifier's
            if len(named := tuple(p for p in parties if not any(  # "formed the Alliance of Sahel States": the accord
                    m.entity == p and m.first <= first < m.last for m in view.actors))) >= 2:
                parties = named  # is the body its noun names, no party to itself
            if partners_only(view, last, c_last, parties):  # "talks on similar pacts with France and New Zealand"
                if (side := unnamed_side(parties, main_pair)) is None:
                    continue
                parties = (side, *parties)
            if len(parties) >= 2 and with_unnamed_firms(view, last, c_last) and all(
                    m.first < first or m.how == "demonym" for m in view.actors_in(c_first, c_last)):
                continue  # "Germany and Japan have signed supply accords with Chilean producers": no accord between them
            if len(parties) < 2:
                parties = unique([*parties, *(person_states[m.entity] for m in people.get(sentence.index, [])
                                              if c_first <= m.first < c_last and m.entity in person_states
                                              and not witness(view, m))])  # "in the presence of Museveni"
            own = parties  # "welcomed the declaration and urged both sides to implement it": a reaction, no parties
            if len(parties) < 2 and pair_words_outside(view, c_first, c_last, spans, rules["pair_words"]):  # a pair named before
                here_pair = here or sentence_pair(view, c_first, parties) or before_pair(before, ())  # "X deposited ... in Y, and the two sides ..."
                parties = unique([*parties, *pair_referent(found, leaders, before_pair(before, main_pair), here=here_pair,
                                                           states=bool(STATE_PAIRS & set(view.lower[c_first:c_last])),
                                                           persons=bool(HEADS & set(view.lower[c_first:c_last])))])
            parties = broker_sides(view, c_first, first, last, c_last, parties)  # "brokered a deal between the two"
            if _rank(kind) > _rank("tripartiteAgreement") and any(
                    three_way(view, j, rules["tripartite"]) for j in range(c_first, c_last)):
                kind = "tripartiteAgreement"
            if not own and definite(view, first) and reaction_end(view, c_first, first) > c_first and _status(
                    view, c_first, c_last, default=None, noun=last - 1) is None:
                continue  # "The World Bank welcomed the pact": a reaction to the accord told before, no new stage
            trip = trip_pair(view, c_first, first, pronoun_state, before, main_pair) if len(parties) < 2 else ()
            if trip and set(parties) <= set(trip):
                parties = trip  # "On that trip he signed agreements ...": with the trip's host
            if not parties and (hosted := host_pair(view, c_first, c_last, parties, pronoun_state)):
                parties = hosted  # "he had signed a pact in Pyongyang": with the host
            elif len(parties) == 1 and len(similar := similar_pair(view, first, parties, found)) == 2:
                parties = similar  # "... a security treaty with Papua New Guinea. A similar accord with Vanuatu ..."
            elif not parties and conditional(view, first):
                continue  # "even if a deal were struck at once": no pair to guess for an accord supposed
            elif not parties and definite(view, first) and unrecorded_before(before, view.lemmas[last - 1], found):
                continue  # "... signed a contract with a Chinese shipbuilder. The contract was signed in Ismailia."
            elif not parties:  # "the accord would be ratified": the accord told before; else the pair the text is about
                earlier = told_accord(view, first, kind, accords_before(found, view.tokens[first].start)) \
                    if definite(view, first) else None  # not an accord told later in the same sentence
                own = None
                if earlier is None and found and found[-1].evidence.sentence_start == sentence.start:
                    earlier = found[-1]  # "approved the facility on Friday, days after a staff-level agreement was announced"
                    # "signed a gas contract, and their ministers signed a memorandum": the pair, not the kind
                    own = kind if kind != "deal" and view.lower[last - 1] not in ("pact", "pacts") else None
                if earlier is None and definite(view, first) and view.lower[last - 1].endswith("s") and not (
                        here or leaders_pair(people.get(sentence.index - 1, []), person_states)):  # "The agreements, signed"
                    continue  # "part of the purchase agreements to be concluded": accords told of no pair
                if earlier is None and (unnamed_partner(view, last, c_last, {m.first for m in people.get(sentence.index, [])})
                                        or other_side_subject(view, c_first, first)):  # "The rebels signed a truce"
                    continue  # "concluded a contract with NIS": a partner that is no state, not the article's pair
                parties, kind = (earlier.parties, own or earlier.kind) if earlier else (
                    pair_unless_others(view, leaders or before_pair(before, story_pair)), kind)  # "21 memorandums were signed"
            elif len(parties) == 1 and (lone := with_only(view, c_first, first, next((m for m in view.actors_in(c_first, c_last)
                                                                                 if m.entity == parties[0]), None),
                                                          {m.first for m in people.get(sentence.index, [])}, mentions)):
                parties = lone  # "a deal signed last month with the United Arab Emirates": with the report's state
            elif len(parties) == 1 and not firm_partner(view, c_first, c_last) and not other_side_subject(view, c_first, first) \
                    and (with_partner := partner_of(parties[0], found, last_parties.parties())):  # not "with an Indian firm"
                if definite(view, first) and not any(a.kind == kind and set(a.parties) == set(with_partner)
                                                      for a in found) \
                        and any(a.kind == kind and parties[0] in a.parties for a in found):
                    continue  # "calling the contract a milestone": the contract told before, not one with whoever came since
                parties = with_partner  # "Jakarta also signed a memorandum": its last accord's partner
            if len(parties) < 2 and len(parties := lone_lender(parties, kind, mentions)) < 2:
                continue  # "The IMF's board signed off on a loan package": with the state the report is about
            kind = told_kind(view, first, last, kind, parties, found)  # "The deal must still be endorsed"
            kind = lender_kind(view, first, kind, parties)  # "approved a new $1.4 billion arrangement" (the IMF)
            # a treaty or contract named with no verb of its own is one in force, so signed ("the 1979 peace
            # treaty", "its one contract with Havana"); a credit line or statement in use was at least agreed
            default = None if kind in ("deal", "partnership") or view.lower[last - 1] in rules["needs_verb"] \
                else "signed" if kind in ("treaty", "contract", "tripartiteAgreement", "jointStatement") else "agreed"
            if kind == "partnership" and default is None and standing_partnership(
                    view, first, last, bool(between_pair(view, last, c_last))):
                default = "agreed"  # "the strategic partnership between China and Russia": one in place
            # "agreed to make water transfers under a 1944 treaty": a verb before "under" tells the act, not the accord
            status = _status(view, first if under(view, first) else max((b for _, b in spans), default=second_verb(
                view, c_first, first)), c_last, default=None, noun=last - 1)
            if status is None and under(view, first):
                status = premodified_stage(view, first)  # "will supply fuel under a renewed agreement"
            if status is None and talks_on(view, c_first, first):
                status = "proposed"  # "talks with Gazprom on a new long-term contract would resume"
            status = talks_stage(view, c_first, first, c_last, status)  # "talks on a deal stalled": still proposed
            status = brokered_stage(view, first, last, c_last, status)  # "brokered a truce between A and B"
            standing = status is None  # no verb: the agreement as it stands, dated by "the 1979 treaty"
            status = status or default
            if status is None or (standing and definite(view, first) and view.lower[last - 1].endswith("s")) \
                    or not truce_made(view, first, last, status):
                continue  # "a grand deal", "their partnership": no event without a verb; "the contracts": no accord told
            kind = supplied_kind(view, c_first, first, kind)  # "will double its gas deliveries under a deal signed ..."
            if terms_again(view, first, parties, found):
                continue  # "Under the agreement, China will finance ...": the accord told before
            last_parties.accord(parties)
            if standing and last - first == 1 and definite(view, first) and _date(sentence, today) is None \
                    and any(set(a.parties) == set(parties) for a in found):
                renamed.append((len(found), parties, kind))  # "the pact was contrary to ...": a deal told before
                continue
            if definite(view, first) and _date(sentence, today) is None \
                    and any(set(a.parties) == set(parties) and (a.kind == kind or last - first == 1 and view.lower[first] == "pact")
                            and (standing or not new_stage(view, c_first, first, last, c_last, status) or a.status == status) for a in found):
                if last - first == 1 and view.lower[first] == "pact":
                    renamed.append((len(found), parties, kind))  # "The pact will cut tariffs": the deal told before
                continue  # "Natano hailed the treaty": named again (but "The pact was signed": a new stage, AG3)
            own_year = (_date(sentence, today) or "")[:4] or None
            if definite(view, first) and not view.lower[last - 1].endswith("s") and any(
                    set(a.parties) == set(parties) and a.kind == kind and a.status == status
                    and (own_year is None or (a.date or "")[:4] == own_year) for a in found):
                continue  # "X, who arrived on Tuesday, signed the treaty with Y": the same accord and stage again
                # (but "The treaty had already been suspended in 2022": another year, another event)
            name_first = first - 1 if first > 0 and view.lower[first - 1] in rules["tripartite"] else first
            name = sentence.text[view.tokens[name_first].start - sentence.start:view.tokens[last - 1].end - sentence.start]
            # "agreements to deliver grain to Mali, Eritrea and Somalia": one bilateral deal per partner
            head = next((h[1] for h in hits if h[0] == last), last)  # "debt restructuring agreements": the head noun
            plural = view.lower[head - 1].endswith("s") and kind != "tripartiteAgreement" and len(parties) > 2
            groups = separate_accords(view, c_first, c_last, parties, last) or (
                [(parties[0], other) for other in parties[1:]] if plural else [parties])
            when = (_year_of(view, first) if standing else None) or clause_date(view, c_first, c_last, today, dated_elsewhere(view, c_last)) or _story_day(view, c_first, c_last, today)
            # "pulled out of the Grain Initiative, the deal Russia and Ukraine signed": its signing is a stage too
            relative = relative_verb(view, last - 1, c_last, _status_verbs())
            made_at = relative if relative is not None else participle_after(view, last - 1, c_last)
            later = main_after(view, made_at, c_last) if made_at is not None else None  # "signed in 2022, was scrapped"
            if later is not None and (main := _status(view, verb_group(view, made_at, later), c_last, default=None,
                                                      noun=last - 1)):  # "initialled in August, has yet to be signed"
                status, made = main, _status(view, made_at, later, default=None)
            else:  # "froze an agreement signed with Russia in 2020"; "the deal Russia and Ukraine signed"
                later = None
                made = _status(view, made_at, c_last if relative is not None else made_at + 1, default=None) \
                    if made_at is not None else None
            whens = (when, when)
            if made in ("signed", "agreed") and made != status:  # each stage dated by its own words
                spans = ((later, c_last), (made_at, later)) if later else ((c_first, first), (made_at, c_last))
                main_when, made_when = stage_dates(view, today, main=spans[0], made=spans[1])
                whens = (main_when or (None if made_when and later else when), made_when or when)
            before_records = len(found)
            for group in groups:  # the stage its relative clause tells is quoted from there: a record of its own
                for stage in (status, *([made] if made in ("signed", "agreed") and made != status else [])):
                    found.append(Agreement(tuple(group), kind, stage, _evidence(
                        sentence, doc_id, c_first if stage == status else made_at, c_last),
                        whens[0] if stage == status else whens[1], name))
            clause_accords[(c_first, c_last)] = (first, found[before_records:])
        found.extend(another_one(view, found, doc_id) if hits else [])  # "... and is negotiating one with Indonesia"
        if hits:  # "The World Bank signed off on $1.5 billion of financing ..., a day after the IMF approved a loan"
            found.extend(c for c in approved_credit(view, doc_id, today) if all(
                set(c.parties) != set(a.parties) for a in found if a.evidence.sentence_start == sentence.start))
        # "agreed to lend X ...", else "A and B agreed to / on / that ..." with no agreement noun (in a clause of its own
        # where the sentence names one: "China Exim Bank agreed to restructure its loans, while Japan signed a memorandum")
        given = [] if hits else _agreed_to_give(view, doc_id, today) or approved_credit(view, doc_id, today)
        found.extend(given)
        told.extend([] if given else agreed_without_noun(
            view, people.get(sentence.index, []), person_states, doc_id=doc_id, today=today,
            pair=lambda persons: pair_referent(found, leaders, before_pair(before, main_pair), persons=persons),
            pair_words=rules["pair_words"], skip=lambda j: any(_clause(view, h[0]) == _clause(view, j) for h in hits)))
        if not hits and len(view.actors) >= 2:
            last_parties.sentence(view)
        last_company = firms[-1].ref if firms else last_company
        before = view  # the sentence before, for "On that trip he signed ..."
    return [*renamed_kinds(found, renamed), *not_restated(told, found)]


def extract_meetings(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], *, doc_id: str,
                     today: date | None, places: tuple[Mention, ...] = (),
                     heads: frozenset[EntityRef] = frozenset()) -> list[Meeting]:
    """Meetings, with *places* the inner places of :mod:`kg.extract.places` (venues, capitals' cities)
    and *heads* the persons the text titles as heads of state or government."""
    rules = _rules()["meeting"]
    persons = by_sentence(mentions, kinds=("person",))
    states = by_sentence(mentions, kinds=("state", "organisation"))
    where = by_sentence((*mentions, *places), kinds=("place",))
    found: list[Meeting] = []
    last_person: EntityRef | None = None
    last_day: str | None = None  # the last day the text named ("on July 11"), for "later that day"
    named_so_far: Counter[EntityRef] = Counter()  # persons named so far, for "the two leaders"
    states_so_far, bodies = Counter[EntityRef](), list[EntityRef]()  # states and bodies named, for "the two sides"
    votes: list[Meeting] = []
    for sentence in sentences:
        if sentence.heading:
            continue
        day_before = last_day
        if may_name_a_day(sentence):  # most sentences name no day: the last one named stays
            last_day = next((v for _, v in reversed(_dates(sentence, today, day_before)) if len(v) == 10), last_day)
        everyone = persons.get(sentence.index, []) + states.get(sentence.index, [])
        if sentence.index in persons:
            named_so_far.update(m.entity for m in persons[sentence.index])
        bodies = tally_sides(states_so_far, states.get(sentence.index, []), bodies)  # "the two sides": EU and Egypt
        view = SentenceView(sentence, everyone)
        votes.extend([*council_votes(sentence, everyone, doc_id=doc_id, today=today),  # kept apart from "the two sides"
                      *summons(sentence, everyone, where.get(sentence.index, []), doc_id=doc_id, today=today)])
        hits = _phrases(view, "meeting", "triggers") + _spoke_with(view) + to_call_on(view)
        named = referents(view, persons.get(sentence.index, []))  # "The trip is X's first. He ...": X
        previous_person = last_person
        if named and view.lower[0] not in ("he", "she"):
            last_person = named[0].entity  # a sentence led by "He"/"She" keeps the person it refers to
        if not hits:
            continue
        # M3: where a clause names several kinds, the first of kind_order applies
        order = rules["kind_order"]
        negated_hits = [n for n in hits if negated(view, n)]
        hits = sorted((_multilateral_kind(view, h) for h in hits if _meeting_hit(view, h) and not unheld(view, h)
                       and not hosted_event(view, h)  # "China hosted talks between ...": talks, not a visit
                       and not body_name(view, h[0], h[1]) and not told_before(view, h, hits)
                       and not in_negated_clause(view, h, negated_hits, _clause)),
                      key=lambda h: order.index(h[2]))
        if not hits:
            continue
        done: set[tuple[int, int]] = set()
        named_bodies = [(b, k, f, l) for f, l, k in hits if (b := _named_body(view, f, l, k)) is not None]
        clauses = [_clause(view, h[0]) for h in hits]  # the talks held on the sidelines of a summit take their own kind
        hits = [h for h, c in zip(hits, clauses) if not _on_sidelines(view, h) or all(
            c2 != c or _on_sidelines(view, h2) for h2, c2 in zip(hits, clauses))]
        for first, last, kind in hits:
            own, opener = own_predicate(view, first, _clause(view, first), kind)  # "met X and visited Y": two acts
            clause, subject = aside_clause(view, first, own, hits)  # "Modi, who last met Putin in 2022, ..."
            subject = subject or opener
            if clause in done and kind != "visit":
                continue
            if landmark(view, first, kind):  # "a month after the African Union summit": the body's summit only
                found.extend(body_event(view, first, last, kind, _evidence(sentence, doc_id, first, last),
                                        where.get(sentence.index, [])))
                continue
            if first > 0 and view.lower[first - 1] in ("the", "this") and not view.actors_in(*clause) \
                    and any(m.kind == kind for m in found):
                continue  # "The visit was timed for the anniversary": the visit told before, named again
            if named_again(view, first, last, bool(found)) or visit_again(view, first, kind, found) \
                    or described_again(view, first, last, kind, found):
                continue  # "After the talks, the two sides signed ...": the talks told before
            if attended_before(view, first, last) and join_last(found, view, *clause):
                done.add(clause)  # "Her French counterpart, Jean-Noel Barrot, also attended."
                continue
            meeting = build_meeting(view, clause, kind, rules, doc_id, today, found, previous_person, at=last,
                               places=where.get(sentence.index, []), day_before=day_before,
                               pair=_most_named(named_so_far), sides=_most_named(states_so_far), subject=subject)
            if meeting is not None or kind != "visit":
                done.add(clause)  # a visit with no host leaves the clause to its talks
            if meeting is not None and (kind == "call" and view.lemmas[first] == "speak" or separately(view, *clause)) \
                    and len(meeting.participants) > 2 and all(p.kind == "person" for p in meeting.participants):
                # "Katz said he had spoken with Cameron and Baerbock", "met separately with X and Y": one with each
                found.extend(_summit(replace(meeting, participants=pair, date=pair_date(  # "with X on Friday and with Y
                    view, pair[1], _dates(sentence, today, day_before), meeting.date)), heads)  # on Saturday"
                             for pair in separate_pairs(view, first, meeting.participants))
                continue
            if meeting is not None and meeting.kind == "visit":  # "a tour that also took him to Argentina and Chile"
                meeting = tour_date(view, *clause, meeting)
                found.extend(tour_date(view, *clause, m) for m in _more_hosts(view, meeting, clause))  # "visits to China and Belarus"
            if meeting is not None:
                if meeting.place is None and meeting.kind != "visit":  # "a visit to Beijing, where he held talks with Xi": the same place
                    place = next((m.place for m in reversed(found) if m.evidence.sentence_start == sentence.start
                                  and m.place is not None and m.place.key != "virtual"
                                  and m.evidence.start < view.tokens[clause[0]].start), None)  # not a later trip's
                    meeting = replace(meeting, place=place)
                if during_visit(view, clause[0]):  # "for a state visit, during which he held talks with Abiy"
                    found[:] = without_visit(found, meeting)
                if (meeting := _summit(meeting, heads)) not in found:  # "who flew to Riyadh for a visit": one
                    found.append(meeting)
        here = [m for m in found if m.evidence.sentence_start == sentence.start]
        for body, kind, first, last in named_bodies:  # "on the sidelines of the G20 summit": the G20's summit too
            if not any(body in m.participants for m in here) and not any(m.participants == (body,) for m in found):
                found.append(Meeting((body,), kind, _evidence(sentence, doc_id, first, last), next(
                    (m.place for m in here if m.place and m.place.key != "virtual"), None), next((m.date for m in here), None)))
    found.extend(v for v in votes if not any({*v.participants} <= {*m.participants} for m in found))
    return dateline_places(sentences, included(sentences, mentions, across(sentences, mentions, where, found, today)), today,
                           mentions)

