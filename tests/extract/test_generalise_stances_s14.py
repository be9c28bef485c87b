"""Fourteenth-session classes on stances, participation and their statements, on made-up sentences
(the fresh batch 475-484 showed them; none of these sentences is taken from it).

- A quote's speaker described after the quote as someone's spokeswoman ('," a spokeswoman for
  Chancellor Jane Roe said') is the spokeswoman, speaking for the named person's side; the person
  named after "for" does not speak.
- "Not something we are ruling out" (a negation a few words before "ruling out") is `open`, as "not
  ruled out" is (decision 9), for a participation and a stance alike.
- A condition said to be met already ("has met the conditions for opening the first cluster") is no
  condition of the holder's: the support beside it stays support.
- Moscow calling a step "a (direct) threat to Russia('s security)" opposes it (decision 10's class), and
  a government that "would not discuss" a step (foreign troops in Ukraine) refuses it.
- "Would take no part in the mission … did not block its creation": the not-blocking beside an opt-out
  gives no support (decision 38); "take no part" is an opt-out as "not take part" is.
- NATO's formula "when allies agree and conditions are met" (Vilnius 2023, repeated since) is a
  condition on the invitation: `conditional`, as "only if" is.
- "Was not against X (in principle but wanted …)" is a support cue, so with its stated reservation it is
  `conditional`; "was against X" stays opposition.
- A title right after a short prepositional opener ("On the way to Lithuania, the Ukrainian president
  posted…") is its sentence's subject, so the next sentence's "he" stands for it, as after a
  participial opener.
- A counted group as a clause's subject before its cue ("…, the four governments urged the Commission
  to keep joint borrowing on the table") holds the position for each of the countries of the latest
  sentence that names exactly that many (decision 40); a count after the cue ("relations between the
  two countries") or one that matches no sentence near gives nothing.
- More praise terms for "called <step> …" (decision 14's welcome): "remarkable", "a concrete step", "a
  significant / major step", "a step in the right direction".
- "Latvia and Finland have said the same." (a short sentence ending on the reference) gives each
  country named the positions read from the sentence before (``same_positions.py``).
- "The force would not be deployed along the front line" says where a force goes, not whether the
  speaker's state takes part: no declined participation.
- "Weapons are to be used only on Ukrainian territory": the "only" limits a place, which the strike
  rules read as opposition to lifting the restrictions (decision 47), and is no condition of its own.
"""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import stances
from tests.extract.statement_sentences import speakers


def _statements(text: str):
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [f for f in result.facts if f.kind == "statement"]


# -- a spokeswoman for a named person ----------------------------------------------------------

def test_a_spokeswoman_for_a_titled_person_speaks_for_that_side_not_as_the_person():
    text = ('The ministry did not change its view.\n\n'
            '"There will be no German soldiers on Ukrainian soil this year," a spokeswoman for '
            'Chancellor Olaf Scholz said.')
    found = _statements(text)
    assert [(f.speaker, f.role, f.actor) for f in found] == [(None, "spokeswoman", "DEU")]


def test_the_titled_person_who_speaks_after_the_quote_is_still_the_speaker():
    text = ('The ministry did not change its view.\n\n'
            '"There will be no German soldiers on Ukrainian soil this year," Chancellor Olaf Scholz said.')
    assert speakers(text) == ["Olaf Scholz"]


# -- "not something we are ruling out" is a refusal to exclude (decision 9) ---------------------

def test_not_something_we_are_ruling_out_is_open_not_declined():
    text = ('Asked about a peacekeeping force for Ukraine, Defence Minister Anna Berg told public radio '
            'that sending Norwegian soldiers was "not something we are ruling out".')
    assert stances(text) == {("NOR", "open")}


def test_not_something_we_would_rule_out_is_open_on_a_stance_target_too():
    text = ("Asked about Ukraine's NATO membership, Norway's foreign minister said it was not something "
            "we would rule out.")
    assert stances(text) == {("NOR", "open")}


def test_something_that_was_ruled_out_stays_declined():
    text = ('Asked about a peacekeeping force for Ukraine, Prime Minister Jonas Gahr Støre said sending '
            'Norwegian soldiers was something he had ruled out.')
    assert stances(text) == {("NOR", "oppose")}


# -- a condition already met is no condition --------------------------------------------------

