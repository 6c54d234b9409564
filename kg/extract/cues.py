"""Cue sets: the words without which a per-sentence rule provably gives nothing.

Most sentences of an article give no fact, yet every per-sentence rule used to read every sentence
token by token to find that out. A rule now declares, beside its definition, the words its own code
needs (the word or lemma it first looks for, or without which every branch returns nothing), and
the runner here checks them against the sentence's word set (:attr:`kg.model.Sentence.cue_set`,
built once per sentence) before calling the rule. A cue set is read off the rule's code, never off
the articles it happens to meet, so the rule behaves the same on any text: where no cue word is
present the rule is not called and the caller gets what the rule would have returned.

Two shapes of rule:

* :func:`needs`: ``rule(view_or_sentence, ...)`` that returns *nothing* (``None``, ``[]``, ``()``,
  ``False``) for a sentence without its cues;
* :func:`revises`: ``rule(view, frames, ...) -> frames`` that returns the frames it was given, unchanged,
  for a sentence without its cues (with ``or_frames=True``: only when it was given no frames either,
  for a rule that also works on the frames in hand).

>>> from kg.model import Sentence, Token
>>> s = Sentence(0, 0, 9, "It rained", 0, tokens=(Token(0, 2, "It", "it", True, "it"),
...                                                   Token(3, 9, "rained", "rain", False, "rained")))
>>> @needs("rain")
... def wet(sentence):
...     return [sentence.index]
>>> wet(s), wet.cues
([0], frozenset({'rain'}))
"""

from __future__ import annotations

from collections.abc import Callable
import inspect
from functools import update_wrapper, wraps
from typing import Any, TypeVar

from kg.errors import ExtractionError

F = TypeVar("F", bound=Callable[..., Any])

GUARDED: list[Callable[..., Any]] = []  # every rule behind a cue set, filled as the rule modules are imported


def _declared(cues: tuple) -> Callable[[], frozenset[str]]:
    """The cue words, or a function that gives them once the rule's module has defined them (a cue set
    named after the rule in its module: ``needs(lambda: _STOPPED)``)."""
    if len(cues) == 1 and callable(cues[0]):
        return cues[0]
    words = frozenset(cues)
    return lambda: words


def _parameters(rule: Callable[..., Any]) -> tuple[str, str, dict[str, Any]] | None:
    """The rule's parameter list and the arguments that pass them on, as source text, with the default values
    the parameter list names; None for a signature the generated guard does not copy (``*args``, ``**kwargs``,
    positional-only parameters)."""
    params: list[str] = []
    passed: list[str] = []
    defaults: dict[str, Any] = {}
    for parameter in inspect.signature(rule).parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD, parameter.POSITIONAL_ONLY):
            return None
        if parameter.kind is parameter.KEYWORD_ONLY and "*" not in params:
            params.append("*")
        name = parameter.name
        if name.startswith("_kg_"):
            return None
        if parameter.default is parameter.empty:
            params.append(name)
        else:
            defaults[f"_kg_default_{name}"] = parameter.default
            params.append(f"{name}=_kg_default_{name}")
        passed.append(name if parameter.kind is parameter.POSITIONAL_OR_KEYWORD else f"{name}={name}")
    if not passed or passed[0] != params[0]:
        return None
    return ", ".join(params), ", ".join(passed), defaults


def _guard(rule: Callable[..., Any], test: str, skip: str, names: dict[str, Any]) -> Callable[..., Any] | None:
    """A guard with the rule's own parameters (no ``*args``/``**kwargs`` to pack on each of the thousands of
    calls per article): ``if <test>: return <skip>``, else the rule. *test* and *skip* are source text over
    the first parameter(s), ``_kg_cues`` (the cue words) and *names*; None where the signature is not copied."""
    copied = _parameters(rule)
    if copied is None:
        return None
    params, passed, defaults = copied
    first = passed.split(", ")[0]
    second = passed.split(", ")[1] if ", " in passed else ""
    test, skip = test.format(first=first, second=second), skip.format(first=first, second=second)
    source = (f"def run({params}):\n"
              f"    if {test}:\n"
              f"        return {skip}\n"
              f"    return _kg_rule({passed})\n")
    namespace = {**names, **defaults, "_kg_rule": rule}
    namespace["_kg_cues"] = _Pending(namespace, names["_kg_resolve"])
    exec(compile(source, f"<guard of {rule.__qualname__}>", "exec"), namespace)  # noqa: S102
    return namespace["run"]


class _Pending:
    """The cue words of a generated guard before its first call: the rule's module may define them after the
    decorator runs (``needs(lambda: _STOPPED)``), so the first call looks them up and puts them in the guard's
    namespace in place of this object, and later calls find them there with no test of their own."""

    def __init__(self, namespace: dict[str, Any], resolve: Callable[[], frozenset[str]]):
        self.namespace, self.resolve = namespace, resolve

    def _words(self) -> frozenset[str]:
        words = self.namespace["_kg_cues"] = self.resolve()
        return words

    def isdisjoint(self, other: Any) -> bool:
        return self._words().isdisjoint(other)

    def __bool__(self) -> bool:
        return bool(self._words())


