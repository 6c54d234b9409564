"""The default stages, each a thin wrapper over one extraction function."""

from __future__ import annotations

from dataclasses import replace

from kg.extract import Work, stage
from kg.extract.aid import extract_aid
from kg.extract.aid_persons import acting_states
from kg.extract.claims import extract_claims
from kg.extract.claim_fellows import about_each_other
from kg.extract.clean import clean
from kg.extract.dates import new_document, parse_iso
from kg.extract.events import extract_agreements, extract_meetings
from kg.extract.meeting_cues import summit
from kg.extract.meeting_counterparts import named_counterparts
from kg.extract.meeting_delegations import delegation_talks
from kg.extract.meeting_rosters import event_roster
from kg.extract.meeting_handovers import handovers
from kg.extract.meeting_signings import signing_meetings
from kg.extract.meeting_host_met import drop_met_hosts
from kg.extract.meeting_bodies_addressed import bodies_addressed
from kg.extract.meeting_home import away_from_home
from kg.extract.meeting_lone_bodies import fold_lone_bodies
from kg.extract.meeting_anaphor import anaphor_visits
from kg.extract.agreement_precise import precise_dates
from kg.extract.event_story_day import on_story_day
from kg.extract.meeting_sides import leaders
from kg.extract.office_referents import counterpart_titles, counterparts, its_appositives, titles_referring_back
from kg.extract.office_aides import pronoun_aides
from kg.extract.office_dateline import with_home_state
from kg.extract.office_embassy import with_embassy_states
from kg.extract.office_government import with_government_states
from kg.extract.office_home_clause import with_home_subject
from kg.extract.office_relative import relative_titles
from kg.extract.office_its import with_its_states
from kg.extract.office_portfolio import with_portfolio_states
from kg.extract.office_leaders import leaders_referred
from kg.extract.office_states import office_states, with_speakers
from kg.extract.office_titles import with_title_states
from kg.extract.office_topics import with_topics
from kg.extract.offices import extract_offices
from kg.extract.org_short import short_name_mentions
from kg.extract.state_bodies import fund_references
from kg.extract.person_city_names import drop_given_name_cities
from kg.extract.person_meets import meeting_persons
from kg.extract.person_roles import role_persons
from kg.extract.person_cues import coordinated_persons, cued_persons, organisation_like
from kg.extract.persons import find_persons, refer_by_title, resolve_persons
from kg.extract.places import find_places
from kg.extract.segment import segment
from kg.model import Agreement, OfficeHolding


@stage("kg.clean.v1", requires=("source",), assigns=("clean",))
def clean_stage(work: Work) -> Work:
    return replace(work, clean=clean(work.source))


@stage("kg.segment.v1", requires=("clean",), assigns=("sentences", "mentions", "titles"))
def segment_stage(work: Work) -> Work:
    assert work.clean is not None
    new_document()  # the dates of the sentences before are no longer asked for
    sentences, mentions, titles = segment(work.clean)
    mentions = short_name_mentions(sentences, mentions)  # "the Fund" after "the IMF"
    mentions = fund_references(sentences, mentions)  # "the fund" after "the Qatar Fund for Development"
    return replace(work, sentences=sentences, mentions=mentions, titles=titles)


@stage("kg.places.v1", requires=("sentences", "mentions"), assigns=("mentions", "places"))
def places_stage(work: Work) -> Work:
    by_sentence: dict[int, list] = {}
    for mention in work.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    found, inner, dropped = [], [], set()
    previous_block = -1
    for sentence in work.sentences:
        places, aside, drop = find_places(sentence, by_sentence.get(sentence.index, []),
                                          paragraph_start=sentence.block != previous_block)
        previous_block = sentence.block
        found.extend(places)
        inner.extend(aside)
        dropped |= drop
    kept = [m for m in work.mentions if m not in dropped] if dropped else work.mentions  # (a mention's hash is dear)
    mentions = tuple(sorted((*kept, *found), key=lambda m: m.start))
    return replace(work, mentions=mentions, places=tuple(inner))


