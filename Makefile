# Peninsula — build, run and test. `make run` and `make test` do all set-up
# on a fresh Debian/Ubuntu machine with Go: they install the missing Debian
# packages first (with sudo when not root).

BIN      := peninsula
GO       ?= go
FYNE_CLI := fyne.io/tools/cmd/fyne@v1.7.4
# Debian packages the GLFW/X11 build needs, and those the tests need.
BUILD_PKGS := gcc pkg-config libgl1-mesa-dev libx11-dev libxext-dev libxcursor-dev \
              libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PKGS  := xvfb xauth xdotool
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Tests render with Fyne's software driver; keep them off the user's
# settings and fonts so golden images are the same on every machine.
TEST_ENV := LANG=en_US.UTF-8 XDG_CONFIG_HOME=$(CURDIR)/.cache/xdg/config \
            XDG_DATA_HOME=$(CURDIR)/.cache/xdg/data XDG_CACHE_HOME=$(CURDIR)/.cache/xdg/cache \
            FYNE_THEME=light FYNE_SCALE=1

.PHONY: all build run test deps test-deps bench fuzz package install snapshot golden fonts mapdata clean vet

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
	$(GO) build -o $(BIN) .

run: build
	./$(BIN)

# The whole suite with the race detector; fuzz targets run their seed corpus.
test: test-deps
	@mkdir -p .cache/xdg/config .cache/xdg/data .cache/xdg/cache
	$(TEST_ENV) $(GO) test -race -count=1 ./...

vet:
	gofmt -l . | (! grep .) && $(GO) vet ./...

# Benchmarks with allocation counts.
bench: deps
	$(TEST_ENV) $(GO) test -run '^$$' -bench . -benchmem -count 5 ./...

# Fuzz each target for FUZZTIME (default 30s).
FUZZTIME ?= 30s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParseSpan$$' -fuzztime $(FUZZTIME) ./timeline
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./story
	$(GO) test -run '^$$' -fuzz '^FuzzLoadGeoJSON$$' -fuzztime $(FUZZTIME) ./geo

# A PNG of the window without a display: make snapshot ARGS="--place dokdo"
snapshot: build
	./$(BIN) snapshot -o snapshot.png $(ARGS)

# Accept the images of failed golden tests as the new masters.
golden:
	@for d in $$(find . -path '*/testdata/failed' -type d); do \
		cp -v $$d/*.png $$d/..; rm -r $$d; done

# A Linux package (.tar.xz with the binary, .desktop entry and icon).
package: deps
	$(GO) run $(FYNE_CLI) package -os linux -release
	@ls -l Peninsula.tar.xz

# A user-level install (~/.local): the app appears in the desktop's menu and
# starts on double-click.
install: package
	rm -rf .cache/pkg && mkdir -p .cache/pkg && tar -xJf Peninsula.tar.xz -C .cache/pkg
	$(MAKE) -C .cache/pkg user-install

# Regenerate the embedded data (needs npm and Debian's fonttools, fonts-nanum
# and fonts-droid-fallback).
mapdata:
	$(GO) run ./geo/cmd/mapgen -out assets
fonts:
	/usr/bin/python3 assets/fonts/build.py

clean:
	rm -rf $(BIN) .cache snapshot.png Peninsula.tar.xz
