"""The one place that talks to a SPARQL endpoint: SPARQLWrapper with a User-Agent, a timeout
and bounded retries that honour ``Retry-After``.

Every failure (refused connection, timeout, HTTP error, an answer that is not SPARQL JSON)
becomes a one-line :class:`kg.errors.LinkError`; callers decide whether to degrade or stop.
The same client serves the Wikidata Query Service and any other endpoint (``wikidata_endpoint``).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

from kg.errors import LinkError

USER_AGENT = ("kg/{version} (geopolitical knowledge graph; entity linking and enrichment; "
              "https://w3id.org/geokg) SPARQLWrapper")
RETRY_STATUSES = (429, 503)


@dataclass
class SparqlClient:
    """Runs SELECT queries against *endpoint* and returns the SPARQL 1.1 JSON results as a dict.

    :param timeout: seconds for one request.
    :param retries: further attempts after a 429 or 503 answer (Wikidata's rate limiting).
    :param max_wait: the longest ``Retry-After`` we accept; a longer one fails at once.
    :param sleep: how to wait (tests pass a recorder instead of ``time.sleep``).
    """

    endpoint: str
    timeout: int = 30
    retries: int = 2
    max_wait: float = 60.0
    sleep: Callable[[float], None] = time.sleep
    requests: int = field(default=0, init=False)

    @property
    def user_agent(self) -> str:
        from kg import __version__

        return USER_AGENT.format(version=__version__)

    def select(self, query: str) -> dict:
        """The JSON result of a SELECT query; raises :class:`LinkError` on any failure."""
        for attempt in range(self.retries + 1):
            try:
                return self._once(query)
            except _Retry as retry:
                if attempt == self.retries:
                    raise LinkError(f"{self.endpoint} still answers HTTP {retry.status} after "
                                    f"{self.retries + 1} attempts; try again later") from None
                if retry.wait > self.max_wait:
                    raise LinkError(f"{self.endpoint} asks to wait {retry.wait:.0f} s (Retry-After), "
                                    f"longer than the {self.max_wait:.0f} s allowed") from None
                self.sleep(retry.wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, query: str) -> dict:
        import socket
        import urllib.error

        from SPARQLWrapper import JSON, POST, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        wrapper = SPARQLWrapper(self.endpoint, agent=self.user_agent)
        wrapper.setQuery(query)
        wrapper.setMethod(POST)  # candidate queries can be long; POST keeps them out of URLs and logs
        wrapper.setReturnFormat(JSON)
        wrapper.setTimeout(self.timeout)
        self.requests += 1
        try:
            response = wrapper.query().response
            body = response.read()
        except urllib.error.HTTPError as err:
            if err.code in RETRY_STATUSES:
                raise _Retry(err.code, _retry_after(err.headers.get("Retry-After"))) from None
            raise LinkError(f"{self.endpoint} answered HTTP {err.code} {err.reason}") from None
        except SPARQLWrapperException as err:
            first = str(err).splitlines()[0] if str(err) else type(err).__name__
            raise LinkError(f"{self.endpoint} rejected the query: {first[:200]}") from None
        except (TimeoutError, socket.timeout):
            raise LinkError(f"{self.endpoint} did not answer within {self.timeout} s") from None
        except urllib.error.URLError as err:
            reason = err.reason if not isinstance(err.reason, (TimeoutError, socket.timeout)) else "timed out"
            raise LinkError(f"Cannot reach {self.endpoint}: {reason}") from None
        except (OSError, ValueError) as err:  # connection reset mid-answer, bad URL
            raise LinkError(f"Cannot read from {self.endpoint}: {err}") from None
        return parse_results(body, self.endpoint)


class _Retry(Exception):
    def __init__(self, status: int, wait: float):
        super().__init__(status)
        self.status = status
        self.wait = wait


def _retry_after(value: str | None, default: float = 5.0) -> float:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date.

    >>> _retry_after("7")
    7.0
    >>> _retry_after(None)
    5.0
    """
    if not value:
        return default
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(0.0, moment.timestamp() - time.time())


def parse_results(body: bytes, endpoint: str = "the endpoint") -> dict:
    """Check that *body* is a SPARQL 1.1 JSON result set and return it.

    >>> parse_results(b'{"head": {"vars": []}, "results": {"bindings": []}}')["results"]
    {'bindings': []}
    """
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise LinkError(f"{endpoint} sent something that is not SPARQL JSON: {body[:60]!r}") from None
    bindings = data.get("results", {}).get("bindings") if isinstance(data, dict) else None
    if not isinstance(bindings, list) or not all(isinstance(b, dict) for b in bindings):
        raise LinkError(f"{endpoint} sent JSON without SPARQL result bindings: {str(data)[:60]}")
    return data