def _resolver(run_holder: list, state: list, resolve: Callable[[], frozenset[str]]) -> Callable[[], frozenset[str]]:
    def first_call() -> frozenset[str]:
        state[0] = run_holder[0].cues = frozenset(resolve())
        return state[0]

    return first_call


def needs(*cues: Any, nothing: Any = None) -> Callable[[F], F]:
    """Call the rule only for a sentence that holds one of *cues* (as a word or a lemma, in lower case);
    otherwise return *nothing* (a fresh empty list when *nothing* is a list)."""
    resolve = _declared(cues)
    fresh = isinstance(nothing, list)

    def decorate(rule: F) -> F:
        holder: list = [None]
        state: list = [None]
        names = {"_kg_state": state, "_kg_resolve": _resolver(holder, state, resolve), "_kg_nothing": nothing}
        # the word set of the rule's sentence, from its first argument (a SentenceView or a Sentence)
        run = _guard(rule, "_kg_cues.isdisjoint(getattr({first}, 'sentence', {first}).cue_set)",
                     "[]" if fresh else "_kg_nothing", names)
        if run is None:
            @wraps(rule)
            def run(first, *args, **kwargs):
                cues = state[0] if state[0] is not None else names["_kg_resolve"]()
                if cues.isdisjoint(getattr(first, "sentence", first).cue_set):
                    return [] if fresh else nothing
                return rule(first, *args, **kwargs)
        else:
            update_wrapper(run, rule)
        holder[0] = run
        run.resolve = resolve  # type: ignore[attr-defined]
        GUARDED.append(run)
        return run  # type: ignore[return-value]

    return decorate


def revises(*cues: Any, frames: str = "ignored") -> Callable[[F], F]:
    """Call the frame reviser ``rule(view, frames, ...)`` only when its code can change the frames, and
    otherwise return a copy of them. *frames* says what the rule needs besides a cue word: ``"ignored"``,
    a cue word alone; ``"or"``, a cue word or some frames (it also revises the frames in hand);
    ``"needed"``, some frames, and a cue word when cues are declared (it only revises frames)."""
    if frames not in ("ignored", "or", "needed"):
        raise ExtractionError(f"frames must be 'ignored', 'or' or 'needed', not {frames!r}")
    resolve = _declared(cues)
    either, needed = frames == "or", frames == "needed"
    if needed:
        test = "not {second} or (_kg_cues and _kg_cues.isdisjoint({first}.sentence.cue_set))"
    elif either:
        test = "not {second} and _kg_cues.isdisjoint({first}.sentence.cue_set)"
    else:
        test = "_kg_cues.isdisjoint({first}.sentence.cue_set)"

    def decorate(rule: F) -> F:
        holder: list = [None]
        state: list = [None]
        names = {"_kg_state": state, "_kg_resolve": _resolver(holder, state, resolve)}
        run = _guard(rule, test, "list({second})", names)
        if run is None or len(inspect.signature(rule).parameters) < 2:
            @wraps(rule)
            def run(view, given, *args, **kwargs):
                declared = state[0] if state[0] is not None else names["_kg_resolve"]()
                if needed:
                    if not given or (declared and declared.isdisjoint(view.sentence.cue_set)):
                        return list(given)
                elif (not either or not given) and declared.isdisjoint(view.sentence.cue_set):
                    return list(given)
                return rule(view, given, *args, **kwargs)
        else:
            update_wrapper(run, rule)
        holder[0] = run
        run.resolve = resolve  # type: ignore[attr-defined]
        run.frames_mode = frames  # type: ignore[attr-defined]
        GUARDED.append(run)
        return run  # type: ignore[return-value]

    return decorate


def adding_cues(*revisers: Callable[..., Any]) -> frozenset[str]:
    """The cue words of those *revisers* that can add frames where they are given none (declared with
    :func:`revises` in mode ``"ignored"`` or ``"or"``). A chain of revisers whose other members only revise the
    frames in hand gives no frames, when given none, for a sentence without any of these words: its caller
    can pass the sentence over without calling each reviser in turn."""
    words: set[str] = set()
    for rule in revisers:
        mode = getattr(rule, "frames_mode", None)
        if mode is None:
            raise ExtractionError(f"{rule.__name__} adds frames but declares no cue words: decorate it with @revises")
        if mode != "needed":
            words |= rule.resolve()
    return frozenset(words)


def all_cues() -> frozenset[str]:
    """Every cue word of every guarded rule: a sentence holding all of them passes every guard."""
    return frozenset(word for run in GUARDED for word in run.resolve())
