#!/usr/bin/env bash
# Geocoder benchmarks (JMH, one thread): resolves per second and reverse geocodes per second, plus
# the time to load the gazetteer in a fresh JVM.
#
#   bench/geo.sh            full run (about 1 minute)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/fusion" --version >/dev/null   # picks the JDK and builds the application if needed
java="$(bash -c 'eval "$(sed -n "/^java_major()/,/^}/p;/^suitable()/,/^}/p;/^find_java()/,/^}/p" fusion)"; find_java')"
export JAVA_HOME="$(cd "$(dirname "$java")/.." && pwd)"
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

echo "gazetteer load in a fresh JVM:"
"$java" -cp "$classpath" org.fusioncentre.bench.GazetteerLoadTime
"$java" -cp "$classpath" org.openjdk.jmh.Main GeoBenchmark -t 1 -rf text -rff target/geo-bench.txt
cat target/geo-bench.txt
