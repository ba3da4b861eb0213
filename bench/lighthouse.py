"""Run Lighthouse (SEO, accessibility, layout shift) on the public pages, served with the demo data.

Run from the project root (PostgreSQL, Redis, Node.js with npm and Debian's Chromium on this machine; about
5 minutes, most of it preparing the database):

    .venv/bin/python bench/lighthouse.py                # prepare kennispark_lighthouse, audit, print the scores
    .venv/bin/python bench/lighthouse.py --reuse-db     # keep the database of an earlier run (only migrate it)
    .venv/bin/python bench/lighthouse.py --desktop      # desktop instead of Lighthouse's default phone emulation
    .venv/bin/python bench/lighthouse.py --strict       # exit 1 when a page misses SEO 100, a11y 100 or CLS < 0.1

It installs the Lighthouse pinned in bench/package.json (`npm ci`, from the npm registry, into bench/node_modules),
prepares the database as bench/bench_pages.py does (drop, migrate, load_demo, collectstatic), starts the portal
under gunicorn with the production settings on plain http (127.0.0.1 only) and audits `/`, `/agenda/`, one event,
`/kerncijfers/` and `/bedrijven/` with CHROME_PATH (default /usr/bin/chromium). The failing audits of each page
are listed under it. Not part of `make test`.
"""

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

from bench_pages import HOST, ROOT, database_prepare, free_port, manage, server_start, server_wait

BENCH = Path(__file__).resolve().parent
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/kennispark_lighthouse"
PAGES = ["/", "/agenda/", "EVENT", "/kerncijfers/", "/bedrijven/"]
CATEGORIES = ("seo", "accessibility", "performance")
TARGETS = {"seo": 100, "accessibility": 100}
CLS_TARGET = 0.1
ATTEMPTS = 3
EVENT_PAGE = (
    "from community.events.models import Event\n"
    "event = Event.objects.public().filter(registration_open=True).order_by('starts_at').first()\n"
    "print('EVENT', event.get_absolute_url())\n"
)


def lighthouse_install() -> None:
    """Install the pinned Lighthouse unless bench/node_modules already has it."""
    if LIGHTHOUSE.exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("npm is missing (apt-get install npm); Lighthouse cannot be installed")
    command = [npm, "ci" if (BENCH / "package-lock.json").exists() else "install", "--no-audit", "--no-fund"]
    subprocess.run(command, cwd=BENCH, check=True)


def audit(url: str, *, desktop: bool) -> dict:
    """Return Lighthouse's JSON report of one URL."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ]
    if desktop:
        command.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    for _attempt in range(ATTEMPTS):
        # On a busy machine Chromium's trace sometimes misses the navigation (NO_NAVSTART): try again.
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        if not result.returncode:
            return json.loads(result.stdout)
    sys.exit(f"lighthouse failed on {url}:\n{result.stderr[-3000:]}")


def summary(report: dict) -> tuple[dict[str, int], float, list[str]]:
    """Return the category scores (0-100), the cumulative layout shift and the failing SEO/a11y audits."""
    scores = {name: round((report["categories"][name]["score"] or 0) * 100) for name in CATEGORIES}
    cls = report["audits"]["cumulative-layout-shift"]["numericValue"]
    failing = [
        f"{name}: {report['audits'][ref['id']]['title']}"
        for name in TARGETS
        for ref in report["categories"][name]["auditRefs"]
        if ref["weight"] and report["audits"][ref["id"]]["score"] not in (None, 1)
    ]
    return scores, cls, failing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("LIGHTHOUSE_DATABASE_URL", DEFAULT_DATABASE_URL))
    parser.add_argument("--reuse-db", action="store_true", help="keep the prepared database of an earlier run")
    parser.add_argument("--desktop", action="store_true", help="audit as a desktop browser")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a page misses a target")
    args = parser.parse_args()
    lighthouse_install()

    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "DJANGO_SETTINGS_MODULE": "kennispark.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(48),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "SITE_URL": f"http://{HOST}:{port}",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    env.setdefault("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
    if args.reuse_db:
        manage(env, "migrate", "--noinput", timeout=900)
    else:
        print("preparing the database: migrate, load_demo ...", flush=True)
        database_prepare(env, args.database_url)
    manage(env, "collectstatic", "--noinput", "-v0")
    event = manage(env, "shell", "-c", EVENT_PAGE).split("EVENT ")[-1].strip()
    pages = [event if page == "EVENT" else page for page in PAGES]

    log = ROOT / "var" / "lighthouse-gunicorn.log"
    log.parent.mkdir(exist_ok=True)
    server = server_start(env, port, log)
    missed = 0
    try:
        server_wait(port, "/", server, log)
        print(f"{'page':<24} {'SEO':>4} {'a11y':>5} {'perf':>5} {'CLS':>6}")
        for page in pages:
            scores, cls, failing = summary(audit(f"http://{HOST}:{port}{page}", desktop=args.desktop))
            ok = all(scores[name] >= target for name, target in TARGETS.items()) and cls < CLS_TARGET
            missed += not ok
            line = f"{page:<24} {scores['seo']:>4} {scores['accessibility']:>5} {scores['performance']:>5} {cls:>6.3f}"
            print(line + ("" if ok else "  <- misses a target"), flush=True)
            for item in failing:
                print(f"    {item}")
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"targets: SEO {TARGETS['seo']}, accessibility {TARGETS['accessibility']}, CLS < {CLS_TARGET}")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
