"""Commitment precision classes found on 30 unseen real news pages (tenth session, third round):
a stock of assets or its income sized in another order, a veto told in the progressive or with a
pronoun. Made-up sentences."""

from tests.extract.commitment_sentences import commitments_of


def _sums(text: str) -> list:
    return sorted((c.donor or "-", c.amount) for c in commitments_of(text) if c.amount is not None)


# asset_stocks.py: the size of a held stock, or the income it earns, is no aid


def test_a_stock_sized_with_in_is_no_aid():
    text = ("Canada will lend Ukraine $2 billion, backed by some $120 billion in immobilised Russian "
            "central bank assets held in Europe.")
    assert all(c.amount != 120000000000 for c in commitments_of(text))


def test_a_frozen_sum_written_as_an_adjective_is_no_aid():
    text = ("Japan promised a $4 billion loan to Ukraine, to be repaid from Moscow's frozen "
            "$80 billion reserves.")
    assert all(c.amount != 80000000000 for c in commitments_of(text))


def test_interest_the_assets_generated_is_no_aid():
    text = ("Italy pledged €500 million to Ukraine on Monday. Those immobilised funds generated "
            "nearly €6 billion in yearly interest income, the custodian said.")
    assert all(c.amount != 6000000000 for c in commitments_of(text))


def test_a_sum_from_frozen_assets_put_to_use_stays_aid():
    text = "Canada will send Ukraine $3 billion in aid using money from seized Russian assets."
    assert [c.amount for c in commitments_of(text)] == [3000000000]


# blockers.py ("been"), veto_forms.py: who holds up another's money is not its donor


def test_a_state_that_has_been_blocking_a_transfer_is_not_its_donor():
    text = ("Bratislava has been blocking the transfer of €300 million from the European Union's fund "
            "to Ukraine for months.")
    assert all(c.donor != "SVK" for c in commitments_of(text))


def test_a_state_whose_plan_is_to_veto_the_money_is_not_its_donor():
    text = "Slovakia's plan to veto a €300 million tranche for Ukraine drew criticism in Brussels."
    assert all(c.donor != "SVK" for c in commitments_of(text))
    text = "Partners criticised Slovakia's plan to veto financial assistance for Ukraine."
    assert all(c.donor != "SVK" for c in commitments_of(text))


def test_a_pronoun_not_agreeing_to_a_payment_is_not_its_donor():
    text = ("The Slovak government said on Tuesday that it does not agree to the payment of a new "
            "€400 million tranche to Ukraine.")
    assert all(c.donor != "SVK" for c in commitments_of(text))


def test_not_agreeing_to_send_ones_own_jets_stays_that_states_own():
    text = "Berlin did not agree to send its Eurofighter jets to Ukraine, the chancellor said."
    assert [c.donor for c in commitments_of(text)] in ([], ["DEU"])


# source_donors.py: the demonym on a report's source is not the donor


def test_a_news_agency_is_not_the_donor_of_what_it_reports():
    text = ("Washington approves $900 million more for Ukraine\n\n"
            "The United States will send Ukraine a new $900 million package, the White House said. "
            "Also, as reported by the French agency, some $300 million is expected to be released "
            "for air defence.")
    assert all(c.donor != "FRA" for c in commitments_of(text))


def test_a_foreign_official_telling_of_the_main_donors_loan_is_not_its_donor():
    text = ("The G7 agreed on Thursday to lend Ukraine $40 billion. A Dutch official said that while "
            "the loan would be mostly US-guaranteed, it could be topped up with other national "
            "contributions.")
    assert all(c.donor != "NLD" for c in commitments_of(text))
    text = ("The G7 agreed on Thursday to lend Ukraine $40 billion. Dutch diplomats stated that the "
            "leaders have reached an agreement in principle to provide Ukraine with the loan.")
    assert all(c.donor != "NLD" for c in commitments_of(text))


def test_an_official_of_the_articles_own_donor_stays_its_donor():
    text = ("Germany will send Ukraine another €500 million in military aid. A German official said "
            "the package includes 20 armoured vehicles.")
    assert {c.donor for c in commitments_of(text)} == {"DEU"}


# from_donors.py: "<sum> in support from X" names X the donor


def test_a_second_sum_from_another_state_is_that_states():
    text = ("Kyiv has agreed to take 20 billion yen in budget support from the Japanese government and "
            "also signed a deal for 300 million Australian dollars in support from Australia, the "
            "finance minister said.")
    assert ("AUS", 300000000) in [(c.donor, c.amount) for c in commitments_of(text)]
    assert ("JPN", 300000000) not in [(c.donor, c.amount) for c in commitments_of(text)]


def test_sums_in_loans_from_a_second_bank_are_that_banks():
    text = ("An additional €2 billion was provided to Ukraine in loans from the European Bank for "
            "Reconstruction and Development to support refugees, alongside €900 million and €400 "
            "million in loans from the European Investment Bank for Ukrainian energy firms.")
    donors = {c.amount: c.donor for c in commitments_of(text)}
    assert donors == {2000000000: "EBRD", 900000000: "EIB", 400000000: "EIB"}


def test_a_demonym_on_stocks_after_from_names_no_donor():
    text = "Poland will send Ukraine €50 million of shells from Czech stocks, the ministry said."
    assert [c.donor for c in commitments_of(text)] == ["POL"]


def test_a_state_after_from_followed_by_its_teller_is_no_list():
    text = ("Kyiv has agreed to take 20 billion yen in budget support from the Japanese government and "
            "also signed a deal for 300 million Australian dollars in support from Australia, Ukraine's "
            "finance minister said.")
    assert ("AUS", 300000000) in [(c.donor, c.amount) for c in commitments_of(text)]


# member_bodies.py: a body's headquarters is where another group met, not the body giving


def test_allies_pledging_at_an_alliances_headquarters_are_not_that_alliance():
    text = ("Kyiv's main partners pledged €15 billion in new military aid at a meeting of the Ramstein "
            "group at NATO headquarters on Thursday.")
    assert all(c.donor != "NATO" for c in commitments_of(text))


# group_subjects.py: an unnamed group as the subject is not the state of the sentence before


def test_an_unnamed_group_pledging_is_not_the_previous_sentences_state():
    text = ("Italy will send Ukraine a further SAMP/T battery, the defence minister said. Other allies "
            "are still working on a pledge to provide ten more air defence systems to Ukraine.")
    found = commitments_of(text)
    assert [c.donor for c in found if "ten" in c.evidence.text or "Other allies" in c.evidence.text] in ([], [None])
    assert "ITA" in [c.donor for c in found]


def test_a_group_beside_a_named_state_is_left_to_the_other_rules():
    text = ("Italy will send Ukraine a further SAMP/T battery. Allies such as Spain will provide "
            "ammunition for it.")
    assert "ESP" in [c.donor for c in commitments_of(text)] or "ITA" in [c.donor for c in commitments_of(text)]


def test_a_sum_after_a_possessive_is_the_possessors():
    text = ("The G7 will lend Ukraine $40 billion this year. The IMF has set up a trust account to help "
            "channel the G7's $40 billion loan to Kyiv.")
    assert all(c.donor != "IMF" for c in commitments_of(text))
