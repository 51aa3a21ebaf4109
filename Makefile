# Wijkportaal. `make run` sets everything up and serves the demo; `make test` runs all tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
DEV_ENV := DEBUG=1
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run stop test lint format migrate demo messages check clean bench serve bench-load \
	bench-relevantie bench-lighthouse
# Without DATABASE_URL every command below uses the embedded PostgreSQL server of the virtualenv
# (wijkportaal/ingebouwde_database.py); it starts on demand and `make stop` stops it.
DB := $(PY) -m wijkportaal.ingebouwde_database

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

migrate: $(STAMP)
	$(DEV_ENV) $(PY) manage.py migrate --no-input

demo: migrate
	$(DEV_ENV) $(PY) manage.py demo_opzetten

# The mail worker runs alongside (mails appear in this terminal: the console backend).
run: demo
	@echo "Wijkportaal draait op http://$(HOST):$(PORT)/ (stoppen: Ctrl+C)"
	@$(DEV_ENV) $(PY) manage.py mail_versturen --blijf-draaien & werker=$$!; \
	  trap 'kill $$werker 2>/dev/null; $(DB) stop' EXIT; \
	  $(DEV_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

# Stop the embedded PostgreSQL server (its data stays in .pgdata/).
stop:
	@test ! -x $(PY) || $(DB) stop

test: $(STAMP)
	@test -x /usr/bin/chromium || { \
	  echo "Chromium ontbreekt: de browsertests (tests/e2e) worden overgeslagen."; \
	  echo "Installeer het met: sudo apt-get update && sudo apt-get install -y chromium"; \
	  if [ "$$CI" = "true" ]; then echo "In CI moeten ze draaien: gestopt."; exit 1; fi; }
	@al=$$($(DB) status); $(PY) -m pytest $(PYTEST_ARGS); uitkomst=$$?; \
	  if [ -z "$$DATABASE_URL" ] && [ "$$al" != draait ]; then $(DB) stop >/dev/null; fi; exit $$uitkomst

# ruff, then the app layers as import-linter contracts (pyproject.toml, [tool.importlinter]).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: $(STAMP)
	$(DEV_ENV) $(PY) manage.py makemigrations --check --dry-run

messages: $(STAMP)
	$(DEV_ENV) $(PY) manage.py makemessages -l en --ignore=.venv --ignore=staticfiles
	$(DEV_ENV) $(PY) manage.py compilemessages --ignore=.venv

clean: stop
	rm -rf $(VENV) staticfiles .pytest_cache .pgdata

# Import 5,000 HSDS services into a database of its own on the configured server and time it.
bench-import: $(STAMP)
	$(PY) bench/hsds_import.py

# Page weight as a phone receives it (issue 8): <= 60 KB per public page, <= 250 KB for the map.
bench-gewicht: $(STAMP)
	$(PY) bench/paginagewicht.py

# Lighthouse (mobile, npm, pinned) in chromium on /, /aanbod/, a detail page and /kaart/, map
# tiles blocked (issue 21): accessibility 100, performance >= 95. Needs Node and npm.
# Database wp_bench_lighthouse (BENCH_DATABASE). BENCH_ARGS="--runs 5". See bench/README.md.
bench-lighthouse: $(STAMP)
	$(PY) bench/lighthouse.py $(BENCH_ARGS)

# Search at 10,000 and 100,000 synthetic offers, next to a naive icontains search (issues 3
# and 19). Drops and makes the database wp_bench on the configured server (DATABASE_URL, or
# the embedded one). See bench/README.md.
bench: $(STAMP)
	DEBUG=0 SECRET_KEY=bench $(PY) -W ignore -m bench.zoeken $(BENCH_ARGS)

# The relevance set of search (issue 19): top-3 hit rate per set on the demo catalogue, in a
# database of its own. BENCH_ARGS="--missers zinnen" shows each miss. See bench/relevantie.py.
bench-relevantie: $(STAMP)
	DEBUG=0 SECRET_KEY=bench $(PY) -W ignore -m bench.relevantie $(BENCH_ARGS)

# Production-like on http://127.0.0.1:8000/: DEBUG off, collectstatic, gunicorn (gunicorn.conf.py).
# SECRET_KEY comes from the environment or from .secret_key (made once, git-ignored); the
# database follows the usual DATABASE_URL rules. There is no TLS here, so the HTTPS redirect
# and secure cookies are off unless you set SERVE_TLS=1 (behind a TLS proxy). See README.
SERVE_TLS ?= 0
serve: $(STAMP)
	@test -n "$$SECRET_KEY" -o -s .secret_key || (umask 077 && $(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > .secret_key)
	@export DEBUG=0 SECRET_KEY="$${SECRET_KEY:-$$(cat .secret_key)}" \
		SECURE_SSL_REDIRECT=$(SERVE_TLS) SECURE_COOKIES=$(SERVE_TLS) \
		GUNICORN_BIND="$${GUNICORN_BIND:-$(HOST):$(PORT)}"; \
	$(PY) manage.py check --deploy --fail-level ERROR && \
	$(PY) manage.py collectstatic --no-input -v 0 && \
	echo "Wijkportaal (productie-instellingen) draait op http://$(HOST):$(PORT)/ (stoppen: Ctrl+C)" && \
	exec $(VENV)/bin/gunicorn -c gunicorn.conf.py wijkportaal.wsgi

# Load bench (issue 7): gunicorn + PostgreSQL (database wp_load, dropped and filled with the
# demo), 50 clients for 20 s on the search page, a detail page and the question form.
# Uses wrk when installed (apt-get install wrk). See bench/README.md.
LOAD_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/wp_load
bench-load: $(STAMP)
	LOAD_DATABASE_URL=$(LOAD_DATABASE_URL) $(PY) -W ignore -m bench.belasting $(LOAD_ARGS)

# requirements.lock: every dependency (also indirect ones) pinned with its sha256, made from
# pyproject.toml by pip's own resolver (pip lock, then tools/vergrendelen.py); `make install`
# installs it with --require-hashes. Run after changing a pin in pyproject.toml.
.PHONY: lock
lock: $(STAMP)
	$(PY) -m pip lock --quiet -e ".[dev]" -o pylock.toml
	$(PY) tools/vergrendelen.py pylock.toml requirements.lock
	rm -f pylock.toml

# Front-end packages from the npm registry (exact versions, sha512 checked) into static/vendor/,
# plus the Utrecht subset static/vendor/utrecht/utrecht.css. The copies are committed: run this
# only to change a version (scripts/npm_ophalen.py, docs/ontwerp.md).
.PHONY: frontend
frontend:
	$(PYTHON) scripts/npm_ophalen.py
