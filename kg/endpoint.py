"""Queries for the web endpoint: the read-only guard, a row limit, a time limit, and serialised answers.

pyoxigraph cannot cancel a running query, so the time limit works like this. A query runs in
a worker thread of a small pool (the store releases the GIL while it evaluates). The worker
reads the result one row at a time and stops at the row limit or as soon as the deadline has
passed. The request waits until the deadline at most and then gets :class:`QueryTimeout`
(503). What remains of an abandoned query is the one result step the worker is in: usually a
row, which ends at once; but a query that sorts, groups or counts does all of that work before
its first row, and that step runs to its end in the background, holding one worker. Queries
that arrive while every worker is busy wait in the queue, and their wait counts against their
own deadline, so the server still answers 503 on time instead of hanging.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any, TypeVar

from kg.errors import QueryTimeout
from kg.sparql import query_form
from kg.store import GraphStore, result_kind, serialize_boolean, serialize_graph, serialize_solutions

T = TypeVar("T")
RESULT_FORMATS = ("json", "xml", "csv", "tsv")
GRAPH_FORMATS = ("ttl", "nt", "jsonld", "rdfxml")


@dataclass(frozen=True)
class Answer:
    """A read query's answer, cut at the row limit: rows of terms, a boolean, or triples."""

    form: str
    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[Any, ...] = ()
    truncated: bool = False

    def serialize(self, fmt: str) -> bytes:
        """The answer in *fmt*: json, xml, csv, tsv (SELECT, ASK) or ttl, nt, jsonld, rdfxml (CONSTRUCT, DESCRIBE)."""
        if self.kind == "boolean":
            return serialize_boolean(bool(self.boolean), fmt)
        if self.kind == "solutions":
            return serialize_solutions(list(self.variables), self.rows, fmt)
        return serialize_graph(self.triples, fmt)


class QueryRunner:
    """Runs read queries against one open store with a time limit and a row limit."""

    def __init__(self, store: GraphStore, *, timeout: float, row_limit: int, workers: int = 4):
        self.store = store
        self.timeout = timeout
        self.row_limit = row_limit
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kg-query")
        self._write_lock = threading.Lock()
        self._count_lock = threading.Lock()
        self.active = 0  # queries being evaluated right now, abandoned ones included


    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def call(self, func: Callable[[float], T]) -> T:
        """Run ``func(deadline)`` in a worker; raise :class:`QueryTimeout` once the deadline has passed."""
        deadline = time.monotonic() + self.timeout
        future = self._pool.submit(func, deadline)
        try:
            return future.result(timeout=self.timeout)
        except FutureTimeout:
            future.cancel()
            raise self._timeout() from None

    def _timeout(self) -> QueryTimeout:
        return QueryTimeout(f"The query ran longer than {self.timeout:g} s (setting serve_timeout_seconds) and was "
                            "abandoned; narrow it, add a LIMIT, or ask again later")

    def sparql(self, text: str) -> Answer:
        """Check *text* with the read-only guard (FROM only for this store's graphs) and run it."""
        known = frozenset(self.store.named_graphs()) if "from" in text.lower() else frozenset()
        form = query_form(text, allow_from=False, known_graphs=known)
        return self.call(lambda deadline: self._collect(text, form, deadline))

    def write(self, func: Callable[[], T]) -> T:
        """Run a write (an ingest) alone: writers take turns, readers go on meanwhile."""
        with self._write_lock:
            return func()

    def _collect(self, text: str, form: str, deadline: float) -> Answer:
        if time.monotonic() >= deadline:  # waited in the queue past its deadline: nobody is listening
            raise self._timeout()
        with self._count_lock:
            self.active += 1
        try:
            return self._read(text, form, deadline)
        finally:
            with self._count_lock:
                self.active -= 1

    def _read(self, text: str, form: str, deadline: float) -> Answer:
        result = self.store.query(text)
        kind = result_kind(result)
        if kind == "boolean":
            return Answer(form, kind, boolean=bool(result))
        variables = tuple(v.value for v in result.variables) if kind == "solutions" else ()
        items, truncated, timed_out = self._take(result, variables if kind == "solutions" else None, deadline)
        # pyoxigraph results may only be dropped on the thread that made them: drop this one here,
        # before an exception could carry this frame (and the result) to the request thread.
        del result
        if timed_out:  # never a partial answer: past the deadline is a timeout
            raise self._timeout()
        if kind == "solutions":
            return Answer(form, kind, variables=variables, rows=tuple(items), truncated=truncated)
        return Answer(form, kind, triples=tuple(items), truncated=truncated)

    def _take(self, result: Any, variables: tuple[str, ...] | None, deadline: float) -> tuple[list[Any], bool, bool]:
        """Read up to the row limit: (items, cut at the limit, stopped at the deadline)."""
        items: list[Any] = []
        for item in result:
            if len(items) >= self.row_limit:
                return items, True, False
            if time.monotonic() >= deadline:
                return items, False, True
            items.append(item if variables is None else tuple(item))  # values in the order of the variables
        return items, False, False


__all__ = ["Answer", "GRAPH_FORMATS", "QueryRunner", "RESULT_FORMATS"]
