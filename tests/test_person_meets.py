"""kg.extract.person_meets: persons named bare as the subject or object of a meeting verb."""

import pytest

from conftest import person_labels


@pytest.mark.parametrize("text, names", [
    ("Shavkat Mirziyoyev met Sadyr Japarov in Tashkent.", {"Shavkat Mirziyoyev", "Sadyr Japarov"}),
    ("Wang Yi will meet Penny Wong in Canberra next week.", {"Wang Yi", "Penny Wong"}),
    ("Li Qiang on Monday hosted Anwar Ibrahim in Beijing.", {"Li Qiang", "Anwar Ibrahim"}),
    ("Kim Jong Un received Sergei Shoigu in Pyongyang.", {"Kim Jong Un", "Sergei Shoigu"}),
    ("Bola Tinubu spoke by phone with Nana Akufo-Addo.", {"Bola Tinubu", "Nana Akufo-Addo"}),
    ("Abiy Ahmed travelled to Nairobi, where he met William Ruto.", {"Abiy Ahmed", "William Ruto"}),
    ("Vladimir Putin spoke on Tuesday with Colonel Assimi Goita.", {"Vladimir Putin", "Assimi Goita"}),
], ids=["met", "will-meet", "day-between", "surname-first", "phone-with", "travelled-to", "rank-dropped"])
def test_bare_names_around_meeting_verbs(text, names):
    assert names <= person_labels(text)


@pytest.mark.parametrize("text, name", [
    ("Lockheed Martin received an order from Poland.", "Lockheed Martin"),
    ("Goldman Sachs hosted a conference in London.", "Goldman Sachs"),
    ("Camp David hosted the talks in 1978.", "Camp David"),
    ("Ukraine received Storm Shadow missiles from Britain.", "Storm Shadow"),
    ("Doctors Without Borders received patients overnight.", "Doctors Without Borders"),
    ("Huawei Technologies met its sales target.", "Huawei Technologies"),
], ids=["company-order", "company-conference", "place-talks", "weapon-object", "charity", "company-target"])
def test_no_person_without_someone_met(text, name):
    assert name not in person_labels(text)


@pytest.mark.parametrize("text, names", [
    ("Vucic met Orban in Belgrade.", {"Vucic", "Orban"}),
    ("Zelensky met with Keir Starmer in London.", {"Zelensky", "Keir Starmer"}),
    ("Netanyahu spoke with Trump by phone.", {"Netanyahu", "Trump"}),
], ids=["both-lone", "lone-and-full", "lone-by-phone"])
def test_lone_names_meeting_a_person(text, names):
    assert names <= person_labels(text)


@pytest.mark.parametrize("text, name", [
    ("Bloomberg spoke with Lavrov about the sanctions.", "Bloomberg"),
    ("Gaza received Guterres on Friday.", "Gaza"),
    ("Lawmakers met Blinken in Washington.", "Lawmakers"),
    ("Hamas met Fatah in Cairo.", "Fatah"),
], ids=["outlet-spoke", "town", "english-word", "other-side-a-body"])
def test_no_lone_name_without_a_person_met(text, name):
    assert name not in person_labels(text)


@pytest.mark.parametrize("text, names", [
    ("Kassym-Jomart Tokayev thanked Xi Jinping for the support.", {"Kassym-Jomart Tokayev", "Xi Jinping"}),
    ("Shavkat Mirziyoyev congratulated Masoud Pezeshkian on his election.", {"Shavkat Mirziyoyev", "Masoud Pezeshkian"}),
    ("William Ruto called on Abiy Ahmed to respect the border.", {"William Ruto", "Abiy Ahmed"}),
], ids=["thanked", "congratulated", "called-on"])
def test_bare_names_around_verbs_addressed_to_a_person(text, names):
    assert names <= person_labels(text)


def test_the_one_told_may_be_an_outlet():
    assert "Nikkei Asia" not in person_labels("Two diplomats told Nikkei Asia that the loan would be renewed.")


def test_lone_name_met_by_a_titled_person():
    assert "Zelensky" in person_labels("Turkish President Recep Tayyip Erdogan hosted Zelensky in Istanbul.")
    assert "Reuters" not in person_labels("Foreign Minister Sergei Lavrov told Reuters that the talks had stalled.")
    assert "Reuters" not in person_labels("Foreign Minister Sergei Lavrov spoke with Reuters on Monday.")


def test_the_one_visited_is_a_place():
    assert "Izium" not in person_labels("Zelensky visited Izium on Friday.")
    assert "Acapulco" not in person_labels("Mexican President Andres Manuel Lopez Obrador visited Acapulco on Friday.")


def test_two_letter_syllable_is_a_lone_name():
    assert {"Putin", "Xi"} <= person_labels("Putin met Xi in Beijing.")
    assert not person_labels("Putin met No one.")
