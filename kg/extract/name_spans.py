"""Where a person's name begins and ends in a sentence's tokens.

A name is a run of capitalised words that no gazetteer claimed, which may hold

* hyphenated words, split by the tokenizer into three tokens: "Jean-Noël", "Kosiniak-Kamysz",
  "Abdel-Fattah" (a hyphen with no space on either side joins; "Putin - then" does not);
* lower-case particles between its words: "Lula da Silva", "von der Leyen", "Mohammed bin Salman",
  and particles glued to the next word by a hyphen: "Ahmed al-Sharaa", "Abdel-Fattah el-Sisi".

Particles never start or end a run, and do not count towards its length limit (names with
particles are long: "Sheikh Saud bin Abdulrahman Al Thani"). No names are listed here.
"""

from __future__ import annotations

from kg.model import Sentence

HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Lord Lady Madam Mme Mme. Herr Frau "
                        "Colonel Col. Captain Capt. Lieutenant Sergeant Commodore".split())  # ranks that are no office (O1)

NOT_NAMES = frozenset(
    """the a an this that these those it its he she they we i you his her their our my in on at by for of to
    and or but if as with from after before during while when where since despite unlike over under new
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday mr mrs ms dr key conclusion critics experts officials any all
    analysts observers economists activists witnesses residents commentators scholars researchers diplomats sources
    speaking evidence similarly furthermore however meanwhile economically even both each every some although
    though because whereas unless whether vice deputy""".split()
)
# Lower-case name particles (Arabic, Romance, Germanic, Dutch); written capitalised ("Al Thani",
# "Abu Mohammed") they are name words in their own right.
PARTICLES = frozenset("da das de del della der den di do dos du la le van von ter zu bin bint ibn al el".split())


# A name run ending in one of these is an organisation or a place, not a person.
NON_PERSON_TAILS = frozenset(
    """Street Avenue Road Square Palace House Hall Center Centre Institute University College School Foundation Fund
    Bank Party Company Corporation Group Council Agency Committee Ministry Department Office Airport Stadium Hospital
    Church Mosque Cathedral Times Post News Daily Herald Tribune Journal Review Press Radio Television Sea Ocean Gulf
    River Lake Mountains Island Islands Peninsula Strait Bay Park Bridge Port Station Doctrine Plan Act Law Treaty
    Accords Agreement Initiative Summit Forum Conference Prize Award Cup Community Movement Network Alliance
    Coalition Front Force Forces Guard Service Services Authority Administration Board Organization Organisation
    Association Society Club League Team Brigade Regiment Battalion Corps Division Fleet Plant Refinery Terminal
    Shoal Shoals Reef Reefs Atoll Atolls Islet Islets Canal Corridor""".split()
)


def is_name_token(sentence: Sentence, i: int, taken: set[int]) -> bool:
    """A capitalised word, not all capitals, not a stop word, not claimed by another mention."""
    token = sentence.tokens[i]
    text = token.text
    if len(text) == 2 and _initial(sentence, i, taken):
        return True  # "S. Jaishankar", "K. Shanmugam"
    return (  # the cheap tests first: most words asked about are lower case or taken
        text[:1].isupper() and i not in taken and not text.isupper()
        and text.replace("-", "").replace("'", "").isalpha()
        and (token.lower not in NOT_NAMES or _capitalised_short_word(sentence, i, taken))
    )


def _initial(sentence: Sentence, i: int, taken: set[int]) -> bool:
    """An initial ("S.", or two capitals after a title: "JD") right before a name word: the given name written
    short."""
    tokens = sentence.tokens
    text = tokens[i].text
    if i in taken or len(text) != 2 or not text[0].isupper() or i + 1 >= len(tokens):
        return False
    if text[1] != "." and not (text.isalpha() and text.isupper() and i > 0 and tokens[i - 1].text[:1].isupper()):
        return False  # "JD Vance" after a title ("Vice President JD Vance"), not "UN Gaza" or a sentence's "US"
    after = tokens[i + 1]
    return i + 1 not in taken and after.text.isalpha() and after.text[0].isupper() and not after.text.isupper() \
        and after.lower not in NOT_NAMES


