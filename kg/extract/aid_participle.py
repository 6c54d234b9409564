"""Aid nouns followed by a participle that gives their stage: "The earlier $6.5 billion package,
approved in 2019, ran out", "a $500 million loan, signed in March, ...". The giver is the noun's
owner or, with none named, the discourse context's giver."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView

_PARTICIPLES = {"approved": "approved", "authorised": "approved", "authorized": "approved", "signed": "approved",
                "agreed": "pledged", "pledged": "pledged", "promised": "pledged", "announced": "pledged",
                "offered": "offered", "proposed": "offered", "disbursed": "delivered", "delivered": "delivered"}


def participle_status(view: SentenceView, last: int) -> str | None:
    """The status a participle set off after the noun ending before *last* gives ("package, approved")."""
    if last + 1 < len(view.tokens) and view.lower[last] == "," and view.lower[last + 1] in _PARTICIPLES \
            and not (last + 2 < len(view.tokens) and (view.lower[last + 2] in _OBJECT_STARTS or last + 2 in view.actor_at
                                                      or view.tokens[last + 2].text[:1] in "$€£¥")
                     and view.lower[last + 3:last + 4] not in (("following",), ("next",), ("same",), ("previous",))):
        return _PARTICIPLES[view.lower[last + 1]]
    return None  # (", offered Port Moresby a security deal": the main verb after an aside, with its object;
    # but ", approved the following year" is a participle with a time)


_OBJECT_STARTS = frozenset("that to a an the its their his her another".split())


def _phrase_end(view: SentenceView, last: int) -> int:
    """The end of the noun phrase after its head: "loan to Kenya", "package for Pakistan"."""
    k = last
    while k < len(view.tokens) and k - last < 6:
        if k in view.actor_at:
            k = view.actor_at[k].last
        elif view.lower[k] in ("to", "for", "from", "the"):
            k += 1
        else:
            break
    return k


def participle_frame(view: SentenceView, frame: Frame | None, entry: Entry, first: int, last: int,
                     context: Context) -> Frame | None:
    """The aid noun's frame with the participle's status; with no giver named, the context's."""
    status = participle_status(view, _phrase_end(view, last))
    if status is None:
        return frame
    if frame is not None:
        frame.status = status
        return frame
    donors = context.donors
    recipients = tuple(r for r in context.fallback_recipients() if r not in donors)
    start = view.chunks_before(first)[0][0] if view.chunks_before(first) else 0
    if not donors or not recipients or any(view.actors_in(start, first)):
        return None
    return Frame(entry, first, last, donors, [(start, last, recipients)], status, start, last + 2,
                 used_context=True)
