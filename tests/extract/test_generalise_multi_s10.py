"""One holder, two positions in one sentence (tenth session, stance_clauses.py), on made-up sentences:

- a contrast whose first clause has its own answer: the first clause's target takes the first clause's
  value ("would not back seizing the frozen assets but was open to…", "endorsed the peace plan but ruled
  out sending troops"), not the later clause's;
- a contrast read as one qualified answer stays conditional ("could be a starting point but needed
  work");
- an elided negated repeat after a support cue opposes its own target ("supports A but not B");
- coordinated objects of one verb are each their own stance (ADJUDICATION.md decision 51): "rejected
  the peace plan as well as any territorial concessions"; a second target after a verb of its own
  ("… and said peace talks were needed") is not the first verb's object."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR


def readings(text: str) -> set[tuple[str, str, str]]:
    result = extract(Article(text="Headline\n\n" + WAR + text, source="test"))
    return {(f.actor, f.stance, f.target) for f in result.facts if f.kind == "stance"}


@pytest.mark.parametrize("text, actor, target", [
    ("The Dutch cabinet would not back seizing the frozen assets but was open to lending against their "
     "interest.", "NLD", "use of frozen Russian assets"),
    ("Belgium opposed seizing frozen Russian assets but remained open to other ideas.",
     "BEL", "use of frozen Russian assets"),
])
def test_first_clause_refusal_is_kept_under_a_later_openness(text, actor, target):
    got = readings(text)
    assert (actor, "oppose", target) in got
    assert (actor, "open", target) not in got


@pytest.mark.parametrize("text, actor", [
    ("Austria endorsed the peace plan but ruled out sending any of its soldiers.", "AUT"),
    ("Portugal welcomed the peace proposal but refused any role for its own army.", "PRT"),
])
def test_first_clause_support_is_not_the_later_refusal(text, actor):
    got = readings(text)
    assert (actor, "support", "peace plan") in got
    assert (actor, "oppose", "peace plan") not in got


def test_a_qualified_answer_stays_conditional():
    got = readings("Chancellor Merz said the American plan could be a basis for talks but needed much more work.")
    assert not [r for r in got if r[0] == "DEU" and r[1] != "conditional"]


@pytest.mark.parametrize("text, actor, yes, no", [
    ("Slovakia supports Ukraine's EU membership but not its NATO membership, the minister said.", "SVK",
     "Ukraine's EU membership", "Ukraine's NATO membership"),
    ("Cyprus backs Ukraine's bid to join NATO but not yet its EU accession.", "CYP",
     "Ukraine's NATO membership", "Ukraine's EU membership"),
])
def test_elided_negated_repeat_is_opposition(text, actor, yes, no):
    got = readings(text)
    assert (actor, "support", yes) in got
    assert (actor, "oppose", no) in got


def test_opposing_one_says_nothing_of_the_elided_other():
    got = readings("Hungary opposes the peace plan but not territorial concessions.")
    assert not [r for r in got if r[0] == "HUN" and r[2] == "territorial concessions"]


@pytest.mark.parametrize("text, actor, value, targets", [
    ("Portugal has rejected the peace plan as well as any territorial concessions.", "PRT", "oppose",
     {"peace plan", "territorial concessions"}),
    ("Ireland opposed the peace plan and arms deliveries to Ukraine.", "IRL", "oppose",
     {"peace plan", "military aid to Ukraine"}),
    ("Finland backs the special tribunal and a no-fly zone over the west of the country.", "FIN", "support",
     {"special tribunal", "no-fly zone over Ukraine"}),
])
def test_coordinated_objects_are_each_a_stance(text, actor, value, targets):
    got = readings(text)
    assert {t for a, v, t in got if a == actor and v == value} >= targets


def test_a_second_verbs_object_is_not_coordinated():
    got = readings("Portugal endorsed the peace plan and said territorial concessions were out of the question.")
    assert ("PRT", "support", "territorial concessions") not in got
