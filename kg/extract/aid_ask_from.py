"""A request for aid from named givers: "Pakistan asked for loans from China", "the lender had asked
specifically for funds from the UAE, Saudi Arabia and China". Not yet answered: unspecified (README
A3). The asking state gets; an asking lender (the IMF asks on a borrower's behalf) leaves the
recipient to the discourse context."""

from __future__ import annotations

from kg.extract.aid_checks import aid_like
from kg.extract.aid_nouns import Context, Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView, unique

_ENTRY = Entry(("ask", "for"), "receive", "unspecified")


def asked_from_frame(view: SentenceView, at: int, context: Context) -> Frame | None:
    """The frame of "asked (specifically) for <aid> from <givers>" or "requested <aid> from <givers>" whose
    verb is at *at*, if any."""
    n = len(view.tokens)
    k = at + 1 + (at + 1 < n and view.lower[at + 1].endswith("ly"))
    if view.lemmas[at] == "request" and view.lower[at].endswith("ed") and k < n and k not in view.actor_at:
        k -= 1  # "Egypt has requested Patriot systems from the US": the item follows the verb itself
    elif view.lemmas[at] != "ask" or k >= n or view.lower[k] != "for":
        return None
    frm = next((x for x in range(k + 1, min(k + 10, n - 1)) if view.lower[x] == "from"), None)
    if frm is None or not aid_like(view, k + 1, frm) or view.actors_in(k + 1, frm):
        return None
    spot = frm + 1 + (view.lower[frm + 1] == "the")
    if spot not in view.actor_at:
        return None
    group = view.group(view.actor_at[spot])
    donors = unique(m.entity for m in group)
    subject, subject_at = view.subject(at)
    askers = tuple(r for r in subject if r.kind == "state" and r not in donors)
    used_context = not askers
    recipients = askers or tuple(r for r in context.fallback_recipients() if r not in donors)
    if not recipients:
        return None
    return Frame(_ENTRY, at, k + 1, donors, [(k + 1, frm, recipients)], "unspecified",
                 subject_at if subject_at is not None else at, group[-1].last, used_context=used_context)
