"""Help held out or promised with no goods named: "France stood ready to help", "Ankara was prepared
to support recovery work", "the United States would help". A helping verb means a supply only with
goods ("helped Kenya with vaccines"); after a readiness or future cue, in a section that has already
reported aid to someone, it holds out or promises more of it to the same recipient: offered
("ready to", "prepared to", "willing to") or pledged ("will", "would", "going to") (README A3).
"Ready to help end the fighting" names a task, not aid, and gives nothing."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.aid_slots import status_cues
from kg.extract.aid_subject import verb_subject
from kg.extract.lexicon import AidLexicon, Entry
from kg.extract.view import SentenceView

_ENDS = frozenset(". , ; : but and if when once as too".split()) | frozenset("\"“”'’–")
# Objects that name the relief work aid pays for: "support recovery work in the stricken areas".
_RELIEF = frozenset("recovery reconstruction relief rebuilding rescue humanitarian".split())


def ready_help_frame(view: SentenceView, first: int, last: int, entry: Entry, context: Context,
                     lexicon: AidLexicon) -> Frame | None:
    """The offered or pledged flow of a helping verb at *first* with no goods named, if any."""
    if entry.words[0] not in lexicon.with_only or not context.recipients:
        return None
    status = status_cues(view, first, "delivered", lexicon)
    if status not in ("offered", "pledged"):
        return None
    n = len(view.tokens)
    k = last + (last < n and view.lower[last] == "the")
    named = ()
    if k < n and k in view.actor_at:
        group = view.group(view.actor_at[k])
        named = tuple(m.entity for m in group)
        if not set(named) <= set(context.recipients):
            return None  # "China will support Iran at the UN": backing, unless aid to Iran is the story
        k = group[-1].last
    elif last < n and set(view.lower[last:last + 3]) & _RELIEF:
        k = last + 3
    if k < n and view.lower[k] not in _ENDS and not set(view.lower[last:k]) & _RELIEF:
        return None  # "ready to help end the fighting": the help is a task, not aid
    donors, subject_at = verb_subject(view, first)
    recipients = named or context.recipients
    donors = tuple(d for d in donors if d not in recipients)
    if not donors:
        return None
    return Frame(entry, first, last, donors, [(first, last, recipients)], status,
                 subject_at if subject_at is not None else first, min(k, n), used_context=not named)
