"""Latency of the web app on a large store: the filtered facts list and the overview (issue 5).

    python benchmarks/api.py                   # 100,000 articles, about 1,000,000 facts
    python benchmarks/api.py --scale 0.1       # 10,000 articles first, to try it out
    python benchmarks/api.py --reuse           # measure again on the database made last time

1. Generates ``--articles`` articles' worth of facts (default 100,000 x 10)
   straight into a SQLite file with bulk inserts through the store's tables
   (documents, facts, fact_actors, and the merged records the overview sums);
   the extractor is not run. The schema comes from the store's migrations, so
   the indexes measured are the ones the app ships with.
2. Starts the app under uvicorn on 127.0.0.1 and a free port (``--workers N``
   processes, as ``coalition serve --workers N``; one by default, as
   ``coalition serve``).
3. Sends a bounded number of requests from ``--clients`` concurrent clients
   (20) to each endpoint group in turn, and prints p50, p95 and max latency
   against the targets: facts list p95 < 100 ms, overview p95 < 300 ms.

The facts list is measured both as the API (``/api/v1/facts``, when the app
has it) and as the page (``/facts``). Output goes to standard output; the
database stays in ``benchmarks/out/`` (git-ignored) for ``--reuse``.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))  # this checkout's coalition, not an installed one

import httpx  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402

from coalition.store import Store  # noqa: E402
from coalition.store.schema import (  # noqa: E402
    DocumentRow,
    FactActorRow,
    FactRow,
    RecordRow,
    RecordSourceRow,
    fact_actor_rows,
)

TARGETS_MS = {"facts list": 100.0, "overview": 300.0}
FACTS_PER_ARTICLE = 10
BATCH = 20_000

DONORS = ["USA", "DEU", "GBR", "FRA", "NLD", "DNK", "NOR", "SWE", "POL", "CAN", "JPN", "ITA", "ESP", "FIN",
          "BEL", "CZE", "EST", "LVA", "LTU", "AUS", "EU", "NATO", "PRT", "AUT", "IRL", "TUR", "KOR", "CHE"]
CATEGORIES = ["military", "financial", "humanitarian", "troops", "training", "intelligence", "logistics", "other"]
STATUSES = ["announced", "planned", "contracted", "delivered", "considering", "paused"]
CURRENCIES = [("USD", 0.92), ("EUR", 1.0), ("GBP", 1.17), ("NOK", 0.087), ("DKK", 0.134), ("JPY", 0.0061)]
ITEMS = ["artillery shells", "air defence missiles", "armoured vehicles", "drones", "F-16 jets", "tanks", "demining kits"]
SPEAKERS = [("Keir Starmer", "GBR"), ("Emmanuel Macron", "FRA"), ("Olaf Scholz", "DEU"), ("Sergei Lavrov", "RUS"),
            ("Volodymyr Zelensky", "UKR"), ("Ursula von der Leyen", "EU"), ("Mark Rutte", "NATO")]
STANCES = ["support", "oppose", "open", "considering", "conditional"]
# kind, share of an article's ten facts
MIX = ["commitment"] * 4 + ["statement"] * 3 + ["stance", "participation", "ceasefire"]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- generating ---------------------------------------------------------------------


def _day(rng: random.Random) -> str:
    return f"{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _fact(rng: random.Random, kind: str, sentence: str, start: int, day: str) -> dict:
    evidence = {"text": sentence, "start": start, "end": start + len(sentence)}
    if kind == "commitment":
        donor = rng.choice(DONORS)
        currency, _ = rng.choice(CURRENCIES)
        data = {"kind": "commitment", "donor": donor, "recipient": "UKR", "category": rng.choice(CATEGORIES),
                "status": rng.choice(STATUSES), "amount": rng.randint(1, 500) * 10**6, "currency": currency,
                "items": [rng.choice(ITEMS)], "supplier": None, "date": day if rng.random() < 0.5 else None,
                "evidence": evidence, "confidence": 0.8}
        return data
    if kind == "statement":
        speaker, actor = rng.choice(SPEAKERS)
        data = {"kind": "statement", "speaker": speaker, "role": None, "actor": actor,
                "quote": sentence[1:-8], "evidence": evidence, "confidence": 0.8}
        return data
    if kind == "stance":
        actor = rng.choice(DONORS + ["RUS"])
        data = {"kind": "stance", "actor": actor, "target": "coalition of the willing", "stance": rng.choice(STANCES),
                "evidence": evidence, "confidence": 0.8}
        return data
    if kind == "participation":
        actor = rng.choice(DONORS)
        data = {"kind": "participation", "actor": actor, "mission": rng.choice(["peacekeeping", "reassurance force"]),
                "status": rng.choice(["committed", "considering", "open", "conditional", "declined"]),
                "roles": ["troops"], "excluded": [], "evidence": evidence, "confidence": 0.8}
        return data
    proposers = rng.sample(DONORS[:6], 2)
    data = {"kind": "ceasefire", "proposers": proposers, "duration_days": 30, "scope": ["air", "sea"],
            "status": rng.choice(["proposed", "rejected", "accepted"]), "responses": [{"actor": "RUS", "response": "rejected"}],
            "evidence": evidence, "confidence": 0.8}
    return data


def generate(url: str, articles: int, seed: int = 5) -> None:
    """Fill an empty, migrated database with ``articles`` articles of ten facts each."""
    rng = random.Random(seed)
    with Store.open(url) as store:
        engine = store.engine
        with engine.begin() as connection:
            connection.execute(text("PRAGMA journal_mode=WAL"))
        started = time.perf_counter()
        fact_id = record_id = 0
        for first in range(0, articles, BATCH // FACTS_PER_ARTICLE):
            documents, facts, actors, records, sources = [], [], [], [], []
            for doc_id in range(first + 1, min(articles, first + BATCH // FACTS_PER_ARTICLE) + 1):
                published = _day(rng)
                sentences, kinds = [], [rng.choice(MIX) for _ in range(FACTS_PER_ARTICLE)]
                for position, kind in enumerate(kinds):
                    donor = rng.choice(DONORS)
                    if kind == "statement":
                        sentences.append(f'"We stand with Ukraine for as long as it takes, number {doc_id}-{position}," he said.')
                    else:
                        sentences.append(f"{donor} announced support number {doc_id}-{position} for Ukraine on {published}.")
                body = " ".join(sentences)
                documents.append({"id": doc_id, "doc_key": f"bench-{doc_id}", "content_hash": hashlib.sha256(body.encode()).hexdigest(),
                                  "title": f"Benchmark article {doc_id}", "url": f"https://bench.example/{doc_id}",
                                  "published": published, "outlet": "Benchmark Wire", "text": body, "source": "benchmark"})
                offset = 0
                pending_commitment = None
                for position, (kind, sentence) in enumerate(zip(kinds, sentences)):
                    fact_id += 1
                    data = _fact(rng, kind, sentence, offset, published)
                    offset += len(sentence) + 1
                    facts.append({"id": fact_id, "document_id": doc_id, "position": position, "kind": kind, "data": data,
                                  "evidence_start": data["evidence"]["start"], "evidence_end": data["evidence"]["end"],
                                  "evidence_text": sentence, "confidence": 0.8, "fact_date": data.get("date"),
                                  "category": data.get("category"), "status": data.get("status") or data.get("stance"),
                                  "review_state": "pending"})
                    actors.extend({"fact_id": fact_id, **columns} for columns in fact_actor_rows(data, published))
                    # Merged records: two reports per commitment, one per other fact.
                    if kind == "commitment" and pending_commitment is not None:
                        sources.append({"fact_id": fact_id, "record_id": pending_commitment, "document_id": doc_id,
                                        "position": 1, "evidence": sentence, "seen": published, "status": data["status"],
                                        "reason": "same donor, recipient and amount"})
                        pending_commitment = None
                        continue
                    record_id += 1
                    rate = dict(CURRENCIES).get(data.get("currency") or "", 1.0)
                    records.append({
                        "id": record_id, "key": f"r{record_id}", "kind": kind,
                        "actor": data.get("donor") or data.get("actor") or "/".join(data.get("proposers") or []) or None,
                        "target": data.get("recipient") or data.get("target") or data.get("mission"),
                        "category": data.get("category"), "status": data.get("status") or data.get("stance"),
                        "first_date": data.get("date") or published, "latest_date": published,
                        "amount": data.get("amount"), "currency": data.get("currency"),
                        "amount_eur": data["amount"] * rate if data.get("amount") else None,
                        "amount_usd": None, "rate_eur": rate, "rate_usd": None, "rate_date": None, "rate_note": None,
                        "flag": "cumulative" if kind == "commitment" and rng.random() < 0.05 else None,
                        "conflict": False, "conflict_with": [], "source_count": 1, "data": _record_data(data),
                    })
                    sources.append({"fact_id": fact_id, "record_id": record_id, "document_id": doc_id, "position": 0,
                                    "evidence": sentence, "seen": published, "status": data.get("status") or data.get("stance"),
                                    "reason": "first report"})
                    if kind == "commitment":
                        pending_commitment = record_id
            with engine.begin() as connection:
                connection.execute(insert(DocumentRow.__table__), documents)
                connection.execute(insert(FactRow.__table__), facts)
                connection.execute(insert(FactActorRow.__table__), actors)
                connection.execute(insert(RecordRow.__table__), records)
                connection.execute(insert(RecordSourceRow.__table__), sources)
            done = documents[-1]["id"]
            log(f"  {done:,} articles, {fact_id:,} facts, {record_id:,} records ({time.perf_counter() - started:.0f} s)")
        with engine.begin() as connection:
            connection.execute(text("ANALYZE"))


def _record_data(data: dict) -> dict:
    kind = data["kind"]
    if kind == "ceasefire":
        return {"proposers": data["proposers"], "scope": data["scope"], "duration_days": data["duration_days"],
                "status": data["status"], "responses": []}
    if kind == "commitment":
        return {"items": data["items"], "supplier": None, "history": []}
    return {"history": []}


# -- measuring ----------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(url: str, workers: int = 1) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "COALITION_DB": url, "PYTHONPATH": str(ROOT / "src")}
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "coalition.web.app:create_app", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning", "--no-access-log", "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited: {server.stderr.read().decode()[-2000:]}")
        try:
            httpx.get(base + "/static/site.css", timeout=2)
            return server, base
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start within 60 s")


def facts_list_urls(prefix: str, rng: random.Random, count: int) -> list[str]:
    urls = []
    for _ in range(count):
        choice = rng.random()
        actor = rng.choice(DONORS)
        if choice < 0.3:
            urls.append(f"{prefix}?kind=commitment&actor={actor}")
        elif choice < 0.5:
            urls.append(f"{prefix}?kind=commitment&category={rng.choice(CATEGORIES)}")
        elif choice < 0.7:
            urls.append(f"{prefix}?actor={actor}&since=2024-01-01&until=2024-12-31")
        elif choice < 0.85:
            urls.append(f"{prefix}?kind=statement")
        else:
            urls.append(f"{prefix}?kind=commitment&review_state=pending" if "api" in prefix else f"{prefix}?kind=commitment&review=pending")
    return urls


def load(base: str, urls: list[str], clients: int) -> tuple[list[float], int]:
    """Send ``urls`` from ``clients`` threads, each with its own keep-alive connection; latencies in ms.

    The clients use the standard library's ``http.client``: they share the
    machine's cores with the server, and httpx spent about as much CPU per
    request as the server did, which measured the clients as much as the app.
    """
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    queue = list(reversed(urls))
    host, port = base.removeprefix("http://").split(":")

    def client() -> None:
        nonlocal errors
        connection = http.client.HTTPConnection(host, int(port), timeout=60)
        try:
            while True:
                with lock:
                    if not queue:
                        return
                    url = queue.pop()
                started = time.perf_counter()
                connection.request("GET", url)
                response = connection.getresponse()
                response.read()
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies.append(elapsed)
                    if response.status != 200:
                        errors += 1
        finally:
            connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000, help="articles to generate (10 facts each)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply --articles (0.1 for a quick run)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=1000, help="requests per endpoint group")
    parser.add_argument("--db", default=str(ROOT / "benchmarks" / "out" / "api.db"), help="SQLite file to make")
    parser.add_argument("--reuse", action="store_true", help="measure the database left by an earlier run")
    parser.add_argument("--workers", type=int, default=1,
                        help="uvicorn worker processes (as `coalition serve --workers N`)")
    args = parser.parse_args(argv)

    articles = max(1, int(args.articles * args.scale))
    path = Path(args.db)
    url = f"sqlite:///{path}"
    if not (args.reuse and path.exists()):
        path.parent.mkdir(parents=True, exist_ok=True)
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        log(f"generating {articles:,} articles x {FACTS_PER_ARTICLE} facts into {path}")
        started = time.perf_counter()
        generate(url, articles)
        log(f"generated in {time.perf_counter() - started:.0f} s ({path.stat().st_size / 1e6:.0f} MB)")
    with Store.open(url) as store:
        facts, documents = store.count_facts(), store.count_documents()

    server, base = start_server(url, args.workers)
    rng = random.Random(7)
    results = []
    try:
        groups = []
        if httpx.get(base + "/api/v1/facts?limit=1", timeout=60).status_code == 200:
            groups.append(("facts list", "API /api/v1/facts", facts_list_urls("/api/v1/facts", rng, args.requests)))
        groups.append(("facts list", "page /facts", facts_list_urls("/facts", rng, args.requests)))
        groups.append(("overview", "page /", ["/"] * max(1, args.requests // 2)))
        for target, name, urls in groups:
            load(base, urls[: args.clients * 2], args.clients)  # warm-up: connections, caches
            started = time.perf_counter()
            latencies, errors = load(base, urls, args.clients)
            wall = time.perf_counter() - started
            results.append((target, name, latencies, errors, wall))
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()

    print(f"store: {documents:,} articles, {facts:,} facts (SQLite, {path.stat().st_size / 1e6:.0f} MB); "
          f"{args.clients} concurrent clients on loopback, "
          f"{'one uvicorn worker' if args.workers == 1 else f'{args.workers} uvicorn workers'}")
    print(f"{'endpoint':<22} {'requests':>8} {'errors':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  target p95")
    failed = False
    summary = []
    for target, name, latencies, errors, wall in results:
        p50, p95 = percentile(latencies, 0.50), percentile(latencies, 0.95)
        ok = p95 < TARGETS_MS[target] and not errors
        failed = failed or not ok
        print(f"{name:<22} {len(latencies):>8} {errors:>6} {len(latencies) / wall:>7.0f} {p50:>8.1f} {p95:>8.1f} "
              f"{max(latencies):>8.1f}  < {TARGETS_MS[target]:.0f} ms {'ok' if ok else 'MISSED'}")
        summary.append({"endpoint": name, "requests": len(latencies), "errors": errors, "p50_ms": round(p50, 1),
                        "p95_ms": round(p95, 1), "mean_ms": round(statistics.fmean(latencies), 1),
                        "target_p95_ms": TARGETS_MS[target]})
    (ROOT / "benchmarks" / "out").mkdir(parents=True, exist_ok=True)
    (ROOT / "benchmarks" / "out" / "api.json").write_text(json.dumps({"facts": facts, "articles": documents, "results": summary}, indent=1))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
