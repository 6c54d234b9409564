"""Attributed claims: who said what about whom, with stance and modality.

A claim needs a speaker the text names: "X said (that) ...", "..., X said",
"said X", "according to X", "X denied ...", or "he said" right after X was named.
The claim text is the quotation when there is one, else the reported clause; what
the claim is about is every state, person or organisation named in that text. The
article's author is never made the claimant of someone else's words.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from functools import lru_cache
from itertools import compress, count
from pathlib import Path

from kg.extract.gazetteer import slug
from kg.extract.claim_cues import (
    GROUP_SPEAKERS as _GROUP_SPEAKERS, co_speakers as _co_speakers, group as _group,
    located_group, offer_object as _offer_object, no_statement as _no_statement, commitment_frame, source_name,
    relative_group, relative_speaker as _relative_speaker, titled_in_pp as _titled_in_pp, refers_back as _refers_back,
)
from kg.extract.claim_according import according_to, opens_with_source
from kg.extract.claim_by_count import by_count
from kg.extract.claim_body_persons import body_not_person
from kg.extract.claim_prefixed import prefixed_names
from kg.extract.claim_about import own_state, refers_to_own_state
from kg.extract.claim_told import knowing_sources, outlet_after_its_noun, outlet_opening, told_outlet
from kg.extract.claim_frames import declined_to_say, expressed_stance, passive_agent, posted_on, shown_to_outlet, \
    title_to_state, name_after_title, name_then_title, relative_aside_start, titled_aside, titled_aside_after
from kg.extract.claim_quotes import QuoteState, body_reader, cites_person, quote_end, quoted_as_saying, second_piece
from kg.extract.claim_two_persons import two_persons
from kg.extract.claim_company import company_before
from kg.extract.claim_groups import both_named, groups_in, opening_group, person_pair, plural_opening, plural_speaker, \
    they_speaker, titled_partners
from kg.extract.claim_spokes import spokesperson_of
from kg.extract.claim_aide import aide_speaker
from kg.extract.claim_seated import seated_speaker
from kg.extract.claim_issued import issued_statement
from kg.extract.claim_with_participle import with_participle
from kg.extract.claim_statement_participle import statement_issued, statement_participle
from kg.extract.claim_build import backers, build_claim
from kg.extract.claim_spoke_to import spoke_to_outlet
from kg.extract.claim_reports import issued_in_report
from kg.extract.claim_object_relative import object_relative
from kg.extract.claim_span import claim_span
from kg.extract.claim_inner import inside_quote, quoted_spans
from kg.extract.claim_bodies_named import bodies_named, full_name
from kg.extract.claim_plural_nouns import plural_noun
from kg.extract.claim_memory import Memory as _Memory
from kg.extract.claim_titles import PersonTrail, he_next
from kg.extract.claim_acronyms import acronyms, before_short_name, expand
from kg.extract.claim_owned_title import owned_title
from kg.extract.claim_administration import administration
from kg.extract.claim_press import in_own_name, named_body, outlet_after_noun, press_service, state_word_in_name
from kg.extract.claim_described_name import described_name
from kg.extract.claim_officials_from import officials_from
from kg.extract.claim_title_office import title_office
from kg.extract.claim_office_of import office_speaker
from kg.extract.claim_report_relative import report_relative
from kg.extract.claim_aside_body import body_before_aside, government_before_comma
from kg.extract.claim_joint import joint_statement
from kg.extract.claim_joint_according import joint_according
from kg.extract.claim_body_names import body_name_before
from kg.extract.claim_group_aside import group_before_aside
from kg.extract.claim_possessed_name import possessed_name
from kg.extract.claim_name_aside import name_before_aside
from kg.extract.claim_its_body import its_body, its_official
from kg.extract.claim_spokes_for import spokes_for_described
from kg.extract.claim_split import split_at
from kg.extract.claim_places import not_placing
from kg.extract.claim_pronoun_subject import subject_person
from kg.extract.claim_described import BODY_NOUNS as _BODY_NOUNS, OUTLET_NOUNS as _OUTLET_NOUNS, \
    STATEMENTS as _STATEMENTS, described as _described
from kg.extract.claim_body_of_state import body_of_state
from kg.extract.claim_body_back import named_before
from kg.extract.claim_named_bodies import remember
from kg.extract.claim_described_aside import described_before_aside
from kg.extract.claim_denied_this import denied_pronoun, pronoun_object, which_denied
from kg.extract.claim_denied_object import denied_about, denied_object
from kg.extract.claim_passive_pair import joined_passive
from kg.extract.claim_told_outlet import addressee_outlet, outlet_writes
from kg.extract.claim_joined_relative import second_relative
from kg.extract.claim_speaker_bodies import name_with_state as _name_with_state, speaks_for as _speaks_for
from kg.extract.claim_outlets import broadcaster_of, written_media
from kg.extract.claim_relayed import relayed
from kg.extract.claim_endorsed import endorsed
from kg.extract.claim_outlet_by import as_reported_by
from kg.extract.claim_short import judged, short_claim, short_object
from kg.extract.claim_asides import auxiliaries_only, coordinated_subject, person_after
from kg.extract.claim_cues import ANNOUNCED as _ANNOUNCED, NOT_A_VERB_AFTER as _NOT_A_VERB_AFTER, \
    NOUNS_OF as _NOUNS_OF, YET_TO_SPEAK as _YET_TO_SPEAK, group_speaker, in_qualifier
from kg.extract.claim_appositives import appositive, before_appositive
from kg.extract.claim_statements import statement_issuer
from kg.extract.claim_before import inverted_person, own_voice
from kg.extract.claim_participles import off_subject, owned_body, owner_opening, participial, participle_stances, \
    progressive, subject
from kg.extract.institutions import institution as _institution, possessed_body
from kg.extract.claim_lone_source import lone_source
from kg.extract.view import PREPOSITIONS, SentenceView, by_sentence, main_state, ranked_states, unique
from kg.model import Claim, EntityRef, Mention, Sentence

RULES_FILE = Path(__file__).resolve().parent.parent / "rules" / "events.toml"
_PRONOUN_SPEAKERS = frozenset("he she".split())
_REPORTING = frozenset("reported reports said says wrote writes cited cites quoted quotes".split())
_STAFF = frozenset("news correspondent reporter journalist".split())  # "an AFP correspondent said": the outlet


@lru_cache(maxsize=1)
def _rules() -> dict[str, frozenset[str]]:
    raw = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))["claim"]
    return {key: frozenset(values) for key, values in raw.items()}


@lru_cache(maxsize=1)
def _speech_verbs() -> dict[str, str]:
    """Speech verb -> the stance it gives (built once; read-only)."""
    rules = _rules()
    table = {}
    for stance in ("neutral", "opposes", "supports", "denies"):
        table.update({word: stance for word in rules[stance]})
    framed = (*rules["commits"], *rules["declines"], *rules["posts"], *rules["expresses"], *rules["plural_present"],
              *rules["shows"])  # a statement in a frame
    table.update({word: "neutral" for word in framed})
    table.update({word: "opposes" for word in rules["outbursts"]})
    return table


def _denied_nouns(verb: str) -> frozenset[str]:
    """What a denial verb's short object may name: an assertion or a finding, or after "deny" the deed."""
    rules = _rules()
    deeds = rules["denied_deeds"] if verb in rules["deny_verbs"] else frozenset()
    return rules["assertion_nouns"] | rules["denied_findings"] | deeds


