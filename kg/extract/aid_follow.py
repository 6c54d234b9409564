"""The next giver of a list, named with "followed with": "Japan pledged $3 million, and South Korea
followed with $2 million"; "Pakistan sent tents. Bangladesh followed with a consignment of water"; and the first,
named with "led with": "Donors gave $1.5 billion. Saudi Arabia led with $100 million".

"follow with" has no stage of its own: it takes the stage of the giver before it, in the sentence or
the last flow of the paragraph. It names a giver only when the actor before it gave: in "Egypt bought
the most German arms. The United States followed with 1.01 billion euros" the United States is the
next buyer, not a giver.
"""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame


def echo_stage(frame: Frame | None, frames: list[Frame], context: Context) -> Frame | None:
    """*frame* when its trigger is not "follow (suit) with"; else the frame with the stage of the giver
    before it (unless a cue of its own, "will follow with", set one), or None when no giver comes before."""
    if frame is not None and frame.trigger.words[0] == "lead":  # "Saudi Arabia led with $100 million": the
        if frame.status == frame.trigger.status and context.status:  # first of the givers, at the stage in hand
            frame.status = context.status
        return frame
    if frame is None or frame.trigger.words[0] != "follow":
        return frame
    before = next((f for f in reversed(frames) if f.donors and f.trigger.frame == "give"), None)
    if before is None and not (context.subject and set(context.subject) <= set(context.donors)):
        return None  # the actor before was a buyer, a host or a speaker: no list of givers
    if frame.status == frame.trigger.status:
        frame.status = before.status if before is not None else context.status or frame.status
    return frame
