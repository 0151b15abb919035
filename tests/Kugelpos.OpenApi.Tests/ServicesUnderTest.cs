using Kugelpos.Account;
using Kugelpos.Cart;
using Kugelpos.Journal;
using Kugelpos.MasterData;
using Kugelpos.Report;
using Kugelpos.Stock;
using Kugelpos.Terminal;

namespace Kugelpos.OpenApi.Tests;

/// <summary>
/// The services whose OpenAPI documents are checked. A service that lands adds ONE line here
/// (and a project reference); from then on every test in this project holds it to the original.
/// </summary>
public static class ServicesUnderTest
{
    /// <summary>Every service that exists, by name.</summary>
    public static IReadOnlyList<ServiceUnderTest> All { get; } =
    [
        new("account", settings => ServiceTestHost.StartAsync(b => b.AddAccountService(), a => a.MapAccountService(), settings)),
        new("master-data", settings => ServiceTestHost.StartAsync(b => b.AddMasterDataService(), a => a.MapMasterDataService(), settings)),
        new("terminal", settings => ServiceTestHost.StartAsync(b => b.AddTerminalService(), a => a.MapTerminalService(), settings)),
        new("cart", settings => ServiceTestHost.StartAsync(b => b.AddCartService(), a => a.MapCartService(), settings)),
        new("report", settings => ServiceTestHost.StartAsync(b => b.AddReportService(), a => a.MapReportService(), settings)),
        new("stock", settings => ServiceTestHost.StartAsync(b => b.AddStockService(), a => a.MapStockService(), settings)),
        new("journal", settings => ServiceTestHost.StartAsync(b => b.AddJournalService(), a => a.MapJournalService(), settings)),
    ];

    /// <summary>The services' names, as xunit theory data.</summary>
    public static TheoryData<string> Names => [.. All.Select(service => service.Name)];
}
