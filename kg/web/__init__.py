"""The web front end of ``kg serve``; :func:`create_app` builds the Flask app (Flask loads only here)."""

from __future__ import annotations

from kg.web.app import create_app

__all__ = ["create_app"]
