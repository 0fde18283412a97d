#!/usr/bin/env bash
# Extractor benchmark (JMH, one thread): reports per second over the development set.
#
#   bench/extract.sh        full run (about two minutes): reports/s (all, and ~1.5 KB ones), 1 MB report time
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/fusion" --version >/dev/null   # picks the JDK and builds the application if needed
java="$(bash -c 'eval "$(sed -n "/^java_major()/,/^}/p;/^suitable()/,/^}/p;/^find_java()/,/^}/p" fusion)"; find_java')"
export JAVA_HOME="$(cd "$(dirname "$java")/.." && pwd)"
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

"$java" -cp "$classpath" org.openjdk.jmh.Main "Extraction.*Benchmark" -t 1 -rf text -rff target/extract-bench.txt
cat target/extract-bench.txt
