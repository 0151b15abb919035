using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kugelpos.ServiceDefaults;

/// <summary>The <c>GET /</c> every service answers with its welcome, as the original's do.</summary>
public static class RootEndpointExtensions
{
    /// <summary>Maps anonymous <c>GET /</c> (operation <c>root</c>) answering <c>{"message": ...}</c>.</summary>
    /// <param name="endpoints">The application.</param>
    /// <param name="message">The service's welcome text, as the original words it.</param>
    public static RouteHandlerBuilder MapWelcome(this IEndpointRouteBuilder endpoints, string message)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var welcome = new WelcomeMessage(message);
        return endpoints.MapGet("/", () => TypedResults.Ok(welcome)).WithName("root").AllowAnonymous();
    }
}
