"""A party trying to give or get (README A3): "Iran is trying to sell its oil to India" and "BAE said it hoped
to sell 48 more jets to Riyadh" hold the goods out (offered); "China is seeking to buy more Russian gas" asks
for them (a request not yet answered: unspecified). A hope that "had" been held is one given up by the time of
the report ("had hoped to start exports within weeks, but the first flow was held up"): no stage of its own."""

from __future__ import annotations

from kg.extract.lexicon import AidLexicon
from kg.extract.view import SentenceView


def attempted_stage(view: SentenceView, verb: int, lexicon: AidLexicon) -> str | None:
    """The stage of the supply verb at *verb* when an attempt cue ("trying to", "seeking to") stands right
    before it; else None."""
    if verb < 2 or view.lower[verb - 1] != "to":
        return None
    cue = f"{view.lower[verb - 2]} to"
    if cue in lexicon.cues.get("wanting", ()):
        # "Riyadh said it wants to invest $600 billion in the US": an intention announced (pledged); "wants to
        # buy" keeps the getter's own reading ("unspecified" there lowered the guard half)
        return None if _receives(view, verb, lexicon) else "pledged"
    if cue not in lexicon.cues.get("attempting", ()):
        cue = f"{view.lower[verb - 3]} {cue}" if verb >= 3 else ""  # "is eager to"
        if cue not in lexicon.cues.get("attempting", ()):
            return None
    if verb >= 3 and view.lower[verb - 3] == "had":
        return None
    return "unspecified" if _receives(view, verb, lexicon) else "offered"


def _receives(view: SentenceView, verb: int, lexicon: AidLexicon) -> bool:
    """Is the verb at *verb* one of getting ("buy", "receive")? Only an entry of the verb alone counts: "send back"
    is a refusal that opens with "send", which still gives ("wants to send rice")."""
    return any(e.frame == "receive" and e.words == (view.lemmas[verb],)
               for e in lexicon.by_first_word.get(view.lemmas[verb], ()))
