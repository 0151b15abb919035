using Kugelpos.Account;
using Kugelpos.Cart;
using Kugelpos.Journal;
using Kugelpos.MasterData;
using Kugelpos.Report;
using Kugelpos.Stock;
using Kugelpos.Terminal;

namespace Kugelpos.Host;

/// <summary>The seven services; each has its line here and its entry in dapr.yaml.</summary>
public static class ServiceCatalog
{
    /// <summary>Every service the host runs, in port order.</summary>
    public static IReadOnlyList<KugelposService> All { get; } =
    [
        new(AccountService.AppId, typeof(AccountService).Assembly, b => b.AddAccountService(), a => a.MapAccountService()),
        new(TerminalService.AppId, typeof(TerminalService).Assembly, b => b.AddTerminalService(), a => a.MapTerminalService()),
        new(MasterDataService.AppId, typeof(MasterDataService).Assembly, b => b.AddMasterDataService(), a => a.MapMasterDataService()),
        new(CartService.AppId, typeof(CartService).Assembly, b => b.AddCartService(), a => a.MapCartService()),
        new(ReportService.AppId, typeof(ReportService).Assembly, b => b.AddReportService(), a => a.MapReportService()),
        new(JournalService.AppId, typeof(JournalService).Assembly, b => b.AddJournalService(), a => a.MapJournalService()),
        new(StockService.AppId, typeof(StockService).Assembly, b => b.AddStockService(), a => a.MapStockService()),
    ];
}
