using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Metrics;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Dapr.Subscriptions.DeadLetters;

/// <summary>
/// The dead-letter side of a subscriber: the subscription that records what reaches a dead-letter
/// topic, and <c>GET /api/v1/tenants/{tenant_id}/dead-letters</c>, where an operator lists it.
/// </summary>
public static class DeadLetterEndpoints
{
    /// <summary>The list's operation name.</summary>
    public const string ListName = "get_dead_letters";

    /// <summary>The header the CloudEvents middleware forwards the message id in.</summary>
    internal const string MessageIdHeader = "Cloudevent.id";

    /// <summary>
    /// Maps <c>GET /api/v1/tenants/{tenant_id}/dead-letters</c>: the tenant's dead letters, newest
    /// first, paged and sorted as the other lists; for the tenant's users (a terminal has no use for them).
    /// </summary>
    public static RouteHandlerBuilder MapKugelposDeadLetters(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapApiGroup("api/v1/tenants/{tenant_id}")
            .MapGet("/dead-letters", ListAsync)
            .WithName(ListName)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<IReadOnlyList<DeadLetter>>>();
    }

    internal static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<DeadLetter>>>> ListAsync(
        PageQuery page, KugelposCaller caller, DeadLetterBox box, CancellationToken cancellationToken)
    {
        var (found, total) = await box.ListAsync(caller.TenantId, page, cancellationToken);
        return ApiResults.Page(found, page.Metadata(total, DeadLetterBox.Sorting), $"Dead letters retrieved. count: {found.Count}", ListName);
    }

    /// <summary>Records one message of <paramref name="deadLetterTopic"/>; a failure to record it is a retry, so it is never lost.</summary>
    internal static async Task<IResult> RecordAsync(HttpContext context, string deadLetterTopic)
    {
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(SubscriptionEndpoint.LoggerName);
        string data;
        using (var reader = new StreamReader(context.Request.Body))
        {
            data = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var messageId = context.Request.Headers[MessageIdHeader].FirstOrDefault() is { Length: > 0 } id ? id : Guid.NewGuid().ToString("D");
        try
        {
            var letter = await services.GetRequiredService<DeadLetterBox>().RecordAsync(deadLetterTopic, messageId, data, context.RequestAborted);
            services.GetService<KugelposEventMetrics>()?.RecordDeadLetter(deadLetterTopic);
            logger.LogWarning("Event {EventId} reached {Topic}; kept for an operator as dead letter {Id}", letter.EventId, deadLetterTopic, letter.Id);
            return SubscriptionEndpoint.StatusBody(SubscriptionAnswer.Success);
        }
#pragma warning disable CA1031 // The document store is away: the dead letter must come again, not vanish.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Could not keep dead letter {Id} of {Topic}; it will be delivered again", messageId, deadLetterTopic);
            return SubscriptionEndpoint.StatusBody(SubscriptionAnswer.Retry);
        }
    }
}
