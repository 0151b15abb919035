using System.Globalization;

namespace Kugelpos.Sidecar.Cli;

/// <summary>
/// A size as daprd's <c>--max-body-size</c> takes it: a Kubernetes-style quantity such as
/// <c>4Mi</c>, <c>512Ki</c> or <c>2M</c>, or plain bytes.
/// </summary>
public static class ByteQuantity
{
    private static readonly (string Suffix, long Factor)[] Suffixes =
    [
        ("Ki", 1L << 10), ("Mi", 1L << 20), ("Gi", 1L << 30),
        ("k", 1_000), ("K", 1_000), ("M", 1_000_000), ("G", 1_000_000_000),
    ];

    /// <summary>The number of bytes <paramref name="text"/> says; false when it is not a size.</summary>
    public static bool TryParse(string text, out long bytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (digits, factor) = Suffixes
            .Where(s => text.EndsWith(s.Suffix, StringComparison.Ordinal))
            .Select(s => (text[..^s.Suffix.Length], s.Factor))
            .DefaultIfEmpty((text, 1L))
            .First();
        bytes = 0;
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return false;
        }

        try
        {
            bytes = checked(count * factor);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
