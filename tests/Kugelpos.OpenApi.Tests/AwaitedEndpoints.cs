namespace Kugelpos.OpenApi.Tests;

/// <summary>
/// THE table of the original's endpoints a service that has landed does not serve yet, each with
/// the reason. Only these may be missing from its document; an entry the service serves (or the
/// original lacks) fails the coverage test, so the table empties as the work lands.
/// </summary>
public static class AwaitedEndpoints
{
    /// <summary>Every endpoint awaited.</summary>
    public static IReadOnlyList<AwaitedEndpoint> All { get; } =
    [
    ];

    /// <summary>The endpoints awaited from <paramref name="service"/>.</summary>
    /// <param name="service">A service name.</param>
    public static IEnumerable<AwaitedEndpoint> For(string service) => All.Where(entry => entry.Service == service);
}