def test_conditions_already_met_do_not_make_a_support_conditional():
    text = ("The European Commission says Moldova has met the conditions for opening the first cluster "
            "of EU accession talks, and Commission President Ursula von der Leyen urged capitals to let the "
            "talks begin.")
    assert stances(text) == {("EU", "support")}


def test_a_condition_still_to_be_met_keeps_the_support_conditional():
    text = ("The European Commission backs opening EU accession talks with Moldova, but only if it meets "
            "the conditions on the rule of law.")
    assert stances(text) == {("EU", "conditional")}


# -- Moscow calling a step a threat to Russia, or refusing to discuss it ------------------------

def test_moscow_calling_a_step_a_threat_to_russia_is_its_opposition():
    text = ("Kremlin spokesman Dmitry Peskov said Ukraine's accession to NATO would pose a direct threat to "
            "Russia's security.")
    assert stances(text) == {("RUS", "oppose")}


def test_a_threat_to_russia_said_of_someone_else_is_no_position_of_the_speaker():
    text = "The report listed the hybrid threats facing Europe and the risks of escalation in the Baltic."
    assert stances(text) == set()


def test_refusing_to_discuss_foreign_troops_is_opposition():
    text = ("Foreign Ministry spokeswoman Maria Zakharova said Russia would not discuss the deployment of "
            "foreign troops in Ukraine in any form.")
    assert stances(text) == {("RUS", "oppose")}


def test_being_ready_to_discuss_a_force_is_no_refusal():
    text = ("Norway's defence minister said Oslo was ready to discuss the deployment of foreign troops in "
            "Ukraine with its allies.")
    assert ("NOR", "oppose") not in stances(text)


# -- "take no part" is an opt-out beside a not-blocking (decision 38) ---------------------------

def test_taking_no_part_while_not_blocking_gives_no_support():
    text = ("The summit declaration backed Ukraine's NATO membership and set up a new command to coordinate "
            "deliveries.\n\nSlovakia's prime minister said Slovakia would take no part in the command, in "
            "money or in people; Bratislava did not block its creation.")
    assert ("SVK", "support") not in stances(text)


def test_not_blocking_without_an_opt_out_is_still_support():
    text = ("The summit declaration backed Ukraine's NATO membership and set up a new command to coordinate "
            "deliveries.\n\nSlovakia's prime minister said Bratislava did not block the declaration.")
    assert ("SVK", "support") in stances(text)


# -- NATO's "when allies agree and conditions are met" -----------------------------------------

def test_an_invitation_when_allies_agree_and_conditions_are_met_is_conditional():
    text = ("The summit communique said NATO would extend an invitation to Ukraine to join the alliance "
            "when allies agree and conditions are met.")
    assert stances(text) == {("NATO", "conditional")}


def test_an_invitation_without_a_condition_is_support():
    text = "The summit communique said NATO would extend an invitation to Ukraine to join the alliance."
    assert ("NATO", "conditional") not in stances(text)


# -- "not against X in principle but …" ----------------------------------------------------------

def test_not_against_in_principle_but_wanting_more_is_conditional():
    text = ("Austria's chancellor said Vienna was not against using the frozen Russian assets in principle "
            "but wanted legal certainty before committing.")
    assert stances(text) == {("AUT", "conditional")}


def test_being_against_the_use_of_the_assets_stays_opposition():
    text = "Austria's chancellor said Vienna was against using the frozen Russian assets."
    assert stances(text) == {("AUT", "oppose")}


# -- a title after a short prepositional opener is its sentence's subject --------------------------

def test_a_title_after_a_prepositional_opener_is_whom_the_next_he_stands_for():
    text = ("Andrzej Duda spoke first. Chancellor Olaf Scholz said Germany would keep its line.\n\n"
            'After the vote in Strasbourg, the Polish president wrote that the result was "a shame for '
            'Europe". He called the outcome "a victory for those who want this war to go on".')
    assert speakers(text)[-1] == "Andrzej Duda"


def test_a_title_inside_a_longer_opener_leaves_the_next_he_to_the_last_named():
    text = ("Andrzej Duda spoke first. Chancellor Olaf Scholz said Germany would keep its line.\n\n"
            "After the vote, which the Polish president had called a shame, the chamber emptied. "
            'He called the outcome "a victory for those who want this war to go on".')
    assert speakers(text)[-1] == "Olaf Scholz"


