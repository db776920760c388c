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

-- done(): the report line, from report.lua beside this script.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
