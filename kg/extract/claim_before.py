"""Where what was said stands before its speaker: "Denmark is retiring its F-16s, Poulsen said", as
against a setting that opens the sentence ("Speaking at a press conference, Hasina said ...")."""

from __future__ import annotations

from kg.extract.view import SentenceView

_NOT_A_CLAIM_OPENER = frozenset("in on at after before during while when speaking asked answering responding "
                                "addressing writing meanwhile separately earlier later".split())


def clause_before(view: SentenceView, speaker_at: int) -> tuple[int, int] | None:
    """The clause before ", <speaker> said" when it reads as what was said, not as a setting
    ("Speaking at a press conference, Hasina said ..." / "In a statement, the fund said ...")."""
    comma = next((j for j in range(speaker_at - 1, max(-1, speaker_at - 8), -1)
                  if view.lower[j] in (",", ".", ";", '"', "“", "”")), None)
    if comma is None or view.lower[comma] != "," or comma < 4:
        return None
    opener = view.lower[0]
    if opener in _NOT_A_CLAIM_OPENER or opener.endswith("ing") or opener.endswith("ed") and opener != "united":
        return None
    if any(view.lower[j] == "," for j in range(0, comma)) and opener in ("according",):
        return None
    return 0, comma
