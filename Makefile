# Two commands a newcomer needs: `make site` and `make test` (see README.md).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check

.PHONY: site test check serve validate clean urls

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall whenever the lock or the package metadata changes.
$(STAMP): requirements.txt pyproject.toml | $(BIN)/python
	$(PIP) install -r requirements.txt
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $@

## validate: check every record and report every problem
validate: $(STAMP)
	$(BIN)/thidua validate

## site: validate, then build site/ (into a temporary folder first: a failed build changes nothing)
site: validate
	rm -rf site.tmp
	$(BIN)/mkdocs build --strict --clean --site-dir site.tmp
	rm -rf site && mv site.tmp site
	@echo
	@echo "The site is in $(CURDIR)/site/"
	@echo "Preview it with 'make serve' at http://127.0.0.1:8000/"

## urls: build, and add the URLs of new pages to published-urls.txt (commit it with the records)
urls:
	THIDUA_URLS=update $(MAKE) site

## serve: preview the site at http://127.0.0.1:8000/ (each change rebuilds only what it changes)
serve: validate
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000

# The checking tools the tests run on the built site (axe-core, vnu-jar), pinned in
# package-lock.json; their install scripts are not run (nothing is downloaded besides them).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

## test: run the whole test suite
test: $(STAMP) node_modules/.installed
	$(BIN)/python -m pytest

## check: the quick edit-test loop: the suite less its slow tests (site builds compared several
## ways, the preview server, make itself, Chromium); make test runs them all
check: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

clean:
	rm -rf site site.tmp
