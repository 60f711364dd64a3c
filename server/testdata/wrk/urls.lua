-- wrk script of TestLoadWrk: asks the paths of the file named by its
-- first argument, one a line, in turn, each of its second argument's
-- number of threads from its own place in them, the first from the line
-- after its third argument's number of lines, the others spread evenly
-- after it; and prints one line of figures for the test to read.

local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local paths = {}
local at = 0

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  at = (tonumber(args[3]) + math.floor(id * #paths / tonumber(args[2]))) % #paths
end

function request()
  at = at % #paths + 1
  return wrk.format("GET", paths[at])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("lexdiff-wrk requests=%d duration_us=%d status_errors=%d socket_errors=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
