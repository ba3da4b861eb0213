"""Load the portal's public pages and API lists under gunicorn against a "fortunes" baseline, in one run.

Run from the project root (PostgreSQL, Redis and `wrk` from Debian on this machine; about 5 minutes, 6 with --soak):

    .venv/bin/python bench/bench_pages.py               # prepare kennispark_bench, measure, print ratios
    .venv/bin/python bench/bench_pages.py --soak        # also 64 connections for 60 s on /api/establishments/
    .venv/bin/python bench/bench_pages.py --reuse-db    # keep kennispark_bench (only migrate it), no load_demo
    .venv/bin/python bench/bench_pages.py --strict      # exit 1 when a public page misses 1.0x the baseline
    .venv/bin/python bench/bench_pages.py --reuse-db --only staff   # only the staff pages, about a minute

It drops and recreates the database `kennispark_bench` (or the one given by --database-url), migrates it, loads the
demo data and collects the static files, then starts two gunicorn servers (2 sync workers each, 127.0.0.1 only):
the portal with `kennispark.settings.production` (DEBUG off; `DJANGO_SECURE_SSL_REDIRECT=false` so plain http on
127.0.0.1 is served instead of redirected, every other production default kept, the cache and connection settings
included) and the TechEmpower-style baseline of bench/fortunes on the same database settings. Each URL is loaded
with 16 connections for --duration seconds by wrk (a bounded thread pool of http.client connections when wrk is
missing). Ratios are requests/s of a page over the baseline's (higher is better) and p99 latency of a page over the
baseline's (lower is better). The first request of each page after a content change (an event, a vacancy and a
company profile saved and a monitor snapshot published, each through its service) is compared with the same
page's warm latency. Staff pages are loaded with a session of the demo acquisition user whose second factor counts
as verified.
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
HOST = "127.0.0.1"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/kennispark_bench"
BASELINE = "/fortunes/"
PAGES = Path(__file__).with_name("pages.txt")


def pages_read(kind: str) -> list[str]:
    """Return the paths of one kind ("public" or "staff") listed in bench/pages.txt."""
    lines = (line.split("#", 1)[0].split() for line in PAGES.read_text().splitlines())
    return [fields[1] for fields in lines if len(fields) == 2 and fields[0] == kind]


PUBLIC = pages_read("public")
STAFF = pages_read("staff")
SOAK = "/api/establishments/"
PUBLIC_TARGET, STAFF_TARGET, AFTER_CHANGE_TARGET = 1.0, 0.3, 3.0
URLS_PER_BASELINE = 4
FORTUNES = [
    "fortune: No such file or directory",
    "A computer scientist is someone who fixes things that aren't broken.",
    "After enough decimal places, nobody gives a damn.",
    "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1",
    "A computer program does what you tell it to do, not what you want it to do.",
    "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen",
    "Any program that runs right is obsolete.",
    "A list is only as strong as its weakest link. — Donald Knuth",
    "Feature: A bug with seniority.",
    "Computers make very fast, very accurate mistakes.",
    '<script>alert("This should not be displayed in a browser alert box.");</script>',
    "フレームワークのベンチマーク",
]
SETUP_BASELINE = """
import json, os
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("DROP TABLE IF EXISTS bench_fortune")
    cursor.execute("CREATE TABLE bench_fortune (id serial PRIMARY KEY, message varchar(2048) NOT NULL)")
    messages = [(message,) for message in json.loads(os.environ["BENCH_FORTUNES"])]
    cursor.executemany("INSERT INTO bench_fortune (message) VALUES (%s)", messages)
