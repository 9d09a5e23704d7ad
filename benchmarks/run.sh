#!/usr/bin/env bash
# Builds the benchmarks, runs them with JMH (allocation through -prof gc) and writes the Markdown ratio report.
#
#   benchmarks/run.sh [quick|full] [more JMH options, e.g. -prof jfr]
#
#   quick (default): 1 fork, 4 warmup iterations of 1 s (the JIT needs them) + 3 of 0.5 s measured, ucwakit and the baselines that have
#                    targets (databind for JSON reads, streaming, StAX, JAXB) on the conversation and event-channel
#                    payloads, JSON and XML, read and write; under 3 minutes.
#   full:            2 forks, 10 warmup + 10 measurement iterations of 1 s, every benchmark; about 20 minutes.
#
# Writes $BENCH_OUT/<mode>.json (JMH -rf json) and $BENCH_OUT/RESULTS-<mode>.md; BENCH_OUT defaults to
# benchmarks/target/jmh. The payloads are read from ../shared/seed and ../shared/ucwa-reference beside the
# project root, or from the folders UCWA_SEED and UCWA_REFERENCE name. BENCH_NOTE adds a remark to the report.
set -euo pipefail

mode="${1:-quick}"
[ $# -gt 0 ] && shift
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

case "$mode" in
  quick) settings=(-f 1 -wi 4 -w 1s -i 3 -r 500ms '(Json|Xml)Benchmark\.(read|write)(Generated|Streaming|Stax|Jaxb)$'
               'JsonBenchmark\.readDatabind$') ;;
  full) settings=(-f 2 -wi 10 -w 1s -i 10 -r 1s) ;;
  *) echo "usage: $0 [quick|full] [JMH options...]" >&2; exit 2 ;;
esac

mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests

out="${BENCH_OUT:-benchmarks/target/jmh}"
mkdir -p "$out"
jar=benchmarks/target/benchmarks.jar
load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || true)"

java -Ducwa.seed="${UCWA_SEED:-$root/../shared/seed}" \
     -Ducwa.reference="${UCWA_REFERENCE:-$root/../shared/ucwa-reference}" \
     -jar "$jar" "${settings[@]}" -prof gc -prof io.github.ucwakit.benchmarks.CpuTimeProfiler \
     -rf json -rff "$out/$mode.json" "$@"

java -cp "$jar" io.github.ucwakit.benchmarks.report.ResultsReport "$out/$mode.json" "$out/RESULTS-$mode.md" \
     --command "benchmarks/run.sh $mode${*:+ $*}" --load "$load" --note "${BENCH_NOTE:-}"
