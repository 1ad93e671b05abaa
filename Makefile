# The two commands a newcomer needs (see README.md):
#   make run    set up, then open Caselog on a throwaway database of sample encounters
#   make test   set up, then run the whole test suite headless
# Each target installs what it needs: the Debian libraries Qt loads, a virtual environment,
# and the project with its test extra.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# Libraries the PySide6 wheels load (xcb for a real screen, EGL/GL, fontconfig, xkb, dbus),
# fonts that cover Latin, right-to-left scripts, CJK and emoji, and poppler-utils, which the
# tests use to read PDFs back.
SYSTEM_PACKAGES := \
	libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 \
	libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
	libxcb-xkb1 libx11-xcb1 libxrender1 libxi6 libsm6 libice6 \
	fonts-dejavu-core fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji \
	poppler-utils python3-venv

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test lint bundle translations system-deps clean

run: $(VENV)/.installed
	$(BIN)/caselog --demo

test: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bundle: $(VENV)/.installed
	bash packaging/build.sh

# After changing user-facing text: bring resources/translations/*.ts in step with the code
# (new sentences come in unfinished, for Qt Linguist), then compile them to the .qm files.
translations: $(VENV)/.installed
	$(BIN)/python packaging/update_translations.py

system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:" $$missing; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(VENV)/.installed: pyproject.toml | system-deps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache .hypothesis build dist