"""
STAFF_SESSION = """
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.models import User
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
user = User.objects.get(username="acquisition")
device, _ = TOTPDevice.objects.get_or_create(user=user, name="bench", defaults={"confirmed": True})
session = import_module(settings.SESSION_ENGINE).SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session[DEVICE_ID_SESSION_KEY] = device.persistent_id
session.create()
print("SESSION", session.session_key)
"""
# A content change in every area, each through its service as an editor or representative makes it: the next
# event's title gets a counter, a vacancy and a company profile are saved, the monitor publishes a new snapshot.
CONTENT_CHANGE = """
from django.contrib.auth.models import User
from django.utils import timezone
from community.events.models import Event, EventStatus
from community.events.services import event_save
from community.talent.models import Vacancy, VacancyStatus
from community.talent.services import vacancy_update
from establishments.models import Establishment
from establishments.self_service import establishment_profile_update
from monitoring.services import snapshot_compute
event = Event.objects.filter(status=EventStatus.APPROVED, starts_at__gte=timezone.now()).order_by("starts_at").first()
title, _, count = event.title_nl.partition(" #")
event.title_nl = f"{title} #{int(count or 0) + 1}"
event_save(event=event, user=User.objects.get(username="editor"))
vacancy_update(vacancy=Vacancy.objects.filter(status=VacancyStatus.PUBLISHED).order_by("pk").first())
company = User.objects.get(username="company")
establishment = Establishment.objects.represented_by(company).order_by("pk").first()
establishment_profile_update(establishment=establishment, user=company, data={})
snapshot_compute(trigger="bench")
print("CHANGED", event.pk)
"""


@dataclass
class Load:
    requests_per_second: float
    p99_ms: float
    requests: int
    errors: int
    timeouts: int


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def manage(env: dict[str, str], *args: str, timeout: float = 600) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode:
        sys.exit(f"manage.py {args[0]} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return result.stdout


def database_prepare(env: dict[str, str], database_url: str) -> None:
    """Drop and recreate the bench database, migrate it and load the demo data."""
    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin_env = {**env, "DATABASE_URL": urlunsplit(parts._replace(path="/postgres"))}
    code = (
        "from django.db import connection\n"
        "with connection.cursor() as cursor:\n"
        f"    cursor.execute('DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)')\n"
        f"    cursor.execute('CREATE DATABASE \"{name}\"')\n"
    )
    manage(admin_env, "shell", "-c", code)
    manage(env, "migrate", "--noinput", timeout=900)
    manage(env, "load_demo", timeout=900)


def server_start(env: dict[str, str], port: int, log: Path) -> subprocess.Popen:
    # gunicorn.conf.py of the project root (the production settings) applies; only the address and 2 workers differ.
    command = [GUNICORN, "kennispark.wsgi:application", "--bind", f"{HOST}:{port}", "--log-level", "warning"]
    env = {**env, "WEB_CONCURRENCY": "2"}
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)


def get(port: int, path: str, cookie: str = "", timeout: float = 30) -> tuple[int, float]:
    """Return the status and seconds of one GET on a fresh connection."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    finally:
        connection.close()


def server_wait(port: int, path: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"gunicorn on port {port} stopped:\n{log.read_text()[-3000:]}")
        try:
            if get(port, path, timeout=5)[0] == 200:
                return
        except OSError:
            time.sleep(0.3)
    sys.exit(f"gunicorn on port {port} did not answer {path} within 60 s")


def milliseconds(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def load_wrk(port: int, path: str, connections: int, seconds: int, cookie: str) -> Load:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "2s", "--latency"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(
        [*command, f"http://{HOST}:{port}{path}"], capture_output=True, text=True, timeout=seconds + 30
    ).stdout
    socket_errors = re.search(r"connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = int(non_2xx.group(1)) if non_2xx else 0
    timeouts = 0
    if socket_errors:
        connect, read, write, timeouts = (int(group) for group in socket_errors.groups())
        errors += connect + read + write
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE)
    return Load(
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        p99_ms=milliseconds(p99.group(1)) if p99 else float("nan"),
        requests=int(re.search(r"(\d+) requests in", output).group(1)),
        errors=errors,
        timeouts=timeouts,
    )


def load_python(port: int, path: str, connections: int, seconds: int, cookie: str) -> Load:
    """The fallback load generator: one keep-alive http.client connection per thread, bounded in time and count."""
    deadline = time.monotonic() + seconds
    per_connection = 100_000
    lock = threading.Lock()
    latencies: list[float] = []
    failures = {"errors": 0, "timeouts": 0}
    headers = {"Cookie": cookie} if cookie else {}

    def worker() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=2)
        mine, errors, timeouts = [], 0, 0
        for _ in range(per_connection):
            if time.monotonic() >= deadline:
                break
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                if response.status >= 400:
                    errors += 1
                mine.append(time.perf_counter() - started)
            except TimeoutError:
                timeouts += 1
                connection.close()
            except (OSError, http.client.HTTPException):
                errors += 1
                connection.close()
        connection.close()
        with lock:
            latencies.extend(mine)
            failures["errors"] += errors
            failures["timeouts"] += timeouts

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=connections) as pool:
        for _ in range(connections):
            pool.submit(worker)
    elapsed = time.monotonic() - started
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000 if latencies else float("nan")
    return Load(len(latencies) / elapsed, p99, len(latencies), failures["errors"], failures["timeouts"])


