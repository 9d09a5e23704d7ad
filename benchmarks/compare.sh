#!/usr/bin/env bash
# Before and after: measures two commits side by side on this machine, in one run, for a change to the generator,
# the generated code or the runtime. For each commit it builds the project in a temporary git worktree (module
# ucwa-api, which generates the whole API with the Maven plugin, and the benchmarks), then:
#
#   - counts the whole API's generated sources (ucwa-api/target/generated-sources/ucwakit): files, lines, code;
#   - times javac compiling them, the two commits alternately (old, new, new, old, ...) after one unmeasured run
#     each, a fresh process per run, with the options the generator measurement uses (-g --release 17
#     -encoding UTF-8 -Xlint:all, as Maven compiles ucwa-api) against ucwa-api's own compile class path; median
#     wall and CPU (user + system) time;
#   - runs each commit's own JMH benchmarks (by default the quick run's binding benchmarks), alternating the order
#     of the commits from one round to the next.
#
# It measures only through what every version has: the Maven build of the modules and the generated source files,
# not classes that a change may rename or move. It prints a Markdown report and writes it to
# $BENCH_OUT/compare-<old>-<new>.md (BENCH_OUT defaults to benchmarks/target/jmh).
#
#   benchmarks/run.sh compare OLD NEW [--javac-runs N] [--jmh-rounds N] [--no-jmh] [--jmh JMH options...]
#   benchmarks/compare.sh     OLD NEW [same options]
#
#   OLD, NEW        anything git rev-parse understands (a commit, a branch, HEAD~1)
#   --javac-runs N  measured javac runs per commit (default 5)
#   --jmh-rounds N  JMH runs per commit (default 1)
#   --no-jmh        leaves the benchmarks out (build, size and javac only)
#   --jmh ...       everything after it goes to JMH (run.sh compare gives the quick run's settings)
#
# The payloads and reference pages come from ../shared beside this checkout's root, or from the folders UCWA_SEED
# and UCWA_REFERENCE name. MVN_FLAGS adds Maven options (for example -o). COMPARE_KEEP=1 keeps the work folder.
set -euo pipefail

usage() {
  echo "usage: $0 OLD NEW [--javac-runs N] [--jmh-rounds N] [--no-jmh] [--jmh JMH options...]" >&2
  exit 2
}

die() {
  echo "compare: $*" >&2
  exit 1
}

[ $# -ge 2 ] || usage
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
old_ref="$1"
new_ref="$2"
shift 2
javac_runs=5
jmh_rounds=1
run_jmh=yes
jmh_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --javac-runs) [ $# -ge 2 ] || usage; javac_runs="$2"; shift 2 ;;
    --jmh-rounds) [ $# -ge 2 ] || usage; jmh_rounds="$2"; shift 2 ;;
    --no-jmh) run_jmh=no; shift ;;
    --jmh) shift; jmh_args=("$@"); break ;;
    *) usage ;;
  esac
