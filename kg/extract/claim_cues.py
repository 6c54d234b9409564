"""Cues around a speech verb: who speaks in a relative clause, unnamed groups that speak, and objects that
make no statement."""

from __future__ import annotations

from kg.extract.claim_appeals import unframed_appeal
from kg.extract.claim_body_names import body_name_before
from kg.extract.claim_outlets import state_inside
from kg.extract.claim_reported_commitment import attributed_after
from kg.extract.claim_time_openers import after_time_opening
from kg.extract.claim_phone_call import phone_call
from kg.extract.claim_recall import recalled_envoy
from kg.extract.claim_adjectival import adjectival
from kg.extract.claim_responded import response_act
from kg.extract.claim_welcomed_guest import welcomed_guest
from kg.extract.claim_acronyms import acronym_name, hyphen_tail
from kg.extract.claim_source_pp import source_in_pp
from kg.extract.claim_territory import territorial
from kg.extract.claim_particle import missing_particle
from kg.extract.claim_naming import habitual_name
from kg.extract.claim_qualified_group import group_speaker, in_qualifier, qualified_group  # the first two: claims

from kg.extract.gazetteer import slug
from kg.extract.view import BE_FORMS, PREPOSITIONS, SentenceView
from kg.extract.claim_passive_pair import passive_by
from kg.model import EntityRef, Mention

_OFFER_OBJECTS = frozenset("offer offers proposal proposals request requests aid loan loans package deal plan plans "
                           "bid invitation demand demands assistance grant appeal".split())


def offer_object(view: SentenceView, j: int) -> bool:
    """Is the object of the verb at *j* an offer, a request or aid ("rejected an EU offer of ...")?"""
    for k in range(j + 1, min(j + 5, len(view.tokens))):
        if view.lower[k] in _OFFER_OBJECTS:
            return True
        if view.lower[k] in ("that", ",", ".", "claims", "claim", "reports", "report", "allegations", "accusations"):
            return False
    return False


def _relative_pronoun(view: SentenceView, j: int) -> int | None:
    """Where ", which/who (reportedly)" stands before the verb at *j*, or None."""
    k = j - 1
    while k > 0 and view.lower[k].endswith("ly") and view.lower[k] not in ("only",):
        k -= 1
    if k < 2 or view.lower[k] not in ("which", "who") or view.lower[k - 1] != ",":
        return None
    return k


def relative_speaker(view: SentenceView, j: int) -> Mention | None:
    """The actor before ", which/who (reportedly) <said>": the speaker of a relative clause."""
    k = _relative_pronoun(view, j)
    if k is None:
        return None
    mention = view.actor_at.get(k - 2)
    if mention is None:
        mention = _before_title(view, k - 1)  # "Jake Sullivan, the US national security adviser, who said"
    elif mention.last != k - 1:
        return None
    if mention is None or view.possessive(mention):
        return None
    if view.in_pp(mention) and not (mention.first > 0 and view.lower[mention.first - 1] == "by") \
            and not source_in_pp(view, mention):  # "a loan from the IMF, which said ..." speaks
        return None  # "was criticised by Germany, which said ...": the agent speaks; "aid to Cuba, which" not
    return mention


def _before_title(view: SentenceView, comma: int) -> Mention | None:
    """The person before an appositive title that ends at the comma *comma* ("X, the US envoy, who ...")."""
    opening = next((x for x in range(comma - 1, max(0, comma - 10), -1) if view.lower[x] == ","), None)
    if opening is None or view.lower[opening + 1] not in ("the", "a", "an") or opening + 1 in view.actor_at:
        return None
    mention = view.actor_at.get(opening - 1)
    return mention if mention is not None and mention.entity.kind == "person" and mention.last == opening else None


GROUP_SPEAKERS = frozenset("critics experts analysts observers economists activists witnesses residents officials diplomats "
                           "commentators scholars researchers media traders dealers bankers scientists outlets "
                           "agencies groups lawmakers legislators politicians protesters opponents investors monitors "
                           "inspectors investigators negotiators mediators donors campaigners prosecutors doctors "
                           "medics supporters police sources rebels separatists militants insurgents governments leaders "
                           "commanders television tv radio newspapers papers reports opposition".split())  # "state television reported"
_NOT_MODIFIERS = frozenset("the a an and or but of in on at to for with by from that which who as some many most "
                           "several other few all both these those this its their his her our also have has had "
                           "while when after before".split())


