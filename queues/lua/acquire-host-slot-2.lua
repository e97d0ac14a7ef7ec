--[[
  Takes one request slot for a host, if the host's politeness rules allow it
  now. Atomic, so any number of workers on any number of machines share the
  limits. Time comes from the Redis server, so machines' clocks never matter.

  Input:
    KEYS[1]  in-flight set: sorted set of slot tokens, scored by lease expiry (ms)
    KEYS[2]  next-start key: the earliest time (ms) the next request may start

    ARGV[1]  slot token (unique per request)
    ARGV[2]  max requests in flight for this host
    ARGV[3]  min delay between request starts (ms)
    ARGV[4]  lease (ms): a slot whose holder died is freed after this long

  Output:
     0  slot taken; release it with release-host-slot-1.lua
    >0  the min delay is not over: try again in this many ms
    -1  the host has max requests in flight: try again later
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local maxInFlight = tonumber(ARGV[2])
local minDelay = tonumber(ARGV[3])
local lease = tonumber(ARGV[4])

redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= maxInFlight then
  return -1
end

local nextStart = tonumber(redis.call('GET', KEYS[2]) or '0')
if now < nextStart then
  return nextStart - now
end

redis.call('ZADD', KEYS[1], now + lease, ARGV[1])
redis.call('PEXPIRE', KEYS[1], lease)
if minDelay > 0 then
  redis.call('SET', KEYS[2], now + minDelay, 'PX', minDelay)
end
return 0
