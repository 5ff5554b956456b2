# drvlint - static analyzer for Windows kernel-mode (WDM) drivers.
#
#   make            build bin/drvlint
#   make deps       install build/test dependencies with apt-get (when missing)
#   make run        deps + build + analyze the bundled corpus (the main job)
#   make test       build and run every test, plain and under ASan+UBSan
#   make corpus     score the analyzer against the corpus expectations
#   make bench      performance benchmark (not part of the tests)
#   make clean

LLVM_CONFIG ?= $(shell command -v llvm-config-19 2>/dev/null || echo /usr/lib/llvm-19/bin/llvm-config)
LLVM_INC    := $(shell $(LLVM_CONFIG) --includedir 2>/dev/null || echo /usr/lib/llvm-19/include)
LLVM_LIB    := $(shell $(LLVM_CONFIG) --libdir 2>/dev/null || echo /usr/lib/llvm-19/lib)
PYTHON      ?= /usr/bin/python3

CC      ?= cc
WARN    := -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter -Wstrict-prototypes -Wmissing-prototypes
CSTD    := -std=c11 -D_GNU_SOURCE
CPPFLAGS_ALL := -Ianalyzer -isystem $(LLVM_INC) -DDRVLINT_SOURCE_DIR=\"$(CURDIR)\"
LDLIBS  := -L$(LLVM_LIB) -lclang -Wl,-rpath,$(LLVM_LIB) -lsqlite3 -lcjson -lm -lpthread

OPT_CFLAGS  := -O2 -g
SAN_CFLAGS  := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

SRCS     := $(shell find analyzer -name '*.c' | sort)
LIB_SRCS := $(filter-out analyzer/main.c,$(SRCS))
HDRS     := $(shell find analyzer -name '*.h')
UNIT_SRCS := $(wildcard tests/unit/test_*.c)

REL_OBJS := $(patsubst %.c,build/rel/%.o,$(SRCS))
SAN_OBJS := $(patsubst %.c,build/san/%.o,$(SRCS))
REL_LIB_OBJS := $(patsubst %.c,build/rel/%.o,$(LIB_SRCS))
SAN_LIB_OBJS := $(patsubst %.c,build/san/%.o,$(LIB_SRCS))
REL_UNITS := $(patsubst tests/unit/%.c,build/rel/tests/%,$(UNIT_SRCS))
SAN_UNITS := $(patsubst tests/unit/%.c,build/san/tests/%,$(UNIT_SRCS))

.PHONY: all deps run test test-rel test-san corpus bench clean check-deps

all: bin/drvlint

deps:
	@sh tools/install-deps.sh

check-deps:
	@test -f $(LLVM_INC)/clang-c/Index.h || { echo "libclang 19 headers missing: run 'make deps'" >&2; exit 2; }
	@test -f /usr/include/cjson/cJSON.h || { echo "cJSON headers missing: run 'make deps'" >&2; exit 2; }
	@test -f /usr/include/sqlite3.h || { echo "SQLite headers missing: run 'make deps'" >&2; exit 2; }

# Linked to a temporary name and renamed, so a running drvlint is never
# overwritten in place.
bin/drvlint: $(REL_OBJS) | check-deps
	@mkdir -p bin
	$(CC) -o $@.tmp $(REL_OBJS) $(LDLIBS)
	@mv -f $@.tmp $@

build/san/drvlint: $(SAN_OBJS) | check-deps
	$(CC) -fsanitize=address,undefined -o $@ $(SAN_OBJS) $(LDLIBS)

build/rel/%.o: %.c $(HDRS) | check-deps
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT_CFLAGS) $(CPPFLAGS_ALL) -c -o $@ $<

build/san/%.o: %.c $(HDRS) | check-deps
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(SAN_CFLAGS) $(CPPFLAGS_ALL) -c -o $@ $<

build/rel/tests/%: tests/unit/%.c $(REL_LIB_OBJS) tests/unit/unit.h
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT_CFLAGS) $(CPPFLAGS_ALL) -Itests/unit -o $@ $< $(REL_LIB_OBJS) $(LDLIBS)

build/san/tests/%: tests/unit/%.c $(SAN_LIB_OBJS) tests/unit/unit.h
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(SAN_CFLAGS) $(CPPFLAGS_ALL) -Itests/unit -o $@ $< $(SAN_LIB_OBJS) $(LDLIBS)

run: deps
	@$(MAKE) --no-print-directory bin/drvlint
	bin/drvlint corpus corpus

# The test runner prints per-test results and ends with "N passed, N failed".
test: bin/drvlint build/san/drvlint $(REL_UNITS) $(SAN_UNITS)
	@$(PYTHON) tests/run_tests.py --bin bin/drvlint --san-bin build/san/drvlint \
	    --units "$(REL_UNITS)" --san-units "$(SAN_UNITS)"

corpus: bin/drvlint
	bin/drvlint corpus corpus

bench: bin/drvlint
	@$(PYTHON) bench/run_bench.py --bin bin/drvlint

clean:
	rm -rf build bin
