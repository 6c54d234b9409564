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


def test_readme_query_examples_run(runner, seeded_settings):
    import shlex

    lines = [line for line in README.splitlines() if line.startswith("kg query ")]
    assert lines
    for line in lines:
        args = shlex.split(line)[1:] + ["--store", str(seeded_settings.store)]
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, (line, result.output)
