using Kugelpos.Contracts;
using Kugelpos.Dapr.Outbox;
using Kugelpos.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Dapr.Subscriptions;

/// <summary>
/// Tells the publisher what became of an event once the subscriber is done with it: received
/// after a success, failed after a drop. Nothing is reported for a retry (the event comes back),
/// nor when no <see cref="IDeliveryStatusCallback"/> is registered.
/// </summary>
internal static class DeliveryStatusReporter
{
    public static async Task ReportAsync(IServiceProvider services, IKugelposEvent evt, SubscriptionOutcome outcome, ILogger logger, CancellationToken cancellationToken)
    {
        if (outcome.Answer == SubscriptionAnswer.Retry
            || services.GetService<IDeliveryStatusCallback>() is not { } callback
            || evt is not TerminalEvent terminalEvent
            || DeliveryStatusTarget.For(terminalEvent) is not { } target)
        {
            return;
        }

        var service = services.GetService<ServiceIdentity>()?.Name ?? services.GetRequiredService<IHostEnvironment>().ApplicationName;
        var status = outcome.Answer == SubscriptionAnswer.Success ? SubscriberStatus.Received : SubscriberStatus.Failed;
        var result = await callback.ReportAsync(target, new DeliveryStatusUpdate(evt.EventId.ToString(), service, status, outcome.Reason), cancellationToken);
        if (!result.Success)
        {
            // The event itself is done with; the publisher republishes what it never heard of.
            logger.LogWarning("Could not report event {EventId} as {Status} to {App}: {Reason}", evt.EventId, status, target.AppId, result.Message);
        }
    }
}
