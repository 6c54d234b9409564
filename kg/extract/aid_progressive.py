"""A present progressive of giving with an adverb before the verb: "the EU and the US, which are each
contributing about $20 billion", "Norway is also donating two frigates". The cue window reads "is donating" as
a gift still to come (pledged) unless its clause says it is under way now (aid_under_way); an adverb between the
auxiliary and the verb ("each", "also", "jointly") hides the auxiliary, and the frame kept the verb's own stage
(delivered). This revision reads past the adverb. The passive progressive of giving ("the remainder is being
provided by Japan, Britain and Canada") is financing arranged and still to come as well, unless it is under
way now; goods "being shipped" are on their way (aid_under_way), and so are aid or goods "being provided"."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_under_way import under_way_now
from kg.extract.lexicon import load_lexicon
from kg.extract.view import SentenceView

_ADVERBS = frozenset("each also jointly both all together collectively separately likewise".split())
_AUXILIARIES = frozenset("is are am".split())
# Participles of giving, not of moving goods ("are being shipped to Russia" is a supply under way).
# "The shipments are being financed by Qatar" pays for goods already flowing: financing verbs are left out.
_GIVEN = frozenset("provided donated lent loaned granted contributed given pledged extended".split())


def progressive_gifts(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* of "<is/are> <adverb> <giving>" staged as pledged unless under way now."""
    for frame in frames:
        at = frame.first
        if frame.trigger.frame != "give" or frame.trigger.status != "delivered" or frame.status != "delivered" \
                or at < 2 or under_way_now(view, at):
            continue
        if view.lower[at].endswith("ing") and view.lower[at - 1] in _ADVERBS and view.lower[at - 2] in _AUXILIARIES:
            frame.status = "pledged"
        elif view.lower[at - 1] == "being" and view.lower[at - 2] in _AUXILIARIES and view.lower[at] in _GIVEN \
                and not _goods_subject(view, at - 2):
            frame.status = "pledged"  # "the remainder is being provided by Japan": financing arranged, to come
    return frames


_AID_WORDS = frozenset("aid assistance supplies relief help".split())


def _goods_subject(view: SentenceView, aux: int) -> bool:
    """Does the subject before the auxiliary at *aux* name aid or goods, not money ("aid is being provided to
    Myanmar, Laos and Vietnam": under way, unlike "the remainder is being provided by Japan")?"""
    words = view.lower[view.chunks_before(aux)[-1][0]:aux]
    categories, _ = load_lexicon().categorise(list(words))
    return bool(_AID_WORDS.intersection(words)) or any(c != "financial" for c in categories)
