"""On-disk cache of endpoint answers, so that a build repeats offline.

One JSON file per query, named by a hash of the query text (which holds no endpoint
address, so an answer cached from one endpoint serves the same query for any other).
Each file records the query, the endpoint that answered and when, and the SPARQL JSON
result, so a reader can always tell where an answer came from.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kg.errors import LinkError


@dataclass(frozen=True)
class CachedAnswer:
    query: str
    endpoint: str
    retrieved: str  # ISO dateTime, UTC
    result: dict


def query_key(query: str) -> str:
    """The cache key of a query: SHA-256 of its text with whitespace runs collapsed.

    >>> query_key("SELECT  *\\nWHERE {}") == query_key("SELECT * WHERE {}")
    True
    """
    return hashlib.sha256(" ".join(query.split()).encode("utf-8")).hexdigest()[:32]


class AnswerCache:
    """A folder of cached answers; ``get`` never touches the network."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def path(self, query: str) -> Path:
        return self.folder / f"{query_key(query)}.json"

    def get(self, query: str) -> CachedAnswer | None:
        path = self.path(query)
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data["result"]["results"]["bindings"], list):
                raise ValueError("no list of result bindings")
            return CachedAnswer(data["query"], data["endpoint"], data["retrieved"], data["result"])
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise LinkError(f"Broken cache file {path}: {err}; delete it and run `kg link` again") from None

    def put(self, query: str, endpoint: str, result: dict, *, retrieved: str | None = None) -> CachedAnswer:
        """Store an answer (atomically: a half-written file never replaces a good one)."""
        answer = CachedAnswer(query, endpoint,
                              retrieved or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), result)
        text = json.dumps({"query": query, "endpoint": endpoint, "retrieved": answer.retrieved, "result": result},
                          ensure_ascii=False, indent=1, sort_keys=True)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text + "\n")
            os.replace(tmp, self.path(query))
        except OSError as err:
            raise LinkError(f"Cannot write the Wikidata cache in {self.folder}: {err}") from None
        return answer
