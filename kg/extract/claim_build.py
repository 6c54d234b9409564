"""One claim from a speaker and the span of what was said: its text, evidence, stance and modality, and what it
is about (every state, person and organisation named inside the span, not the speaker and not the words that
only describe the speaker or where it spoke; gold rule C3)."""

from __future__ import annotations

from kg.extract.claim_aide import aide_frame
from kg.extract.claim_cues import descriptive, in_name
from kg.extract.claim_title_body import title_bodies
from kg.extract.claim_described import OUTLET_NOUNS
from kg.extract.claim_frame_seat import seat_of_frame
from kg.extract.claim_group_members import group_members
from kg.extract.claim_passive_pair import paired_agents
from kg.extract.claim_joined_relative import relative_speakers
from kg.extract.claim_owned_title import posted_places
from kg.extract.claim_places import place_names
from kg.extract.claim_relative_asides import relative_asides
from kg.extract.claim_setting import frame_tokens
from kg.extract.claim_stance import judge
from kg.extract.view import SentenceView, unique
from kg.model import Claim, EntityRef, Evidence

_MEDIA_NOUNS = OUTLET_NOUNS | frozenset("radio television tv station".split())
# "the Iran-backed Houthis said", "the Saudi-led coalition said": a state describing who speaks
_BACKED = frozenset("backed led funded owned run based allied aligned sponsored supported controlled installed "
                    "dominated armed trained financed".split())


def build_claim(view: SentenceView, speaker: EntityRef, first: int, last: int, stance: str, rules,
                doc_id: str) -> Claim:
    """The claim *speaker* makes in tokens *first*..*last* of the sentence, with *stance* as the verb gives it."""
    sentence = view.sentence
    while last > first and view.lower[last - 1] in (".", ",", "”", '"'):
        last -= 1
    start, end = sentence.tokens[first].start, sentence.tokens[last - 1].end
    text = sentence.text[start - sentence.start:end - sentence.start]
    others = [m for m in view.actors if m.entity != speaker]  # who the claim may be about
    # (when the sentence names nobody but the speaker, no frame around it needs reading)
    aside = descriptive(view, speaker, _MEDIA_NOUNS) | place_names(view) | frame_tokens(view, first, last) \
        | aide_frame(view, speaker) | backers(view, first) | title_bodies(view, speaker) if others else set()
    # "Soviet-era"; "an aide to President Aliyev"; "The head of the IAEA, Rafael Grossi, said"
    about = unique(m.entity for m in others if first <= m.first < last and m.first not in aside)
    if not about and others:  # "Peskov declined to comment on the report": what it is about lies outside the quote
        asides = relative_asides(view, first, last)  # "Japan, which chairs the committee with India, said"
        asides |= paired_agents(view) | relative_speakers(view) | posted_places(view)  # "welcomed by Japan and
        # condemned by China", "Russia's envoy to the UN said",
        # "a trade that Washington has criticised and that Kyiv has described as ...": each speaker's own frame
        about = unique(m.entity for m in others if not view.possessive(m)
                       and m.first not in aside and m.first not in asides and not in_name(m, speaker)
                       and not seat_of_frame(view, m))  # "told a briefing in Washington that ..."
    about = unique((*about, *(ref for ref in group_members(view, first, last)
                              if ref != speaker)))  # "the Baltic states"
    stance, modality = judge(view, first, last, stance, rules)
    evidence = Evidence(doc_id, start, end, text, sentence.start, sentence.end, sentence.text, (sentence.index,))
    return Claim(speaker, text, stance, modality, evidence, about)


def backers(view: SentenceView, first: int) -> set[int]:
    """States before what was said that only describe a speaker: "Iran" in "the Iran-backed Houthis said"
    (not "..., she said, pointing to a deal with the US-backed SDF": what she pointed to)."""
    return {m.first for m in view.actors if m.first < first and view.lower[m.last:m.last + 1] == ("-",)
            and view.lower[m.last + 1:m.last + 2] and view.lower[m.last + 1] in _BACKED}
