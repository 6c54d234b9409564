"""kg.extract.person_roles: persons named bare beside a lower-case role noun; and kg.extract.persons._patronym:
a father's name inside his son's (Arabic nasab) is another person."""

import pytest

from conftest import person_labels

from kg.extract import extract
from kg.extract.persons import _patronym
from kg.model import OfficeHolding, SourceDocument


@pytest.mark.parametrize("text, name", [
    ("The deal was signed by Tan Weiming, chairman of the state shipping group.", "Tan Weiming"),
    ("Anatoly Petrenko, the head of the state arms exporter, visited Cairo.", "Anatoly Petrenko"),
    ("The complaint was filed with Suharto Wiranata, a former Indonesian prosecutor.", "Suharto Wiranata"),
    ("Hikmat Rahimov, who advises the president, met the envoy.", "Hikmat Rahimov"),
    ("Gazprom chief executive Alexey Miller signed the contract.", "Alexey Miller"),
    ("Army chief Asim Munir travelled to Washington.", "Asim Munir"),
    ("Principal Secretary Chris Kiptoo, who witnessed the signing, left.", "Chris Kiptoo"),
    ("Pakistan's army chief, Asim Munir, met the envoy.", "Asim Munir"),
    ("The deal was signed by Behrouz Kamalvandi, Iran's deputy oil minister.", "Behrouz Kamalvandi"),
    ("Islam Karimov, Mirziyoyev's predecessor, refused to meet him.", "Islam Karimov"),
    ("Chinese leader Xi Jinping arrived in Astana on Tuesday.", "Xi Jinping"),
    ("The talks followed a visit by Xue Bing, whom Beijing has named its envoy.", "Xue Bing"),
    ("The junta leader, Assimi Goita, received the delegation.", "Assimi Goita"),
], ids=["role-of", "the-head-of", "a-former", "who", "chief-executive", "army-chief", "title-trimmed", "role-comma",
        "state-possessive", "predecessor", "leader", "whom", "leader-comma"])
def test_role_beside_name(text, name):
    assert name in person_labels(text)


@pytest.mark.parametrize("text, name", [
    ("Bharat Forge, a defence firm whose chairman met the minister, won the contract.", "Bharat Forge"),
    ("Goldman Sachs, the investment bank, advised the government.", "Goldman Sachs"),
    ("Rio Tinto, the mining group, signed the deal.", "Rio Tinto"),
    ("Principal Secretary Kiptoo, who witnessed the signing, left.", "Principal Secretary Kiptoo"),
    ("He was met by Defence Minister Edmundo Novillo and Vice Foreign Minister Elmer Catarina.", "Vice"),
], ids=["firm-whose-chairman", "firm-the-bank", "firm-the-group", "title-and-surname", "vice-before-title"])
def test_no_person_without_a_role_head(text, name):
    assert name not in person_labels(text)


def test_patronym():
    assert _patronym("Sheikh Mohamed bin Zayed Al Nahyan", "Sheikh Theyab bin Mohamed bin Zayed Al Nahyan")
    assert _patronym("Hamad bin Khalifa", "Tamim bin Hamad bin Khalifa Al Thani")
    assert not _patronym("Mohammed bin Salman", "Crown Prince Mohammed bin Salman")
    assert not _patronym("Salman", "Mohammed bin Salman")


def test_father_keeps_his_office():
    text = ("The UAE's president, Sheikh Mohamed bin Zayed Al Nahyan, approved the aid. Deputy Prime Minister "
            "Sheikh Theyab bin Mohamed bin Zayed Al Nahyan said the president had acted quickly.")
    holders = {(f.holder.label, f.role) for f in extract(SourceDocument("t", text)).facts_of(OfficeHolding)}
    assert ("Sheikh Mohamed bin Zayed Al Nahyan", "president") in holders
    assert ("Sheikh Theyab bin Mohamed bin Zayed Al Nahyan", "president") not in holders
