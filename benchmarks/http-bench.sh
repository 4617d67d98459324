#!/usr/bin/env bash
# The HTTP row: GET and PATCH round trips on the standalone server (embedded H2 in a fresh directory) against a bare
# Jetty handler answering the same bytes, at 1, 8 and 32 connections, measured with h2load (HTTP/1.1). Each
# measurement is repeated, ours and the bare handler taking turns, so both see the same machine. Prints a markdown
# table and keeps it, with the raw figures, in benchmarks/target/.
#
# Latency percentiles come from h2load's log of every request (time to the end of the answer): they match a packet
# capture of the same run. wrk, used before, reports a 1-connection p99 several times what the wire shows (its mean
# latency times its request count exceeds the run's duration; wg/wrk#438), so it is not used.
# Each connection walks one shuffled list of the contacts (h2load takes paths from a file, in order); the first
# WARMUP_EACH of every run is not measured, so the connections have drifted apart before it counts.
#
# Needs: the jars (mvn -B -pl benchmarks,server -am package -DskipTests), h2load (apt-get install nghttp2-client), curl.
# Settings, in whole seconds: DURATION (per run, default 10s), REPEATS (default 3), WARMUP (default 20s), WARMUP_EACH
# (default 2s).
set -euo pipefail
cd "$(dirname "$0")/.."

SERVER_JAR=server/target/contactkit-server.jar
BENCH_JAR=benchmarks/target/contactkit-benchmarks.jar
DURATION=${DURATION:-10s}
REPEATS=${REPEATS:-3}
WARMUP=${WARMUP:-20s}
WARMUP_EACH=${WARMUP_EACH:-2s}
CONTACTS=32
OURS_PORT=${OURS_PORT:-18480}
BARE_PORT=${BARE_PORT:-18481}
TOKEN=benchtoken
OUT=benchmarks/target

for tool in h2load curl java; do
    command -v "$tool" >/dev/null || { echo "needs $tool (h2load: apt-get install nghttp2-client)" >&2; exit 2; }
done
for jar in "$SERVER_JAR" "$BENCH_JAR"; do
    [ -f "$jar" ] || { echo "missing $jar: mvn -B -pl benchmarks,server -am package -DskipTests" >&2; exit 2; }
done

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

await() { # log file, text
    for _ in $(seq 1 120); do
        grep -q "$2" "$1" && return 0
        sleep 0.5
    done
    echo "not ready: $1" >&2
    cat "$1" >&2
    exit 1
}

java -jar "$SERVER_JAR" --port "$OURS_PORT" --bind 127.0.0.1 --db "jdbc:h2:file:$work/contactkit" \
    --token "$TOKEN:admin" >"$work/server.log" 2>&1 &
pids+=($!)
await "$work/server.log" "ContactKit serves"

ours="http://127.0.0.1:$OURS_PORT"
java -cp "$BENCH_JAR" io.contactkit.benchmarks.http.ContactBody "$work/contact.json"
ids=()
for _ in $(seq 1 "$CONTACTS"); do
    id=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        --data-binary @"$work/contact.json" "$ours/api/v1/Contact" | grep -o '"ContactId":[0-9]*' | head -1 | cut -d: -f2)
    ids+=("$id")
done
curl -sf -H "Authorization: Bearer $TOKEN" -o "$work/get.json" "$ours/api/v1/Contact/${ids[0]}"

java -cp "$BENCH_JAR" io.contactkit.benchmarks.http.BareJettyServer "$BARE_PORT" "$work/get.json" \
    >"$work/bare.log" 2>&1 &
pids+=($!)
await "$work/bare.log" "bare Jetty serves"
bare="http://127.0.0.1:$BARE_PORT"

printf '%s' '[{"op":"replace","path":"/Department","value":"Sales"},{"op":"replace","path":"/Name","value":"Bench AS"}]' \
    >"$work/patch.json"
walk=$(for _ in $(seq 1 4096); do echo "/api/v1/Contact/${ids[RANDOM % CONTACTS]}"; done)
# the same walk for both; h2load takes the host and port from the first line
sed "1s|^|$ours|" <<<"$walk" >"$work/ours.paths"
sed "1s|^|$bare|" <<<"$walk" >"$work/bare.paths"

