using Kugelpos.Account;

namespace Kugelpos.Host;

/// <summary>The services that exist so far; each new service adds its line here and to dapr.yaml.</summary>
public static class ServiceCatalog
{
    /// <summary>Every service the host runs, in port order.</summary>
    public static IReadOnlyList<KugelposService> All { get; } =
    [
        new(AccountService.AppId, typeof(AccountService).Assembly, b => b.AddAccountService(), a => a.MapAccountService()),
    ];
}
