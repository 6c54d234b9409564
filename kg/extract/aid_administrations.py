"""A leader, or a government named after its leader, stands for its state in aid: "President Trump said he
would send Patriots to Ukraine", "The Biden administration froze sales of
offensive arms to Saudi Arabia", "aid promised by the Milei government". The leaders are a general table
(``administrations`` in kg/rules/state_kinds.toml); the name before "administration" or "government" becomes a
mention of the state for the aid frames only (a claim "the Biden administration said" keeps its own speaker)."""

from __future__ import annotations

from kg.extract.state_kinds import administrations
from kg.model import Mention

_BODIES = frozenset(("administration", "government"))


def administration_mentions(mentions: tuple[Mention, ...], sentences) -> tuple[Mention, ...]:
    """*mentions* with a state mention for each "<leader> administration/government" not already a mention."""
    leaders = administrations()
    added = []
    for sentence in sentences:
        if _BODIES.isdisjoint(sentence.lower_set):
            continue  # (most sentences) no "administration" or "government"
        tokens = sentence.tokens
        for i in range(len(tokens) - 1):
            state = leaders.get(tokens[i].text)
            if state is None:
                continue  # (most words) no leader's name
            k = i + 1 + (tokens[i + 1].text in ("'s", "’s"))
            if k >= len(tokens) or tokens[k].text.lower() not in _BODIES:
                continue
            if any(m.sentence == sentence.index and m.first <= i < m.last for m in mentions):
                continue
            added.append(Mention(tokens[i].start, tokens[i].end, tokens[i].text, sentence.index, i, i + 1, state,
                                 "capital"))
    if not added:
        return mentions
    return tuple(sorted((*mentions, *added), key=lambda m: (m.sentence, m.first)))


def leader_states(mentions: tuple[Mention, ...]) -> dict:
    """Person -> state for the persons whose surname is a leader's of the table ("President Donald Trump"), for
    the aid frames' person mentions (aid_persons) where the text itself ties them to no state."""
    leaders = administrations()
    return {m.entity: leaders[surname] for m in mentions
            if m.entity.kind == "person" and (surname := m.entity.label.rpartition(" ")[2]) in leaders}
