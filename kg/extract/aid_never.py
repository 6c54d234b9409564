"""Aid said never to have reached its recipient: "ran out with $2.5 billion of it never disbursed",
"much of the promised money never arrived", "aid that was pledged but never delivered". The flow
did not go on: declined (README A3, "never used it"), the parties from the discourse context."""

from __future__ import annotations

from kg.extract.aid_checks import aid_like
from kg.extract.aid_nouns import Context, Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView

_NEVER_GIVEN = frozenset("disbursed delivered paid arrived materialised materialized came transferred "
                         "released".split())
_ENTRY = Entry(("never",), "give", "declined")


def never_given_frame(view: SentenceView, at: int, context: Context) -> Frame | None:
    """The frame of "never <disbursed>" at *at*, naming the aid before it, if any."""
    n = len(view.tokens)
    k = at + 1 + (at + 1 < n and view.lower[at + 1] in ("been", "was", "were", "be"))
    if view.lower[at] != "never" or k >= n or view.lower[k] not in _NEVER_GIVEN:
        return None
    start = at
    while start > 0 and at - start < 8 and view.lower[start - 1] not in (",", ".", ";", "with", "but", "and") \
            and (start - 1) not in view.actor_at:
        start -= 1
    if start == at or not (aid_like(view, start, at) or "it" in view.lower[start:at]):
        return None  # "officials never delivered on their promise": no aid named before the verb
    donors = context.donors
    recipients = tuple(r for r in context.fallback_recipients() if r not in donors)
    if not donors or not recipients or view.actors_in(start, at):
        return None
    return Frame(_ENTRY, at, k + 1, donors, [(start, at, recipients)], "declined", start, k + 1, used_context=True)
