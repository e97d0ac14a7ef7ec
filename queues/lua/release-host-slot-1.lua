--[[
  Gives back a slot taken by acquire-host-slot-2.lua.

  Input:
    KEYS[1]  in-flight set of the host
    ARGV[1]  slot token

  Output: 1 if the slot was held, 0 if its lease had already run out.
]]
return redis.call('ZREM', KEYS[1], ARGV[1])
