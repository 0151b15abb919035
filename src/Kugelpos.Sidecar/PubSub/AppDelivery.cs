using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kugelpos.Sidecar.Resources;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.PubSub;

/// <summary>
/// Hands messages of one app's subscriptions to the app: <c>POST {route}</c> with the CloudEvent,
/// reading the answer as daprd does, retrying with backoff, dead-lettering dropped messages.
/// </summary>
/// <param name="app">The way to the app.</param>
/// <param name="retries">Retry policy per pub/sub component name (the Resiliency inbound target), else <see cref="DefaultRetry"/>.</param>
/// <param name="deadLetter">Publishes a message to a topic of a pub/sub: (pubsub, topic, message).</param>
/// <param name="time">The clock the backoff waits on.</param>
/// <param name="logger">Where delivery trouble is logged.</param>
public sealed class AppDelivery(
    AppChannel app,
    IReadOnlyDictionary<string, RetryPolicySpec> retries,
    Func<string, string, ReadOnlyMemory<byte>, CancellationToken, Task> deadLetter,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>
    /// The retry policy when no Resiliency resource names one: a single attempt, as daprd has no
    /// built-in retries for subscriptions; what fails is left to the broker's own redelivery
    /// (Redis: the pending entry is claimed again after processingTimeout; in-memory: ten tries).
    /// </summary>
    public static RetryPolicySpec DefaultRetry { get; } = new("constant", TimeSpan.Zero, TimeSpan.Zero, 0);

    /// <summary>
    /// Delivers <paramref name="message"/> for <paramref name="subscription"/>; true when it is done
    /// with (delivered, dropped or dead-lettered), false when the broker should redeliver it.
    /// </summary>
    public async Task<bool> DeliverAsync(SubscriptionSpec subscription, ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (!CloudEventEnvelope.IsEnvelope(message, out var eventType))
        {
            // A raw payload (published with rawPayload=true) reaches the app wrapped, as daprd does.
            message = CloudEventEnvelope.Wrap(message, "application/octet-stream", subscription.PubsubName, subscription.PubsubName, subscription.Topic, time.GetUtcNow(), null);
            eventType = CloudEventEnvelope.DaprEventType;
        }

        var route = Route(subscription, eventType);
        if (route.Length == 0)
        {
            logger.LogWarning("No route for an event on {PubSub}/{Topic}; dropping it", subscription.PubsubName, subscription.Topic);
            return true;
        }

        var policy = retries.GetValueOrDefault(subscription.PubsubName) ?? DefaultRetry;
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await AttemptAsync(route, message, cancellationToken);
            switch (outcome)
            {
                case DeliveryOutcome.Success:
                    return true;
                case DeliveryOutcome.NotFound:
                    logger.LogError("The app has no route /{Route} for {PubSub}/{Topic} (404); dropping event {Id}", route, subscription.PubsubName, subscription.Topic, CloudEventEnvelope.EventId(message));
                    return true;
                case DeliveryOutcome.Drop:
                    return await DeadLetterAsync(subscription, message, "the app answered DROP", cancellationToken);
            }

            if (policy.MaxRetries >= 0 && attempt > policy.MaxRetries)
            {
                return subscription.DeadLetterTopic is { Length: > 0 }
                    && await DeadLetterAsync(subscription, message, $"delivery failed {attempt} times", cancellationToken);
            }

            await Task.Delay(policy.DelayFor(attempt), time, cancellationToken);
        }
    }

    private static string Route(SubscriptionSpec subscription, string? eventType)
    {
        var rule = subscription.Rules.FirstOrDefault(r => RouteMatch.Matches(r.Match, eventType));
        return (rule?.Path ?? subscription.DefaultRoute).TrimStart('/');
    }

    private async Task<bool> DeadLetterAsync(SubscriptionSpec subscription, ReadOnlyMemory<byte> message, string reason, CancellationToken cancellationToken)
    {
        if (subscription.DeadLetterTopic is not { Length: > 0 } deadLetterTopic)
        {
            logger.LogWarning("Dropping event {Id} on {PubSub}/{Topic}: {Reason}", CloudEventEnvelope.EventId(message), subscription.PubsubName, subscription.Topic, reason);
            return true;
        }

        try
        {
            await deadLetter(subscription.PubsubName, deadLetterTopic, message, cancellationToken);
            logger.LogWarning("Sent event {Id} on {PubSub}/{Topic} to dead-letter topic {DeadLetter}: {Reason}",
                CloudEventEnvelope.EventId(message), subscription.PubsubName, subscription.Topic, deadLetterTopic, reason);
            return true;
        }
        catch (DaprApiException e)
        {
            logger.LogError(e, "Cannot dead-letter event {Id} to {DeadLetter}; leaving it for redelivery", CloudEventEnvelope.EventId(message), deadLetterTopic);
            return false;
        }
    }

    private async Task<DeliveryOutcome> AttemptAsync(string route, ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        using var request = app.Request(HttpMethod.Post, route);
        request.Content = new ReadOnlyMemoryContent(message);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(CloudEventEnvelope.ContentType);
        try
        {
            using var response = await app.Client.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return DeliveryOutcome.NotFound;
            }

            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("The app answered {Status} to an event on /{Route}; retrying", (int)response.StatusCode, route);
                return DeliveryOutcome.Retry;
            }

            return ReadStatus(await response.Content.ReadAsByteArrayAsync(cancellationToken), route);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Cannot reach the app at /{Route}: {Reason}; retrying", route, e.Message);
            return DeliveryOutcome.Retry;
        }
    }

    private DeliveryOutcome ReadStatus(byte[] body, string route)
    {
        if (body.Length == 0)
        {
            return DeliveryOutcome.Success;
        }

        string? status;
        try
        {
            using var document = JsonDocument.Parse(body);
            status = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String
                ? s.GetString()
                : null;
        }
        catch (JsonException)
        {
            // daprd skips the status check when the answer is not JSON and takes it as done.
            return DeliveryOutcome.Success;
        }

        switch (status?.ToUpperInvariant())
        {
            case null or "" or "SUCCESS":
                return DeliveryOutcome.Success;
            case "RETRY":
                return DeliveryOutcome.Retry;
            case "DROP":
                return DeliveryOutcome.Drop;
            default:
                logger.LogWarning("The app answered unknown status {Status} on /{Route}; retrying", status, route);
                return DeliveryOutcome.Retry;
        }
    }
}
