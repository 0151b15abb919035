using System.Globalization;
using StackExchange.Redis;

namespace Kugelpos.Benchmarks.Sale;

/// <summary>
/// The floor under a cart write: a plain Redis SET of a cart-sized document with the cart's TTL,
/// one key per caller, on the Redis the cart store uses.
/// </summary>
/// <param name="database">The database written (one the cart store does not use).</param>
/// <param name="document">The cart-sized value.</param>
/// <param name="keys">How many keys, one per caller.</param>
public sealed class RedisSetCallers(IDatabase database, byte[] document, int keys)
{
    /// <summary>The TTL the cart store gives each cart.</summary>
    public static readonly TimeSpan CartTtl = TimeSpan.FromSeconds(36000);

    private readonly RedisKey[] _keys = [.. Enumerable.Range(0, keys).Select(i => (RedisKey)("bench-cart-" + i.ToString(CultureInfo.InvariantCulture)))];

    /// <summary>Sets caller <paramref name="index"/>'s key; throws when Redis does not confirm it.</summary>
    public async Task SetAsync(int index, int n)
    {
        if (!await database.StringSetAsync(_keys[index], document, CartTtl))
        {
            throw new InvalidOperationException($"SET {_keys[index]} was not confirmed");
        }
    }
}
