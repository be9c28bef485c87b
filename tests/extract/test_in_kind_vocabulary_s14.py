"""In-kind aid named by its designation or as non-lethal winter kit, with no amount (fourteenth
session): howitzer and missile designations written alone ("M109s", "AS-90s", "Sidewinders"),
airframes, and the cold-weather kit sent to soldiers. Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [(f.donor, f.status, tuple(i.lower() for i in f.items)) for f in result.facts if f.kind == "commitment"]


def test_a_howitzer_designation_alone_is_an_item():
    found = commitments("Norway has sent 14 M109s to Ukraine from its reserve stocks.")
    assert any(d == "NOR" and "m109s" in i for d, _, i in found)


def test_missile_designations_alone_are_items():
    found = commitments("Britain will supply Ukraine with more Storm Shadows and Sidewinders this spring.")
    assert any(d == "GBR" and {"storm shadows", "sidewinders"} <= set(i) for d, _, i in found)


def test_airframes_are_an_item():
    found = commitments("Denmark will hand over six more airframes to Ukraine before the summer.")
    assert any(d == "DNK" and "airframes" in i for d, _, i in found)


def test_winter_kit_for_soldiers_is_an_item():
    found = commitments("Finland has donated winter uniforms, sleeping bags and tents to the Ukrainian army.")
    assert any(d == "FIN" and "winter uniforms" in i for d, _, i in found)


def test_winter_kit_that_is_only_needed_is_no_commitment():
    assert commitments("Families sheltering in tents near Kharkiv still need heaters and sleeping bags, the mayor said.") == []


def test_a_designation_in_an_own_army_sentence_is_no_aid():
    assert commitments("The Polish army has fielded its M109s along the eastern border for an exercise.") == []
