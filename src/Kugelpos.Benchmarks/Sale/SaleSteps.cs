namespace Kugelpos.Benchmarks.Sale;

/// <summary>The devices' records of one operation taken together.</summary>
public static class SaleSteps
{
    /// <summary>Every device's calls of <paramref name="operation"/> over the run that lasted <paramref name="elapsed"/>.</summary>
    public static LatencyStats Of(IReadOnlyList<PosDevice> devices, SaleOperation operation, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var ticks = devices.SelectMany(d => d.Times.Ticks(operation)).ToArray();
        return new LatencyStats(ticks, ticks.Length, devices.Sum(d => d.Times.Errors(operation)), elapsed);
    }

    /// <summary>What the first failed call of <paramref name="operation"/> on any device said, if one failed.</summary>
    public static string? FirstError(IReadOnlyList<PosDevice> devices, SaleOperation operation)
    {
        ArgumentNullException.ThrowIfNull(devices);
        return devices.Select(d => d.Times.FirstError(operation)).FirstOrDefault(e => e is not null);
    }
}
