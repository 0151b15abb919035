namespace Kugelpos.MasterData.Validation;

/// <summary>
/// Ours: the bounds of master-data fields. The original took any length and any number, so one
/// request could store a megabyte-long code or a negative price.
/// </summary>
internal static class MasterDataLimits
{
    /// <summary>The longest code (category, item, store, payment, tax...).</summary>
    public const int MaxCodeLength = 64;

    /// <summary>The longest description or name.</summary>
    public const int MaxTextLength = 256;

    /// <summary>The most entries of a list of texts (item details, image URLs).</summary>
    public const int MaxListCount = 100;

    /// <summary>The longest entry of a list of texts, e.g. an image URL.</summary>
    public const int MaxListEntryLength = 2048;

    /// <summary>The largest amount (price, cost, limit), as text for <see cref="System.ComponentModel.DataAnnotations.RangeAttribute"/>.</summary>
    public const string MaxAmount = "999999999999";
}
