namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>A subscriber's report on a log the terminal published (the original's delivery-status callback).</summary>
public sealed record DeliveryStatusRequest
{
    /// <summary>The log's event id.</summary>
    public required Guid EventId { get; init; }

    /// <summary>The reporting service, e.g. <c>report</c>.</summary>
    public required string Service { get; init; }

    /// <summary>Its status, e.g. <c>received</c> or <c>failed</c>.</summary>
    public required string Status { get; init; }

    /// <summary>An optional message.</summary>
    public string? Message { get; init; }
}
