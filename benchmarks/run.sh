#!/usr/bin/env bash
# Builds the benchmarks, runs them with JMH (allocation through -prof gc), measures the generator on the whole API
# (command line as a whole process, javac of the generated code, size) and writes the Markdown report.
#
#   benchmarks/run.sh [quick|full] [more JMH options, e.g. -prof jfr]
#   benchmarks/run.sh compare OLD NEW [--javac-runs N] [--jmh-rounds N] [--no-jmh] [--jmh JMH options...]
#
#   quick (default): 1 fork, 2 warmup iterations of 1 s + 3 of 0.4 s measured, ucwakit and the baselines that
#                    have targets (databind for JSON reads, streaming, StAX, JAXB) on the conversation and
#                    event-channel payloads, JSON and XML, read and write; the generator in-process (warm and no
#                    change, 6 warmup + 2 measured iterations of 1 s), as a command-line process twice (through the
#                    launcher and plain java -jar), javac of its output once; about 3 minutes on an idle 2-core
#                    machine.
#   full:            3 forks, 4 warmup + 20 measurement iterations of 1 s, every binding benchmark; the generator
#                    in-process in 2 forks of 15 warmup + 10 measured iterations of 1 s (a warm generation takes
#                    about one iteration, and the JIT needs a dozen to settle); the command-line generator 10 times
#                    per variant, javac 5 times plainly and 5 times with C1 only; about 41 minutes.
#   compare:         two commits before and after, built in temporary worktrees: generated lines of ucwa-api,
#                    javac of them alternately, and the quick run's binding benchmarks of each (benchmarks/compare.sh
#                    says more); about 10 minutes with the default 5 javac runs and 1 JMH round.
#
# Writes $BENCH_OUT/<mode>.json (JMH -rf json; quick mode writes the generator's JMH results to
# generator-jmh-quick.json), $BENCH_OUT/generator-<mode>.json (the generator's whole-process, javac and size
# measurements) and $BENCH_OUT/RESULTS-<mode>.md; BENCH_OUT defaults to
# benchmarks/target/jmh. The payloads are read from ../shared/seed and ../shared/ucwa-reference beside the
# project root, or from the folders UCWA_SEED and UCWA_REFERENCE name. BENCH_NOTE adds a remark to the report.
set -euo pipefail

mode="${1:-quick}"
[ $# -gt 0 ] && shift
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

quick_bindings=(-f 1 -wi 2 -w 1s -i 3 -r 400ms '(Json|Xml)Benchmark\.(read|write)(Generated|Streaming|Stax|Jaxb)$'
                'JsonBenchmark\.readDatabind$')
case "$mode" in
  compare) case " $* " in
             *" --jmh "* | *" --no-jmh "*) exec benchmarks/compare.sh "$@" ;;
             *) exec benchmarks/compare.sh "$@" --jmh "${quick_bindings[@]}" ;;
           esac ;;
  quick) settings=("${quick_bindings[@]}")
         generator_jmh=(-f 1 -wi 6 -w 1s -i 2 -r 1s 'GeneratorBenchmark')
         generator=(--cli-runs 2 --javac-runs 1) ;;
  full) settings=(-f 3 -wi 4 -w 1s -i 20 -r 1s '(Json|Xml)Benchmark\.')
        generator_jmh=(-f 2 -wi 15 -w 1s -i 10 -r 1s 'GeneratorBenchmark')
        generator=(--cli-runs 10 --javac-runs 5 --variants) ;;
  *) echo "usage: $0 [quick|full] [JMH options...] | compare OLD NEW [options]" >&2; exit 2 ;;
esac

mvn -B -q -Pbenchmarks -pl benchmarks,cli -am package -DskipTests

out="${BENCH_OUT:-benchmarks/target/jmh}"
mkdir -p "$out"
jar=benchmarks/target/benchmarks.jar
cli="$(ls cli/target/ucwakit-cli-*-all.jar | head -n 1)"
load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || true)"

java -Ducwa.seed="${UCWA_SEED:-$root/../shared/seed}" \
     -Ducwa.reference="${UCWA_REFERENCE:-$root/../shared/ucwa-reference}" \
     -Ducwa.descriptors="$root/ucwa-api/src/main/ucwa" \
     -jar "$jar" "${settings[@]}" -prof gc -prof io.github.ucwakit.benchmarks.CpuTimeProfiler \
     -rf json -rff "$out/$mode.json" "$@"

generator_json="$out/$mode.json"
if [ ${#generator_jmh[@]} -gt 0 ]; then
  generator_json="$out/generator-jmh-$mode.json"
  java -Ducwa.descriptors="$root/ucwa-api/src/main/ucwa" \
       -jar "$jar" "${generator_jmh[@]}" -prof io.github.ucwakit.benchmarks.CpuTimeProfiler \
       -rf json -rff "$generator_json"
fi

java -Ducwa.descriptors="$root/ucwa-api/src/main/ucwa" -cp "$jar" \
     io.github.ucwakit.benchmarks.generator.GeneratorMeasurements "$cli" "$out/generator-$mode.json" "${generator[@]}"

java -cp "$jar" io.github.ucwakit.benchmarks.report.ResultsReport "$out/$mode.json" "$out/RESULTS-$mode.md" \
     --command "benchmarks/run.sh $mode${*:+ $*}" --load "$load" --note "${BENCH_NOTE:-}" \
     --generator "$out/generator-$mode.json" --generator-jmh "$generator_json"
