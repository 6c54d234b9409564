"""Reading articles from disk: path discovery, input checks and metadata.

Metadata comes from a sidecar ``<stem>.meta.json`` next to the text, or from header
lines at the top of a plain-text article::

    Title of the article
    Date: 2026-02-16
    Source: Example Times
    Author: A. Writer
    URL: https://example.org/a

    Body text ...

The sidecar wins where both give a value. The file stem is the document id.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.model import SourceDocument

TEXT_SUFFIXES = (".txt", ".md")
SIDECAR_SUFFIX = ".meta.json"
_HEADER = re.compile(r"^(Date|Source|Outlet|Author|By|URL|Url|Link|Title)\s*:\s*(.+?)\s*$")
_HEADER_KEYS = {"date": "date", "source": "outlet", "outlet": "outlet", "author": "author", "by": "author",
                "url": "url", "link": "url", "title": "title"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_DOC_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def discover(paths: list[Path]) -> list[Path]:
    """Expand files and folders into a sorted list of article files."""
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise InputError(f"No such file or folder: {path}")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in TEXT_SUFFIXES)
            if not files:
                raise InputError(f"No article files ({', '.join(TEXT_SUFFIXES)}) in folder: {path}")
            found.extend(files)
        else:
            found.append(path)
    return found


def read_document(path: Path, *, max_bytes: int = 5_000_000) -> SourceDocument:
    """Read one article, checking that it is non-empty UTF-8 text of a sane size."""
    raw = _read_bytes(path, max_bytes)
    if b"\x00" in raw:
        raise InputError(f"{path}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text (bad byte at offset {err.start})") from None
    if text.startswith("\ufeff"):
        raise InputError(f"{path}: starts with a byte-order mark; save it as UTF-8 without BOM")
    if not text.strip():
        raise InputError(f"{path}: empty file")
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 1000):
        raise InputError(f"{path}: looks binary ({controls} control characters), expected UTF-8 text")
    doc_id = path.stem
    if not _DOC_ID.match(doc_id):
        raise InputError(f"{path}: file stem {doc_id!r} is not a usable document id (letters, digits, . _ -)")
    meta, body_start = _header_metadata(text)
    meta.update({k: v for k, v in _sidecar_metadata(path).items() if v})
    return SourceDocument(
        doc_id=doc_id, text=text, path=str(path), body_start=body_start,
        title=meta.get("title"), date=_iso_date(meta.get("date"), path), author=meta.get("author"),
        outlet=meta.get("outlet"), url=meta.get("url"),
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise InputError(f"No such file: {path}")
    if not path.is_file():
        raise InputError(f"Not a regular file: {path}")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{path}: {size} bytes is larger than the limit of {max_bytes} (setting max_file_bytes)")
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None


def _header_metadata(text: str) -> tuple[dict[str, str], int]:
    """Parse a title line plus ``Key: value`` lines; returns metadata and where the body starts."""
    lines = text.splitlines(keepends=True)
    if len(lines) < 2 or not _HEADER.match(lines[1].strip()):
        return {}, 0
    meta = {"title": lines[0].strip()}
    offset = len(lines[0])
    for line in lines[1:]:
        match = _HEADER.match(line.strip())
        if not match:
            break
        meta[_HEADER_KEYS[match.group(1).lower()]] = match.group(2)
        offset += len(line)
    return meta, offset


def _sidecar_metadata(path: Path) -> dict[str, str]:
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"{sidecar}: not valid JSON ({err})") from None
    if not isinstance(data, dict):
        raise InputError(f"{sidecar}: expected a JSON object with title, date, outlet, url, author")
    return {key: str(data[key]) for key in ("title", "date", "outlet", "url", "author") if data.get(key)}


def _iso_date(value: str | None, path: Path) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise InputError(f"{path}: publication date {value!r} is not an ISO date (YYYY-MM-DD)") from None