def _capitalised_short_word(sentence: Sentence, i: int, taken: set[int]) -> bool:
    """"President To Lam": a short function word written capitalised inside a sentence, right before another
    name word, is part of a name (not after opening punctuation: 'said: "In Kyiv ...').."""
    tokens = sentence.tokens
    if i == 0 or len(tokens[i].text) > 2 or i + 1 >= len(tokens) or tokens[i - 1].text in _OPENERS:
        return False
    after = tokens[i + 1]
    return i + 1 not in taken and after.text[:1].isupper() and after.text.isalpha() and after.lower not in NOT_NAMES \
        and not after.text.isupper()


_OPENERS = frozenset(':;"“‘\'(—–-.')


def _glued_hyphen(sentence: Sentence, j: int) -> bool:
    """Is token *j* a hyphen with no space on either side ("Kosiniak-Kamysz")?"""
    tokens = sentence.tokens
    return 0 < j < len(tokens) - 1 and tokens[j].text == "-" and not tokens[j - 1].space_after \
        and not tokens[j].space_after


def _particle(sentence: Sentence, j: int) -> bool:
    return sentence.tokens[j].text in PARTICLES


_LINKS = frozenset("ul ud ur uz ad ud ar as".split())  # inside a hyphenated name only: "Anwar-ul-Haq", "Zia-ur-Rehman"


def compound_end(sentence: Sentence, i: int, taken: set[int]) -> int:
    """End (exclusive) of the hyphenated name word starting at name token *i*: "Jean-Noël" -> after "Noël"."""
    tokens = sentence.tokens
    j = i + 1
    while j + 1 < len(tokens) and _glued_hyphen(sentence, j) and j + 1 not in taken and (
            is_name_token(sentence, j + 1, taken) or ((_particle(sentence, j + 1) or tokens[j + 1].text in _LINKS)
                                                      and _glued_hyphen(sentence, j + 2)
                                                      and is_name_token(sentence, j + 3, taken))):
        j += 2  # "Abdel-Fattah", "Waker-Uz-Zaman", "Anwar-ul-Haq"
    if j + 1 < len(tokens) and _glued_hyphen(sentence, j) and j + 1 not in taken and _syllable_after(sentence, j):
        j += 2  # "Jae-myung", "Jong-un": a romanised given name's lower-case second syllable
    return j


def _syllable(word: str) -> bool:
    """A lower-case syllable no English word ("myung", "un"; not "led", "era", "style")."""
    from kg.extract.names import is_english_word

    return word.isalpha() and word.islower() and len(word) <= 5 and not is_english_word(word)


def _syllable_after(sentence: Sentence, hyphen: int) -> bool:
    """Is the lower-case word after the glued *hyphen* the second syllable of a romanised given name: no English
    word ("Jae-myung"), or any short word after a short syllable that is no English word and follows a surname
    written first ("Ban Ki-moon", "Lee Chang-yang", "Moon Jae-in"; not "US-led", "Hamas-run", "Putin-era")?"""
    from kg.extract.names import is_english_word

    tokens = sentence.tokens
    word, head = tokens[hyphen + 1].text, tokens[hyphen - 1].text
    if _syllable(word):
        return True
    return word.isalpha() and word.islower() and len(word) <= 5 and head.isalpha() and len(head) <= 5 \
        and head[:1].isupper() and not head.isupper() and not is_english_word(head) and hyphen >= 2 \
        and tokens[hyphen - 2].text.isalpha() and tokens[hyphen - 2].text[:1].isupper() and tokens[hyphen - 2].space_after


def compound_start(sentence: Sentence, i: int, taken: set[int]) -> int:
    """Start of the hyphenated name word ending at name token *i*: "Kosiniak-Kamysz", "el-Sisi", "al-Sharaa"."""
    j = i
    while j >= 2 and _glued_hyphen(sentence, j - 1) and (j - 2) not in taken and (
            is_name_token(sentence, j - 2, taken) or _particle(sentence, j - 2)):
        j -= 2
    return j


def _inner_apostrophe(sentence: Sentence, j: int, taken: set[int]) -> bool:
    """Is token *j* an apostrophe glued to the name word before it and followed, after a space, by a particle
    or a name word ("Shia' al-Sudani"), not a plural possessive ("the Joneses' car")?"""
    tokens = sentence.tokens
    return tokens[j].text in ("'", "’") and not tokens[j - 1].space_after and tokens[j].space_after \
        and j + 1 < len(tokens) and (_particle(sentence, j + 1) or is_name_token(sentence, j + 1, taken))


