"""kg.extract.name_spans: a romanised given name's lower-case second syllable joins the name even when it is
also an English word, after a short syllable that follows a surname written first; compounds such as "US-led"
or "Hamas-run" stay apart."""

import pytest

from conftest import person_labels


@pytest.mark.parametrize("text, name", [
    ("Ban Ki-moon said the talks had failed.", "Ban Ki-moon"),
    ("Park Jin-young told reporters the aid would go ahead.", "Park Jin-young"),
    ("Moon Jae-in met Xi Jinping in Beijing.", "Moon Jae-in"),
    ("Kim Jong-un met Vladimir Putin.", "Kim Jong-un"),
], ids=["moon", "young", "in", "un"])
def test_second_syllable_joins(text, name):
    assert name in person_labels(text)


def test_no_name_from_compounds():
    assert not person_labels("The US-led coalition struck Hamas-run sites on Monday.")
    assert "Putin-era" not in person_labels("The Putin-era rules were lifted, the ministry said.")  # "Putin" alone is
