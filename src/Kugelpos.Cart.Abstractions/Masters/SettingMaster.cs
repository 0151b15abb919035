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
}
