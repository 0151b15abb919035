namespace Kugelpos.Benchmarks.Sale;

/// <summary>
/// One device's record of its own calls per <see cref="SaleOperation"/>: latencies in
/// <see cref="System.Diagnostics.Stopwatch"/> ticks, failures and the first failure's message.
/// Each device writes only its own, so recording takes no lock.
/// </summary>
public sealed class StepTimes
{
    private static readonly int Operations = Enum.GetValues<SaleOperation>().Length;

    private readonly List<long>[] _ticks = [.. Enumerable.Range(0, Operations).Select(_ => new List<long>(4096))];
    private readonly long[] _errors = new long[Operations];
    private readonly string?[] _firstErrors = new string?[Operations];

    /// <summary>Latencies of the successful calls of <paramref name="operation"/>.</summary>
    public IReadOnlyList<long> Ticks(SaleOperation operation) => _ticks[(int)operation];

    /// <summary>How many calls of <paramref name="operation"/> failed.</summary>
    public long Errors(SaleOperation operation) => _errors[(int)operation];

    /// <summary>What the first failed call of <paramref name="operation"/> said, if one failed.</summary>
    public string? FirstError(SaleOperation operation) => _firstErrors[(int)operation];

    /// <summary>Records a successful call.</summary>
    public void Record(SaleOperation operation, long ticks) => _ticks[(int)operation].Add(ticks);

    /// <summary>Records a failed call.</summary>
    public void Fail(SaleOperation operation, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _errors[(int)operation]++;
        _firstErrors[(int)operation] ??= error.Message;
    }

    /// <summary>Forgets everything, e.g. the warm-up.</summary>
    public void Clear()
    {
        foreach (var ticks in _ticks)
        {
            ticks.Clear();
        }

        Array.Clear(_errors);
        Array.Clear(_firstErrors);
    }
}