@stage("kg.persons.v1", requires=("sentences", "mentions", "titles"), assigns=("persons", "mentions"))
def persons_stage(work: Work) -> Work:
    kept = drop_given_name_cities(work.sentences, work.mentions)  # "Santiago Pena": a given name, not Chile's capital
    if len(kept) != len(work.mentions):
        gone = {(m.sentence, m.first) for m in set(work.mentions) - set(kept)}
        work = replace(work, mentions=kept, places=tuple(p for p in work.places if (p.sentence, p.first) not in gone))
    finds = []
    taken: dict[int, set[int]] = {}
    bodies = organisation_like(work.sentences)
    titles_in: dict[int, list] = {}
    mentions_in: dict[int, list] = {}
    for title in work.titles:
        titles_in.setdefault(title.sentence, []).append(title)
    for mention in work.mentions:
        mentions_in.setdefault(mention.sentence, []).append(mention)
    for sentence in work.sentences:
        titles = titles_in.get(sentence.index, [])
        states = mentions_in.get(sentence.index, [])
        named = taken[sentence.index] = {i for m in (*states, *titles) for i in range(m.first, m.last)}
        mine = find_persons(sentence, titles, states)
        persons = frozenset(i for f in mine for i in range(f.mention.first, f.mention.last))
        busy = named | persons
        # "Xi Jinping met Vladimir Putin": named bare around a meeting verb
        mine += meeting_persons(sentence, busy, persons=persons)
        mine += role_persons(sentence, busy)  # "Tan Weiming, chairman of the group", "army chief Asim Munir"
        busy = named | {i for f in mine for i in range(f.mention.first, f.mention.last)}
        finds.extend(mine)
        finds.extend(cued_persons(sentence, busy, not_persons=bodies))
    known = {word for f in finds for word in f.mention.text.split()}
    found_in: dict[int, set[int]] = {}
    for f in finds:
        found_in.setdefault(f.mention.sentence, set()).update(range(f.mention.first, f.mention.last))
    known_lower = frozenset(word.lower() for word in known)
    for sentence in work.sentences:  # "Putin and Trump": joined to a person the document names
        if not known_lower.isdisjoint(sentence.lower_set):  # (a word of a known name is in the sentence)
            busy = taken[sentence.index] | found_in.get(sentence.index, set())
            finds.extend(coordinated_persons(sentence, busy, known))
    resolved, aliases = resolve_persons(finds, work.sentences, taken)
    titled = refer_by_title(resolved, work.sentences, work.titles, work.mentions)
    mentions = tuple(sorted((*work.mentions, *(f.mention for f in resolved), *aliases, *titled),
                            key=lambda m: m.start))
    return replace(work, persons=tuple(resolved), mentions=mentions)


@stage("kg.offices.v1", requires=("persons", "sentences", "mentions", "titles"), assigns=("facts",))
def offices_stage(work: Work) -> Work:
    finds = list(work.persons)
    finds += titles_referring_back(finds, work.sentences, work.titles, work.mentions)
    finds += counterparts(finds, work.sentences, work.mentions)
    finds += its_appositives(finds, work.sentences, work.titles, work.mentions)
    finds += relative_titles(finds, work.sentences, work.titles, work.mentions)
    finds = counterpart_titles(finds, work.sentences, work.mentions)
    finds = office_states(finds, work.sentences, work.mentions)
    finds = with_its_states(finds, work.sentences, work.mentions)
    finds = with_portfolio_states(finds, work.sentences, work.mentions)
    finds = with_government_states(finds, work.sentences, work.mentions)
    finds = leaders_referred(finds, work.sentences, work.mentions, work.titles)
    finds = with_title_states(finds, work.sentences, work.mentions)
    finds = with_topics(finds, work.sentences, work.mentions)
    finds = with_speakers(finds, work.sentences, work.mentions)
    finds = with_home_state(finds, work.sentences, work.mentions)
    finds = with_home_subject(finds, work.sentences, work.mentions)
    finds = with_embassy_states(finds, work.sentences, work.mentions)
    finds = pronoun_aides(finds, work.sentences, work.mentions)
    offices = extract_offices(finds, work.sentences, doc_id=work.source.doc_id)
    return replace(work, facts=(*work.facts, *offices))


@stage("kg.aid.v1", requires=("sentences", "mentions", "facts"), assigns=("facts",))
def aid_stage(work: Work) -> Work:
    flows = extract_aid(work.sentences, work.mentions, doc_id=work.source.doc_id, today=parse_iso(work.source.date),
                        person_states=acting_states(work.facts))
    return replace(work, facts=(*work.facts, *flows))


