"""A backed text's condemnation: the actor opposes what the text condemns (condemned_objects.py)."""

from coalition.extract import extract
from coalition.model import Article


def _stances(text: str) -> set[tuple[str, str, str]]:
    facts = extract(Article(text=text, source="test")).facts
    return {(f.actor, f.stance, f.target) for f in facts if f.kind == "stance"}


def _stance(text: str, target: str, value: str = "support"):
    from coalition.model import Evidence, Stance

    return Stance(actor="CHL", target=target, stance=value, evidence=Evidence(text=text, start=0, end=len(text)))


def test_a_support_of_what_a_backed_text_condemns_becomes_opposition():
    from coalition.extract.condemned_objects import with_condemned_objects

    text = "Chile signed a joint statement condemning Russia's invasion."
    out = with_condemned_objects([_stance(text, "invasion"), _stance(text, "joint statement")])
    assert [(f.target, f.stance) for f in out] == [("invasion", "oppose"), ("joint statement", "support")]


def test_a_vote_for_a_condemning_resolution_is_support_of_the_resolution():
    # ADJUDICATION decision 11: a named vote is support of the resolution, whatever it condemns
    from coalition.extract.condemned_objects import with_condemned_objects

    text = "Chile voted last year in favour of UN resolutions condemning Russia's invasion."
    out = with_condemned_objects([_stance(text, "invasion"), _stance(text, "UN resolution")])
    assert [(f.target, f.stance) for f in out] == [("UN resolution", "support"), ("UN resolution", "support")]
    # a resolution only mentioned after the condemnation is no vote for a condemning text
    other = "Chile condemned the invasion and voted against the resolution."
    assert not with_condemned_objects([_stance(other, "invasion", "oppose")])[0].target == "UN resolution"


def test_an_oppose_or_an_uncondemned_target_is_left_alone():
    from coalition.extract.condemned_objects import with_condemned_objects

    text = "Chile voted in favour of UN resolutions condemning Russia's invasion."
    assert with_condemned_objects([_stance(text, "invasion", "oppose")])[0].stance == "oppose"
    assert with_condemned_objects([_stance("Chile backed the peace plan.", "peace plan")])[0].stance == "support"


def test_extraction_gives_no_support_of_a_condemned_invasion():
    found = _stances("Chile voted in favour of the General Assembly resolutions condemning Russia's "
                     "invasion, officials in Santiago said on Monday.\n")
    assert not any(stance == "support" and "invasion" in (target or "") for _, stance, target in found)


def test_the_rule_reads_only_a_target_right_after_a_condemning_word():
    from coalition.extract.condemned_objects import _condemned

    assert _condemned("Chile voted for resolutions condemning Russia's full-scale invasion.", "invasion")
    # the backed thing itself is no condemned object
    assert not _condemned("Chile voted for the resolution, which also condemned the shelling.", "resolution")
    assert not _condemned("Chile backed the peace plan.", "peace plan")