# Arabic particles written capitalised inside a name ("Al Thani", "Bin Salman"): part of it, not a word of its own
_INNER_CAPITALISED = frozenset("Al El Bin Ibn Bint".split())


def name_run(sentence: Sentence, i: int, taken: set[int], limit: int = 5) -> int:
    """End index (exclusive) of a run of at most *limit* name words starting at token *i*.

    Particles inside the run ("da", "bin", "al-") are kept and not counted.
    """
    tokens = sentence.tokens
    j, words = i, 0
    while j < len(tokens) and words < limit:
        if j > i and tokens[j].text in _INNER_CAPITALISED and j + 1 < len(tokens) and j not in taken \
                and is_name_token(sentence, j + 1, taken):
            j += 1  # "Sheikh Khaled bin Mohamed bin Zayed Al Nahyan": a capitalised particle counts no more than "bin"
            continue
        if is_name_token(sentence, j, taken):
            j = compound_end(sentence, j, taken)
            words += 1
            continue
        if j > i and _inner_apostrophe(sentence, j, taken):
            j += 1  # "Mohammed Shia' al-Sudani": a transliterated glottal stop ends a word, not the name
            continue
        if j == i or not _particle(sentence, j):
            break
        k = j  # "von der Leyen", "da Silva", "bin Salman", "al-Sharaa"
        while k < len(tokens) and _particle(sentence, k):
            k += 2 if _glued_hyphen(sentence, k + 1) else 1
        if k < len(tokens) and is_name_token(sentence, k, taken):
            j = k
        else:
            break
    return j


def name_start(sentence: Sentence, end: int, taken: set[int], limit: int = 3) -> int:
    """Start index of a run of name words ending just before token *end* (*end* itself when none).

    *limit* counts name words; a run that crosses a particle may hold two words more
    ("Sheikh Saud bin Abdulrahman Al Thani, the minister of state, said").
    """
    j, words, grown = end, 0, False
    while j > 0:
        if j >= 3 and _glued_hyphen(sentence, j - 2) and sentence.tokens[j - 1].text.islower() and \
                is_name_token(sentence, j - 3, taken) and compound_end(sentence, j - 3, taken) == j:
            if words >= limit:
                break
            j = compound_start(sentence, j - 3, taken)  # "Moon Jae-in met": a given name ending in a syllable
            words += 1
            continue
        if is_name_token(sentence, j - 1, taken):
            if words >= limit:
                break
            j = compound_start(sentence, j - 1, taken)
            words += 1
            continue
        if j == end or not _particle(sentence, j - 1):
            break
        k = j - 1
        while k > 0 and _particle(sentence, k - 1):
            k -= 1
        if k == 0 or not is_name_token(sentence, k - 1, taken):
            break
        j = k
        if not grown:
            limit, grown = limit + 2, True
    return j


# Particles that open a name written capitalised: "Abu Mohammed al-Jolani", "De Gaulle", "Van Gogh".
OPENING_PARTICLES = frozenset("Abu Umm Bin Ibn Al El Da De Del Della Di Van Von Le La Du Dos".split())


def opening_particles(sentence: Sentence, first: int, taken: set[int]) -> int:
    """Start of a name found at *first*, with the capitalised particles before it ("Abu Mohammed")."""
    while first > 0 and (first - 1) not in taken and sentence.tokens[first - 1].text in OPENING_PARTICLES:
        first -= 1
    return first


def leading_particles(sentence: Sentence, first: int, taken: set[int]) -> int:
    """Start of a surname found at *first* with the particles before it: "De Wouters", "von der Leyen"."""
    while first > 0 and (first - 1) not in taken and (
            sentence.tokens[first - 1].text in OPENING_PARTICLES or _particle(sentence, first - 1)):
        first -= 1
    return first


def name_words(label: str) -> list[str]:
    """The words of a name that can refer back to it on their own, folded for comparison:
    particles dropped, and a particle glued to a word taken off ("el-Sisi" -> "sisi").

    >>> name_words("Abdel-Fattah el-Sisi")
    ['abdel-fattah', 'sisi']
    >>> name_words("Luiz Inácio Lula da Silva")
    ['luiz', 'inácio', 'lula', 'silva']
    """
    words = []
    for word in label.split():
        folded = word.casefold()
        head, _, rest = folded.partition("-")
        if rest and head in PARTICLES:
            folded = rest
        if folded not in PARTICLES:
            words.append(folded)
    return words
