# The two commands: `make run` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO_VAULT := .demo-vault
# The demo vault holds fictional people only; its passphrase is no secret.
DEMO_PASSPHRASE := demo vault with fictional people

.PHONY: run test check demo bench setup clean translations

# The interface's translations, compiled from the Qt Linguist sources (resources/i18n/README.md).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

setup: $(STAMP) $(QM)

translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) $(QM)
	$(PY) -m trajectapp

# Two workers (the build machine has two cores), a test file at a time each, so that a file's module fixtures
# (the CLI's demo vault, the damage template) are made once. HYPOTHESIS_PROFILE=nightly for a long randomised run.
HYPOTHESIS_PROFILE ?= ci
TEST_WORKERS ?= 2

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile --hypothesis-profile=$(HYPOTHESIS_PROFILE)

# Lint, format and types: ruff over everything, mypy strict on the core (see pyproject.toml).
check: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy

demo: $(STAMP) $(QM)
	test -d $(DEMO_VAULT) || printf '%s\n' '$(DEMO_PASSPHRASE)' | $(PY) -m trajectapp demo --vault $(DEMO_VAULT) --cases 12
	@echo "Demo vault passphrase: $(DEMO_PASSPHRASE)"
	$(PY) -m trajectapp --vault $(DEMO_VAULT)

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache $(QM)
