"""Commitment precision classes found on unseen real news pages (tenth session): a figure told
again in a second currency, a state withholding consent to another's money, the crown's spellings.
Made-up sentences."""

from tests.extract.commitment_sentences import commitments_of, facts


def _sums(found) -> list:
    return sorted(((c.donor or "-"), c.amount, c.currency, c.status) for c in found if c.amount is not None)


# converted_repeats.py: the headline's converted figure is the body's package, not a second one


def test_a_headline_figure_in_dollars_is_the_body_package_converted():
    text = ("Finland gives $52 million to Ukraine for power repairs\n\n"
            "Finland is sending 48 million euros ($52 million) to Ukraine to repair substations, "
            "the foreign ministry said on Friday.")
    assert [(c.amount, c.currency) for c in commitments_of(text) if c.amount] == [(48000000, "EUR")]


def test_a_rounded_headline_figure_is_the_body_package_converted():
    text = ("Austria to spend over €90 million on Ukraine's grid\n\n"
            "The Austrian government has approved a package for Ukraine of 1.4 billion Czech crowns "
            "(EUR 91.2 million) to rebuild power lines, the chancellery said.")
    found = [c for c in commitments_of(text) if c.amount]
    assert len(found) == 1 and found[0].amount != 90000000


# consent_refusals.py: who withholds consent to another's money is not its donor


def test_a_state_refusing_to_endorse_a_tranche_is_not_its_donor():
    found = facts("The row started when Bratislava refused to endorse a €300 million tranche of the "
                  "European Union's fund for Ukraine.")
    assert all(c.donor != "SVK" for c in found)


def test_a_state_that_did_not_allow_the_payment_is_not_its_donor():
    found = facts("Slovakia did not allow sending Ukraine a further 400 million euros from the EU "
                  "fund for weapons.")
    assert all(c.donor != "SVK" for c in found)


def test_a_headline_blocker_is_no_fallback_donor():
    text = ("Slovakia blocks payment to Ukraine\n\n"
            "The payment to Ukraine was due on Monday. "
            "The previous tranche of EUR 300 million for Ukraine was paid in February.")
    assert all(c.donor != "SVK" for c in commitments_of(text))


def test_a_state_refusing_to_send_its_own_aid_keeps_it():
    found = facts("Portugal declined to send its remaining Leopard tanks to Ukraine.")
    assert all(c.donor in (None, "PRT") for c in found)


# money.json: the crown's spelling is no country's; the adjective is


def test_norwegian_crowns_spelled_kronor_are_nok():
    found = _sums(facts("Norway will give Ukraine two billion Norwegian kronor for air defence."))
    assert [(d, a, c) for d, a, c, _ in found] == [("NOR", 2000000000, "NOK")]


def test_swedish_crowns_spelled_kroner_are_sek():
    found = _sums(facts("Sweden will give Ukraine 3 billion kroner in military aid next year."))
    assert [(d, a, c) for d, a, c, _ in found] == [("SWE", 3000000000, "SEK")]


# compared_figures.py: a comparison's other term, or a difference, is no pledge


def test_the_figure_a_new_floor_replaces_is_no_pledge():
    found = facts("Austria will now give at least 2 billion euros a year instead of a cap of 6 billion "
                  "euros over three years.")
    assert [c.amount for c in found if c.amount] == [2000000000]


def test_an_older_estimate_compared_with_the_loan_is_no_pledge():
    found = facts("The EU will lend Ukraine €90 billion, a sum far higher than earlier estimates of "
                  "€60 billion.")
    assert [c.amount for c in found if c.amount] == [90000000000]


def test_a_difference_between_packages_is_no_pledge():
    found = facts("Finland will send Ukraine a package of about 300 million euros. That is 100 million "
                  "euros more than all its earlier packages together.")
    assert 100000000 not in [c.amount for c in found]


def test_an_earlier_real_figure_after_up_from_is_kept():
    found = facts("Finland will send Ukraine 300 million euros in 2025, up from 200 million euros it "
                  "delivered in 2024.")
    assert 200000000 in [c.amount for c in found]


def test_more_than_before_an_amount_still_qualifies_it():
    found = facts("Finland will send Ukraine more than 300 million euros in shells.")
    assert [c.amount for c in found if c.amount] == [300000000]


# package_totals.py: one package's own size told with "a total of" is the package, not a running total


def test_a_package_worth_a_total_of_is_announced():
    found = facts("Finland has prepared its next aid package for Ukraine. The package is worth a total "
                  "of EUR 190 million and contains shells and radars.")
    assert [(c.amount, c.status) for c in found if c.amount] == [(190000000, "announced")]


def test_a_package_that_brings_the_total_stays_a_running_total():
    found = facts("Finland has prepared its next aid package for Ukraine. The package brings the total "
                  "of Finnish aid since 2022 to EUR 3 billion.")
    assert [c.status for c in found if c.amount == 3000000000] == ["cumulative"]
