"""Stance and modality of one attributed claim (README C5), from the attribution cue and the words
of what was said."""

from __future__ import annotations

from kg.extract.view import SentenceView


def judge(view: SentenceView, first: int, last: int, cue: str, rules: dict[str, frozenset[str]]) -> tuple[str, str]:
    """(stance, modality) of the claim said in tokens *first*..*last*; *cue* is the stance of the speech
    verb, "reported" for "according to X" and "outlet" for an outlet's report."""
    # "in May" is a month, not a hedge: a capital inside the sentence makes a name
    said = {view.lower[k].strip(".,") for k in range(first, last)
            if k == 0 or not view.tokens[k].text[:1].isupper() or view.lower[k - 1] in ('"', "“")}
    words = {w.strip(".,") for w in view.lower}
    if cue == "outlet":  # "..., Jiji Press reported": a report without evaluation, hedged when it says "may"
        return "neutral", "hedged" if said & rules["hedges"] else "reported"
    if cue == "reported":
        stance, modality = "neutral", "reported"
    elif cue == "denies":
        stance, modality = "denies", "denied"
    elif words & rules["relayed"]:  # "Sopoaga has reportedly criticised the pact": relayed speech
        stance, modality = cue, "reported"
    else:
        stance, modality = cue, "hedged" if said & rules["hedges"] else "asserted"
    if stance == "neutral":
        if said & rules["opposing_words"]:
            stance = "opposes"
        elif said & rules["supporting_words"]:
            stance = "supports"
    return stance, modality
