-- wrk script: posts distinct, correctly signed deliveries produced by WebhookIntakeBenchmark.
-- Each wrk thread takes every Nth line so no delivery id is sent twice.
-- Usage: REQUESTS=/tmp/requests.tsv wrk -t2 -c64 -d10s --latency -s webhook-intake.lua http://127.0.0.1:8089
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  requests = {}
  local index = 0
  for line in io.lines(os.getenv("REQUESTS") or "/tmp/requests.tsv") do
    if index % 2 == (tid or 0) then
      local id, signature, body = line:match("^([^\t]+)\t([^\t]+)\t(.*)$")
      requests[#requests + 1] = wrk.format("POST", "/webhooks/bench/woo", {
        ["Content-Type"] = "application/json",
        ["X-WC-Webhook-Delivery-ID"] = id,
        ["X-WC-Webhook-Signature"] = signature,
      }, body)
    end
    index = index + 1
  end
  position = 0
end

function request()
  position = position + 1
  if position > #requests then position = 1 end
  return requests[position]
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p99 %.2f ms, non-2xx %d\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status))
end
