-- Shared by the wrk scripts: at the end of a run, one line that Bench.java reads.
function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH rps=%.2f p50=%d p95=%d p99=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(95),
    latency:percentile(99), errors))
end
