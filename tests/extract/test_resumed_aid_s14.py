"""Fourteenth session, round 2: aid resumed after a pause, on made-up sentences. A sentence that lifts
a freeze on aid makes an article about aid even without naming Ukraine (dev 455); "will resume",
"resumption of" and "restart" are a resumption's verbs (dev 002); a headline's "lifts freeze" is a
resumption, not a pause (dev 002); intelligence sharing coordinated with military aid is a
commitment of its own kind (ADJUDICATION 49; dev 002, 455); a resumption told again in a
later sentence is one commitment (dev 002); a pause whose weapons run on into "attacks" or "strikes"
is a truce's scope, not aid held back (dev 455, 462). Each fails without its rule."""

from __future__ import annotations

from tests.extract.commitment_sentences import commitments_of, facts


def found(text: str) -> list[tuple]:
    return [(f.donor, f.status, f.category) for f in facts(text)]


# --- a lifted freeze makes the article one about aid ---

TALKS = ("Talks end with a plan for a truce\n\n"
         "Ukraine and the United States met in Riyadh on Monday to discuss a truce. Kyiv said it was ready "
         "to stop firing if Moscow did the same. ")


def test_a_lifted_freeze_is_aid_though_the_sentence_names_no_ukraine():
    text = TALKS + ("In return, Washington lifted the freeze it had imposed on security assistance a week "
                    "before, after a row between the two presidents.")
    # fifteenth session: the freeze told as imposed is also the halt itself (ADJUDICATION 50; dev 455)
    assert sorted((f.donor, f.category, f.status) for f in commitments_of(text)) == [
        ("USA", "military", "announced"), ("USA", "military", "paused")]


def test_a_freeze_told_without_its_end_gives_no_aid_in_such_an_article():
    text = TALKS + "Washington kept the freeze it had imposed on security assistance a week before."
    assert commitments_of(text) == []


# --- verbs of resumption ---

def test_will_resume_is_a_resumption():
    assert ("GBR", "announced", "military") in found("London will resume military aid after the election.")


def test_resume_talks_is_no_aid():
    assert found("London will resume talks with Kyiv after the election.") == []


# --- a headline's lifted freeze, without its determiner ---

def test_a_headline_lifting_a_freeze_is_a_resumption():
    text = ("Canada lifts freeze on military aid to Ukraine\n\n"
            "Ottawa said on Friday that deliveries to Kyiv would go on after a month-long review.")
    assert [(f.donor, f.status) for f in commitments_of(text)] == [("CAN", "announced")]


def test_a_headline_freezing_aid_is_a_pause():
    text = ("Canada freezes military aid to Ukraine\n\n"
            "Ottawa said on Friday that deliveries to Kyiv would stop during a month-long review.")
    assert [(f.donor, f.status) for f in commitments_of(text)] == [("CAN", "paused")]


# --- intelligence sharing beside military aid is its own commitment ---

def test_intelligence_sharing_coordinated_with_military_aid_is_split():
    kinds = {(d, c) for d, _, c in found("Washington resumed military assistance and intelligence sharing on Wednesday.")}
    assert kinds == {("USA", "military"), ("USA", "intelligence")}


def test_surveillance_drones_stay_one_commitment():
    # "drones for surveillance": the intelligence word is the drones' purpose, not a second kind
    kinds = [c for _, _, c in found("Japan has sent helmets and drones for surveillance to Ukraine.")]
    assert kinds == ["military"]


# --- a resumption told again ---

def test_a_resumption_told_twice_is_one_commitment():
    text = ("Canada said on Friday it would resume military aid and intelligence sharing at once. Under the accord, "
            "Ottawa will lift the pause on intelligence sharing within days and restart its security assistance.")
    assert sorted(c for d, s, c in found(text)) == ["intelligence", "military"]


def test_two_donors_resuming_are_two_commitments():
    text = "Washington said it would resume military assistance at once. Ottawa will restart its military assistance too."
    assert {d for d, _, c in found(text) if c == "military"} == {"USA", "CAN"}


# --- a truce's weapons are no paused aid ---

def test_a_halt_to_missile_and_drone_attacks_is_no_paused_aid():
    assert found("Paris proposed a halt to missile and drone attacks on cities for a month.") == []


def test_a_halt_to_missile_shipments_after_strikes_is_paused_aid():
    assert ("DEU", "paused", "military") in found(
        "Germany halted shipments of missiles and drones after Russian strikes on the border.")
