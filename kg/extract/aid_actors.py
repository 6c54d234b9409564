"""The mentions an aid frame can take as giver or getter: leaders and ministers stand for their state,
descriptions ("the island", "the bloc") for the state or bloc they name, a government named after its
leader ("the Biden administration") for its state, and neither the owners of frozen
holdings, nor an alliance named for its members ("NATO allies"), nor the origin of a design or an era
("Soviet-designed helicopters") is an actor; an arms maker stands for the state that licenses its exports."""

from __future__ import annotations

from kg.extract.aid_administrations import administration_mentions, leader_states
from kg.extract.aid_alliance_members import without_alliance_members
from kg.extract.aid_described import getter_mentions
from kg.extract.aid_design_origin import without_design_origins
from kg.extract.aid_frozen import without_frozen_owners
from kg.extract.aid_makers import maker_mentions
from kg.extract.aid_persons import as_state_mentions
from kg.model import Mention


def acting_persons(mentions: tuple[Mention, ...], person_states: dict) -> dict:
    """Person -> state for the leaders and ministers the text ties to a state: "<demonym> leader <name>" and the
    office holders of *person_states* (what the offices stage read wins over the leaders table)."""
    return {**leader_states(mentions), **person_states}


def aid_mentions(mentions: tuple[Mention, ...], person_states: dict, sentences) -> tuple[Mention, ...]:
    """The document's mentions as aid frames read them (see the module docstring); *person_states* is
    :func:`acting_persons`."""
    mentions = getter_mentions(as_state_mentions(administration_mentions(maker_mentions(mentions, sentences), sentences),
                                                 person_states, sentences), sentences)
    return without_design_origins(without_alliance_members(without_frozen_owners(mentions, sentences), sentences),
                                  sentences)


def speaker_states_by_sentence(mentions: tuple[Mention, ...], states: dict) -> dict[int, dict[int, object]]:
    """Sentence -> {first token of a person mention: the state the person acts for}, for the leaders and
    ministers the text ties to a state (a speaker named by surname alone, '"We will send tanks," Scholz
    said', still speaks for Germany), None for the other persons. These stay out of the actors: only a
    quotation's "we" reads them. *states* is :func:`acting_persons`."""
    found: dict[int, dict[int, object]] = {}
    for m in mentions:
        if m.entity.kind == "person":  # (None for a person the text ties to no state: a pronoun is theirs)
            found.setdefault(m.sentence, {})[m.first] = states.get(m.entity)
    return found
