"""Run the development web server, a Celery worker and celery beat together, as `make run` does.

honcho or foreman would do this from the Procfile, but they would be one more thing to install; this
is the smallest supervisor that stops all three when one stops or Ctrl-C is pressed.
"""

import os
import signal
import subprocess
import sys
import time

DEMO_LOGINS = [("editor", "editor"), ("acquisition", "acquisition"), ("company representative", "company")]


def main() -> int:
    """Start web, worker and beat; print the URL and demo logins; stop everything when one exits."""
    port = os.environ.get("PORT", "8000")
    python = sys.executable
    # The worker consumes both queues (CELERY_TASK_QUEUES): the short tasks' and the imports'.
    commands = {
        "web": [python, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        "worker": [python, "-m", "celery", "-A", "kennispark", "worker", "--loglevel", "INFO", "--concurrency", "2"],
        "beat": [python, "-m", "celery", "-A", "kennispark", "beat", "--loglevel", "INFO"],
    }
    processes = {name: subprocess.Popen(command) for name, command in commands.items()}  # noqa: S603
    time.sleep(2)
    print(f"\n  Kennispark portal: http://127.0.0.1:{port}/  (English: http://127.0.0.1:{port}/en/)")
    print("  Demo logins (password = demo-wachtwoord-2025):")
    for role, username in DEMO_LOGINS:
        print(f"    {role:<24} {username}")
    print("  Press Ctrl-C to stop.\n", flush=True)

    def stop(*_args: object) -> None:
        for process in processes.values():
            if process.poll() is None:
                process.terminate()

    signal.signal(signal.SIGTERM, stop)
    try:
        while all(process.poll() is None for process in processes.values()):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    stop()
    for process in processes.values():
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
