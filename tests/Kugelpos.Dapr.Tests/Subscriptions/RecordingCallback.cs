using Kugelpos.Dapr.Outbox;

namespace Kugelpos.Dapr.Tests.Subscriptions;

/// <summary>A delivery-status callback that keeps every report and answers success.</summary>
internal sealed class RecordingCallback : IDeliveryStatusCallback
{
    public List<(DeliveryStatusTarget Target, DeliveryStatusUpdate Update)> Reports { get; } = [];

    public Task<DaprResult> ReportAsync(DeliveryStatusTarget target, DeliveryStatusUpdate update, CancellationToken cancellationToken = default)
    {
        lock (Reports)
        {
            Reports.Add((target, update));
        }

        return Task.FromResult(DaprResult.Ok);
    }
}