# -- "the four governments" stands for the four countries just named ----------------------------

def test_a_counted_group_holds_the_position_of_the_countries_named_before():
    text = ("Austria, Ireland and Malta have joined Cyprus in asking the Commission for more time on Ukraine "
            "funding.\n\nIn a letter sent on Monday, the four governments urged the Commission to keep joint "
            "EU borrowing on the table, which they said would be simpler.")
    assert stances(text) == {("AUT", "support"), ("IRL", "support"), ("MLT", "support"), ("CYP", "support")}


def test_a_count_that_matches_no_sentence_before_gives_the_group_nothing():
    text = ("Austria, Ireland and Malta have joined Cyprus in asking the Commission for more time on Ukraine "
            "funding.\n\nIn a letter sent on Monday, the three governments urged the Commission to keep joint "
            "EU borrowing on the table.")
    assert not {("AUT", "support"), ("IRL", "support"), ("MLT", "support"), ("CYP", "support")} & stances(text)


def test_a_count_after_the_cue_is_no_subject():
    text = ("Seoul and Warsaw signed a new arms deal last month.\n\n"
            "Any shipment of South Korean weapons to Ukraine would destroy relations between the two "
            "countries, Russian officials have said.")
    assert ("KOR", "oppose") not in stances(text) and ("POL", "oppose") not in stances(text)


# -- more praise terms: "called the offer remarkable", "a concrete step" ----------------------------

def test_calling_a_guarantee_offer_remarkable_is_support():
    text = ("Washington offered Ukraine security guarantees modelled on Article 5.\n\n"
            "Norway's prime minister, Jonas Gahr Støre, called the American offer of security guarantees "
            "remarkable.")
    assert ("NOR", "support") in stances(text)


def test_a_remarkable_figure_is_no_position():
    text = ("Washington offered Ukraine security guarantees modelled on Article 5.\n\n"
            "Norway's defence budget rose by 20 percent, a remarkable figure for a country of its size.")
    assert ("NOR", "support") not in stances(text)


# -- "Latvia and Finland have said the same." ---------------------------------------------------

def test_countries_that_have_said_the_same_hold_the_position_before():
    text = ("Denmark and Norway have said they would send troops to a reassurance force in Ukraine once a "
            "ceasefire is agreed. Latvia and Finland have said the same.")
    assert stances(text) == {("DNK", "support"), ("NOR", "support"), ("LVA", "support"), ("FIN", "support")}


def test_the_same_said_with_a_position_of_its_own_is_read_from_its_own_words():
    text = ("Denmark and Norway have said they would send troops to a reassurance force in Ukraine once a "
            "ceasefire is agreed. Latvia said the same thing last year but has since ruled out sending "
            "soldiers.")
    assert ("LVA", "support") not in stances(text)


def test_the_same_with_no_position_before_gives_nothing():
    text = ("Denmark and Norway held talks on fisheries in Oslo. Latvia and Finland have said the same.")
    assert stances(text) == set()


# -- a force "not deployed along the front line" is where it goes, not a refusal ----------------------

def test_a_force_kept_off_the_front_line_is_no_refusal_to_take_part():
    text = ("Keir Starmer set out the plan for a reassurance force in Ukraine. The force would not be deployed "
            "along the line of contact, he said, and would protect cities and ports instead.")
    assert ("GBR", "oppose") not in stances(text)


def test_troops_not_deployed_to_ukraine_stay_a_refusal():
    text = ("Keir Starmer set out the plan for a reassurance force in Ukraine. British troops would not be "
            "deployed to Ukraine, he said.")
    assert ("GBR", "oppose") in stances(text)


# -- "to be used only on Ukrainian territory" is a strike limit, not a condition ------------------------

def test_weapons_for_use_only_on_ukrainian_territory_give_only_the_strike_limit_opposition():
    text = ("Madrid also keeps its line: Spanish-supplied weapons are to be used only on Ukrainian territory, "
            "the defence minister, Margarita Robles, said on Monday.")
    assert stances(text) == {("ESP", "oppose")}


def test_only_with_a_condition_stays_conditional():
    text = "Spain would send more Leopard tanks only on condition that Germany sent its own first."
    assert stances(text) == {("ESP", "conditional")}
