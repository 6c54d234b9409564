"""Verbs that make a statement only in one frame: "declined to comment (on ...)" (not "declined the offer"),
"posted on Telegram that ..." (not "posted troops")."""

from __future__ import annotations

from kg.extract.view import SentenceView


def declined_to_say(view: SentenceView, j: int, objects: frozenset[str]) -> bool:
    """Is the verb at *j* followed by "to" and a verb of saying ("declined to comment", "refused to confirm")?"""
    return j + 2 < len(view.tokens) and view.lower[j + 1] == "to" and view.lower[j + 2] in objects


def posted_on(view: SentenceView, j: int) -> bool:
    """Does "posted" at *j* put words on a platform: "posted on Telegram that ...", "posted on X: ..."?"""
    return j + 2 < len(view.tokens) and view.lower[j + 1] in ("on", "to") and any(
        w in ("that", ":", '"', "“") for w in view.lower[j + 2:j + 7])
