"""A sum given by a coordinated subject is the listed states' joint sum, no one's alone
(ADJUDICATION decision 18; tenth session, coordinated_donors.py). Made-up sentences."""

from tests.extract.commitment_sentences import facts


def _given(text: str) -> list:
    return sorted(((c.donor or "-"), c.amount) for c in facts(text) if c.amount is not None)


def test_a_listed_subjects_sum_has_no_single_donor():
    assert _given("Finland, Estonia and Latvia have agreed to put about $120 million into a fund "
                  "that buys radars for Ukraine.") == [("-", 120000000)]


def test_two_states_in_a_headline_style_clause_share_the_sum():
    assert _given("Austria and Ireland boost Ukraine with $45 million in aid.") == [("-", 45000000)]


def test_each_gives_each_state_the_sum():
    assert _given("Austria and Ireland will each give $45 million to Ukraine for power repairs.") == [
        ("AUT", 45000000), ("IRL", 45000000)]


def test_a_list_that_is_no_subject_leaves_the_giver():
    assert _given("After talks with Austria and Ireland, Portugal will give $45 million to Ukraine.") == [
        ("PRT", 45000000)]
