namespace Kugelpos.Terminal.Tenants;

/// <summary>
/// A service that prepares each new tenant when the terminal service creates it, as in the
/// original: master data, the cart, report, journal and stock, in that order.
/// </summary>
/// <param name="AppId">The service's Dapr app id.</param>
/// <param name="ErrorCode">The terminal error code of a failed setup there.</param>
internal sealed record TenantSetupTarget(string AppId, string ErrorCode)
{
    /// <summary>The Dapr app id of the master-data service.</summary>
    public const string MasterData = "master-data";

    /// <summary>The Dapr app id of the cart service.</summary>
    public const string Cart = "cart";

    /// <summary>The Dapr app id of the report service.</summary>
    public const string Report = "report";

    /// <summary>The Dapr app id of the journal service.</summary>
    public const string Journal = "journal";

    /// <summary>The Dapr app id of the stock service.</summary>
    public const string Stock = "stock";

    /// <summary>The path every service prepares a tenant on.</summary>
    public const string Path = "api/v1/tenants";

    /// <summary>The services called, in the original's order.</summary>
    public static IReadOnlyList<TenantSetupTarget> All { get; } =
    [
        new(MasterData, TerminalErrorCodes.MasterDataServiceError),
        new(Cart, TerminalErrorCodes.CartServiceError),
        new(Report, TerminalErrorCodes.ReportServiceError),
        new(Journal, TerminalErrorCodes.JournalServiceError),

        // The original has no code of its own for stock: its failure is the general external one.
        new(Stock, TerminalErrorCodes.ExternalServiceError),
    ];
}
