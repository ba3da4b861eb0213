# The two commands a newcomer needs: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test test-pg lint typecheck api-check format migrate demo messages worker beat web clean bench check-deploy

$(STAMP): requirements.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

migrate: $(STAMP)
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

## run: install, migrate, load demo data, then start web server, Celery worker and beat together.
run: demo
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	PORT=$(PORT) $(BIN)/python -m kennispark.devserver

## test: the whole suite (unit, integration with a real worker, browser tests in Chromium).
test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## test-pg: the suite on the local PostgreSQL and Redis, as CI runs it (before pushing migrations, queries, tasks).
test-pg: $(STAMP)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/kennispark_test} \
	CELERY_BROKER_URL=$${CELERY_BROKER_URL:-redis://127.0.0.1:6379/0} $(MAKE) test

lint: $(STAMP)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .

## typecheck: mypy with the Django and DRF stubs (strict on kennispark/ and the services).
typecheck: $(STAMP)
	$(BIN)/python -m mypy

## api-check: schemathesis against the API on the local PostgreSQL and Redis (.ci/api-contract).
api-check: $(STAMP)
	.ci/api-contract

format: $(STAMP)
	$(BIN)/python -m ruff check --fix .
	$(BIN)/python -m ruff format .

## messages: refresh and compile the Dutch translations of every app (needs GNU gettext).
messages: $(STAMP)
	$(BIN)/python manage.py makemessages --locale nl --no-obsolete --ignore '.venv/*' --ignore 'var/*' --ignore 'static/vendor/*' --ignore 'tests/*' --ignore 'bench/*'
	$(BIN)/python manage.py compilemessages --locale nl --ignore '.venv/*'

check-deploy: $(STAMP)
	DJANGO_SETTINGS_MODULE=kennispark.settings.production DJANGO_SECRET_KEY=$$(head -c 48 /dev/urandom | base64) \
	DJANGO_ALLOWED_HOSTS=kennispark.example SITE_URL=https://kennispark.example $(BIN)/python manage.py check --deploy --fail-level WARNING

bench: $(STAMP)
	for script in bench/*.py; do $(BIN)/python $$script || exit 1; done

web: $(STAMP)
	$(BIN)/gunicorn kennispark.wsgi --bind 0.0.0.0:$(PORT) --workers 3

# One worker for both queues (CELERY_TASK_QUEUES); production runs a separate one for imports (see Procfile).
worker: $(STAMP)
	$(BIN)/celery -A kennispark worker --loglevel INFO

beat: $(STAMP)
	$(BIN)/celery -A kennispark beat --loglevel INFO

clean:
	rm -rf $(VENV) var
