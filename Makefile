# Wrappers around CMake. `make test` and `make demo` each work as the only command on a
# fresh Debian 12 machine: they install what is missing first.
BUILD ?= build
JOBS ?= $(shell nproc)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages the build, the tests and the benchmarks need.
PACKAGES := build-essential cmake pkg-config libboost-graph-dev libsqlitecpp-dev libfmt-dev zlib1g-dev \
  libsqlite3-dev libcxxopts-dev libgraphviz-dev graphviz libgvc6 doctest-dev sqlite3 \
  python3 python3-networkx python3-igraph python3-graph-tool librsvg2-bin libxml2-utils fonts-dejavu-core python3-fonttools \
  libxml2-dev libutf8proc-dev libicu-dev libxlsxwriter-dev libzip-dev python3-openpyxl libreoffice-calc-nogui clang libclang-rt-14-dev chromium clang-format clang-tidy \
  nodejs

.PHONY: deps build test demo clean bench sanitize fuzz lint format

# Hardening stages (docs/security.md): the whole test suite under ASan + UBSan, and a short
# libFuzzer run of every fuzz target (FUZZ_SECONDS each, JOBS at a time). One clang build serves
# both (STAKEMAP_FUZZ: ASan + UBSan and libFuzzer's coverage instrumentation everywhere, the fuzz
# targets linked with libFuzzer), so the engine is compiled once for the two stages.
SANITIZE_BUILD ?= build-sanitize
FUZZ_SECONDS ?= 60
HARDENED = cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DCMAKE_CXX_COMPILER=clang++ -DSTAKEMAP_FUZZ=ON

deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@# npm: Debian's package where nodejs comes without it (a nodejs that bundles npm conflicts with it).
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq npm; }
	@# The browser tests' playwright-core, pinned by tests/browser/package-lock.json (offline: kept when installed).
	@if [ -d tests/browser/node_modules/playwright-core ]; then :; else cd tests/browser && npm ci --no-audit --no-fund; fi

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
	cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

demo: build
	./$(BUILD)/bin/stakemap demo

sanitize: deps
	$(HARDENED)
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 STAKEMAP_CRASH_ROUNDS=8 ctest --output-on-failure -j $(JOBS)

fuzz: deps
	$(HARDENED)
	cmake --build $(SANITIZE_BUILD) -j $(JOBS) --target fuzz_targets
	tests/fuzz/run.sh $(SANITIZE_BUILD) $(FUZZ_SECONDS) $(JOBS)

# Style (docs/architecture.md): every C++ file formatted by .clang-format, and the engine and CLI
# clean under .clang-tidy (which reads the compile commands of $(BUILD)). `make format` fixes the first.
SOURCES = $(shell git ls-files '*.cpp' '*.hpp')
lint: build
	clang-format --dry-run --Werror $(SOURCES)
	run-clang-tidy -p $(BUILD) -j $(JOBS) -quiet '$(CURDIR)/(engine|cli)/' > $(BUILD)/clang-tidy.log 2>&1 || \
	  { grep -E 'error:' $(BUILD)/clang-tidy.log; echo "clang-tidy: findings above (full log: $(BUILD)/clang-tidy.log)"; exit 1; }

format:
	clang-format -i $(SOURCES)

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
