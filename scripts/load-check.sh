#!/usr/bin/env bash
# load-check.sh: hammers a running `zeche serve` with many concurrent keep-alive connections,
# reports requests per second, and fails if any request failed.
#
#   scripts/load-check.sh [URL] [PATH ...]
#
#   URL          the server, default http://127.0.0.1:8000
#   PATH ...     site paths to rotate through, default / (e.g. / /assets/site.css /feed.xml)
#
# Environment: CONNECTIONS (default 200), REQUESTS per connection for the Python fallback
# (default 100, so 20,000 in all), DURATION for wrk (default 10s), THREADS for wrk (default 2).
# Uses wrk when it is installed (Debian: apt-get install wrk), otherwise Python 3 threads.
# Only point it at a server on this machine: it is a load test.
set -euo pipefail

url=${1:-http://127.0.0.1:8000}
url=${url%/}
shift || true
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(/)
connections=${CONNECTIONS:-200}
requests=${REQUESTS:-100}
duration=${DURATION:-10s}
threads=${THREADS:-2}

case "$url" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "error: '$url' is not on this machine; load-check only targets loopback servers" >&2; exit 2 ;;
esac

if ! curl -fsS -o /dev/null "$url${paths[0]}"; then
  echo "error: no server answers at $url${paths[0]}; start 'zeche serve' first" >&2
  exit 1
fi

if command -v wrk >/dev/null && [ -z "${FORCE_PYTHON:-}" ]; then
  script=$(mktemp --suffix=.lua)
  trap 'rm -f "$script"' EXIT
  {
    printf 'local paths = {'
    for path in "${paths[@]}"; do printf '"%s",' "$path"; done
    printf '}\n'
    cat <<'LUA'
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
-- wrk counts only 4xx/5xx as errors; a 404 from a missing path is one too.
done = function(summary, latency, requests)
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.timeout + errors.status
  io.write(string.format("requests: %d, failed: %d, requests/s: %.0f\n",
    summary.requests, failed, summary.requests / (summary.duration / 1e6)))
  local file = io.open(os.getenv("WRK_RESULT"), "w")
  file:write(failed)
  file:close()
end
LUA
  } >"$script"
  result=$(mktemp)
  trap 'rm -f "$script" "$result"' EXIT
  echo "wrk: $connections connections, $threads threads, $duration against $url (${paths[*]})"
  WRK_RESULT=$result wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "$url"
  failed=$(cat "$result")
  [ "$failed" = 0 ] || { echo "FAIL: $failed requests failed" >&2; exit 1; }
  echo "ok: no failed requests"
  exit 0
fi

echo "python: $connections connections x $requests requests against $url (${paths[*]})"
python3 - "$url" "$connections" "$requests" "${paths[@]}" <<'PY'
import http.client, sys, threading, time, urllib.parse

url, connections, requests, paths = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
parts = urllib.parse.urlsplit(url)
failures, lock = [], threading.Lock()

def client(number):
    try:
        connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=30)
        for index in range(requests):
            path = paths[(number + index) % len(paths)]
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            length = response.getheader("Content-Length")
            if response.status >= 400 or (length is not None and int(length) != len(body)):
                with lock: failures.append(f"{path}: {response.status}")
        connection.close()
    except Exception as error:
        with lock: failures.append(f"client {number}: {error!r}")

start = time.monotonic()
workers = [threading.Thread(target=client, args=(n,)) for n in range(connections)]
for worker in workers: worker.start()
for worker in workers: worker.join()
elapsed = time.monotonic() - start
total = connections * requests
print(f"requests: {total}, failed: {len(failures)}, requests/s: {total / elapsed:.0f} (Python is the bottleneck)")
if failures:
    print("FAIL: first failures:", failures[:5], file=sys.stderr)
    sys.exit(1)
print("ok: no failed requests")
PY
