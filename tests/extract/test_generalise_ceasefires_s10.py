"""Ceasefire details read wrongly on real reports, tenth session (made-up sentences):
a violation only foreseen is no violation (ceasefire_violations.py), and a truce given a length
in hours of no whole days has no length in days, even where another sentence names it by its
occasion (truce_lengths.py, ADJUDICATION decision 1)."""

from tests.extract.ceasefire_sentences import facts


def _one(text: str):
    found = facts(text)
    assert len(found) == 1, found
    return found[0]


def test_possible_violations_the_declarer_guards_against_are_no_violation():
    truce = _one("Moscow declared a 48-hour ceasefire for the harvest festival. "
                 "Its commanders were told to stay ready to answer any possible violations of the truce.")
    assert truce.status != "violated"


def test_a_condition_on_a_breach_is_no_breach():
    truce = _one("Kyiv and Moscow agreed a 30-day halt to strikes on energy infrastructure, the mediators said. "
                 "If the halt is breached by either side, the other will be free of its obligations.")
    assert truce.status != "violated"


def test_a_breach_that_happened_still_is_one():
    truce = _one("Moscow declared a 48-hour ceasefire for the harvest festival. "
                 "Kyiv said the truce was violated within hours by artillery fire.")
    assert truce.status == "violated"


def test_hours_written_outweigh_the_occasions_usual_length():
    truce = _one("The Kremlin said Putin had ordered a 30-hour Easter truce. "
                 "Putin told his generals: the Russian side declares an Easter truce.")
    assert truce.duration_days is None


def test_hours_in_a_sentence_of_their_own_reach_the_proposal():
    truce = _one("Putin declared an Easter truce on Saturday, the Kremlin said.\n\n"
                 "He said that the 30-hour truce would last until Sunday night.")
    assert truce.duration_days is None


def test_a_warring_side_calling_on_the_other_to_declare_a_truce_proposes_its_own():
    found = facts("The Kremlin ordered a ceasefire for the spring holiday on Friday.\n\n"
                  "Moscow called on the Ukrainian side to declare a ceasefire as well.")
    assert [sorted(f.proposers) for f in found] == [["RUS"]]


def test_a_quoted_we_calling_on_the_other_side_is_the_speakers_truce():
    found = facts("\"We call on the Russian side to declare a ceasefire for the harvest,\" the Ukrainian "
                  "government's statement said.")
    assert [sorted(f.proposers) for f in found] == [["UKR"]]


def test_a_truce_along_the_entire_line_of_contact_is_full():
    found = facts("Moscow ordered a one-day ceasefire along the entire line of contact for the holiday.")
    assert [f.scope for f in found] == [["full"]]


def test_an_answer_sought_by_persuasion_is_no_answer():
    truce = _one("Washington proposed a 30-day ceasefire on Tuesday. Its envoy flew to Moscow to try to "
                 "persuade Russia to accept the 30-day ceasefire.")
    assert "RUS" not in {r.actor for r in truce.responses}


def test_the_second_party_of_an_urged_pair_gives_no_answer():
    truce = _one("Moscow declared a 48-hour ceasefire for the harvest festival, as Ankara kept urging both "
                 "Moscow and Kyiv to agree to a truce.")
    assert "UKR" not in {r.actor for r in truce.responses}
