"""Eighteenth session, which sums are packages: press-release and wire forms of a package's sum
that were missed, and sums that are no package (comparisons, requests, authority still unused,
money for others). Every sentence here is made up."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

WAR = "Headline\n\nRussia's war in Ukraine goes on, and its allies met in Brussels on Tuesday.\n\n"


def commitments(text: str, lead: str = WAR) -> list[tuple]:
    return [(f.donor, f.amount, f.currency, f.status) for f in extract(Article(text=lead + text, source="case")).facts
            if f.kind == "commitment"]


def sums(text: str, lead: str = WAR) -> set[tuple]:
    return {(c[0], c[1]) for c in commitments(text, lead) if c[1] is not None}


# -- the US Department of Defense is the United States (country_aliases.tsv) ----------------------

def test_department_of_defense_release_gives_a_us_package() -> None:
    text = "The Department of Defense today announced $640 million in further security assistance for Ukraine."
    assert ("USA", 640_000_000) in sums(text)


def test_australian_department_of_defence_is_not_the_united_states() -> None:
    # negative: the Commonwealth spelling names Australia's department, not the Pentagon
    text = "The Department of Defence confirmed A$50 million in further military assistance for Ukraine."
    assert not any(donor == "USA" for donor, _ in sums(text))


# -- ranges and rates that are no second sum (money.py) -------------------------------------------

def test_bare_range_is_one_sum_at_its_lower_bound() -> None:
    text = "Norway plans to spend the NOK 3 billion to NOK 4 billion left in its Ukraine programme on air defence for Ukraine."
    assert [c[1] for c in commitments(text) if c[1]] == [3_000_000_000]


def test_a_raise_by_one_sum_to_another_is_no_range() -> None:
    # negative: "by X to Y" is a change and the new total, two figures, not a range
    from coalition.extract.pipeline import load_pipeline

    doc = load_pipeline()("Sweden raised its support by SEK 2 billion to SEK 9 billion.")
    values = doc.user_data["money"]
    found = [values[(s.start, s.end)] for s in doc.spans["money"]]
    assert all(m.qualifier != "range" for m in found)


def test_a_month_after_is_a_time_not_a_rate() -> None:
    from coalition.extract.pipeline import load_pipeline

    doc = load_pipeline()("Paying out the first €2 billion a month after the deal was quick.")
    values = doc.user_data["money"]
    (money,) = [values[(s.start, s.end)] for s in doc.spans["money"]]
    assert money.per is None


def test_a_month_as_a_rate_stays_a_rate() -> None:
    # negative: "a month" followed by no word of time is a rate
    from coalition.extract.pipeline import load_pipeline

    doc = load_pipeline()("Payments of €1 billion a month will follow from March.")
    values = doc.user_data["money"]
    (money,) = [values[(s.start, s.end)] for s in doc.spans["money"]]
    assert money.per == "month"


# -- sizes of past packages and slices of one pledge (commitments.json, commitments.py) ----------

def test_range_of_past_packages_is_no_pledge() -> None:
    text = ("Denmark announced a DKK 2 billion package for Ukraine on Monday. It is larger than the "
            "packages of last year, which ranged from DKK 300 million to DKK 900 million.")
    assert {c[1] for c in commitments(text) if c[1]} == {2_000_000_000}


def test_equal_annual_instalments_with_a_qualifier_are_slices() -> None:
    text = ("Canada will lend Ukraine C$3 billion for its budget, paid out in three equal annual "
            "instalments of about C$1 billion.")
    assert {c[1] for c in commitments(text) if c[1]} == {3_000_000_000}


def test_an_instalment_told_alone_stays_a_sum() -> None:
    # negative: one instalment paid, with no count of equal slices before it, is money given
    text = "Canada paid a first instalment of C$1 billion to Ukraine on Monday."
    assert {c[1] for c in commitments(text) if c[1]} == {1_000_000_000}


# -- a giver's fund named for Ukraine is not Ukraine's own money (recipients.py) ------------------

def test_second_sum_after_its_ukraine_fund_is_the_givers() -> None:
    text = "Denmark will add DKK 2 billion to its Ukraine Fund this year and has set aside a further DKK 5 billion for next year."
    assert sums(text) == {("DNK", 2_000_000_000), ("DNK", 5_000_000_000)}


def test_ukraine_as_the_subject_still_owns_its_money() -> None:
    # negative: Ukraine's own spending, with a capitalised noun after it that is no word of giving
    text = "Denmark gave Ukraine DKK 1 billion in March. The Ukrainian Government will spend DKK 5 billion on drones next year."
    assert ("DNK", 5_000_000_000) not in sums(text)


# -- a summary box repeats the body's sums (summary_boxes.py) ---------------------------------------

BOX_BODY = ("Norway will give Ukraine NOK 2 billion a year in air defence support, the defence minister said on Monday.\n\n"
            "The first systems will arrive in the spring.\n\n")


def test_key_facts_bullet_repeating_the_body_is_one_pledge() -> None:
    text = BOX_BODY + "Key facts\n\n- NOK 2 billion: Norway's air defence support for Ukraine each year\n- 12: launchers to be delivered\n"
    found = [c for c in commitments(text) if c[1]]
    assert [(c[0], c[1]) for c in found] == [("NOR", 2_000_000_000)]


def test_box_sum_the_body_never_tells_stays() -> None:
    # negative: a figure only the box gives is a sum of its own
    text = BOX_BODY + "At a glance:\n\n- NOK 500 million for mine clearance in Ukraine this year\n"
    assert ("NOR", 500_000_000) in sums(text)


def test_bullets_under_another_heading_are_not_a_summary_box() -> None:
    # negative: bullets that list a package's lines are its parts, not a box that sums up the body
    from coalition.extract.summary_boxes import _in_box

    text = "The package includes:\n\n- NOK 2 billion for air defence;\n- NOK 300 million for demining.\n"
    assert not _in_box(text, text.index("NOK 300"))
    boxed = "Key facts:\n\n- NOK 2 billion for air defence\n- NOK 300 million for demining\n"
    assert _in_box(boxed, boxed.index("NOK 300"))


# -- a sum others are asked to commit (proposed_funds.py) -------------------------------------------

def test_allies_asked_to_commit_a_floor_is_no_pledge() -> None:
    text = "The NATO chief wants allies to commit to a floor of €30 billion a year in military support for Ukraine."
    assert sums(text) == set()


def test_a_government_wanting_its_own_state_to_spend_keeps_the_sum() -> None:
    # negative: the wisher's own state, not a group of others
    text = "Prime Minister Mette Frederiksen wants Denmark to provide DKK 1 billion in military aid to Ukraine this year."
    assert ("DNK", 1_000_000_000) in sums(text)


def test_a_pledge_after_the_wish_in_its_own_clause_stays() -> None:
    # negative: the wish is for allies' money; the sum after the comma is Norway's own pledge
    text = "The NATO chief urged allies to pledge more for air defence, and Norway pledged NOK 3 billion for Ukraine on the spot."
    assert ("NOR", 3_000_000_000) in sums(text)


# -- a sum asked of Congress (unpledged.asked_of_legislature) ---------------------------------------

def test_a_sum_asked_of_congress_is_no_pledge() -> None:
    text = "The White House has asked Congress for about $40 billion in further military aid for Ukraine."
    assert sums(text) == set()


def test_a_sum_congress_passed_is_a_pledge() -> None:
    # negative: the legislature voting the money gives it
    text = "Congress approved $40 billion in further military aid for Ukraine on Thursday."
    assert ("USA", 40_000_000_000) in sums(text)


def test_a_facilitys_financial_ceiling_is_no_pledge() -> None:
    text = ("The EU adopted a €300 million package for Ukraine under the facility on Monday. The facility funds "
            "military support for partner countries and has a financial ceiling of €8 billion for 2021-2027.")
    assert {c[1] for c in commitments(text) if c[1]} == {300_000_000}


# -- a stock of assets named after "the use of" (asset_values.py) -----------------------------------

def test_the_use_of_a_stock_of_assets_is_no_pledge() -> None:
    text = ("Canada has given Ukraine military aid since 2022. The Prime Minister confirmed that Canada is ready to "
            "move with its allies on the use of the roughly C$3 billion of Russian sovereign assets immobilised in Canada.")
    assert sums(text) == set()


def test_a_verb_putting_assets_to_use_keeps_the_sum() -> None:
    # negative: "would use" is a verb putting the stock to use, as before
    from coalition.extract.asset_values import values_assets
    from coalition.extract.pipeline import load_pipeline

    doc = load_pipeline()("The plan would use up to €200 billion of immobilised assets to fund a loan to Ukraine.")
    span = doc.spans["money"][0]
    sent = doc[0:len(doc)]
    assert not values_assets(doc, sent, span.start, span.end)
