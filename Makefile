# Peninsula — build, run and test. `make run` and `make test` do all set-up
# on a fresh Debian/Ubuntu machine with Go: they install the missing Debian
# packages first (with sudo when not root).

BIN      := peninsula
GO       ?= go
FYNE_CLI := fyne.io/tools/cmd/fyne@v1.7.4
# no_emoji leaves out Fyne's 4.2 MB colour emoji font (the story and UI use
# no emoji): about 14 MB less heap in the running app.
TAGS     := no_emoji
# Debian packages the GLFW/X11 build needs, and those the tests need.
BUILD_PKGS := gcc pkg-config libgl1-mesa-dev libx11-dev libxext-dev libxcursor-dev \
              libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PKGS  := xvfb xauth xdotool
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# TEST_ENV moves XDG_CACHE_HOME, which is where go keeps its build cache by
# default; GOCACHE keeps the usual cache (a cold one means four minutes of
# compiling Fyne's GL code).
GOCACHE_DIR := $(shell $(GO) env GOCACHE)
# Tests render with Fyne's software driver; keep them off the user's
# settings and fonts so golden images are the same on every machine.
TEST_ENV := LANG=en_US.UTF-8 XDG_CONFIG_HOME=$(CURDIR)/.cache/xdg/config \
            XDG_DATA_HOME=$(CURDIR)/.cache/xdg/data XDG_CACHE_HOME=$(CURDIR)/.cache/xdg/cache \
            FYNE_THEME=light FYNE_SCALE=1 GOCACHE=$(GOCACHE_DIR)

.PHONY: all build run test deps test-deps soak bench fuzz package install snapshot golden fonts mapdata clean vet

all: build

# deps installs only the Debian packages that are missing.
deps:
	@missing=$$(for p in $(BUILD_PKGS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

test-deps: deps
	@missing=$$(for p in $(TEST_PKGS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(GO) build -tags $(TAGS) -o $(BIN) .

run: build
	./$(BIN)

# The whole suite with the race detector; fuzz targets run their seed corpus.
test: test-deps
	@mkdir -p .cache/xdg/config .cache/xdg/data .cache/xdg/cache
	$(TEST_ENV) $(GO) test -race -count=1 ./...

vet:
	gofmt -l . | (! grep .) && $(GO) vet ./...


# The soak test at full length (100,000 state operations) without the race
# detector, which would make it take minutes; make test runs it too (under
# -race the suite's own run of it is cut to 5,000 operations).
soak:
	@mkdir -p .cache/xdg/config .cache/xdg/data .cache/xdg/cache
	$(TEST_ENV) GOCACHE=$(GOCACHE_DIR) $(GO) test -count=1 -run '^TestSoak$$' -v ./app
test: soak

# Benchmarks with allocation counts (-count 5), then BENCHMARKS.md with
# issue 11's targets: app/internal/benchreport times the gg baseline
# (GGBASELINE, a plain Go map renderer built in a temporary copy) against
# geo.BenchmarkRender and against `peninsula snapshot` as a process, and,
# under Xvfb, the real window (app/internal/measure: start-up, 1,000 scrub
# steps, map drags and wheel steps), each next to a bare Fyne window in the
# same run, with CPU profiles behind the notes (kept in .cache/bench-profiles).
# About 10 minutes on 2 cores. A failed measurement is reported in its row;
# a failed benchmark fails make bench after the report is written.
# BENCH='^BenchmarkRender$$' runs fewer benchmarks.
BENCH      ?= .
BENCH_OUT  := .cache/bench.txt
GGBASELINE ?= ../shared/tools/ggbaseline
bench: build test-deps
	@mkdir -p .cache/xdg/config .cache/xdg/data .cache/xdg/cache
	$(TEST_ENV) GOCACHE=$(GOCACHE_DIR) $(GO) test -run '^$$' -bench '$(BENCH)' -benchmem -count 5 -timeout 60m ./... 2>&1 | tee $(BENCH_OUT)
	$(GO) build -tags $(TAGS) -o .cache/peninsula-measure ./app/internal/measure
	$(TEST_ENV) GOCACHE=$(GOCACHE_DIR) xvfb-run -a -s '-screen 0 1600x1000x24' \
		$(GO) run ./app/internal/benchreport -bench $(BENCH_OUT) -bin .cache/peninsula-measure \
		-peninsula ./$(BIN) -gg $(GGBASELINE) -o BENCHMARKS.md
	@! grep -E '^(FAIL|panic:|--- FAIL)' $(BENCH_OUT)

# Fuzz each target for FUZZTIME (default 30s). A crash is saved in the
# package's testdata/fuzz/FuzzX/ and fails the run: commit it with the fix,
# and make test replays it from then on. FUZZFLAGS=-parallel=1 leaves a core free.
# FuzzRun (the command line) does not minimise new inputs: in a binary that
# holds all of Fyne, minimising stalls the worker for tens of seconds each.
FUZZTIME  ?= 30s
FUZZFLAGS ?=
fuzz:
	@mkdir -p .cache/xdg/config .cache/xdg/data .cache/xdg/cache
	$(GO) test -run '^$$' -fuzz '^FuzzParseSpan$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS) ./timeline
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS) ./story
	$(GO) test -run '^$$' -fuzz '^FuzzLoadGeoJSON$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS) ./geo
	$(TEST_ENV) GOCACHE=$(GOCACHE_DIR) $(GO) test -run '^$$' -fuzz '^FuzzRun$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0s $(FUZZFLAGS) .

# A PNG of the window without a display: make snapshot ARGS="--place dokdo"
snapshot: build
	./$(BIN) snapshot -o snapshot.png $(ARGS)

# Accept the images of failed golden tests as the new masters.
golden:
	@for d in $$(find . -path '*/testdata/failed' -type d); do \
		cp -v $$d/*.png $$d/..; rm -r $$d; done

# A Linux package (.tar.xz with the binary, .desktop entry and icon).
package: deps
	$(GO) run $(FYNE_CLI) package -os linux -release -tags $(TAGS)
	@ls -l Peninsula.tar.xz

# A user-level install (~/.local): the app appears in the desktop's menu and
# starts on double-click.
install: package
	rm -rf .cache/pkg && mkdir -p .cache/pkg && tar -xJf Peninsula.tar.xz -C .cache/pkg
	$(MAKE) -C .cache/pkg/peninsula user-install

# Regenerate the embedded data (needs npm and Debian's fonttools, fonts-nanum
# and fonts-droid-fallback).
mapdata:
	$(GO) run ./geo/cmd/mapgen -out assets
FONT_PKGS := fonttools fonts-nanum fonts-droid-fallback fonts-dejavu-core
fonts:
	@missing=$$(for p in $(FONT_PKGS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	/usr/bin/python3 assets/fonts/build.py

clean:
	rm -rf $(BIN) .cache snapshot.png Peninsula.tar.xz
