# Set-up and everyday commands. `make run` and `make test` work on a fresh machine:
# they create .venv when missing and install the project into it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench demo translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m supervisor $(ARGS)

demo: $(STAMP)
	$(BIN)/python -m supervisor --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# Under a real X server when there is one; else a virtual one (xvfb-run), else offscreen.
bench: $(STAMP)
	@if [ -n "$$DISPLAY" ]; then $(BIN)/python benchmarks/run.py; \
	elif command -v xvfb-run >/dev/null; then xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python benchmarks/run.py; \
	else QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py; fi

# Refresh the translation source from the code, then compile it (needs the venv's PySide6 tools).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find supervisor -name '*.py' | sort) -ts resources/translations/supervisor_zh_CN.ts
	$(BIN)/pyside6-lrelease resources/translations/supervisor_zh_CN.ts -qm resources/translations/supervisor_zh_CN.qm

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info bench-results.json
