namespace Kugelpos.Dapr.Outbox;

/// <summary>
/// A subscriber's way to tell the publisher of an event how its delivery went (the original's
/// delivery-status callback). A failed report loses nothing: the publisher republishes what is
/// unconfirmed and the subscriber skips the repeat, then reports again.
/// </summary>
public interface IDeliveryStatusCallback
{
    /// <summary>POSTs <paramref name="update"/> to <paramref name="target"/>; failures come back as results.</summary>
    Task<DaprResult> ReportAsync(DeliveryStatusTarget target, DeliveryStatusUpdate update, CancellationToken cancellationToken = default);
}
