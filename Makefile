# Ledelsesportalen: the two commands of the README, and the steps behind them.
#   make run    install what is missing, build (release), migrate, load demo data, serve on :8080
#   make test   install what is missing, build (debug + sanitizers), run every test
.PHONY: run test deps build build-debug bench format lint clean

DATA_DIR := $(CURDIR)/data
JOBS ?= 2
# `make run` uses the embedded database unless LP_DATABASE_URL says otherwise.
RUN_ENV := LP_DATABASE_URL=$${LP_DATABASE_URL:-sqlite://$(DATA_DIR)/ledelsesportal.db} \
           LP_LISTEN=$${LP_LISTEN:-127.0.0.1:8080} LP_STATIC_DIR=$${LP_STATIC_DIR:-$(CURDIR)/build/release/static}
PORTAL := build/release/src/ledelsesportal

run: deps build
	@mkdir -p $(DATA_DIR)
	$(RUN_ENV) $(PORTAL) migrate
	$(RUN_ENV) $(PORTAL) demo-data --size default
	$(RUN_ENV) exec $(PORTAL) serve

# The builds print how long they took; scripts/test-all.sh times the rest (docs/TESTING.md).
test: deps
	@start=$$(date +%s); $(MAKE) --no-print-directory build && echo "== release build: $$(($$(date +%s) - start)) s"
	@start=$$(date +%s); $(MAKE) --no-print-directory build-debug && echo "== debug build: $$(($$(date +%s) - start)) s"
	scripts/test-all.sh

deps:
	scripts/install-deps.sh

# The release tree builds only what runs (the test suites run on the debug tree).
build:
	cmake --preset release >/dev/null
	cmake --build build/release -j$(JOBS) --target ledelsesportal lp_assets

build-debug:
	cmake --preset debug >/dev/null
	cmake --build build/debug -j$(JOBS)

bench: deps build
	bench/http.sh

format:
	git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

lint: build-debug
	scripts/run-clang-tidy.sh build/debug

clean:
	rm -rf build
