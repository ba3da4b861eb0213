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
max_requests = 5000
max_requests_jitter = 500
