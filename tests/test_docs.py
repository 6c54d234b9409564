"""The README is the manual: every command, canned query and setting appears in it."""

from __future__ import annotations

from kg.cli import cli
from kg.queries import load_queries
from kg.settings import PROJECT_ROOT, SETTINGS

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented_and_has_help():
    for name, command in cli.commands.items():
        assert f"`kg {name}" in README, name
        assert command.help, name


def test_every_canned_query_is_documented_with_a_title_and_description():
    for name, query in load_queries(PROJECT_ROOT / "queries").items():
        assert f"`{name}`" in README, name
        assert query.title and query.description, name
        for param in query.params:
            assert f"`{param.name}`" in README, (name, param.name)


def test_every_setting_is_documented():
    for setting in SETTINGS:
        assert f"`{setting.name}`" in README and f"`{setting.env_var}`" in README, setting.name


def test_the_two_quick_start_commands_exist():
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    assert "make run" in README and "make test" in README
    assert "\nrun:" in makefile and "\ntest:" in makefile
    assert "make test" in (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")


RUNNABLE = ("query", "queries", "sparql", "export", "stats", "check")


def readme_examples(commands=RUNNABLE) -> list[str]:
    """The README's example lines (``kg <command> ...`` inside fenced sh blocks) for *commands*."""
    lines, in_sh = [], False
    for line in README.splitlines():
        if line.startswith("```"):
            in_sh = line.strip() == "```sh"
            continue
        if in_sh and line.startswith("kg ") and line.split()[1] in commands:
            lines.append(line)
    return lines


def test_every_command_and_canned_query_has_a_readme_example():
    examples = [line.split() for line in README.splitlines() if line.startswith("kg ")]
    assert {words[1] for words in examples} >= set(cli.commands) - {"serve", "link", "enrich"}
    queried = {words[2] for words in examples if words[1] == "query"}
    assert queried == set(load_queries(PROJECT_ROOT / "queries"))


def test_readme_examples_run(runner, seeded_settings, tmp_path, monkeypatch):
    import shlex

    monkeypatch.chdir(tmp_path)
    lines = readme_examples()
    assert len(lines) > 20
    for line in lines:
        args = [arg.replace("/tmp/", f"{tmp_path}/") for arg in shlex.split(line)[1:]]
        takes_store = any(p.name == "store" for p in cli.commands[args[0]].params)
        result = runner.invoke(cli, args + (["--store", str(seeded_settings.store)] if takes_store else []))
        assert result.exit_code == 0, (line, result.output)
        assert result.output.strip() or "--output" in args, line
