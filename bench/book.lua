-- wrk script: books one place per request in a slot picked at random from a file of slot ids, as one
-- of the customers whose bearer tokens are in another file. Args: tokens file, slots file.
local tokens, slots = {}, {}

local function lines(path, into)
  for line in io.lines(path) do
    if line ~= "" then into[#into + 1] = line end
  end
end

function init(args)
  lines(args[1], tokens)
  lines(args[2], slots)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

function request()
  local token = tokens[math.random(#tokens)]
  local slot = slots[math.random(#slots)]
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json"
  }, '{"slotId":' .. slot .. ',"partySize":1}')
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH rps=%.2f p50=%d p95=%d p99=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(95),
    latency:percentile(99), errors))
end