run() { # target, method, connections, duration -> "requests duration_us p50_us p99_us errors"
    local threads=$(( $3 < 2 ? 1 : 2 )) body=() seconds=${4%s}
    [ "$2" = PATCH ] && body=(-d "$work/patch.json")
    rm -f "$work/requests.tsv"
    h2load --h1 -c"$3" -t"$threads" -D "$4" --warm-up-time="$WARMUP_EACH" -i "$work/$1.paths" -H ":method: $2" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json-patch+json' "${body[@]}" \
        --log-file="$work/requests.tsv" >"$work/h2load.out"
    local failed # failed, errored and timed out, then answered other than 2xx
    failed=$(awk '/^requests:/ { n += $10 + $12 + $14 } /^status codes:/ { n += $5 + $7 + $9 } END { print n }' \
        "$work/h2load.out")
    cut -f3 "$work/requests.tsv" | sort -n | awk -v seconds="$seconds" -v failed="$failed" '
        { t[NR] = $1 }
        END { printf "%d %d %d %d %d\n", NR, seconds * 1e6, t[int(NR * 0.5) + 1], t[int(NR * 0.99) + 1], failed }'
}

echo "warming up both servers ($WARMUP each method)" >&2
for method in GET PATCH; do
    run ours "$method" 8 "$WARMUP" >/dev/null
    run bare "$method" 8 "$WARMUP" >/dev/null
done

raw="$OUT/http-raw.tsv"
mkdir -p "$OUT"
printf 'target\tmethod\tconnections\trequests\tduration_us\tp50_us\tp99_us\terrors\n' >"$raw"
for connections in 1 8 32; do
    for method in GET PATCH; do
        for repeat in $(seq 1 "$REPEATS"); do
            for target in ours bare; do
                result=$(run "$target" "$method" "$connections" "$DURATION")
                printf '%s\t%s\t%s\t%s\n' "$target" "$method" "$connections" "$(echo "$result" | tr ' ' '\t')" >>"$raw"
                echo "$target $method c=$connections #$repeat: $result" >&2
            done
        done
    done
done

# mean and standard deviation over the repeats; the ratio's error combines both relative deviations
awk -F'\t' 'NR > 1 {
    key = $2 "\t" $3; rps = $4 / ($5 / 1e6)
    n[$1, key]++; s[$1, key] += rps; ss[$1, key] += rps * rps
    p50[$1, key] += $6; p99[$1, key] += $7; if ($7 > max99[$1, key]) max99[$1, key] = $7; err[$1, key] += $8
    if (!(key in seen)) { seen[key] = 1; order[++keys] = key }
}
function mean(t, k) { return s[t, k] / n[t, k] }
function sd(t, k,   m) { m = mean(t, k); v = ss[t, k] / n[t, k] - m * m; return v > 0 ? sqrt(v) : 0 }
END {
    print "| method | connections | ours req/s | ours p50 ms | ours p99 ms (worst run) | bare req/s | bare p99 ms | throughput ratio | p99 < 10 ms at 32 | ratio >= 0.4 | errors |"
    print "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |"
    for (i = 1; i <= keys; i++) {
        k = order[i]; split(k, part, "\t")
        mo = mean("ours", k); mb = mean("bare", k); r = mo / mb
        re = r * sqrt((sd("ours", k) / mo) ^ 2 + (sd("bare", k) / mb) ^ 2)
        o99 = p99["ours", k] / n["ours", k] / 1000
        p99ok = part[2] == 32 ? (max99["ours", k] / 1000 < 10 ? "met" : "missed") : "-"
        printf "| %s | %s | %.0f ± %.0f | %.2f | %.2f (%.2f) | %.0f ± %.0f | %.2f | %.2f ± %.2f | %s | %s | %d |\n",
            part[1], part[2], mo, sd("ours", k), p50["ours", k] / n["ours", k] / 1000, o99,
            max99["ours", k] / 1000, mb, sd("bare", k), p99["bare", k] / n["bare", k] / 1000, r, re, p99ok,
            (r >= 0.4 ? "met" : "missed"), err["ours", k] + err["bare", k]
    }
}' "$raw" | tee "$OUT/http-results.md"
