"""kg.extract.person_cues: a surname written before a known given name ("Yoon Suk Yeol", "Pham Minh Chinh") is
part of the name; a rank, an English word or a longer capitalised phrase before it is not."""

import pytest

from conftest import person_labels


@pytest.mark.parametrize("text, name", [
    ("Yoon Suk Yeol's approval rating fell in May.", "Yoon Suk Yeol"),
    ("The budget of Pham Minh Chinh's government was approved.", "Pham Minh Chinh"),
], ids=["korean", "vietnamese"])
def test_surname_before_given_name(text, name):
    assert name in person_labels(text)


@pytest.mark.parametrize("text, name", [
    ("Lieutenant Sergei Ivanov's unit crossed the river.", "Sergei Ivanov"),
    ("The plan was backed by Mr Sergei Ivanov's office.", "Sergei Ivanov"),
], ids=["rank", "honorific"])
def test_no_surname_from_a_rank_or_honorific(text, name):
    assert name in person_labels(text)