_NOT_GROUP_MODIFIERS = _NOT_MODIFIERS | {"citing", "quoting", "according"}


def group(view: SentenceView, j: int) -> EntityRef:
    """A group of unnamed people speaking, named as written with the words that say which group ("critics",
    "climate scientists", "local outlets", "American farmers"): one claimant."""
    first = j
    while first > 0 and j - first < 3 and view.tokens[first - 1].text.isalpha() \
            and view.lower[first - 1] not in _NOT_GROUP_MODIFIERS:
        first -= 1
        if first >= 2 and view.tokens[first - 1].text == "-" and view.tokens[first - 1].start == \
                view.tokens[first - 2].end and view.tokens[first - 2].text.isalpha():
            first -= 2  # "Tuareg-led separatists": a hyphenated modifier is one word
    words = [view.tokens[k].text if (k > 0 or k in view.actor_at) else view.lower[k] for k in range(first, j + 1)]
    name = "".join(w + (" " if view.tokens[k].space_after and k < j else "") for k, w in zip(range(first, j + 1), words))
    return EntityRef("group", slug(name), name)


def located_group(view: SentenceView, j: int, verb: int) -> bool:
    """"Critics in Chile argue", "analysts in Beijing said": a group at *j* placed in a state right
    before the verb at *verb* (the place says where the group is, not who speaks)."""
    k = j + 1
    if qualified_group(view, j, verb):
        return True  # "critics of the government say", "analysts at Capital Economics said"
    if k + 1 >= verb or view.lower[k] not in ("in", "from"):
        return False
    if k + 1 in view.actor_at:
        k = view.actor_at[k + 1].last
    else:  # "critics in Lagos said": a city no gazetteer lists as a state
        k += 1
        while k < verb and k - j <= 4 and view.tokens[k].text[:1].isupper() and view.tokens[k].text.isalpha():
            k += 1
    while k < verb and view.lower[k] in ("have", "also", "had"):
        k += 1
    return k == verb


def passive_before(view: SentenceView, j: int) -> bool:
    """"is often described as", "was reported": a passive speech verb names no speaker."""
    k = j - 1
    while k >= 0 and (view.lower[k].endswith("ly") or view.lower[k] == "first"):
        k -= 1  # "was first alleged"
    return k >= 0 and view.lower[k] in BE_FORMS and not view.lower[j].endswith("ing")  # "has been urging" is active


def no_statement(view: SentenceView, j: int) -> bool:
    """A speech verb that makes no statement here: a passive one ("was reported"), a negated one ("did not
    say") or one whose object is an amount ("Norway added $45 million": a pledge, not words)."""
    return passive_before(view, j) or (view.lower[j] in ("added", "adds") and view.amount_at(j + 1)) \
        or negated(view, j) or declared_act(view, j) or territorial(view, j) or recalled_envoy(view, j) \
        or phone_call(view, j) or adjectival(view, j) \
        or response_act(view, j) or welcomed_guest(view, j) or missing_particle(view, j) or habitual_name(view, j) \
        or unframed_appeal(view, j)  # "appealed the ruling", "pressed ahead"


_DECLARED_ACTS = frozenset("emergency emergencies war independence mourning bankruptcy default curfew martial "
                           "ceasefire truce holiday disaster moratorium".split())  # "declared a moratorium on debt payments"


def declared_act(view: SentenceView, j: int) -> bool:
    """"declared a state of emergency", "declared war on ...", "declared a national day of mourning": an act
    done by declaring, not a statement about anyone."""
    return view.lower[j] in ("declared", "declares", "declare") and any(
        view.lower[k] in _DECLARED_ACTS for k in range(j + 1, min(j + 9, len(view.tokens))))  # "a 30-day economic emergency"


_NEGATIONS = frozenset("not never nor n't neither".split())
_UNDENIED = frozenset("denied deny denies confirmed confirm confirms".split())
_BEFORE_VERB = frozenset("yet immediately publicly officially directly outright so far".split())


def negated(view: SentenceView, j: int) -> bool:
    """"did not say how much", "has not confirmed", "neither confirmed nor denied": a speech verb under a
    negation says nothing (gold rule C1 needs a statement)."""
    k = j - 1
    while k > 0 and (view.lower[k] in _BEFORE_VERB or view.lower[k].endswith("ly")):
        k -= 1
    if k >= 0 and view.lower[k] in ("nor", "neither"):
        return True  # "neither confirmed nor denied"
    return k >= 0 and view.lower[k] in _NEGATIONS and view.lower[j] in _UNDENIED  # "has not denied the report"


