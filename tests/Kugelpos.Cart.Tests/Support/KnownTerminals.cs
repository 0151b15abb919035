using System.Collections.Concurrent;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Cart.Tests.Support;

/// <summary>The terminal service's key check, replaced at unit level: knows a few terminals and their keys, and counts how often it is asked.</summary>
internal sealed class KnownTerminals : ITerminalKeyVerifier
{
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);
    private int _asked;

    /// <summary>How often a key was checked.</summary>
    public int Asked => _asked;

    /// <summary>Adds terminal <paramref name="terminalId"/> (<c>{tenant}-{store}-{no}</c>) and answers its new API key.</summary>
    public string Add(string terminalId)
    {
        var key = TerminalApiKey.Generate();
        _keys[terminalId] = key;
        return key;
    }

    public Task<TerminalTokenClaims?> VerifyAsync(string terminalId, string apiKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _asked);
        return Task.FromResult(_keys.TryGetValue(terminalId, out var key) && key == apiKey ? Claims(terminalId) : null);
    }

    /// <summary>The claims of a terminal with that id, as the terminal service would give them.</summary>
    public static TerminalTokenClaims Claims(string terminalId)
    {
        var parts = terminalId.Split('-');
        return new TerminalTokenClaims
        {
            TenantId = parts[0],
            StoreCode = parts[1],
            TerminalNo = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture),
            TerminalId = terminalId,
            Status = "Opened",
            BusinessDate = "20260101",
            OpenCounter = 1,
            BusinessCounter = 1,
            StaffId = "S001",
            StaffName = "Alice",
        };
    }
}
