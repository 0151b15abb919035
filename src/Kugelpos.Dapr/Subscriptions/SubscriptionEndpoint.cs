using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Serialization;
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

    public static async Task<IResult> HandleAsync<TEvent, THandler>(HttpContext context, EventChannel channel)
        where TEvent : class, IKugelposEvent
        where THandler : ISubscriptionHandler<TEvent>
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerName);
        var cancellationToken = context.RequestAborted;
        string json;
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
            // The message names the field, never a value, so it is safe to log.
            return Answer(SubscriptionOutcome.Drop(e.Message), channel, null, logger);
        }

        var services = context.RequestServices;
        var outcome = services.GetService<IEventDeduplication>() is { } dedup
            ? await dedup.ApplyOnceAsync(channel.Topic, evt, json, cancellationToken)
            : await SubscriptionHandlers.RunAsync<TEvent, THandler>(services, evt, channel.Topic, cancellationToken);
        await DeliveryStatusReporter.ReportAsync(context.RequestServices, evt, outcome, logger, cancellationToken);
        return Answer(outcome, channel, evt.EventId, logger);
    }

    private static IResult Answer(SubscriptionOutcome outcome, EventChannel channel, Guid? eventId, ILogger logger)
    {
        switch (outcome.Answer)
        {
            case SubscriptionAnswer.Success:
                return Results.Json(new SubscriptionStatusBody("SUCCESS"), statusCode: StatusCodes.Status200OK);
            case SubscriptionAnswer.Drop:
                logger.LogWarning("Dropping event {EventId} on {Topic} to its dead-letter topic: {Reason}", eventId, channel.Topic, outcome.Reason);

                // daprd reads the status only from a 2xx answer; DROP is the one way to dead-letter.
                return Results.Json(new SubscriptionStatusBody("DROP"), statusCode: StatusCodes.Status200OK);
            default:
                logger.LogWarning("Event {EventId} on {Topic} is to be delivered again: {Reason}", eventId, channel.Topic, outcome.Reason);

                // A failure is never a 200: daprd redelivers on RETRY and on any non-2xx but 404 alike,
                // and a 503 also shows as the failure it is in request logs and metrics.
                return Results.Json(new SubscriptionStatusBody("RETRY"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