def titled_in_pp(view: SentenceView, mention: Mention) -> bool:
    """A person after a preposition, also across the title ("with Thai Foreign Minister Don Pramudwinai"):
    named in passing, not the "he" or "the minister" of the next sentence. The agent of a passive ("was
    received by Yassin") is the one who acted, and stays."""
    i = mention.first - 1
    if i > 0 and view.lower[i] == "," and not _person_at(view, i - 1) and view.lower[mention.last:mention.last + 1] == (",",):
        return False  # "the U.N. envoy for Yemen, Hans Grundberg, said": an appositive, not the preposition's object
    while i >= 0 and (view.lower[i] in ("the", ",") or i in view.actor_at or view.tokens[i].text[:1].isupper() or (
            view.lower[i] == "of" and 0 < i < mention.first - 1 and view.tokens[i - 1].text[:1].isupper())):
        # "Secretary of State Marco Rubio", "Minister of Foreign Affairs X": a title, not a preposition's object
        i -= 1
    return i >= 0 and view.lower[i] in PREPOSITIONS and view.lower[i] not in ("between", "by")


def _person_at(view: SentenceView, k: int) -> bool:
    """Does token *k* end a person's name ("met with Xi, Putin and Modi": a list, not an appositive)?"""
    return any(m.first <= k < m.last and m.entity.kind == "person" for m in view.actors)


def in_name(mention: Mention, speaker: EntityRef) -> bool:
    """"Qatar" in "the Qatar Fund for Development said": a word of the speaker's own name."""
    return speaker.kind == "organisation" and mention.text in speaker.label.split()


_OPENERS = frozenset("this that these those it he she they we the a an officials sources critics".split())


def bare_source(view: SentenceView, at: int) -> bool:
    """"Politico reported ...", "Bloomberg had earlier cited ...": a single name opening the sentence right
    before a reporting verb is an outlet (not "Officials reported": a plural noun has another lemma)."""
    token = view.tokens[at]
    k = at + 1
    while k < len(view.tokens) and view.lower[k] in ("has", "had", "have", "also", "earlier", "previously", "first"):
        k += 1
    return k < len(view.tokens) and view.lower[k] in ("reported", "reports", "cited", "cites", "quoted", "wrote") \
        and token.lemma.lower() == token.lower and token.lower not in _OPENERS and token.lower not in GROUP_SPEAKERS


def co_speakers(view: SentenceView, speaker: EntityRef, first: int, last: int) -> list[EntityRef]:
    """The others of a coordinated speaker ("Both Moscow and Pyongyang have denied ..."): each says it too.
    *first*, *last* bound what was said; actors named inside it are what it is about, not speakers."""
    for start in view.actors:
        group = view.group(start)
        if any(m.entity == speaker and not first <= m.first < last for m in group) and len(group) > 1:
            if (view.in_pp(group[0]) and not passive_by(view, group[0].first)) or view.possessive(group[-1]) \
                    or any(first <= m.first < last for m in group) \
                    or _owned_in_pp(view, group[0]):
                return []
            return [m.entity for m in group if m.entity != speaker and not _titles_someone(view, m)
                    and view.lower[m.last:m.last + 2] != ("-", "based")]  # "X, the Tripoli-based premier": a seat
    return []


def _owned_in_pp(view: SentenceView, mention: Mention) -> bool:
    """"The chief of Brazil's Petrobras, Magda Chambriard, said": a body owned by an actor in a prepositional
    phrase is that phrase's object too, and the name after it is its chief in apposition, not a co-speaker."""
    k = mention.first - 1
    return k > 0 and view.lower[k] in ("'s", "’s") and k - 1 in view.actor_at and view.in_pp(view.actor_at[k - 1])


_TITLE_HEADS = frozenset("spokesman spokeswoman spokesperson minister envoy ambassador official adviser advisor "
                         "secretary president chief director commander".split())


def _titles_someone(view: SentenceView, mention: Mention) -> bool:
    """"John Kirby, the White House National Security Council spokesman, told ...": an actor that only
    qualifies the title of an appositive (capitalised words or a title follow it) is no co-speaker."""
    k = mention.last
    return k < len(view.tokens) and (view.tokens[k].text[:1].isupper() and k not in view.actor_at
                                     or view.lower[k] in _TITLE_HEADS)


