"""A government named only as a precedent of the sentence's donor gives nothing there (tenth
session, precedent_donors.py): "the third country after A and B to donate", "X joins A, B to
send". Made-up sentences."""

from tests.extract.commitment_sentences import commitments_of, facts


def _donors(found) -> list:
    return sorted(c.donor or "-" for c in found)


def test_nth_country_after_others_is_the_subjects_gift():
    found = facts("Portugal has become the fourth country after Spain and Italy to donate Leopard "
                  "tanks to Ukraine.")
    assert _donors(found) == ["PRT"]


def test_subject_joining_others_gives_once():
    text = ("Finland joins Sweden, Estonia to send howitzers to Ukraine\n\n"
            "Finland will send howitzers to Ukraine, its defence ministry said on Monday. "
            "Finland has become the third country after Sweden and Estonia to send howitzers.")
    found = commitments_of(text)
    assert _donors(found) == ["FIN"]


def test_a_precedent_with_a_verb_of_its_own_still_gives():
    # a time clause with its own verb reports the earlier donor's act (decision 50): left alone
    found = facts("Belgium pledged €40m for demining equipment after Austria announced €25m for the same purpose.")
    assert "AUT" in _donors(found)
