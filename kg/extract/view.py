"""A token-level view of one sentence and the actors mentioned in it.

Shared by the fact extractors: prepositional objects, coordinated actor groups
("China, Russia and Iran"), the subject of a clause found from comma chunks, and
possessives, all from mention positions without a parser.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter

from kg.extract.speech_verbs import FINITE, NOUN_LIKE_PRESENT
from kg.model import EntityRef, Mention, Sentence

PREPOSITIONS = frozenset(
    "to for from against with by in of on at into toward towards regarding about over upon via than like "
    "including among amid".split()
)
CLAUSE_END = frozenset([";", ":", "—", "–", "(", ")"])
BE_FORMS = frozenset("be is are was were been being".split())
SCALE_WORDS = frozenset("million billion trillion".split())  # after a number: "$2.5 billion"
VERB_PREFIXES = frozenset(("re", "co"))  # glued to a verb by a hyphen the tokenizer splits off: "re-export"
LOCATIVE = frozenset("in at near inside outside across around off through via".split())
_PRONOUNS = frozenset("they it both".split())
_STATE_ANAPHORS = frozenset("country nation kingdom republic emirate state".split())  # "the country", "the Gulf state"
_OWN_STATE = frozenset("country government administration".split())  # "his government", the speaker's state
_TIME_PREPOSITIONS = frozenset("before after since until".split())
_DETERMINERS = frozenset("the a an its their his her this that these those".split())
_COMPLEMENTIZERS = frozenset("that when because whether although though since after before unless until".split())
# Verbs whose subject is also the subject of the infinitive after them: "it intends to send help".
_CONTROL_VERBS = frozenset("intend plan want hope aim expect decide agree promise pledge offer vow seek try "
                           "prepare refuse threaten".split())
_FRONTED_SUBORDINATORS = frozenset("when because although though since after before unless until while once if as".split())
_LIST_WORDS = frozenset("and or the of".split())
_SETTING_OPENERS = LOCATIVE | frozenset("on during".split())  # "At the summit in Rome,", "During talks in Riyadh,"
_SPEAKS = FINITE | NOUN_LIKE_PRESENT  # after a speaker's name a present is a verb: "to Russia, Kenya claims"
_ASIDES = frozenset("meanwhile however though too also in turn instead nonetheless nevertheless moreover "
                    "separately likewise similarly by contrast for its part their".split())
_COMPANIONS = frozenset((("along", "with"), ("together", "with")))
_BEFORE_SUBJECT = frozenset("the and but while both neighbouring neighboring meanwhile however also then so yet now "
                            "whereas as year week month".split())  # ("Last year Arce's government signed")
_SEATED_BODIES = frozenset("government authorities administration regime leadership".split())
_AUXILIARIES = frozenset(
    "have has had will would shall should can could may might must is are was were be been being do does did "
    "not n't also already still now then just further".split()
)



# Words right after a clause's subject: "..., and Iran would supply", "while Germany has sent".
CLAUSE_AUX = frozenset("would will could can may might should must has have had is are was were also then".split())
# Irregular participles that open an aside on a subject: "Mali, also run by a junta, received ..."
_RUN = frozenset("run led ruled held hit struck governed".split())
_ASIDE_ADVERBS = frozenset("also itself likewise now once".split())


def participle_aside(lower: tuple[str, ...], at: int, end: int) -> bool:
    """Does an aside opening at *at* (and ending before *end*) start with a participle and its agent, maybe
    after an adverb: "(Mali,) also run by a junta,", "(The UAE,) accused by UN experts of ..."?"""
    k = at + (lower[at] in _ASIDE_ADVERBS)
    return k < end and (lower[k].endswith("ed") or lower[k] in _RUN) and lower[k + 1:k + 2] == ("by",)


def by_sentence(mentions: Iterable[Mention], *, kinds: tuple[str, ...]) -> dict[int, list[Mention]]:
    """Mentions of the given entity kinds, grouped by sentence index."""
    table: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.entity.kind in kinds:
            table.setdefault(mention.sentence, []).append(mention)
    return table


_RANKED: list = [((), [])]  # (the last tuple of mentions ranked, its ranking), swapped whole


def ranked_states(mentions: Iterable[Mention]) -> list[tuple[EntityRef, int]]:
    """States by how often the document names them, most named first ("the fund" that stands for the
    Qatar Fund for Development does not name Qatar once more)."""
    if isinstance(mentions, tuple):  # (several stages rank the same document's mentions: ranked once)
        last, ranking = _RANKED[0]
        if last is not mentions:
            ranking = _ranked(mentions)
            _RANKED[0] = (mentions, ranking)
        return list(ranking)
    return _ranked(mentions)


def _ranked(mentions: Iterable[Mention]) -> list[tuple[EntityRef, int]]:
    counts: dict[EntityRef, int] = {}
    for mention in mentions:
        if mention.entity.kind == "state" and not (mention.how == "body" and mention.text.startswith("the ")):
            counts[mention.entity] = counts.get(mention.entity, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])


def main_state(mentions: Iterable[Mention]) -> EntityRef | None:
    """The state a report is clearly about: named at least half again as often as any other."""
    ranked = ranked_states(mentions)
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1]):
        return ranked[0][0]
    return None


def unique(refs: Iterable[EntityRef]) -> tuple[EntityRef, ...]:
    """Entity references in first-seen order without repeats."""
    seen: list[EntityRef] = []
    for ref in refs:
        if ref not in seen:
            seen.append(ref)
    return tuple(seen)


def becoming(view: SentenceView, j: int) -> bool:
    """Is token *j* the last word of a verb of becoming that links a subject to what it is: "turned into",
    "emerged as" ("Brazil has turned into one of the biggest buyers of Russian fuel")?"""
    return j > 0 and (view.lower[j] == "into" and view.lemmas[j - 1] == "turn"
                      or view.lower[j] == "as" and view.lemmas[j - 1] == "emerge")


# Past forms not in -ed that open a clause after its subject: ", and Uzbekistan sent electricity"
IRREGULAR_PAST = frozenset("cut sent sold gave bought took made kept put set let got told said paid built lent brought "
                           "held spent won lost began became".split())

# Words that open a clause or a time phrase: before an owner ("since Russia's invasion") only a phrase.
_TIME_LINKS = frozenset("since after before during despite following until amid".split())

# Plural nouns that two coordinated state words can share: "U.S. and South Korean officials".
_SHARED_HEADS = frozenset("officials diplomats forces troops leaders negotiators ministers authorities "
                          "governments delegations".split())


_NEIGHBOURING = frozenset(("neighbouring", "neighboring"))
_COORDINATORS = frozenset((",", "and", "or"))
# Prepositions after which "that" is a determiner ("a way around that embargo"), not a clause opener
_BEFORE_DETERMINER = (PREPOSITIONS - {"in", "than", "like"}) | frozenset(
    "around after before despite under through beyond behind within without during".split())

_first = attrgetter("first")
# What chunks_before looks for in a sentence: a clause end (or a hyphen spaced as a dash) or bracket before the
# verb, and a word that may open a clause ("that", "when", "which", ...); a sentence with none of them is not
# read word by word for it.
_CLAUSE_MARKS = CLAUSE_END | frozenset(("-",))
_CLAUSE_OPENERS = _TIME_PREPOSITIONS | _COMPLEMENTIZERS | frozenset(("which", "whom"))


_EVENTS = frozenset((w,) for w in "invasion invasions war attack attacks offensive annexation occupation blockade "
                    "withdrawal takeover coup strikes bombing election elections visit revolution".split())
_LED = frozenset("led backed based sponsored brokered owned funded".split())  # "the Saudi-led coalition"

class SentenceView:
    """Token-level helpers over one sentence and its actor mentions."""

    def __init__(self, sentence: Sentence, actors: list[Mention]):
        self.sentence = sentence
        self.tokens = sentence.tokens
        self.lower = sentence.lowers
        self.lemmas = sentence.lemmas
        if actors:
            self.actor_at = {i: m for m in actors for i in range(m.first, m.last)}
            self.actors = sorted(actors, key=_first)
        else:  # about half the sentences a stage looks at name none of its actors
            self.actor_at, self.actors = {}, []
        # set by the aid stage for quotations' "we" (aid_quoted): the state of each person mention (None when
        # the text ties the person to none) and the state of the person named last before this sentence
        self.person_state_at: dict[int, EntityRef | None] = {}
        self.last_person_state: tuple[EntityRef, ...] = ()
        self._subjects: dict[int, tuple[tuple[EntityRef, ...], int | None]] = {}  # subject(index), once worked out

    def tied_person_before(self, index: int) -> int | None:
        """The first token of the person named last before *index* whom the text ties to a state (a key of
        :attr:`person_state_at`), if any: the speaker of "Mirziyoyev told reporters that his country ..."."""
        return max((k for k, state in self.person_state_at.items() if k < index and state is not None), default=None)

    def in_pp(self, mention: Mention) -> bool:
        """Is the mention the object of a preposition ("aid to Cuba", "pressure from the US")?"""
        i = mention.first - 1
        opens = i >= 0 and (self.lower[i] in (",", "while", "but", "whereas") or (
            i > 0 and self.lower[i] == "and" and self.lower[i - 1] == ","))
        if opens and mention.last < len(self.tokens) and (self.lower[mention.last] in _AUXILIARIES or (
                self.lower[i] == "and" and (self.lower[mention.last].endswith("ed") and self.lower[mention.last].isalpha()
                                            or self.lower[mention.last] in IRREGULAR_PAST))):
            return False  # "Under a deal signed in Ankara, Türkiye will supply", "into Iran, and Iran would",
            # "to Cuba, and Russia shipped oil", "to Kyiv, and Ukraine bought six more"
        if opens and self.lower[i] == "," and i - 1 in self.actor_at and self._fronted_place(i - 1):
            return False  # "In Brussels, Germany pledged": the place phrase ends at the comma
        while i >= 0 and (self.lower[i] in ("the", "both", "and", ",") or i in self.actor_at
                          or i > 1 and self.lower[i] in _LED and self.lower[i - 1] == "-" and (i - 2) in self.actor_at):
            i -= 3 if self.lower[i] in _LED else 1  # (and over "Russian-led": "of the Russian-led CSTO")
        if i > 0 and self.lower[i] == "in" and self.lower[i - 1] in _SEATED_BODIES and (i < 2 or self.lower[i - 2] == "the"):
            return False  # "the government in Beirut declined the offer": the state's own government
        if i >= 0 and self.lower[i] in _TIME_LINKS and (self.possessive(mention) or mention.how == "demonym"
                                                         and self.lower[mention.last:mention.last + 1] in _EVENTS):
            return True  # "since Russia's invasion of Ukraine", "since the Russian invasion": a time phrase, not a
            # clause with its subject ("after the Chinese government said")
        return i >= 0 and self.lower[i] in PREPOSITIONS and self.lower[i] != "between"

    def amount_at(self, i: int) -> bool:
        """Does an amount start at token *i*: a currency sign or a number ("$50 million", "244 million euros",
        "A$140 million", "NZ$5 million")?"""
        if not 0 <= i < len(self.tokens):
            return False
        text = self.tokens[i].text
        return text[:1] in "$€£¥" or text[:1].isdigit() or text.endswith("$") and text[:-1].isalpha() and text[:-1].isupper()

    def in_amount(self, i: int) -> bool:
        """Is token *i* part of an amount: where one starts, the currency word before one or the word after a number
        or a scale word ("$920 million", "1.2 trillion won")?"""
        return self.amount_at(i) or self.amount_at(i + 1) or i > 0 and (
            self.amount_at(i - 1) or self.lower[i - 1] in SCALE_WORDS)

    def prefix_start(self, i: int) -> int:
        """Where a verb at *i* written with a glued prefix starts ("re-export": the "re"), else *i*."""
        glued = i > 1 and self.lower[i - 1] == "-" and self.lower[i - 2] in VERB_PREFIXES \
            and not self.tokens[i - 2].space_after and not self.tokens[i - 1].space_after
        return i - 2 if glued else i

    def possessive(self, mention: Mention) -> bool:
        return mention.last < len(self.tokens) and self.tokens[mention.last].text in ("'s", "’s", "'")

    def word_before(self, mention: Mention) -> str:
        """The word before *mention*, past a "the" before a name ("to the Philippines": "to"; but "the" before
        a demonym: "the Maldivian government")."""
        j = mention.first - 1 - (mention.first > 1 and self.lower[mention.first - 1] == "the" and mention.how != "demonym")
        return self.lower[j] if j >= 0 else ""

    def from_before(self, mention: Mention) -> bool:
        """Does "from" (or "from the" before a name: "from the United States", "from the Netherlands", but not
        "from the Maldivian government") stand before *mention*?"""
        return self.word_before(mention) == "from"

    def group(self, mention: Mention) -> list[Mention]:
        """The coordinated actors around *mention*: "China, Russia and Iran"."""
        group = [mention]
        j = mention.last
        while j < len(self.tokens):
            if self.lower[j] in _COORDINATORS and j + 1 in self.actor_at and not (
                    self.lower[j] == "," and self.owner_aside(j + 1)):
                nxt = self.actor_at[j + 1]  # "to Ukraine or Russia"
            elif self.lower[j] in _COORDINATORS and j + 2 < len(self.tokens) and self.lower[j + 1] == "the" \
                    and j + 2 in self.actor_at and not (self.lower[j] == "," and self.owner_aside(j + 2)):
                nxt = self.actor_at[j + 2]  # "Bangladesh, the Philippines and Fiji"
            elif self.lower[j] in ("and", "or") and j + 2 < len(self.tokens) and mention.first > 0 \
                    and self.lower[j + 1] == self.lower[mention.first - 1] in ("to", "for") and j + 2 in self.actor_at:
                nxt = self.actor_at[j + 2]  # "to Ukraine or to Russia": the preposition said again
            elif self.lower[j] in (",",) and j + 2 < len(self.tokens) and self.lower[j + 1] == "and" \
                    and j + 2 in self.actor_at:
                nxt = self.actor_at[j + 2]
            elif self.lower[j] == "and" and j + 2 < len(self.tokens) and self.lower[j + 1] in _NEIGHBOURING \
                    and j + 2 in self.actor_at:
                nxt = self.actor_at[j + 2]  # "to Lebanon and neighbouring Syria"
            else:
                break
            if nxt.how == "demonym" and mention.how != "demonym" and not (
                    self.lower[j] == "and" and nxt.last < len(self.tokens)
                    and self.lower[nxt.last] in _SHARED_HEADS):
                # "to Russia, South Korean intelligence said": an adjective starts a new phrase; but in
                # "U.S. and South Korean officials" both modify the noun after them
                break
            verb = nxt.last
            while verb + 1 < len(self.tokens) and self.lower[verb].endswith("ly") and self.lower[verb].isalpha():
                verb += 1  # "from Brazil, and Angola mainly sells oil to Brazil"
            if len(group) == 1 and self.lower[j] == "," and mention.first > 0 \
                    and self.lower[mention.first - 1] in PREPOSITIONS \
                    and verb < len(self.tokens) and (self.lower[verb] in CLAUSE_AUX or (
                        self.lower[verb].endswith("ed") and self.lower[verb].isalpha()) or (
                        self.lower[j + 1] == "and" and (self._present_verb(verb)
                                                        or self.lower[verb] in IRREGULAR_PAST))):
                break  # "pump gas into Iran, and Iran would supply Iraq", "to Cuba, and Russia shipped oil",
                # "flour to Afghanistan, and Uzbekistan sends electricity"
            if self.lower[j] == "," and self.lower[j + 1] == "and" and self.possessive(nxt):
                break  # "shipped wheat to Haiti, and Brazil's navy escorted it": a new clause
            if len(group) == 1 and self.lower[j] == "and" and self._new_clause_at(mention, verb):
                break  # "Saudi Arabia sent oil to Pakistan and the UAE sent wheat": the UAE gives, in a clause of its own
            if self.lower[j] == "," and self._speaker_from(nxt.last):
                break  # "sent drones to Russia, Ukraine says", "to the RSF, UN monitors said": the speaker
            group.append(nxt)
            j = nxt.last
        return group

    def _new_clause_at(self, mention: Mention, verb: int) -> bool:
        """Does a finite verb at *verb* start a clause of its own after a getter *mention* named after a preposition
        in a clause whose verb came before it ("sent oil to Pakistan and the UAE sent wheat"; not "Aid to Pakistan and
        Egypt fell", where the pair is in the subject)?"""
        if mention.first < 2 or self.lower[mention.first - 1] not in ("to", "for") or verb + 1 >= len(self.tokens) \
                or self.lower[verb + 1] in (",", ".", ";", "by"):
            return False
        past = self.lower[verb] in IRREGULAR_PAST or self.lower[verb].endswith("ed") and self.lower[verb].isalpha()
        if not (past or self._present_verb(verb)):
            return False
        return any(self.lower[k] in IRREGULAR_PAST or self.lower[k].endswith("ed") and self.lower[k].isalpha()
                   and self.tokens[k].text.islower() for k in range(1, mention.first - 1))

    def _present_verb(self, at: int) -> bool:
        """Is the word at *at* a verb in the present third person ("sends", "supplies"), by its form: a
        lower-case word in -s whose lemma differs and that a noun phrase or "to" follows?"""
        word = self.lower[at]
        return word.endswith("s") and word != self.lemmas[at] and word.isalpha() and self.tokens[at].text.islower() \
            and at + 1 < len(self.tokens) and self.lower[at + 1] not in (",", ".", ";") and self.lower[at + 1] not in FINITE

    def _speaker_from(self, at: int) -> bool:
        """Does a reporting verb follow at *at*, after at most three lowercase nouns ("monitors", "intelligence
        officials") or a capitalised title and name ("Secretary of State Antony Blinken said")?"""
        k = at
        while k < min(at + 8, len(self.tokens)) and (self.tokens[k].text[:1].isupper() and self.tokens[k].text.isalpha()
                                                      or self.lower[k] == "of" and k > at):
            k += 1
        if k > at + 1 and k < len(self.tokens) and self.lower[k] in _SPEAKS:
            return True  # "to Russia, U.S. Secretary of State Antony Blinken said"
        for k in range(at, min(at + 4, len(self.tokens))):
            if self.lower[k] in _SPEAKS:
                return True
            if not (self.tokens[k].text.isalpha() and self.tokens[k].text.islower()) or self.lower[k] in CLAUSE_AUX \
                    or self.lower[k] in ("and", "or", "which", "who", "that"):
                return False
        return False

    def group_ending(self, mention: Mention) -> list[Mention]:
        """The coordinated actors that *mention* closes or belongs to, from the first of them: "Canberra and
        Wellington" for "Wellington"."""
        for m in self.actors:
            if m.last <= mention.last and mention in self.group(m):
                return self.group(m)
        return [mention]

    def chunks_before(self, index: int) -> list[tuple[int, int]]:
        """Comma-separated chunks from the clause start to *index*, nearest first."""
        start = 0
        lower, words = self.lower, self.sentence.lower_set  # (a loop whose words the sentence lacks is not run)
        j = index - 1 if not _CLAUSE_MARKS.isdisjoint(words) else -1  # (with none, the clause starts the sentence)
        while j >= 0:
            if lower[j] == ")" and (opening := self._amount_aside(j) or self._acronym_aside(j)) is not None:
                j = opening - 1  # "3.05 billion euros ($3.5 billion) be paid": a conversion, not a clause end;
                continue  # "The Development Bank of Latin America and the Caribbean (CAF) donated"
            if lower[j] in CLAUSE_END or (lower[j] == "-" and j > 0 and self.tokens[j].space_after
                                           and self.tokens[j - 1].space_after):
                start = j + 1  # a dash, or a hyphen spaced as one: "GENEVA, April 15 - Donors pledged"
                break
            j -= 1
        if not _CLAUSE_OPENERS.isdisjoint(words):
            for j in range(index - 1, start - 1, -1):
                if lower[j] not in _CLAUSE_OPENERS:
                    continue  # each test below needs one
                if lower[j] in _TIME_PREPOSITIONS and j + 1 < index and (
                        lower[j + 1] in _DETERMINERS or lower[j + 1][:1].isdigit()) \
                        and "," in lower[j + 2:j + 5] and not any(  # (not "after the presidents ... gave the signal")
                            w.endswith("ed") and w != m for w, m in zip(lower[j + 1:j + 5], self.lemmas[j + 1:j + 5])):
                    continue  # "Germany, which imported gas before the war, has since turned to": a phrase, not a clause
                if lower[j] in _COMPLEMENTIZERS and self._aside_closed(j, index) or (
                        lower[j] == "that" and j > 0 and lower[j - 1] in _BEFORE_DETERMINER):
                    continue  # "Moldova, which lost Russian supplies when Ukraine ended transit, is receiving gas";
                    # "a way around that embargo": a determiner after a preposition opens no clause
                if lower[j] in _COMPLEMENTIZERS and not (j > 0 and lower[j - 1] in _AUXILIARIES) or (
                        lower[j] in ("which", "whom") and j > 0 and (lower[j - 1] in PREPOSITIONS
                                                                     or lower[j - 1] in ("under", "through"))):
                    start = j + 1  # "when it assured the IMF that Pakistan would receive" (but "has since approved"),
                    break  # "signed a deal under which Moscow will supply Tehran"
        chunks, end = [], index
        actor_at = self.actor_at
        if "," in words:  # only commas can end a chunk: nothing else is looked at
            for j in range(index - 1, start - 1, -1):
                if lower[j] == "," and not (j - 1 in actor_at and not self._fronted_place(j - 1) and (
                        j + 1 in actor_at and not self.owner_aside(j + 1) or (
                        j + 2 < len(lower) and lower[j + 1] == "the" and j + 2 in actor_at)
                        or self._serial_comma(j))):
                    chunks.append((j + 1, end))
                    end = j
        chunks.append((start, end))
        return chunks

    def _aside_closed(self, at: int, index: int) -> bool:
        """Is the clause word at *at* inside a ", which/who ..." aside (or an ", a <noun> that ..." apposition) that a
        comma closes before *index*, the main verb following it?"""
        comma = next((c for c in range(index - 1, at, -1) if self.lower[c] == ","), None)
        if comma is None or self.lower[comma + 1] not in _AUXILIARIES and comma + 1 != index:
            return False
        return any(self.lower[k] in ("which", "who") and k > 0 and self.lower[k - 1] == ","
                   or self.lower[k] == "," and k - 1 in self.actor_at and self.lower[k + 1] in ("a", "an")
                   for k in range(max(0, at - 12), at))  # "Serbia, a candidate that has refused ..., relies on"

    def _fronted_place(self, at: int) -> bool:
        """Does the actor at *at* end a fronted place or contrast phrase ("In Brussels, Germany pledged",
        "Unlike Hungary, Slovakia still buys")?"""
        first = self.actor_at[at].first
        return first == 1 and (self.lower[0] in LOCATIVE or self.lower[0] == "unlike") or self._fronted_clause(first) \
            or self._fronted_setting(first)

    def _fronted_setting(self, first: int) -> bool:
        """Does the actor starting at *first* end a fronted setting whose place it is ("At a donors' conference
        in Brussels, Germany pledged", "During talks in Moscow, ...")? Only the place ends the phrase, with no
        other actor or comma before it."""
        return first >= 3 and self.lower[0] in _SETTING_OPENERS and self.lower[first - 1] in LOCATIVE \
            and not any(self.lower[k] == "," or k in self.actor_at for k in range(1, first - 1))

    def _fronted_clause(self, first: int) -> bool:
        """Does the actor starting at *first* end a fronted clause with a verb of its own ("Until Russia
        invaded Ukraine, Germany bought"), not a fronted list ("After Russia, China and India buy")?"""
        if first < 2 or self.lower[0] not in _FRONTED_SUBORDINATORS:
            return False
        return any(self.lower[k].isalpha() and k not in self.actor_at and self.lower[k] not in _LIST_WORDS
                   for k in range(1, first))

    def owner_aside(self, at: int) -> bool:
        """Does an aside on the actor before the comma start at *at*: ", Nepal's other large neighbour,"?"""
        mention = self.actor_at[at]
        return mention.first == at and self.possessive(mention) and mention.last + 1 < len(self.lower) \
            and self.lower[mention.last + 1] not in (",", "and") and mention.last + 1 not in self.actor_at

    def _acronym_aside(self, close: int) -> int | None:
        """The "(" of an actor's short name in brackets closed at *close* ("(CAF)"), if it is one."""
        if close >= 2 and self.lower[close - 2] == "(" and close - 1 in self.actor_at:
            return close - 2
        return None

    def _amount_aside(self, close: int) -> int | None:
        """The "(" of an amount in brackets closed at *close* ("($3.5 billion)"), if it is one."""
        opening = close - 1
        while opening >= 0 and close - opening < 6 and self.lower[opening] != "(":
            opening -= 1
        if opening < 0 or self.lower[opening] != "(" or opening + 1 == close:
            return None
        inside = self.lower[opening + 1:close]
        return opening if inside[0] in ("$", "€", "£", "¥") or inside[0][:1].isdigit() else None

    def _serial_comma(self, j: int) -> bool:
        """Is the comma at *j* the serial comma of a list of three or more actors ("UAE, China, and Saudi
        Arabia"), not a comma before a new clause ("to Ukraine, and Slovakia has sent")?"""
        if j + 2 >= len(self.lower) or self.lower[j + 1] != "and" or j + 2 not in self.actor_at:
            return False
        first = self.actor_at[j - 1].first
        return first > 1 and self.lower[first - 1] == "," and first - 2 in self.actor_at

    def companion_aside(self, first: int, last: int) -> bool:
        """Is the chunk an aside naming companions: ", along with China,", ", together with Japan,"?"""
        return tuple(self.lower[first:first + 2]) in _COMPANIONS and any(first < m.first < last for m in self.actors)

    def subject(self, index: int) -> tuple[tuple[EntityRef, ...], int | None]:
        """Actors in subject position before *index* and the token where they start; companions set off
        by commas count ("India, along with China, is among the largest buyers")."""
        if not self.actors:
            return (), None  # nobody to find: the chunks need not be read (about half the calls)
        found = self._subjects.get(index)
        if found is None:  # the rules of a stage ask for the same verb's subject two or three times over
            found = self._subjects[index] = self._subject(index)
        return found

    def _subject(self, index: int) -> tuple[tuple[EntityRef, ...], int | None]:
        chunks = self.chunks_before(index)
        companions: list[Mention] = []
        for n, (first, last) in enumerate(chunks):
            if last - first <= 2 and all(self.lower[k] in _ASIDES for k in range(first, last)):
                continue  # "Tunisia, meanwhile, rejected": an adverb set off by commas
            if n and self.companion_aside(first, last):
                companions += [m for m in self.actors if first < m.first < last]
                continue
            if n + 1 < len(chunks) and self._subject_aside(first, last, n > 0, chunks[n + 1]):
                continue
            for mention in self.actors:
                if first <= mention.first < last and not self.in_pp(mention) and not self._owner_in_object(mention, first):
                    group = [m for m in self.group(mention) if m.first < index]
                    return unique(m.entity for m in (*group, *companions)), mention.first
        return (), None

    def _owner_in_object(self, mention: Mention, first: int) -> bool:
        """Is *mention* an owner inside the object of a verb before it in its chunk ("You can't support Russia's
        war ... and receive aid": Russia is no subject)?"""
        before = self.lower[mention.first - 1] if mention.first > first else ""
        return bool(before) and self.possessive(mention) and before.isalpha() and self.tokens[mention.first - 1].text.islower() \
            and before not in _BEFORE_SUBJECT and not before.endswith("ly")

    def _subject_aside(self, first: int, last: int, apart: bool, before: tuple[int, int]) -> bool:
        """Is the chunk first..last an aside on the subject named in the chunk *before* it: "Turkey, a NATO
        member, has sent", "China, the Maldives' other creditor, has lent", and (when *apart* from the
        verb's own chunk) "France, which hosted the conference, promised", "The UAE, accused by UN experts
        of arming the RSF, pledged"?"""
        if first >= last:
            return False
        word = self.lower[first]
        if apart and (word in ("which", "who", "whose") or participle_aside(self.lower, first, last)):
            return True
        appositive = word in ("a", "an") or (
            word == "the" and first + 1 in self.actor_at and self.possessive(self.actor_at[first + 1])) or (
            first in self.actor_at and self.possessive(self.actor_at[first])
            and self.actor_at[first].last < last)  # "India, Nepal's other large neighbour, has offered"
        return appositive and any(before[0] <= m.first < before[1] and not self.in_pp(m) for m in self.actors)
        # ("Speaking in Hanoi, Laos's minister said": a place in a fronted phrase is no subject with an aside)

    def pronoun_subject(self, index: int) -> bool:
        """Is the verb at *index* governed by "they"/"it" ("they have also provided") or a noun that
        stands for a state named before ("the country now supplies")?"""
        j = index - 1
        while j >= 0 and (self.lower[j] in _AUXILIARIES or self.lower[j].endswith("ly") or self.lower[j] in _ASIDES
                          or (self.lower[j] == "to" and j > 0 and self.lemmas[j - 1] in _CONTROL_VERBS)
                          or (self.lower[j] == "," and (j > 0 and self.lower[j - 1] in _ASIDES
                                                       or self.lower[j + 1] in _ASIDES))):  # "it has, however, sold"
            j -= 2 if self.lower[j] == "to" else 1  # "it has instead sold shells", "it intends to send"
        return j >= 0 and (self.lower[j] in _PRONOUNS or (self.lower[j] in _STATE_ANAPHORS | _OWN_STATE and j > 0 and (
            (self.lower[j - 1] == "the" and self.lower[j] in _STATE_ANAPHORS and self.lower[j] != "state")  # "the state"
            # alone is the government
            or (self.lower[j - 1] in ("his", "her") and self.lower[j] in _OWN_STATE)  # "said that his government would"
            or (j == 1 and self.lower[0] in ("its", "their") and self.lower[j] in _OWN_STATE)  # "Its government has sent"
            or (j > 1 and self.lower[j - 2] == "the" and self.tokens[j - 1].text[:1].isupper()
                and self.lower[j] in _STATE_ANAPHORS and j - 1 not in self.actor_at))))  # "The Gulf state will provide"

    def state_in(self, first: int, last: int) -> list[Mention]:
        return [m for m in self.actors if first <= m.first < last]

    def actors_in(self, first: int, last: int) -> list[Mention]:
        """Actors in a span, leaving out places ("a metro in Havana" names no actor)."""
        return [m for m in self.state_in(first, last) if not (m.first > 0 and self.lower[m.first - 1] in LOCATIVE)]
