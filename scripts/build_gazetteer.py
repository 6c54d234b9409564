"""Regenerate kg/data/states.tsv, the gazetteer of sovereign states.

Sources (all well-kept public packages; nothing typed in by hand except the small
rule file kg/rules/states.toml for usage that the packages do not carry):

* country-converter (PyPI ``country-converter``): short and official names, ISO codes,
  UN membership -- read from its shipped ``country_data.tsv``;
* countryinfo (PyPI ``countryinfo``): capitals, demonyms and alternative spellings;
* @rapideditor/country-coder (npm): Wikidata QIDs per ISO code, from ``borders.json``.

Usage::

    python scripts/build_gazetteer.py [--borders PATH/TO/borders.json]

Without ``--borders`` the script fetches the npm package with ``npm pack``.
Run it after upgrading one of the sources and commit the changed TSV.
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "states.tsv"
RULES = ROOT / "kg" / "rules" / "states.toml"
COLUMNS = ("iso2", "iso3", "qid", "name", "official", "aliases", "demonyms", "capitals", "historical")
# Observer states and partly recognised states that news reports treat as states.
# Cook Islands and Niue: self-governing states in free association with New Zealand, with treaty-making
# capacity of their own (they sign accords, get and give aid, and join regional bodies); their rows carry
# "associated" in the historical column.
FREE_ASSOCIATION = {"COK", "NIU"}
NON_MEMBER_STATES = {"VAT", "PSE", "XKX", "TWN", *FREE_ASSOCIATION}


def _package_dir(name: str) -> Path:
    spec = find_spec(name)
    if spec is None or spec.origin is None:
        sys.exit(f"Error: install {name} first (pip install -e .)")
    return Path(spec.origin).parent


def _borders(path: str | None) -> dict[str, str]:
    if path is None:
        tmp = Path(tempfile.mkdtemp())
        subprocess.run(["npm", "pack", "@rapideditor/country-coder", "--silent"], cwd=tmp, check=True)
        with tarfile.open(next(tmp.glob("*.tgz"))) as tar:
            tar.extractall(tmp, filter="data")
        path = str(tmp / "package" / "src" / "data" / "borders.json")
    features = json.loads(Path(path).read_text(encoding="utf-8"))["features"]
    return {
        f["properties"]["iso1A3"]: f["properties"]["wikidata"]
        for f in features
        if f["properties"].get("iso1A3") and f["properties"].get("wikidata")
    }


def _usable_alias(alias: str) -> bool:
    # Native-script spellings and bare ISO codes ("CU", "CUB") would match noise in English text.
    return alias.isascii() and len(alias) > 3 and alias[0].isupper() and "," not in alias


def _plural(demonym: str) -> str | None:
    if not demonym.isalpha() or demonym.isupper() or demonym.endswith(("ese", "sh", "ch", "ss", "z")):
        return None
    return demonym + "s"


def _demonyms(main: str, package: str, added: list[str], dropped: list[str]) -> list[str]:
    """The main demonym of states.toml, the package's with its plural, then the ones states.toml adds
    (which list their own plurals)."""
    out: list[str] = []
    for demonym in (main, package, _plural(package) if package else None, *added):
        if demonym and demonym not in out and demonym not in dropped:
            out.append(demonym)
    return out


def build_rows(borders: dict[str, str]) -> list[dict[str, str]]:
    coco = _package_dir("country_converter") / "country_data.tsv"
    with coco.open(encoding="utf-8") as handle:
        countries = list(csv.DictReader(handle, delimiter="\t"))
    info: dict[str, dict] = {}
    for file in glob.glob(str(_package_dir("countryinfo") / "data" / "*.json")):
        data = json.loads(Path(file).read_text(encoding="utf-8"))
        iso3 = data.get("ISO", {}).get("alpha3")
        if iso3:
            info[iso3] = data
    rules = tomllib.loads(RULES.read_text(encoding="utf-8"))
    extra = rules.get("state", {})

    rows = []
    for country in countries:
        iso3 = country["ISO3"]
        if not (country["UNmember"].strip() or iso3 in NON_MEMBER_STATES):
            continue
        data = info.get(iso3, {})
        # country-converter stores a regex for a few codes (Greece "^GR$|^EL$"); countryinfo has the plain code.
        iso2 = country["ISO2"] if len(country["ISO2"]) == 2 else data["ISO"]["alpha2"]
        more = extra.get(iso2, {})
        name = more.get("name", country["name_short"])
        aliases = [a for a in [country["name_short"], data.get("name", "")] + [
            a for a in data.get("altSpellings", []) if _usable_alias(a)
        ] + more.get("aliases", []) if a not in more.get("drop_aliases", [])]
        # "demonym" in states.toml is the main one (first: it names the state's bodies, "the Kyrgyz
        # border service"), before the package's and the other added ones
        demonyms = _demonyms(more.get("demonym", ""), data.get("demonym", ""), more.get("demonyms", []),
                             more.get("drop_demonyms", []))
        capitals = [c for c in [data.get("capital", "")] + more.get("capitals", [])
                    if c and c not in more.get("drop_capitals", [])]
        rows.append(_row(iso2, iso3, borders.get(iso3, more.get("qid", "")), name,
                         country["name_official"], aliases, demonyms, capitals,
                         "associated" if iso3 in FREE_ASSOCIATION else ""))
    for section, flag in (("historical", "yes"), ("de_facto", "de facto")):
        for iso2, more in rules.get(section, {}).items():
            rows.append(_row(iso2, more.get("iso3", ""), more["qid"], more["name"], more.get("official", ""),
                             more.get("aliases", []), more.get("demonyms", []), more.get("capitals", []), flag))
    return sorted(rows, key=lambda r: r["name"])


def _row(iso2, iso3, qid, name, official, aliases, demonyms, capitals, historical) -> dict[str, str]:
    def unique(values):
        seen: list[str] = []
        for value in values:
            value = value.strip()
            if value and value != name and value not in seen:
                seen.append(value)
        return "|".join(seen)

    return {
        "iso2": iso2, "iso3": iso3, "qid": qid, "name": name, "official": official,
        "aliases": unique(aliases + [official]), "demonyms": unique(demonyms),
        "capitals": unique(capitals), "historical": historical,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--borders", help="path to country-coder's borders.json (default: npm pack)")
    args = parser.parse_args()
    rows = build_rows(_borders(args.borders))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} states to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
