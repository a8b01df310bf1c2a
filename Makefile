# Wrappers around CMake. `make test` and `make demo` each work as the only command on a
# fresh Debian 12 machine: they install what is missing first.
BUILD ?= build
JOBS ?= $(shell nproc)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages the build, the tests and the benchmarks need.
PACKAGES := build-essential cmake pkg-config libboost-graph-dev libeigen3-dev libsqlitecpp-dev \
  libsqlite3-dev libcxxopts-dev libgraphviz-dev graphviz libgvc6 doctest-dev sqlite3 \
  python3 python3-networkx python3-igraph python3-graph-tool librsvg2-bin libxml2-utils fonts-dejavu-core

.PHONY: deps build test demo clean bench

deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

demo: build
	./$(BUILD)/bin/stakemap demo

clean:
	rm -rf $(BUILD)
