using Kugelpos.Account;
using Kugelpos.Cart;
using Kugelpos.MasterData;
using Kugelpos.Terminal;

namespace Kugelpos.Host;

/// <summary>The services that exist so far; each new service adds its line here and to dapr.yaml.</summary>
public static class ServiceCatalog
{
    /// <summary>Every service the host runs, in port order.</summary>
    public static IReadOnlyList<KugelposService> All { get; } =
    [
        new(AccountService.AppId, typeof(AccountService).Assembly, b => b.AddAccountService(), a => a.MapAccountService()),
        new(TerminalService.AppId, typeof(TerminalService).Assembly, b => b.AddTerminalService(), a => a.MapTerminalService()),
        new(MasterDataService.AppId, typeof(MasterDataService).Assembly, b => b.AddMasterDataService(), a => a.MapMasterDataService()),
        new(CartService.AppId, typeof(CartService).Assembly, b => b.AddCartService(), a => a.MapCartService()),
    ];
}
