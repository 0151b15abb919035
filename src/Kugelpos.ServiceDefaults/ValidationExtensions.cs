using Kugelpos.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.ServiceDefaults;

/// <summary>Request validation for minimal-API endpoints.</summary>
public static class ValidationExtensions
{
    /// <summary>
    /// Validates the handler's complex parameters (request bodies, <c>[AsParameters]</c> objects) with
    /// their DataAnnotations attributes, nested objects and collections included, and answers 422 with
    /// the envelope naming each field (JSON path) instead of calling the handler. Attributes may sit
    /// on properties or on positional record parameters. Works on one endpoint or on a group.
    /// </summary>
    /// <param name="builder">The endpoint or group.</param>
    public static TBuilder WithDataAnnotationsValidation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilterFactory(DataAnnotationsEndpointFilter.Create);
    }
}