@lru_cache(maxsize=1)
def _participles() -> dict[str, str]:
    return participle_stances(_rules())


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """The words _with_verb or participial can start at (built once; read-only)."""
    return frozenset((*_speech_verbs(), *_participles(), "saying"))


def _speaker(mention: Mention) -> EntityRef:
    """The entity a speaker mention stands for; "the White House said" keeps the institution's name,
    and so does a state body ("Rosatom said", "the Kuwait Fund for Development said": gold rule C2)."""
    if mention.how == "body" or mention.text.removeprefix("the ").removeprefix("The ") in _rules()["institutions"]:
        name = mention.text.removeprefix("the ").removeprefix("The ")
        return EntityRef("organisation", slug(name), name)
    return mention.entity


def _speaker_near(view: SentenceView, verb: int, memory: _Memory) -> tuple[EntityRef | None, int]:
    """The actor saying it: in the verb's own chunk ("..., The Wall Street Journal reported"), else
    across an appositive ("Kirill Dmitriev, the Kremlin's envoy, said"), else just after the verb."""
    tokens = view.lower
    last_person = memory.person
    chunk_start = verb
    while chunk_start > 0 and tokens[chunk_start - 1] not in (",", ".", ";", "”", '"', "“"):
        chunk_start -= 1
    aside = chunk_start > 0 and tokens[chunk_start - 1] == "," and auxiliaries_only(view, chunk_start, verb)
    writer = outlet_writes(view, verb, memory.told_to)  # "It wrote": the outlet told before, read right before the verb
    if (named := described_name(view, chunk_start, verb)) is not None:
        return named  # "The cocoa regulator, Cocobod, has said"
    if (owned := its_body(view, verb, memory.body or memory.topic) or its_official(
            view, verb, memory.opener or memory.body or memory.topic)) is not None:
        return owned  # "Israel has denied the reports. Its military said ...", "Its prime minister said"
    if (spoken := spokes_for_described(view, verb, lambda k: _described(view, k, memory))) is not None:
        return spoken  # "A spokesman for the court said"
    if (short := before_short_name(view, verb - 1, chunk_start)) != verb - 1:
        if (found := body_name_before(view, short)) is not None:
            return found[0], found[1]  # "the Ministry of Finance (MoF) said"
        found = source_name(view, short, -1)  # not "Press Agency" of "the official Saudi Press Agency (SPA)"
        if found is not None and named_body(found[0]) and found[1] + (view.lower[found[1]] == "the") - 1 \
                not in view.actor_at:  # "the department's Defense Security Cooperation Agency (DSCA) said"
            return found[0], found[1]
    if chunk_start == verb and verb > 0 and (tokens[verb - 1] in _CLOSE_QUOTES or (
            verb > 1 and tokens[verb - 1] == "," and tokens[verb - 2] in _CLOSE_QUOTES)):
        for k in range(verb + 1, min(verb + 5, len(tokens))):  # '"...," said Miguel Diaz-Canel, Cuba's president'
            if k in view.actor_at and view.actor_at[k].entity.kind == "person":
                return view.actor_at[k].entity, k
            if view.lower[k - 1] == "the" and (described := _described(view, k, memory)) is not None:
                return described, k - 1  # '"...," said the minister'
        if (titled := name_after_title(view, verb)) is not None:
            return titled  # '"...," said the US ambassador to Manila, MaryKay Carlson.'
    for j in range(verb - 1, chunk_start - 1, -1):
        mention = view.actor_at.get(j)
        # ", Washington said": a speaker opening its chunk is no object of a preposition before the comma
        opens_chunk = all(tokens[k] in ("the",) for k in range(chunk_start, mention.first)) if mention else False
        if mention is not None and (of_state := body_of_state(view, mention, verb) or possessed_name(
                view, mention, verb)) is not None:
            return of_state  # "the State Bank of Pakistan said", "Türkiye's Energy and Natural Resources Ministry"
        institution = _institution(view, mention, verb) if mention is not None else None
        if institution is not None:
            return institution[0], mention.first  # "Japan's foreign ministry said"
        owned = possessed_body(view, mention) if mention is not None and mention.last == verb else None
        if owned is not None:
            return owned, mention.first  # "Japan's Foreign Ministry said"
        named = _name_with_state(view, mention, verb) if mention is not None else None
        if named is not None:
            return named, mention.first  # "the Kuwait News Agency reported", "China Daily said"
        broadcaster = broadcaster_of(view, mention) if mention is not None and mention.last == verb else None
        if broadcaster is not None:
            return broadcaster  # "Radio New Zealand reported"
        if mention is not None and (misread := body_not_person(view, mention)) is not None:
            return misread  # "the Nigerian Electricity Regulatory Commission said": a body, not a person
        if mention is not None and _speaks_for(view, mention, verb):
            return _speaker(mention), mention.first
        if mention is not None and (opens_chunk or not view.in_pp(mention) or title_to_state(view, mention)) \
                and not view.possessive(mention):  # "US Ambassador to Japan Rahm Emanuel said"
            return _speaker(mention), mention.first
        if tokens[j] in _PRONOUN_SPEAKERS and (who := subject_person(view, j) or last_person) is not None:
            return who, j  # "Trump visited Doha, where he praised ...": the subject before, else the last person
        if writer is not None and j == verb - 1:
            memory.outlets.add(writer)  # "The ministry told Rzeczpospolita ... It wrote": the paper's report
            return writer, j
        if tokens[j] == "it" and j == verb - 1 and memory.body is not None:
            return memory.body, j  # '..., it said': the institution or state quoted last
        described = _described(view, j, memory) if not in_qualifier(view, j, _GROUP_SPEAKERS) else None
        if described is not None:
            return described, j - 1
        if group_speaker(view, j, _GROUP_SPEAKERS) and (all(tokens[k] in ("have", "also", "had", "initially", "previously")
                                                 for k in range(j + 1, verb)) and verb - j <= 3
                                             or located_group(view, j, verb)) \
                and not (tokens[verb].endswith("s") and not tokens[verb].endswith("ss")):  # "media reports": a noun
            body = _institution(view, view.actor_at[j - 1], verb) if j - 1 in view.actor_at else None
            if body is not None:
                return body[0], j - 1  # "Kenyan media reported": the state's media, one body
            before = view.actor_at.get(j - 1)
            if before is not None and before.entity.kind == "state" and tokens[j] in ("officials", "diplomats"):
                return before.entity, j - 1  # "US officials said": the state speaks (gold rule C2)
            return (memory.told if tokens[j] == "sources" and memory.told else _group(view, j)), j  # "analysts said"
    if chunk_start < verb:  # "The Wall Street Journal (has) reported", "Vanuatu's National Disaster Office warned"
        k = verb - 1
        placed = next((x for x in range(k - 1, max(chunk_start, k - 3), -1) if tokens[x] == "in"), None)
        k = placed - 1 if placed is not None and tokens[placed - 1] in _STAFF else k  # "an AFP correspondent in Bamako"
        while k > chunk_start and (tokens[k] in ("has", "had", "have", "also", "earlier", "previously", "first")
                                   or (tokens[k] in _OUTLET_NOUNS | _STAFF and view.tokens[k].text.islower())):
            # "the DongA Ilbo newspaper reported", "the Andina news agency said"
            k -= 1
        found = source_name(view, k, -1)  # not the object of a preposition: "the embargo on Darfur reported"
        if found is not None and (tokens[verb] in _REPORTING or named_body(found[0])) \
                and not (found[1] > 0 and tokens[found[1] - 1] in PREPOSITIONS - {"by"}):
            return found[0], found[1]
    if 1 < chunk_start < verb and tokens[chunk_start - 1] == "," and appositive(view, chunk_start):
        found = before_appositive(view, chunk_start, _speaker)  # "Reuters, citing people familiar with it, reported"
        if found is not None:
            return found
    if chunk_start == verb and verb > 1 and tokens[verb - 1] == ",":
        app_start = verb - 1
        while app_start > 0 and tokens[app_start - 1] not in (",", ".", ";", "”", '"', "“"):
            app_start -= 1
        if 1 < app_start < verb - 1 and tokens[app_start - 1] == "," and appositive(view, app_start):
            found = before_appositive(view, app_start, _speaker)  # "Reuters, citing people familiar with it, said"
            if found is not None:
                return found
    if chunk_start == verb and (after := inverted_person(view, verb)) is not None:
        return after  # "..., said Jorge Arreaza, a former foreign minister"
    if (lone := lone_source(view, verb)) is not None:
        return lone  # "A Western diplomat said", "a port official, who asked not to be named, said"
    if (grouped := group_before_aside(view, verb)) is not None:
        return grouped  # "Rights groups, however, say", "Critics in Lagos, however, have questioned"
    if chunk_start == verb and (named_aside := name_before_aside(view, verb)) is not None:
        if named_aside[2]:  # "China's official Xinhua news agency, in its account of the talks, said"
            memory.outlets.add(named_aside[0])  # an outlet's report (C5)
        return named_aside[:2]
    if chunk_start == verb or aside:  # ", said", ", for his part, has said": the speaker stands before the aside
        j, steps = relative_aside_start(view, chunk_start), 0  # "Erdogan, who met Putin last month, said"
        if j < chunk_start - 2 and (body := body_before_aside(view, j + 1, _institution, _speaks_for)) is not None:
            return body  # "Brazil's government, which has tried to mediate, said"
        if j < chunk_start - 2:  # "A spokesman for the ministry, who declined to be named, added"
            k = j
            while k > 0 and tokens[k] not in (",", ".", ";", "”", '"', "“") and k not in view.actor_at:
                if (described := _described(view, k, memory)) is not None:
                    return described, k - 1
                k -= 1
        while j >= 0 and steps < 20:
            if (described := described_before_aside(view, j, lambda k: _described(view, k, memory))) is not None:
                return described  # "The ministry, in a statement, said"
            mention = view.actor_at.get(j)
            body = _institution(view, mention) if mention is not None and not view.in_pp(mention) else None
            if body is not None and body[1] < verb and tokens[body[1]] == ",":
                return body[0], mention.first  # "Kenya's foreign ministry, in a statement, said"
            if (owner := government_before_comma(view, mention, _speaks_for)) is not None:
                return owner, mention.first  # "Kenya's government, in a statement, said"
            if mention is not None and (after := titled_aside_after(view, mention, verb)) is not None:
                return _speaker(mention), after  # "..., Moscow's ambassador in Havana, Viktor Koronelli, said"
            if mention is not None and name_then_title(view, mention, verb):
                return _speaker(mention), mention.first  # "..., Viktor Koronelli, Moscow's envoy in Havana, said"
            if mention is not None and (not view.in_pp(mention) or titled_aside(view, mention, verb)) \
                    and not view.possessive(mention):  # "X's envoy to the UN, <Name>, said"
                return _speaker(mention), mention.first
            if tokens[j] in (".", ";", "”", '"', "“") and steps > 0:
                break
            j -= 1
            steps += 1
    return person_after(view, verb, chunk_start == verb or aside) or (None, verb)


