"""gunicorn's settings for production (Procfile, `make serve`) and bench/bench_pages.py alike; read from the cwd."""

import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
worker_class = "sync"
# Loaded once before forking: workers start at once and share the imported code's memory.
preload_app = True
timeout = 60
graceful_timeout = 30
# A sync worker closes each connection after its response; a proxy in front keeps the visitors' connections.
keepalive = 2
# Recycle workers now and then, so a slow leak never grows unbounded; jittered so they do not restart together.
# Not too often: a busy portal would otherwise restart a worker every few seconds, and the visitors queued
# behind it wait.
max_requests = 100_000
max_requests_jitter = 10_000


def when_ready(server):
    """Compile the templates, load the translations and URL maps in the master: every worker forked from it,
    a recycled one included, answers its first request as fast as its thousandth."""
    from kennispark.warm_up import process_warm_up

    server.log.info("Warmed up %d templates before forking the workers", process_warm_up())
