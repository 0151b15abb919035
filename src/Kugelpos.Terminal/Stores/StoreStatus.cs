namespace Kugelpos.Terminal.Stores;

/// <summary>The original's store statuses; a new store is <see cref="Idle"/>.</summary>
internal static class StoreStatus
{
    /// <summary>Set up, not yet opened.</summary>
    public const string Idle = "Idle";

    /// <summary>Open for business.</summary>
    public const string Opened = "Opened";

    /// <summary>Closed for business.</summary>
    public const string Closed = "Closed";

    /// <summary>Every status, in the order a store goes through them.</summary>
    public static IReadOnlyList<string> All { get; } = [Idle, Opened, Closed];
}
