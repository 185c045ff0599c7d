#!/usr/bin/env bash
# Fuzzes one target with Jazzer for N minutes (default 10): scripts/fuzz.sh TARGET [MINUTES]
#
# Targets (module, fuzz test):
#   files      parley-ingest  ReadersFuzzTest#anyFileIsReadOrRejectedWithAReason (format sniffing, every reader)
#   html       parley-ingest  ReadersFuzzTest#anyHtmlPageIsAnArticleOrARejection
#   newsplease parley-ingest  ReadersFuzzTest#anyNewsPleaseJsonIsArticlesOrRejections (JSON and JSONL)
#   warc       parley-ingest  ReadersFuzzTest#anyWarcIsArticlesOrRejections
#   dateline   parley-core    DateParsersFuzzTest#anyLineIsADatelineOrNone
#   published  parley-core    DateParsersFuzzTest#anyArticleHasAPublicationDateOrUnknown
#   money      parley-core    MoneyParserFuzzTest#anyTextGivesAmountsInsideIt
#   upload     parley-server  UploadBodyFuzzTest#anyBodyIsRecordsOrA400
#
# The normal test run replays each target's seed corpus (regression mode,
# src/test/resources/<package>/<Class>Inputs/<method>/). This runs the same test with
# JAZZER_FUZZ=1: libFuzzer mutates the corpus, keeps inputs that reach new code in
# MODULE/.cifuzz-corpus/ (not committed) and, on a finding, stops and writes the input into the
# seed folder, so the regression run replays it from then on: fix the reader and commit both.
# Runs at the lowest priority (nice 19): the machine is shared. Output: target/fuzz-TARGET.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

target="${1:?usage: scripts/fuzz.sh TARGET [MINUTES]  (TARGET: files html newsplease warc dateline published money upload)}"
minutes="${2:-10}"
case "$target" in
  files)      module=parley-ingest; test='ReadersFuzzTest#anyFileIsReadOrRejectedWithAReason' ;;
  html)       module=parley-ingest; test='ReadersFuzzTest#anyHtmlPageIsAnArticleOrARejection' ;;
  newsplease) module=parley-ingest; test='ReadersFuzzTest#anyNewsPleaseJsonIsArticlesOrRejections' ;;
  warc)       module=parley-ingest; test='ReadersFuzzTest#anyWarcIsArticlesOrRejections' ;;
  dateline)   module=parley-core;   test='DateParsersFuzzTest#anyLineIsADatelineOrNone' ;;
  published)  module=parley-core;   test='DateParsersFuzzTest#anyArticleHasAPublicationDateOrUnknown' ;;
  money)      module=parley-core;   test='MoneyParserFuzzTest#anyTextGivesAmountsInsideIt' ;;
  upload)     module=parley-server; test='UploadBodyFuzzTest#anyBodyIsRecordsOrA400' ;;
  *) echo "scripts/fuzz.sh: unknown target '$target'" >&2; exit 2 ;;
esac

mkdir -p target
log="target/fuzz-$target.log"
echo "fuzzing $target ($module $test) for $minutes min; log: $log"
# jazzer.internal.arg.N are libFuzzer's arguments (the first is argv[0]): run for MINUTES. Each
# test's @Timeout bounds one input (Jazzer passes it to libFuzzer as -timeout); JUnit's own timeout
# would count the whole run as one invocation, so it is disabled here.
status=0
JAZZER_FUZZ=1 nice -n 19 mvn -o -B -pl "$module" -am test -Dtest="$test" \
  -Dsurefire.failIfNoSpecifiedTests=false -Djunit.jupiter.execution.timeout.mode=disabled \
  -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1="-max_total_time=$((minutes * 60))" \
  >"$log" 2>&1 || status=$?
# libFuzzer's last status line: executions so far, coverage, corpus size.
grep -E '^#[0-9]+' "$log" | tail -1 || true
grep -E 'Done [0-9]+ runs|== Java Exception|FuzzTestFindingException|Tests run:.*Fail' "$log" | tail -3 || true
exit "$status"
