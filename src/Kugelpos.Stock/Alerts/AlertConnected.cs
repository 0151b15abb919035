namespace Kugelpos.Stock.Alerts;

/// <summary>The first message a client receives, in the original's shape.</summary>
internal sealed record AlertConnected(string TenantId, string StoreCode)
{
    public string Type { get; } = "connection";

    public string Status { get; } = "connected";

    public string Message { get; } = "Connected to stock alert service";
}