def _person_states(work: Work) -> dict:
    """Office holders whose state the text gives, from the offices stage."""
    return {f.holder: f.office_of for f in work.facts
            if isinstance(f, OfficeHolding) and f.office_of is not None and f.office_of.kind == "state"}


@stage("kg.agreements.v1", requires=("sentences", "mentions", "facts"), assigns=("facts",))
def agreements_stage(work: Work) -> Work:
    found = extract_agreements(work.sentences, work.mentions, doc_id=work.source.doc_id,
                               today=parse_iso(work.source.date), person_states=_person_states(work))
    found = on_story_day(found, work.sentences, parse_iso(work.source.date))  # "COLOMBO, April 6 — ... on Saturday"
    found = precise_dates(found)  # "BOGOTA, Nov 15 — ... has signed": the day told later
    return replace(work, facts=(*work.facts, *found))


@stage("kg.meetings.v1", requires=("sentences", "mentions", "persons", "places", "facts"), assigns=("facts",))
def meetings_stage(work: Work) -> Work:
    today, person_states = parse_iso(work.source.date), _person_states(work)  # read once for the helpers below
    heads = frozenset(f.mention.entity for f in work.persons if any(t.head for t in f.titles)) \
        | leaders(work.sentences, work.mentions)
    found = named_counterparts(extract_meetings(work.sentences, work.mentions, doc_id=work.source.doc_id,
                                                today=today, places=work.places, heads=heads),
                               [f for f in work.facts if isinstance(f, OfficeHolding)])
    signed = signing_meetings(work.sentences, work.mentions, work.places,
                              [f for f in work.facts if isinstance(f, Agreement)], found)
    led = delegation_talks(work.sentences, work.mentions, doc_id=work.source.doc_id,
                           today=today, found=[*found, *signed])
    led += anaphor_visits(work.sentences, work.mentions, doc_id=work.source.doc_id, today=today,
                          person_states=person_states, found=[*found, *signed, *led])
    led += bodies_addressed(work.sentences, work.mentions, work.places, doc_id=work.source.doc_id,
                            today=today, found=[*found, *signed, *led])  # "told the Security Council"
    led += [summit(m, heads) for m in handovers(work.sentences, work.mentions, work.places, doc_id=work.source.doc_id,
                                                today=today, found=[*found, *signed, *led])]
    # "handed the keys to X": heads of state who hand something over meet at a summit (M3)
    new = on_story_day([*found, *(summit(m, heads) for m in signed), *led], work.sentences, today)
    new = drop_met_hosts(new, person_states)  # "a state visit to Vietnam ... Putin and To Lam": the visit is theirs
    offices = {f.holder: f.office_of for f in work.facts if isinstance(f, OfficeHolding) and f.office_of is not None}
    new = away_from_home(new, offices, work.mentions, work.sentences)  # "Brazil's minister Favaro travelled to the country": not Brazil
    return replace(work, facts=(*work.facts, *new))


_DIPLOMATS = frozenset("foreign-minister secretary-of-state ambassador".split())  # "the diplomat said"


@stage("kg.claims.v1", requires=("sentences", "mentions", "persons", "facts"), assigns=("facts",))
def claims_stage(work: Work) -> Work:
    presidents = frozenset(f.holder for f in work.facts if isinstance(f, OfficeHolding) and f.role == "president")
    diplomats = frozenset(f.holder for f in work.facts if isinstance(f, OfficeHolding) and f.role in _DIPLOMATS)
    found = extract_claims(work.sentences, work.mentions, doc_id=work.source.doc_id,
                           person_states=_person_states(work), presidents=presidents, diplomats=diplomats)
    found = about_each_other(found)  # "The two sides, the joint statement said, would ..."
    return replace(work, facts=(*work.facts, *found))


@stage("kg.rosters.v1", requires=("sentences", "mentions", "facts"), assigns=("facts",))
def rosters_stage(work: Work) -> Work:
    """After claims: the lead's conference, summit or council session met by the persons who spoke at it."""
    facts = event_roster(work.sentences, work.mentions, work.facts, doc_id=work.source.doc_id,
                         today=parse_iso(work.source.date))
    facts = fold_lone_bodies(facts, work.sentences)  # "he and Napat are due to attend the Forum's summit": one meeting
    return replace(work, facts=facts)