def load(port: int, path: str, connections: int, seconds: int, cookie: str = "") -> Load:
    generator = load_wrk if shutil.which("wrk") else load_python
    # Warm up: the first request of each worker pays for imports and caches; wrk counts a redirect as a success.
    for _ in range(4):
        status, _seconds = get(port, path, cookie)
        if status != 200:
            sys.exit(f"{path} answers {status}, not 200: nothing to measure")
    return generator(port, path, connections, seconds, cookie)


def single_latency_ms(port: int, path: str, cookie: str = "", repeat: int = 5) -> float:
    return statistics.median(get(port, path, cookie)[1] for _ in range(repeat)) * 1000


def verdict(ratio: float, target: float, lower_is_better: bool = False) -> str:
    met = ratio <= target if lower_is_better else ratio >= target
    return "ok" if met else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per URL (default 10)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--reuse-db", action="store_true", help="keep the prepared database of an earlier run")
    parser.add_argument("--soak", action="store_true", help=f"add 64 connections for 60 s on {SOAK}")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a public page misses its target")
    parser.add_argument("--only", choices=["public", "staff"], help="measure only the public or only the staff pages")
    args = parser.parse_args()
    if not urlsplit(args.database_url).scheme.startswith("postgres"):
        sys.exit("bench_pages.py measures PostgreSQL only: give a postgres:// --database-url")

    portal_port, baseline_port = free_port(), free_port()
    env = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "DJANGO_SETTINGS_MODULE": "kennispark.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(48),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "SITE_URL": f"http://{HOST}:{portal_port}",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    env.setdefault("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
    started = time.monotonic()
    if not args.reuse_db:
        print(f"preparing {urlsplit(args.database_url).path.lstrip('/')}: migrate, load_demo ...", flush=True)
        database_prepare(env, args.database_url)
    else:  # the code may have moved on since the database was prepared
        manage(env, "migrate", "--noinput", timeout=900)
    manage(env, "collectstatic", "--noinput", "-v0")
    manage({**env, "BENCH_FORTUNES": json.dumps(FORTUNES)}, "shell", "-c", SETUP_BASELINE)
    session = manage(env, "shell", "-c", STAFF_SESSION).split("SESSION ")[-1].strip()
    cookie = f"sessionid={session}"
    print(f"prepared in {time.monotonic() - started:.0f} s", flush=True)

    logs = ROOT / "var"
    servers = [
        (server_start(env, portal_port, logs / "bench-portal.log"), portal_port, "/health/", logs / "bench-portal.log"),
        (
            server_start({**env, "DJANGO_SETTINGS_MODULE": "bench.fortunes.settings"}, baseline_port,
                         logs / "bench-fortunes.log"),
            baseline_port,
            BASELINE,
            logs / "bench-fortunes.log",
        ),
    ]  # fmt: skip
    try:
        for process, port, path, log in servers:
            server_wait(port, path, process, log)
        print(f"portal on :{portal_port}, baseline on :{baseline_port}; wrk: {bool(shutil.which('wrk'))}")
        missed = report(args, portal_port, baseline_port, cookie, env)
    finally:
        for process, *_ in servers:
            process.terminate()
        for process, *_ in servers:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:  # workers still busy on a loaded machine
                process.kill()
                process.wait()
    print(f"total {time.monotonic() - started:.0f} s")
    if args.strict and missed:
        sys.exit(f"public targets missed: {', '.join(missed)}")


