using System.Globalization;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Serialization;
using Kugelpos.ServiceDefaults.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Dapr.Subscriptions;

/// <summary>
/// The request handler behind every subscription route: reads the event with EventJson (the
/// CloudEvents middleware has already unwrapped <c>data</c>), runs the handler and answers the
/// sidecar truthfully.
/// </summary>
internal static class SubscriptionEndpoint
{
    public const string LoggerName = "Kugelpos.Dapr.Subscriptions";

    /// <summary>The header the CloudEvents middleware forwards the publish time (<c>time</c>) in.</summary>
    public const string PublishTimeHeader = "Cloudevent.time";

    public static async Task<IResult> HandleAsync<TEvent, THandler>(HttpContext context, EventChannel channel)
        where TEvent : class, IKugelposEvent
        where THandler : ISubscriptionHandler<TEvent>
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerName);
        var cancellationToken = context.RequestAborted;
        string? json = null;
        TEvent evt;
        try
        {
            using (var reader = new StreamReader(context.Request.Body))
            {
                json = await reader.ReadToEndAsync(cancellationToken);
            }

            evt = EventJson.Deserialize<TEvent>(json);
        }
        catch (EventJsonException e)
        {
            // Looked for only here, off the hot path: the probe has no event id, so it never reads as an event.
            if (HealthCheckProbe.Is(json))
            {
                return AnswerProbe(channel, context, logger);
            }

            // The message names the field, never a value, so it is safe to log.
            return Answer(SubscriptionOutcome.Drop(e.Message), channel, null, context, logger);
        }

        var outcome = await SubscriptionDispatch.ApplyAsync<TEvent, THandler>(context.RequestServices, channel, evt, json, cancellationToken);
        await DeliveryStatusReporter.ReportAsync(context.RequestServices, evt, outcome, logger, cancellationToken);
        return Answer(outcome, channel, evt.EventId, context, logger);
    }

    /// <summary>The answer daprd reads: SUCCESS and DROP in a 200 (daprd reads the status only from a 2xx), RETRY in a 503.</summary>
    internal static IResult StatusBody(SubscriptionAnswer answer) => answer switch
    {
        SubscriptionAnswer.Success => Results.Json(new SubscriptionStatusBody("SUCCESS"), statusCode: StatusCodes.Status200OK),
        SubscriptionAnswer.Drop => Results.Json(new SubscriptionStatusBody("DROP"), statusCode: StatusCodes.Status200OK),

        // A failure is never a 200: daprd redelivers on RETRY and on any non-2xx but 404 alike,
        // and a 503 also shows as the failure it is in request logs and metrics.
        _ => Results.Json(new SubscriptionStatusBody("RETRY"), statusCode: StatusCodes.Status503ServiceUnavailable),
    };

    // The original's pub/sub health check: acknowledged with no effect, no dedup mark and no dead
    // letter, and counted as a skip (deliberately not handled) so it never inflates the successes.
    private static IResult AnswerProbe(EventChannel channel, HttpContext context, ILogger logger)
    {
        context.RequestServices.GetService<KugelposEventMetrics>()?.RecordProcessed(channel.Topic, EventOutcome.Skip);
        logger.LogDebug("Health-check probe on {Topic} acknowledged", channel.Topic);
        return StatusBody(SubscriptionAnswer.Success);
    }

    private static IResult Answer(SubscriptionOutcome outcome, EventChannel channel, Guid? eventId, HttpContext context, ILogger logger)
    {
        var metrics = context.RequestServices.GetService<KugelposEventMetrics>();
        metrics?.RecordProcessed(channel.Topic, outcome switch
        {
            { IsDuplicate: true } => EventOutcome.Skip,
            { Answer: SubscriptionAnswer.Success } => EventOutcome.Success,
            { Answer: SubscriptionAnswer.Drop } => EventOutcome.Dropped,
            _ => EventOutcome.Failure,
        });
        if (outcome.Answer != SubscriptionAnswer.Retry
            && DateTimeOffset.TryParse(context.Request.Headers[PublishTimeHeader].FirstOrDefault(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published))
        {
            metrics?.RecordDeliveryLatency(channel.Topic, published);
        }

        if (outcome.Answer == SubscriptionAnswer.Drop)
        {
            logger.LogWarning("Dropping event {EventId} on {Topic} to its dead-letter topic: {Reason}", eventId, channel.Topic, outcome.Reason);
        }
        else if (outcome.Answer == SubscriptionAnswer.Retry)
        {
            logger.LogWarning("Event {EventId} on {Topic} is to be delivered again: {Reason}", eventId, channel.Topic, outcome.Reason);
        }

        return StatusBody(outcome.Answer);
    }
}