_CLOSE_QUOTES = ('"', "”")
_NOT_PRESENT = frozenset("to will would shall should could can may might must not n't did does do".split())  # "will announce"


def extract_claims(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], *, doc_id: str,
                   person_states: dict | None = None, presidents: frozenset = frozenset(),
                   diplomats: frozenset = frozenset()) -> list[Claim]:
    verbs = _speech_verbs()
    openers = _openers()
    rules = _rules()
    actors = by_sentence(mentions, kinds=("state", "person", "organisation"))  # a place never speaks
    claims: list[Claim] = []
    placing = not_placing(sentences, mentions)  # not the seat of "the Washington-based lender"
    topic, ranked = main_state(placing), ranked_states(placing)
    # no one state leads, but two do: a report about the dealings of the two
    pair = tuple(ref for ref, _ in ranked[:2]) if len(ranked) >= 2 and (
        len(ranked) == 2 or ranked[1][1] >= 1.5 * ranked[2][1]) else ()
    memory = _Memory(topic=topic, trail=PersonTrail(person_states or {}, presidents, diplomats), pair=pair)
    short_names = acronyms(sentences)
    block = -1
    quoting: tuple[EntityRef, int] | None = None  # the last speaker, while the next sentence may go on quoting
    marks = QuoteState()  # is a sentence inside a quotation opened before it?
    before: list = []  # the states and bodies of the sentence before, for "the launch" judged in this one
    waiting: list = []  # paragraph, then actors quoted in sentences whose speaker comes later in the quotation
    for sentence in sentences:
        if sentence.heading:
            continue
        if sentence.block != block and memory.person is not None and sentence.block - block > 1:
            memory.person = None  # "he said" does not reach across paragraphs that name nobody
        block = sentence.block
        view = SentenceView(sentence, actors.get(sentence.index, []))
        memory.bodies = [*memory.bodies, *(r for r, _ in of_state)] if (of_state := bodies_named(view)) else memory.bodies  # "the State Bank of Pakistan"
        memory.named = remember(memory.named, view, _institution)  # "the Indian Navy": "the navy said"
        memory.sentence_groups = groups_in(view)  # read by the speech verbs here and remembered below
        said, carried = relayed(_with_verbs(view, verbs, memory, openers), sentence.text)  # "X said ..., Xinhua reported"
        said = endorsed(view, said, rules["assertion_nouns"])  # "..., an accusation that U.N. experts backed"
        if not said and (aside := as_reported_by(view)) is not None:  # "..., as reported by Bloomberg, ..."
            said = [(*aside, "outlet")]
        according = according_to(view, lambda k: _described(view, k, memory), _speaker) or by_count(
            view, lambda k: _described(view, k, memory), _speaker, _institution, memory.body)  # "by its own count"
        if according is None and (joint := joint_according(view, memory.pair, memory.groups)) is not None:
            according, memory.co[joint[1:3]] = (joint[0][0], *joint[1:]), joint[0][1:]  # each party speaks
        # "Kishida told reporters that ..., according to The Japan Times": the person quoted is the claimant
        found = said if (any(c[0].kind == "person" for c in said) and not opens_with_source(view, according)) \
            or according is None else [according]  # but "According to Xinhua, Trump told Xi ...": Xinhua's report
        if according is not None and found is said and according[0].kind == "organisation":
            memory.sources = [*memory.sources, according[0]]  # "..., according to the PM's Office. ..., the office said"
        inside = marks.opens_inside(sentence.block)
        opening = bool(view.lower) and view.lower[0] in ('"', "“") and not inside
        if not found and quoting is not None and sentence.block == quoting[1] and (opening or inside):
            start = 1 if opening else 0
            found = [(quoting[0], start, quote_end(view, start), "neutral")]  # '"...," X said. "China stands firm."'
        marks.read(view.lower)
        if not found and (opening or inside) and marks.inside:  # '"Russia will never accept it. We will ...," X said.'
            waiting = [*(waiting if waiting and waiting[0] == sentence.block else [sentence.block]),
                       *(m.entity for m in view.actors)]
        elif not found:
            waiting = []
        quoting = (found[-1][0], sentence.block) if found and found[-1][0].kind == "person" else None
        found = [*found, *((co, f, t, s) for sp, f, t, s in found
                           for co in (*_co_speakers(view, sp, f, t), *memory.co.get((f, t), ()),
                                      *titled_partners(view, sp, f, t)))] if found else found
        memory.co.clear()
        memory.speakers = [*memory.speakers, *person_pair(view), *memory.sentence_groups][-6:]  # "X met Y. The two leaders said"
        memory.groups, memory.opening = [*memory.groups, *memory.sentence_groups][-6:], opening_group(view) \
            or plural_opening(view, found)  # "Japan and Korea said ..." / "Officials said ...": "They added
        earlier, spans = (claims[-1] if claims else None), {}  # the last claim of another statement
        for speaker, first, last, stance in found:
            earlier = next((c for span, c in spans.items() if span != (first, last)), earlier) if spans else earlier
            speaker = full_name(named_before(expand(speaker, short_names), [*memory.named, *memory.sources]),
                                memory.bodies)  # "the State Bank" named before in full; "according to the DFA": the
            # Department of Foreign Affairs; "the fund said": the Saudi Fund for Development quoted before
            if speaker.kind == "group":  # "critics" here are not the critics of another report
                speaker = EntityRef("group", f"{doc_id}/{speaker.key}", speaker.label)
            if stance == "outlet" or speaker in memory.outlets or written_media(speaker):  # "the paper said": still
                # the outlet's report; "media reports said": a report (C5)
                memory.outlets.add(speaker)
                stance = "outlet"
            claim = build_claim(view, speaker, first, last, stance, rules, doc_id)
            claim = replace(claim, modality="reported") if (first, last) in carried else claim
            if (accused := memory.accused.pop((first, last), None)) is not None:
                claim = replace(claim, about=unique((accused, *claim.about)))  # "the UAE, which Sudan accuses"
            memory.told = speaker if speaker.kind == "organisation" and claim.modality == "reported" and own_state(
                speaker, {}) is None else memory.told
            described = ()  # (most statements name no body noun)
            if not _BODY_NOUNS.isdisjoint(view.lower[max(first, 1):last]):
                described = unique(r for r in (_described(view, k, memory) for k in range(max(first, 1), last)
                                               if view.lower[k] in _BODY_NOUNS) if r is not None and r != speaker
                                   and r not in memory.bodies)  # "the central bank" said of is its state's
            if described:  # "the bloc would not recognise ...": the organisation named before (C3)
                claim = Claim(claim.claimant, claim.text, claim.stance, claim.modality, claim.evidence,
                              unique((*claim.about, *described)))
            if earlier is not None and claim.stance == "denies" and denied_object(view, first - 1, _denied_nouns(
                    view.lower[first - 1]) - rules["assertion_nouns"]) == (first, last):
                # "Moscow and Pyongyang have denied the arms transfers.": about what was alleged
                claim = replace(claim, about=denied_about(earlier.about))
            if not claim.about and claims and ((claim.stance != "neutral" and _refers_back(
                    " ".join(view.lower[max(0, first - 1):last]), rules["assertion_nouns"])) or (
                    claim.stance == "denies" and denied_pronoun(view, first, last))):
                # "Beijing rejected the accusation.": about the accuser and what the accusation was about
                prior = next((c for c in reversed(claims[-3:]) if c.stance == "opposes" and c.claimant != speaker),
                             claims[-1])  # the accusation, not a call for calm made since
                about = unique(r for r in (prior.claimant, *prior.about) if r != speaker and r.kind != "group")
                claim = Claim(claim.claimant, claim.text, claim.stance, claim.modality, claim.evidence, about)
            if first > 0 and short_claim(view, first, last, verbs.get(view.lower[first - 1])):
                about = judged([m.entity for m in before], (topic, *(r for r, _ in ranked)), speaker,
                               tuple(m.entity for m in view.actors if m.first < first))
                if not about:  # "Tokyo condemned the launch.": about what the sentence before named, else unknown
                    memory.body = speaker if speaker.kind not in ("person", "group") else memory.body
                    continue
                claim = Claim(claim.claimant, claim.text, claim.stance, claim.modality, claim.evidence, about)
            if not claim.about and topic is None:
                # a statement that names nobody is about what the report is most about
                fallback = next((ref for ref, _ in ranked if ref != speaker), None)
                if fallback is not None:
                    claim = Claim(claim.claimant, claim.text, claim.stance, claim.modality, claim.evidence, (fallback,))
            fellow = {x[0] for x in found if x[1:3] == (first, last)}  # "India and Kazakhstan said": not of each other
            if any(r.kind == "person" and r in fellow and r != speaker for r in claim.about) and not any(
                    m.entity in fellow and first <= m.first < last for m in view.actors if m.entity != speaker):
                claim = replace(claim, about=tuple(r for r in claim.about if r not in fellow or r.kind != "person"))
                # "Albanese and Marape told a joint press conference that ...": each speaks, not of the other
            if topic is not None and topic not in claim.about and topic not in fellow and not in_own_name(topic, speaker):
                # a statement in a report about Niger is about Niger, whether or not it names it
                claim = Claim(claim.claimant, claim.text, claim.stance, claim.modality, claim.evidence,
                              (*claim.about, topic))
            if topic is None and pair and all(ref in pair for ref in claim.about if ref.kind == "state") and not (
                    any(r.kind == "state" for r in claim.about) and any(r.kind == "person" for r in claim.about)) \
                    and not (speaker.kind == "state" and speaker not in pair):
                # a report about two states: what is said of one (or of neither) is said of their dealings, but
                # not what is said of one state and a person ("Analysts said Kishida misread Japan's voters"),
                # nor what a third state says ("Iceland announced a contribution": its own deed, to one of them)
                extra = tuple(ref for ref in pair if ref not in claim.about and ref not in fellow
                              and not state_word_in_name(ref, speaker)  # "Radio Mozambique" is no statement
                              and not any(m.entity == ref and m.first in backers(view, first) for m in view.actors))
                claim = Claim(claim.claimant, claim.text, claim.stance, claim.modality, claim.evidence,
                              (*claim.about, *extra))
            if inside and first == 0 and waiting and waiting[0] == sentence.block:  # the quote began before
                claim = Claim(claim.claimant, claim.text, claim.stance, claim.modality, claim.evidence,
                              unique((*claim.about, *(r for r in waiting[1:] if r != speaker))))
            own = own_state(speaker, person_states or {}) if refers_to_own_state(view, first, last) else None
            if own is not None and own not in claim.about and own != speaker:  # "we", "his country" (C3)
                claim = Claim(claim.claimant, claim.text, claim.stance, claim.modality, claim.evidence,
                              (*claim.about, own))
            claim = two_persons(claim, view, first, last, memory.groups)  # "the two leaders": the two named
            claims.append(both_named(claim, view, first, last, [pair]))  # "the two countries": the report's two
            spans[(first, last)] = claims[-1]
            if speaker.kind == "organisation":
                memory.sources = [ref for ref in memory.sources if ref != speaker] + [speaker]
            if speaker.kind not in ("person", "group"):
                memory.body = speaker
            if not _STATEMENTS.isdisjoint(view.sentence.lower_set):
                memory.statement = speaker  # "X said in a statement": "the statement added" is X again
            if issued_in_report(view) and len({f[0] for f in found}) == 1:
                memory.report = speaker  # "X said in a report": "the report said" is X again
        waiting = [] if found else waiting
        issuer = statement_issuer(view)  # "in a statement read out by government spokesman X": "the statement added"
        memory.statement = _speaker(issuer) if issuer is not None else memory.statement
        memory.statement = statement_issued(view, _speaker, _institution) or memory.statement  # "X issued a statement"
        opener = (subject(view, len(view.tokens)) or owner_opening(view)) if not found else None  # "Rwanda's ministry"
        body = _institution(view, opener) if opener is not None else None
        if body is not None:  # "The Saudi foreign ministry condemned the raid. It said ..."
            memory.body = body[0]
        memory.told_to = addressee_outlet(view)
        memory.outlet_named = outlet_opening(view) or outlet_after_its_noun(view, _OUTLET_NOUNS) or memory.told_to \
            or memory.outlet_named  # "told the Kommersant newspaper ... The paper wrote"
        persons = [m.entity for m in view.actors if m.entity.kind == "person" and not _titled_in_pp(view, m)]
        memory.trail.record(persons)
        before = [m for m in view.actors if m.entity.kind != "person"]
        memory.person = he_next(view, found, persons, memory.person)
        memory.company = company_before(view, len(view.tokens), len(view.tokens))  # read at the sentence's end
        opening_states = [m for m in view.actors if m.first <= 1 and m.entity.kind == "state"]  # "Saudi Arabia('s pledge)
        memory.opener = min(opening_states, key=view.possessive).entity if opening_states else None  # ... The kingdom said"
        organisations = [m.entity for m in view.actors if m.entity.kind == "organisation"]
        if organisations:
            memory.organisation = organisations[-1]
    return prefixed_names(claims, sentences, rules["institutions"])  # "the U.S. State Department" as written