def assertion_rejected(view: SentenceView, j: int, nouns: frozenset[str], verbs: dict[str, str]) -> bool:
    """"a claim (that) Moscow (has) rejected", "an allegation Beijing denies" from token *j*: a rejection
    set off after what it rejects."""
    if view.lower[j] not in ("a", "an") or j + 1 >= len(view.tokens) or view.lower[j + 1] not in nouns:
        return False
    return any(w in verbs for w in view.lower[j + 2:j + 12])  # "an accusation that U.N. experts have described as credible"


def refers_back(text: str, nouns: frozenset[str]) -> bool:
    """"the accusation", "these claims": a statement that names an assertion made before."""
    words = text.lower().split()
    return any(a in ("the", "these", "those", "such", "this", "that") and b.strip(".,") in nouns
               for a, b in zip(words, words[1:]))


def descriptive(view: SentenceView, speaker: EntityRef, media_nouns: frozenset[str]) -> set[int]:
    """Tokens that describe the speaker or the outlet spoken to, not what was said: the title before
    the speaker's name ("Nigerian President Bola Tinubu said", "UN Secretary-General Guterres") and a
    demonym naming an outlet ("told the French channel LCI")."""
    aside: set[int] = set()
    for mention in view.actors:
        if mention.entity == speaker and speaker.kind == "person":
            j = mention.first - 1
            while j >= 0 and mention.first - j <= 5 and (view.tokens[j].text[:1].isupper() or view.lower[j] in (
                    "'s", "’s", "-", ".")) and view.lower[j] not in ('"', "“"):
                aside.add(j)
                j -= 1
        if (mention.how == "demonym" or (mention.entity.kind == "state" and mention.first > 0
                                         and view.lower[mention.first - 1] == "the")) \
                and mention.last < len(view.tokens) and view.lower[mention.last] in media_nouns:
            aside.add(mention.first)
    return aside


def trailing_attribution(view: SentenceView, j: int, n: int, verbs: dict[str, str]) -> bool:
    """Is the rest of the sentence from *j* a short attribution of its own ("the minister said (on Monday).")?"""
    end = next((k for k in range(j, n - 1) if view.lower[k] == "," and view.lower[k + 1].endswith("ing")), n)
    rest = [w for w in view.lower[j:end] if w not in (".", '"', "”")]  # "..., the minister said, adding ..."
    return 2 <= len(rest) <= 10 and "," not in rest and any(w in verbs for w in rest[1:6]) \
        and (j in view.actor_at or view.lower[j] == "the" or view.tokens[j].text[:1].isupper())


_NAME_LINKS = frozenset("de da do di du del della des dos".split())


_ARABIC_ARTICLES = frozenset("al el an ad ar as ash at az".split())


def arabic_article(view: SentenceView, j: int) -> bool:
    """Does a lower-case Arabic article at *j* open a name, glued by a hyphen to a capitalised word ("al-Watan")?"""
    tokens = view.tokens
    return view.lower[j] in _ARABIC_ARTICLES and j + 2 < len(tokens) and tokens[j + 1].text == "-" \
        and tokens[j].end == tokens[j + 1].start and tokens[j + 1].end == tokens[j + 2].start \
        and tokens[j + 2].text[:1].isupper()


