namespace Kugelpos.Cart.Abstractions.Masters;

/// <summary>A setting as the cart uses it (master-data's <c>SettingsMasterResponse</c>, same names).</summary>
public sealed record SettingMaster
{
    /// <summary>Setting name, e.g. <c>RECEIPT_NO_START_VALUE</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Value used where no store or terminal value applies.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>Values for particular stores and terminals.</summary>
    public IReadOnlyList<SettingValue> Values { get; init; } = [];

    /// <summary>
    /// The value for one terminal, as the original resolves it: the value for that terminal of the
    /// store, else the store's value, else a value for neither, else the default. Within one scope
    /// the first listed value wins.
    /// </summary>
    /// <param name="storeCode">The store.</param>
    /// <param name="terminalNo">The terminal of the store.</param>
    public string? ValueFor(string storeCode, int terminalNo)
    {
        (string? Store, int? Terminal)[] scopes = [(storeCode, terminalNo), (storeCode, null), (null, null)];
        foreach (var (store, terminal) in scopes)
        {
            if (Values.FirstOrDefault(v => v.StoreCode == store && v.TerminalNo == terminal) is { } match)
            {
                return match.Value;
            }
        }

        return DefaultValue;
    }
}