def _with_verbs(view: SentenceView, verbs: dict[str, str], memory: _Memory, openers: frozenset[str]) -> list:
    """Every "X said ..." in the sentence, each with its own span."""
    if openers.isdisjoint(view.sentence.lower_set):
        return []  # no word a statement can start at (most sentences)
    found = []
    taken_until = -1
    quoted = quoted_spans(view, verbs)  # '"The UAE has confirmed ...," the bank said': one claim, the bank's
    at_openers = compress(count(), map(openers.__contains__, view.lower))  # (read with no Python step per word)
    for j in [j for j in at_openers if not inside_quote(quoted, j)]:
        claim = _with_verb(view, verbs, memory, j) or with_participle(view, j, _participles(), _speaker, _institution) \
            or statement_participle(view, j, _participles(), _speaker, _institution)  # "issued a statement condemning"
        if claim is None and (part := participial(view, j, _participles())) is not None:
            # '"...," he said, adding that ...': the speaker already found; "He vetoed it, saying ..."
            who = found[-1][0] if found else memory.person if part[0] == 0 else part[0] and (
                owned_body(view, part[0], _institution) if view.possessive(part[0]) else _speaker(part[0]))
            claim = (who, *part[1:]) if who is not None else None
        if claim is None:
            continue
        speaker, first, last, stance = claim
        if j <= taken_until and found and first > j and (cut := split_at(view, *found[-1][1:3], j)) is not None:
            found[-1] = (found[-1][0], found[-1][1], cut, found[-1][3])  # "..., while a spokesman ... said"
            taken_until = cut
        if j <= taken_until and first <= taken_until:
            continue
        if any(f[1:3] == (first, last) for f in found) and not (speaker != found[-1][0] and (
                joined_passive(view, j) or second_relative(view, j))):
            continue  # "..., he said, adding ...": one span, one claim; "welcomed by X and condemned by Y": two
        found.append(claim)
        taken_until = max(j, last - 1)
    voice = own_voice(view, verbs) if found and found[0][0].kind in ("state", "organisation") else None
    if voice is not None and found[0][1] < voice[0]:  # "Iran has dismissed ..., its envoy, Saeed Iravani, said"
        official = [m.entity for m in view.actors if voice[0] < m.first < voice[1] and m.entity.kind == "person"]
        if official:
            found[0] = (official[-1], found[0][1], min(found[0][2], voice[0]), found[0][3])
    return found


