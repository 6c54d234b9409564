"""Query results as plain rows, and their table / JSON / CSV / TSV renderings."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

FORMATS = ("table", "json", "csv", "tsv")


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def records(self) -> list[dict[str, str]]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def render(self, fmt: str) -> str:
        """Render as ``table``, ``json`` (an array of objects keyed by column), ``csv`` or ``tsv``."""
        if fmt == "json":
            return json.dumps(self.records(), ensure_ascii=False, indent=2)
        if fmt in ("csv", "tsv"):
            out = io.StringIO()
            writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
            writer.writerow(self.columns)
            writer.writerows(self.rows)
            return out.getvalue().rstrip("\n")
        return _table(self.columns, self.rows)


def term_text(term) -> str:
    """The lexical value of an RDF term (empty string for unbound)."""
    return "" if term is None else term.value


def _table(columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...], width: int = 60) -> str:
    def cut(value: str, limit: int) -> str:
        value = " ".join(value.split())
        return value if len(value) <= limit else value[: limit - 1] + "…"

    cells = [[cut(v, 200 if c == "evidence" else width) for c, v in zip(columns, row)] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths))
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(v.ljust(w) for v, w in zip(r, widths)) for r in cells]
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    return "\n".join([line, rule, *body, footer])
