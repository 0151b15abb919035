using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Kugelpos.ServiceDefaults;

/// <summary>How a service maps its endpoints: one group per resource, as eShop does.</summary>
public static class ApiGroupExtensions
{
    /// <summary>
    /// Maps a resource's endpoint group (e.g. <c>api/v1/carts</c>) with the Kugelpos request style:
    /// every typed body (a record with DataAnnotations) is validated before the handler runs, and a
    /// broken one answers one 422 envelope naming every rejected field by its JSON path.
    /// </summary>
    /// <param name="endpoints">The application.</param>
    /// <param name="prefix">The group's route prefix.</param>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder endpoints, string prefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGroup(prefix).WithDataAnnotationsValidation();
    }
}