def _with_verb(view: SentenceView, verbs: dict[str, str], memory: _Memory, j: int):
    quoted = quoted_as_saying(view, j, memory.person, _speaker,
                              body_reader(view, _institution, lambda k: _described(view, k, memory)))
    if quoted is not None:
        return quoted
    for j, word in [(j, view.lower[j])]:
        stance = verbs.get(word) or progressive(view, j, _participles())  # "has been urging"
        agent = passive_agent(view, j) if stance in ("opposes", "supports", "denies") or word in _ANNOUNCED else None
        if agent is not None:  # "The launch was condemned by Japan": the agent speaks of the subject
            return _speaker(agent[0]), *agent[1:], "outlet" if word == "reported" and agent[0].entity.kind \
                == "organisation" else stance  # "was first reported by Reuters": the outlet's report
        if stance is None or j in view.actor_at or _no_statement(view, j) or plural_noun(view, j) or cites_person(view, j) \
                or (view.lower[j + 1:j + 2] == ("by",) and view.lower[j - 1] != ",") \
                or (word in _rules()["commits"] and not commitment_frame(view, j)) \
                or (word in _rules()["declines"] and not declined_to_say(view, j, _rules()["declined_objects"])) \
                or (word in _rules()["posts"] and not posted_on(view, j)) \
                or (word in _rules()["plural_present"] and view.lower[j - 1] in _NOT_PRESENT) \
                or (word in _rules()["shows"] and shown_to_outlet(view, j) is None) \
                or (word in _rules()["outbursts"] and view.lower[j + 1:j + 3] != ("out", "at")) \
                or (word in _rules()["expresses"] and not expressed_stance(view, j, _rules()["expressed_objects"])):
            continue
        relative = _relative_speaker(view, j)
        relative = _speaker(relative) if relative is not None else relative_group(view, j) \
            or report_relative(view, j)  # "groups, which said"; "a France 24 report, which said"
        if relative is not None:  # "South Korea, which says it cannot give weapons to Ukraine, ..."
            k = j + 1 + (j + 1 < len(view.tokens) and view.lower[j + 1] == "that")
            end = next((x for x in range(k, len(view.tokens)) if view.lower[x] == ","), len(view.tokens))
            if end - k >= 3:
                return relative, k, end, stance
            continue
        if "-" in view.tokens[j].text or (j > 0 and view.lower[j - 1] in _NOT_A_VERB_AFTER) \
                or (word in _NOUNS_OF and view.lower[j + 1:j + 2] == ("of",)) \
                or (j > 1 and view.lower[j - 1] == "to" and view.lower[j - 2] in _YET_TO_SPEAK):
            continue  # "so-called"; "a resolution that condemned" hides its speaker; "is expected to argue"
        if (stance == "denies" or word in ("backed", "backs")) and _offer_object(view, j):
            continue  # "Tunisia rejected an EU offer", "Washington backed a proposal to supply ...": acts, not words
        relayed_to = spoke_to_outlet(view, j)  # "Officials who spoke to AFP said": their words, the outlet's report
        outlet = relayed_to or told_outlet(view, j, lambda k: _described(view, k, memory)) or knowing_sources(view, j) \
            or shown_to_outlet(view, j)  # "A document seen by Reuters showed that ..."
        placed = officials_from(view, j)  # "Officials from Japan and South Korea said": each state speaks
        outlet = ((placed[0][0], placed[1]) if placed is not None else None) if outlet is None else outlet
        plural = (plural_speaker(view, j, [*memory.groups, *memory.sentence_groups], memory.pair,
                                 [*memory.speakers, *memory.sentence_groups])
                  or they_speaker(view, j, memory.opening)) if outlet is None else None
        plural = ((placed[0], placed[1]) if placed is not None and len(placed[0]) > 1 else None) or plural
        plural = joint_statement(view, j, memory.groups) if outlet is None and plural is None else plural  # ", a joint statement said"
        speaker, speaker_at = outlet if outlet is not None else (plural[0][0], plural[1]) if plural is not None \
            else aide_speaker(view, j) or issued_statement(view, j, _speaker, _institution) \
            or seated_speaker(view, j, lambda k: _described(view, k, memory)) \
            or spokesperson_of(view, j, _speaker, memory.topic) \
            or coordinated_subject(view, j, _rules()["commits"], _institution, _speaker) or press_service(view, j) \
            or office_speaker(view, j) or title_office(view, j) or owned_title(view, j, memory.trail) or administration(view, j, memory.trail) or outlet_after_noun(view, j) \
            or _speaker_near(view, j, memory)
        if speaker is None or (speaker.kind == "person" and off_subject(view, j, speaker_at)):  # "met Mbadi to stress"
            continue
        first, last = claim_span(view, j, speaker_at, verbs, _participles(), _rules()["assertion_nouns"])
        if (accused := object_relative(view, j, speaker_at)) is not None:  # "X, which Sudan accuses of ..."
            first, last = j + 1, accused[1]
            memory.accused[(first, last)] = accused[0]
        last = second_piece(view, j, last) or last  # '"...," X said, "... ."': one quotation in two pieces
        if last - first < 3 and stance == "denies" and (short := pronoun_object(view, j)) is not None:
            first, last = short  # "Yerevan denied this."
        elif last - first < 3 and stance == "denies" and (short := which_denied(view, j, speaker_at)) is not None:
            first, last = short  # "Ukraine says Iran sent drones to Russia, which Tehran denies."
        elif last - first < 3 and stance == "denies" and any(  # "Beijing rejected the accusation."
                w in _rules()["assertion_nouns"] for w in view.lower[j + 1:j + 4]):
            first = j + 1
            last = next((k for k in range(first, len(view.tokens)) if view.lower[k] in (",", ".", ";")),
                        len(view.tokens))
        elif last - first < 3 and stance == "denies" and (
                short := denied_object(view, j, _denied_nouns(word))) is not None:
            first, last = short  # "Moscow and Pyongyang have denied the arms transfers."
        elif last - first < 3 and (short := short_object(view, j, stance)) is not None:
            first, last = short  # "Stockholm welcomed the deal."
        elif last - first < 3:
            continue
        if plural is not None:
            memory.co[(first, last)] = plural[0][1:]  # "the two leaders said": each says it
        outlet_speaks = word in ("reported", "reports") or (outlet is not None and outlet[0].kind not in (
            "group", "state")) or (word in ("cited", "cites") and speaker.kind == "organisation")  # "Bloomberg cited"
        return speaker, first, last, "reported" if relayed_to else "outlet" if outlet_speaks else stance
    return None
