using Kugelpos.Host.Tests.Reporting;
using Kugelpos.Testing;
using Kugelpos.Testing.Subscriptions;

namespace Kugelpos.Host.Tests.StoreDay;

/// <summary>The embedded system with the report stand-in (<see cref="ReportStandIn"/>) on the report app's port.</summary>
public sealed class StoreDayFixture : IAsyncLifetime
{
    private ServiceTestHost? _report;

    /// <summary>The system the store day runs on.</summary>
    public SystemFixture System { get; } = new() { LeftOut = new HashSet<string>(StringComparer.Ordinal) { "report" } };

    /// <summary>What the report stand-in received.</summary>
    public ReceivedEvents Received { get; } = new();

    /// <summary>The address of <paramref name="appId"/>'s service.</summary>
    public Uri Service(string appId) => System.Service(appId);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _report = await ReportStandIn.StartAsync(System.Apps.Single(a => a.AppId == "report").Port, Received);
        await System.InitializeAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await System.DisposeAsync();
        if (_report is not null)
        {
            await _report.DisposeAsync();
        }
    }
}