done
[[ "$javac_runs" =~ ^[1-9][0-9]*$ ]] || die "--javac-runs needs a positive number, not '$javac_runs'"
[[ "$jmh_rounds" =~ ^[1-9][0-9]*$ ]] || die "--jmh-rounds needs a positive number, not '$jmh_rounds'"
if [ "$run_jmh" = yes ] && [ ${#jmh_args[@]} -eq 0 ]; then
  die "no JMH options: give them after --jmh, use benchmarks/run.sh compare for the quick run's, or --no-jmh"
fi

old_sha="$(git rev-parse --verify --quiet "$old_ref^{commit}")" || die "no commit '$old_ref'"
new_sha="$(git rev-parse --verify --quiet "$new_ref^{commit}")" || die "no commit '$new_ref'"
seed="${UCWA_SEED:-$root/../shared/seed}"
reference="${UCWA_REFERENCE:-$root/../shared/ucwa-reference}"
[ -d "$seed" ] || die "no seed folder $seed (set UCWA_SEED)"
[ -d "$reference" ] || die "no reference folder $reference (set UCWA_REFERENCE)"
seed="$(cd "$seed" && pwd)"
reference="$(cd "$reference" && pwd)"
out="${BENCH_OUT:-benchmarks/target/jmh}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
report="$out/compare-${old_sha:0:7}-${new_sha:0:7}.md"
javac_bin="javac"
[ -n "${JAVA_HOME:-}" ] && javac_bin="$JAVA_HOME/bin/javac"
java_bin="java"
[ -n "${JAVA_HOME:-}" ] && java_bin="$JAVA_HOME/bin/java"
# The options GeneratorMeasurements.JAVAC_OPTIONS names, the ones Maven gives javac for module ucwa-api.
javac_options=(-g --release 17 -encoding UTF-8 -Xlint:all)

work="$(mktemp -d "${TMPDIR:-/tmp}/ucwakit-compare.XXXXXX")"
cleanup() {
  for side in old new; do
    if [ -d "$work/$side" ]; then
      git -C "$root" worktree remove --force "$work/$side" >/dev/null 2>&1 || true
    fi
  done
  git -C "$root" worktree prune >/dev/null 2>&1 || true
  if [ "${COMPARE_KEEP:-}" = 1 ]; then
    echo "compare: work folder kept: $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

step() {
  echo "compare: $(date -u +%H:%M:%S) $*" >&2
}

load() {
  cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?"
}

# Builds one commit's modules; ucwa-api's compile class path goes to ucwa-api/target/compile-class-path.txt.
build() {
  local side="$1" sha="$2"
  step "building $side ${sha:0:7} in $work/$side"
  git -C "$root" worktree add --detach "$work/$side" "$sha" >/dev/null 2>&1 \
    || die "cannot make a worktree of $sha in $work/$side"
  # shellcheck disable=SC2086 # MVN_FLAGS is a list of options
  if ! (cd "$work/$side" && mvn -B -q ${MVN_FLAGS:-} -Pbenchmarks -pl benchmarks,ucwa-api -am \
        package dependency:build-classpath -DskipTests -Dinvoker.skip \
        -Dmdep.includeScope=compile -Dmdep.outputFile=target/compile-class-path.txt \
        -Ducwa.reference="$reference" -Ducwa.seed="$seed" >"$work/build-$side.log" 2>&1); then
    tail -n 40 "$work/build-$side.log" >&2
    die "the build of $side ${sha:0:7} failed (log above)"
  fi
  local generated="$work/$side/ucwa-api/target/generated-sources/ucwakit"
  [ -d "$generated" ] || die "$side ${sha:0:7} generated no sources into $generated"
  (cd "$generated" && find . -name '*.java' | LC_ALL=C sort) >"$work/sources-$side.txt"
  [ -s "$work/sources-$side.txt" ] || die "$side ${sha:0:7}: no .java files in $generated"
  [ -s "$work/$side/ucwa-api/target/compile-class-path.txt" ] || die "$side ${sha:0:7}: no compile class path"
  [ -f "$work/$side/benchmarks/target/benchmarks.jar" ] || die "$side ${sha:0:7}: no benchmarks jar"
}

# "files lines blank comments code" of one commit's generated sources, counted as SourceSize counts them.
size() {
  local side="$1"
  (cd "$work/$side/ucwa-api/target/generated-sources/ucwakit" && awk '
    {
      file = $0; files++; comment = 0
      while ((getline line < file) > 0) {
        text = line
        gsub(/^[ \t\r\f]+|[ \t\r\f]+$/, "", text)
        lines++
        if (!comment && substr(text, 1, 2) == "/*") comment = 1
        if (comment) { comments++; comment = !(length(text) >= 2 && substr(text, length(text) - 1) == "*/") }
        else if (text == "") blank++
        else if (substr(text, 1, 2) == "//") comments++
      }
      close(file)
    }
    END { printf "%d %d %d %d %d\n", files, lines, blank, comments, lines - blank - comments }' "$work/sources-$side.txt")
}

# One javac of one commit's generated sources into a fresh folder; appends "wall cpu" (seconds) to its timings
# unless the run is the unmeasured first one.
javac_run() {
  local side="$1" measured="$2"
  local generated="$work/$side/ucwa-api/target/generated-sources/ucwakit"
  local classes
  classes="$(mktemp -d "$work/classes-$side.XXXXXX")"
  if ! (cd "$generated" && /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$javac_bin" "${javac_options[@]}" \
        -d "$classes" -cp "$(cat "$work/$side/ucwa-api/target/compile-class-path.txt")" @"$work/sources-$side.txt" \
        >"$work/javac-$side.log" 2>&1); then
    tail -n 20 "$work/javac-$side.log" >&2
    die "javac of $side's generated sources failed (log above)"
  fi
  if [ "$measured" = yes ]; then
    awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/time.txt" >>"$work/javac-$side.tsv"
  fi
  rm -rf "$classes"
}

# The median of column $2 of file $1.
median() {
  cut -d' ' -f"$2" "$1" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# One JMH run of one commit's own benchmarks jar, results as CSV.
jmh_run() {
  local side="$1" round="$2"
  local jar="$work/$side/benchmarks/target/benchmarks.jar"
  local profilers=(-prof gc)
  if "${JAVA_HOME:+$JAVA_HOME/bin/}jar" tf "$jar" | grep -q '^io/github/ucwakit/benchmarks/CpuTimeProfiler.class$'; then
    profilers+=(-prof io.github.ucwakit.benchmarks.CpuTimeProfiler)
  fi
  step "JMH round $round: $side"
  if ! (cd "$work/$side" && "$java_bin" -Duser.language=en -Duser.country=US -Ducwa.seed="$seed" \
        -Ducwa.reference="$reference" -Ducwa.descriptors="$work/$side/ucwa-api/src/main/ucwa" \
        -jar "$jar" "${jmh_args[@]}" "${profilers[@]}" -rf csv -rff "$work/jmh-$side-$round.csv" \
        >"$work/jmh-$side-$round.log" 2>&1); then
    tail -n 40 "$work/jmh-$side-$round.log" >&2
    die "JMH of $side failed (log above)"
  fi
  [ "$(wc -l <"$work/jmh-$side-$round.csv")" -gt 1 ] \
    || die "JMH of $side measured nothing (do the benchmark names match? log: $work/jmh-$side-$round.log)"
}

# "benchmark metric value unit" lines of every round of one side; the metric is "score" or the secondary result.
jmh_values() {
  local side="$1"
  awk -F',' '
    { sub(/\r$/, "") }
    FNR == 1 { for (i = 1; i <= NF; i++) { h = $i; gsub(/"/, "", h); if (h == "Score") sc = i; if (h == "Unit") un = i }; next }
    {
      name = $1; gsub(/"/, "", name); unit = $un; gsub(/"/, "", unit)
      sub(/^io\.github\.ucwakit\.benchmarks\./, "", name)
      metric = "score"
      if (index(name, ":") > 0) { metric = substr(name, index(name, ":") + 1); name = substr(name, 1, index(name, ":") - 1) }
      printf "%s %s %s %s\n", name, metric, $sc, unit
    }' "$work"/jmh-"$side"-*.csv
}

started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load_before="$(load)"
build old "$old_sha"
build new "$new_sha"

read -r old_files old_lines old_blank old_comments old_code <<<"$(size old)"
read -r new_files new_lines new_blank new_comments new_code <<<"$(size new)"

step "javac: one unmeasured run each, then $javac_runs measured runs each, alternately"
javac_run old no
javac_run new no
for ((run = 1; run <= javac_runs; run++)); do
  if ((run % 2)); then order=(old new); else order=(new old); fi
  for side in "${order[@]}"; do
    step "javac run $run: $side"
    javac_run "$side" yes
  done
done

if [ "$run_jmh" = yes ]; then
  for ((round = 1; round <= jmh_rounds; round++)); do
    if ((round % 2)); then order=(old new); else order=(new old); fi
    for side in "${order[@]}"; do
      jmh_run "$side" "$round"
    done
  done
fi
load_after="$(load)"

grouped() {
  awk -v n="$1" 'BEGIN { g = ""; while (length(n) > 3) { g = "," substr(n, length(n) - 2) g; n = substr(n, 1, length(n) - 3) }; print n g }'
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 == 0) print "–"; else printf "%.2fx\n", b / a }'
}

{
  echo "# Before and after: ${old_sha:0:7} and ${new_sha:0:7}"
  echo
  echo "- old: \`${old_sha:0:7}\` $(git log -1 --format=%s "$old_sha" | cut -c1-100)"
  echo "- new: \`${new_sha:0:7}\` $(git log -1 --format=%s "$new_sha" | cut -c1-100)"
  echo "- run: $started, $(nproc 2>/dev/null || echo '?') cores, $("$java_bin" -version 2>&1 | head -n 1)"
  echo "- load average (1, 5, 15 min) before: $load_before, after: $load_after"
  echo "- command: \`benchmarks/compare.sh $old_ref $new_ref --javac-runs $javac_runs --jmh-rounds $jmh_rounds" \
    "$([ "$run_jmh" = yes ] && echo "--jmh ${jmh_args[*]}" || echo --no-jmh)\`"
  echo
  echo "## Generated code of ucwa-api and javac"
  echo
  echo "javac ${javac_options[*]} against ucwa-api's compile class path, a fresh process per run, the commits"
  echo "alternately after one unmeasured run each; new/old below 1.00x means the new code is smaller or faster."
  echo
  echo "| Measure | old \`${old_sha:0:7}\` | new \`${new_sha:0:7}\` | new/old |"
  echo "| --- | ---: | ---: | ---: |"
  echo "| generated files | $(grouped "$old_files") | $(grouped "$new_files") | $(ratio "$old_files" "$new_files") |"
  echo "| generated lines | $(grouped "$old_lines") | $(grouped "$new_lines") | $(ratio "$old_lines" "$new_lines") |"
  echo "| code lines (not blank, not comment) | $(grouped "$old_code") | $(grouped "$new_code") | $(ratio "$old_code" "$new_code") |"
  echo "| comment lines | $(grouped "$old_comments") | $(grouped "$new_comments") | $(ratio "$old_comments" "$new_comments") |"
  old_wall="$(median "$work/javac-old.tsv" 1)"
  new_wall="$(median "$work/javac-new.tsv" 1)"
  old_cpu="$(median "$work/javac-old.tsv" 2)"
  new_cpu="$(median "$work/javac-new.tsv" 2)"
  echo "| javac wall time, median of $javac_runs (s) | $old_wall | $new_wall | $(ratio "$old_wall" "$new_wall") |"
  echo "| javac CPU time (user + system), median (s) | $old_cpu | $new_cpu | $(ratio "$old_cpu" "$new_cpu") |"
  echo "| javac wall times, in run order (s) | $(cut -d' ' -f1 "$work/javac-old.tsv" | paste -sd' ') |" \
    "$(cut -d' ' -f1 "$work/javac-new.tsv" | paste -sd' ') | |"
  echo "| javac CPU times, in run order (s) | $(cut -d' ' -f2 "$work/javac-old.tsv" | paste -sd' ') |" \
    "$(cut -d' ' -f2 "$work/javac-new.tsv" | paste -sd' ') | |"
  if [ "$run_jmh" = yes ]; then
    echo
    echo "## Benchmarks"
    echo
    echo "Each commit's own benchmarks jar, $jmh_rounds round(s), the order of the commits alternating; a value is"
    echo "the median over the rounds. CPU time is the benchmark threads' own (CpuTimeProfiler, where the jar has"
    echo "it), which other load on the machine changes less than throughput. The baselines' rows are a control for"
    echo "the machine's drift as long as their code is the same in both commits."
    echo
    echo "| Benchmark | old ops/s | new ops/s | new/old | old CPU ns/op | new CPU ns/op | new/old | old B/op | new B/op |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    jmh_values old | sed 's/^/old /' >"$work/values.txt"
    jmh_values new | sed 's/^/new /' >>"$work/values.txt"
    awk '
      { key = $2 SUBSEP $3; n = ++count[$1, key]; value[$1, key, n] = $4; names[$2] = 1; if ($3 == "score") unit[$2] = $5 }
      function med(side, key,    n, i, j, t, v) {
        n = count[side, key]
        if (n == 0) return ""
        for (i = 1; i <= n; i++) v[i] = value[side, key, i] + 0
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
        return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
      }
      function fmt(x,    t, g) {
        if (x == "") return "–"
        t = sprintf("%.0f", x); g = ""
        while (length(t) > 3) { g = "," substr(t, length(t) - 2) g; t = substr(t, 1, length(t) - 3) }
        return t g
      }
      function rat(a, b) { return (a == "" || b == "" || a == 0) ? "–" : sprintf("%.2fx", b / a) }
      END {
        for (name in names) {
          os = med("old", name SUBSEP "score"); ns = med("new", name SUBSEP "score")
          oc = med("old", name SUBSEP "cpu.time.norm"); nc = med("new", name SUBSEP "cpu.time.norm")
          oa = med("old", name SUBSEP "gc.alloc.rate.norm"); na = med("new", name SUBSEP "gc.alloc.rate.norm")
          printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", name, fmt(os), fmt(ns), rat(os, ns), fmt(oc), fmt(nc), rat(oc, nc), fmt(oa), fmt(na)
        }
      }' "$work/values.txt" | LC_ALL=C sort
    if [ -n "$(awk '$3 == "score" && $5 != "ops/s"' "$work/values.txt")" ]; then
      echo
      echo "Scores not in ops/s are shown in their own unit (see the JMH logs); new/old is then a ratio of times."
    fi
  fi
} >"$report"

cat "$report"
echo >&2
step "report written to $report"
