"""A stopping verb at the end of a hyphenated adjective describes the goods, it does not stop them: "the
House approved the long-delayed package, releasing $8 billion for Taiwan" (approved, not declined), "the
much-postponed delivery of F-16s began" (delivered)."""

from __future__ import annotations

from kg.extract.view import SentenceView


def hyphen_compound(view: SentenceView, j: int) -> bool:
    """Is the word at *j* the end of a hyphenated adjective ("long-delayed")?"""
    return j > 0 and view.lower[j - 1] == "-"
