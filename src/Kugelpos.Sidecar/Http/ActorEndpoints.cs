using Kugelpos.Sidecar.Actors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kugelpos.Sidecar.Http;

/// <summary>daprd's actor HTTP API (<c>/v1.0/actors/...</c>), the one Dapr.Actors calls.</summary>
public static class ActorEndpoints
{
    private static readonly string[] PutPost = ["PUT", "POST"];
    private static readonly string[] PutPostDelete = ["PUT", "POST", "DELETE"];

    /// <summary>Maps the actor routes onto <paramref name="routes"/>.</summary>
    public static void MapActorApi(this IEndpointRouteBuilder routes, ActorApi actors)
    {
        const string Actor = "/v1.0/actors/{type}/{id}";
        routes.MapMethods(Actor + "/method/{method}", PutPost, (string type, string id, string method, HttpContext context) => Guard(context, async () =>
        {
            var request = context.Request;
            var call = new ActorCall(type, id, method, await ReadBodyAsync(request), request.ContentType,
                Header(request, "X-DaprRequestHeader"), Header(request, "Dapr-Reentrancy-Id"));
            var answer = await actors.InvokeAsync(call, context.RequestAborted);
            if (answer.Status != StatusCodes.Status200OK)
            {
                throw ActorErrors.Invoke($"error from actor service: ({answer.Status}) {System.Text.Encoding.UTF8.GetString(answer.Body)}");
            }

            context.Response.StatusCode = answer.Status;
            foreach (var (name, value) in answer.Headers)
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
        }));

        routes.MapGet(Actor + "/state/{key}", (string type, string id, string key, HttpContext context) => Guard(context, async () =>
        {
            var item = await actors.GetStateAsync(type, id, key, context.RequestAborted);
            if (item is null)
            {
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(item.Value, context.RequestAborted);
        }));

        routes.MapMethods(Actor + "/state", PutPost, (string type, string id, HttpContext context) => Guard(context, async () =>
        {
            using var body = await RequestJson.ReadAsync(context.Request);
            await actors.TransactAsync(type, id, ActorStateOperation.ParseAll(body.RootElement), context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        }));

        routes.MapMethods(Actor + "/timers/{name}", PutPostDelete, (string type, string id, string name, HttpContext context) => Guard(context, async () =>
        {
            if (HttpMethods.IsDelete(context.Request.Method))
            {
                await actors.DeleteTimerAsync(type, id, name, context.RequestAborted);
            }
            else
            {
                using var body = await RequestJson.ReadAsync(context.Request);
                await actors.RegisterTimerAsync(type, id, name, ActorJobRequest.Parse(body.RootElement), context.RequestAborted);
            }

            context.Response.StatusCode = StatusCodes.Status204NoContent;
        }));

        routes.MapMethods(Actor + "/reminders/{name}", [.. PutPostDelete, "GET"], (string type, string id, string name, HttpContext context) => Guard(context, async () =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method))
            {
                var reminder = await actors.GetReminderAsync(type, id, name, context.RequestAborted);
                await context.Response.WriteAsJsonAsync(reminder is null ? null : new ReminderView(reminder), context.RequestAborted);
                return;
            }

            if (HttpMethods.IsDelete(method))
            {
                await actors.DeleteReminderAsync(type, id, name, context.RequestAborted);
            }
            else
            {
                using var body = await RequestJson.ReadAsync(context.Request);
                await actors.RegisterReminderAsync(type, id, name, ActorJobRequest.Parse(body.RootElement), context.RequestAborted);
            }

            context.Response.StatusCode = StatusCodes.Status204NoContent;
        }));
    }

    private static async Task Guard(HttpContext context, Func<Task> handler)
    {
        try
        {
            await handler();
        }
        catch (DaprApiException e)
        {
            await e.ToResult().ExecuteAsync(context);
        }
        catch (BadHttpRequestException e)
        {
            // Oversized or truncated bodies: Kestrel's status (413, 400) with daprd's error body.
            await DaprError.Result(e.StatusCode, "ERR_MALFORMED_REQUEST", e.Message).ExecuteAsync(context);
        }
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var value) && value.Count > 0 ? value.ToString() : null;

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        return buffer.ToArray();
    }
}
