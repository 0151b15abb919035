namespace Kugelpos.Sidecar.State;

/// <summary>
/// The Lua the Redis state store runs. Values live in a hash with fields <c>data</c> and
/// <c>version</c> (the ETag, incremented per write), as daprd's state.redis keeps them. One
/// script applies a whole transaction, checking every ETag before writing anything, so a
/// conflict leaves no partial write behind.
/// </summary>
internal static class RedisScripts
{
    /// <summary>Arguments per operation in <see cref="Apply"/>.</summary>
    public const int ArgsPerOperation = 5;

    /// <summary>
    /// KEYS: one per operation. ARGV per operation: kind (<c>s</c> set, <c>d</c> delete), ETag
    /// (empty for none), data, TTL seconds (empty: leave the key's expiry as it is, as daprd
    /// does; 0 or less: persist), first-write flag. Returns the new versions (0 for deletes), or
    /// <c>{-1, index}</c> when the check of operation <c>index</c> fails.
    /// </summary>
    public const string Apply = """
        local n = #KEYS
        for i = 1, n do
          local b = (i - 1) * 5
          local kind, etag, first = ARGV[b + 1], ARGV[b + 2], ARGV[b + 5]
          local ver = false
          if redis.call("TYPE", KEYS[i]).ok == "hash" then ver = redis.call("HGET", KEYS[i], "version") end
          if etag ~= "" then
            if ver and ver ~= "" and ver ~= etag then return {-1, i} end
          elseif kind == "s" and first == "1" and ver then
            return {-1, i}
          end
        end
        local out = {}
        for i = 1, n do
          local b = (i - 1) * 5
          if ARGV[b + 1] == "d" then
            redis.call("DEL", KEYS[i])
            out[i] = 0
          else
            if redis.call("TYPE", KEYS[i]).ok ~= "hash" then redis.call("DEL", KEYS[i]) end
            redis.call("HSET", KEYS[i], "data", ARGV[b + 3])
            out[i] = redis.call("HINCRBY", KEYS[i], "version", 1)
            local ttl = ARGV[b + 4]
            if ttl ~= "" then
              local seconds = tonumber(ttl)
              if seconds > 0 then redis.call("EXPIRE", KEYS[i], seconds) else redis.call("PERSIST", KEYS[i]) end
            end
          end
        end
        return out
        """;

    /// <summary>KEYS[1]: the key. Returns <c>{data, version, pttl}</c>, or nil when absent.</summary>
    public const string Get = """
        if redis.call("TYPE", KEYS[1]).ok ~= "hash" then return false end
        return {redis.call("HGET", KEYS[1], "data"), redis.call("HGET", KEYS[1], "version"), redis.call("PTTL", KEYS[1])}
        """;
}