def source_name(view: SentenceView, first: int, step: int) -> tuple[EntityRef, int, int] | None:
    """A capitalised name the gazetteers do not know ("The Washington Post", "Jiji Press"), read
    forwards (step 1) or backwards (step -1) from token *first*: an outlet or agency as a source."""
    if step == -1 and (body := body_name_before(view, first)) is not None:
        return body  # "the Office of Civil Defense said"
    j, words = first, []
    while 0 <= j < len(view.tokens) and len(words) < 6:
        text = view.tokens[j].text
        past = state_inside(view, j, words) if step == 1 else None
        if past is not None:  # "Radio New Zealand", "Radio Television of Serbia"
            words.extend(range(j, past))
            j = past
            continue
        if text[:1].isupper() and (text.replace(".", "").replace("-", "").isalnum()) and j not in view.actor_at:
            words.append(j)
        elif step == 1 and not words and arabic_article(view, j):
            words.append(j)  # "al-Watan", "Al-Ahram": the article glued to the name by a hyphen
        elif step == -1 and words and j > 0 and text == "-" and arabic_article(view, j - 1):
            words.extend((j, j - 1))  # "..., al-Watan reported", read backwards
            break
        elif text.lower() in ("of", "the", "&") and words and step == 1:
            words.append(j)
        elif step == -1 and words and hyphen_tail(view, j):
            words.append(j)  # "Defense Security Co-operation Agency": a lower-case piece after a hyphen
        elif text in _NAME_LINKS and words and step == 1 and j + 1 < len(view.tokens) \
                and view.tokens[j + 1].text[:1].isupper():
            words.append(j)  # "Folha de S.Paulo", "Corriere della Sera"
        elif text == "-" and words and 0 < j < len(view.tokens) - 1 and view.tokens[j - 1].end == view.tokens[j].start \
                and view.tokens[j].end == view.tokens[j + 1].start and view.tokens[j + step].text[:1].isupper():
            words.append(j)  # "Al-Qahera News": a hyphen inside the name
        else:
            break
        j += step
    while words and view.lower[words[-1]] in ("of", "the", "&"):
        words.pop()
    if not words:
        return None
    lo, hi = min(words), max(words) + 1
    while hi - lo > 1 and view.lower[lo] in ("a", "an"):
        lo += 1  # "An AFP reporter said": the article opening the sentence is no part of the name
    if step == -1 and lo == 0:
        lo = after_time_opening(view, lo, hi)  # "On Monday Reuters reported": the time is no part of the name
    if lo > 0 and view.lower[lo - 1] == "the":
        lo -= 1
    if hi - lo == 1 and lo == 0 and not (bare_source(view, lo) or acronym_name(view, lo)):
        return None  # a single capitalised word opening the sentence is not evidence of a name
    sentence = view.sentence
    name = sentence.text[view.tokens[lo].start - sentence.start:view.tokens[hi - 1].end - sentence.start]
    return EntityRef("organisation", slug(name), name), lo, hi


_MODALS = frozenset("will would shall 'll could can must".split())
_NOT_VERBS = frozenset("the a an this that these those its his her their our".split())


def commitment_frame(view: SentenceView, j: int) -> bool:
    """Does a verb of commitment at *j* introduce a statement: a clause ("vowed (that) the country would",
    "assured the IMF that ...") or an infinitive ("promised to raise deliveries")? A bare object ("pledged
    $2bn to Kenya") is a flow, not a statement."""
    n = len(view.tokens)
    if attributed_after(view, j):
        return False  # "... have promised to lend ..., the ministry said": the ministry's statement
    if j + 2 < n and view.lower[j + 1] in ('"', "“"):
        return True  # "promised \"immediate\" help": the promise is quoted words
    if j + 2 < n and view.lower[j + 1] == "to":
        after = view.tokens[j + 2].text
        return after.isalpha() and after.islower() and after not in _NOT_VERBS and j + 2 not in view.actor_at
    for k in range(j + 1, min(j + 7, n)):
        word = view.lower[k]
        if word == "that" or (word in _MODALS and k > j + 1):
            return True
        if word in (",", ".", ";", "which", "who", "to", "for") or any(ch.isdigit() for ch in word) \
                or word.startswith(("$", "€", "£")):
            return False
    return False


def relative_group(view: SentenceView, j: int) -> EntityRef | None:
    """An unnamed group before ", which/who said" ("criticism from rights groups, which said ..."), or None."""
    k = _relative_pronoun(view, j)
    if k is None or k - 2 in view.actor_at:
        return None
    if view.lower[k - 2] not in GROUP_SPEAKERS:  # "published by The Washington Post, which said ...": a source's name
        found = source_name(view, k - 2, -1) if view.tokens[k - 2].text[:1].isupper() else None
        return found[0] if found is not None and found[1] > 0 and view.lower[found[1] - 1] == "by" else None
    return group(view, k - 2)


# speech words that are no speech verb in some frames (read by claims._with_verb)
NOUNS_OF = frozenset("states claims reports notes calls terms estimates demands protests".split())  # "states of"
ANNOUNCED = frozenset("announced disclosed confirmed reported".split())  # "The package was first announced by the State
# Department", "The deal had first been reported by Reuters in April"
YET_TO_SPEAK = frozenset("expected due set going likely scheduled plans planned intends wants hopes".split())
# "so-called", "a resolution that condemned"; after a determiner the word is an adjective or a noun
# ("Iran's alleged supply", "the claims")
NOT_A_VERB_AFTER = frozenset(["so", "-", "that", "which", "who", "'s", "’s", "the", "a", "an", "its", "his", "her",
                              "their", "these", "those", "such"])
