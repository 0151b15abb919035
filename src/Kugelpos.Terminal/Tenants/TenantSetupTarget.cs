namespace Kugelpos.Terminal.Tenants;

/// <summary>
/// A service that prepares each new tenant when the terminal service creates it, as in the
/// original. The original also calls report, journal and stock; each joins <see cref="All"/>
/// when it lands here.
/// </summary>
/// <param name="AppId">The service's Dapr app id.</param>
/// <param name="ErrorCode">The terminal error code of a failed setup there.</param>
internal sealed record TenantSetupTarget(string AppId, string ErrorCode)
{
    /// <summary>The Dapr app id of the master-data service.</summary>
    public const string MasterData = "master-data";

    /// <summary>The Dapr app id of the cart service.</summary>
    public const string Cart = "cart";

    /// <summary>The path every service prepares a tenant on.</summary>
    public const string Path = "api/v1/tenants";

    /// <summary>The services called, in the original's order.</summary>
    public static IReadOnlyList<TenantSetupTarget> All { get; } =
    [
        new(MasterData, TerminalErrorCodes.MasterDataServiceError),
        new(Cart, TerminalErrorCodes.CartServiceError),
    ];
}