def report(args: argparse.Namespace, portal_port: int, baseline_port: int, cookie: str, env: dict) -> list[str]:
    """Measure and print every URL against the baseline; return the public URLs that missed their target."""
    c, seconds = args.connections, args.duration
    # Others share the machine and its load drifts: each page is compared with the baseline measured just before
    # and just after its group of URLS_PER_BASELINE, never with one measured minutes away.
    urls = [(path, "public") for path in PUBLIC] + [(path, "staff") for path in STAFF]
    urls = [(path, kind) for path, kind in urls if args.only in (None, kind)]
    samples = [load(baseline_port, BASELINE, c, seconds)]
    rows = []
    for start in range(0, len(urls), URLS_PER_BASELINE):
        group = urls[start : start + URLS_PER_BASELINE]
        measured = [
            (path, kind, load(portal_port, path, c, seconds, cookie if kind == "staff" else "")) for path, kind in group
        ]
        samples.append(load(baseline_port, BASELINE, c, seconds))
        bracket = Load(
            (samples[-2].requests_per_second + samples[-1].requests_per_second) / 2,
            (samples[-2].p99_ms + samples[-1].p99_ms) / 2,
            0,
            0,
            0,
        )
        rows += [(path, kind, result, bracket) for path, kind, result in measured]
        print(f"  measured {', '.join(path for path, _kind in group)}", flush=True)
    print(
        f"\nbaseline {BASELINE} (before, between and after the groups): "
        + ", ".join(f"{sample.requests_per_second:.0f} req/s p99 {sample.p99_ms:.0f} ms" for sample in samples)
    )

    print(f"\n{c} connections, {seconds} s each; ratio = page / bracketing baselines; p99 capped by the 2 s time-out")
    print(f"{'URL':28} {'req/s':>7} {'ratio':>6} {'p99 ms':>7} {'ratio':>6} {'errors':>6} {'t/o':>4}  target")
    missed = []
    for path, kind, result, bracket in rows:
        throughput = result.requests_per_second / bracket.requests_per_second
        latency = result.p99_ms / bracket.p99_ms
        target = PUBLIC_TARGET if kind == "public" else STAFF_TARGET
        ok = throughput >= target and (kind == "staff" or latency <= 1.0) and not result.errors + result.timeouts
        if kind == "public" and not ok:
            missed.append(path)
        print(
            f"{path:28} {result.requests_per_second:7.0f} {throughput:6.2f} {result.p99_ms:7.0f} {latency:6.2f} "
            f"{result.errors:6} {result.timeouts:4}  {kind} >= {target}x: {'ok' if ok else 'MISSED'}"
        )

    if args.only == "staff":
        return missed
    print("\nfirst request after a content change in every area, single connection; ratio = first / warm median")
    warm = {path: single_latency_ms(portal_port, path) for path in PUBLIC}
    manage(env, "shell", "-c", CONTENT_CHANGE)
    for path in PUBLIC:
        status, first = get(portal_port, path)
        ratio = first * 1000 / warm[path]
        print(
            f"{path:28} warm {warm[path]:6.1f} ms  first {first * 1000:6.1f} ms  {ratio:5.2f}x  "
            f"(status {status}) {verdict(ratio, AFTER_CHANGE_TARGET, lower_is_better=True)}"
        )

    if args.soak:
        reference = load(baseline_port, BASELINE, 64, 20)
        soak = load(portal_port, SOAK, 64, 60)
        ratio = soak.p99_ms / reference.p99_ms
        print(
            f"\nsoak {SOAK}, 64 connections, 60 s: {soak.requests_per_second:.0f} req/s, p99 {soak.p99_ms:.0f} ms, "
            f"errors {soak.errors}, time-outs {soak.timeouts}; baseline at 64 connections (20 s): "
            f"{reference.requests_per_second:.0f} req/s, p99 {reference.p99_ms:.0f} ms; p99 ratio {ratio:.2f}x "
            f"(target <= 2x, no error or time-out): "
            f"{'ok' if ratio <= 2 and not soak.errors + soak.timeouts else 'MISSED'}"
        )
    return missed


if __name__ == "__main__":
    main()
