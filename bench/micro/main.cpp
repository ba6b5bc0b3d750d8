#include <benchmark/benchmark.h>

// One main for all micro-benchmark files in bench/micro/.
BENCHMARK_MAIN();
