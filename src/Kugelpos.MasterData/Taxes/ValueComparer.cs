namespace Kugelpos.MasterData.Taxes;

/// <summary>Orders the values of one sort field of the in-memory tax master: nulls first, texts ordinally.</summary>
internal sealed class ValueComparer : IComparer<object?>
{
    public static ValueComparer Instance { get; } = new();

    public int Compare(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string a, string b) => string.CompareOrdinal(a, b),
        (IComparable a, _) => a.CompareTo(y),
        _ => 0,
    };
}
