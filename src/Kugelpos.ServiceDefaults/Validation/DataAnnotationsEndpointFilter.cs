using System.Reflection;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.ServiceDefaults.Validation;

/// <summary>
/// Endpoint filter factory: finds the handler parameters that carry request data once, when the
/// endpoint is built, and at each call answers 422 with the envelope instead of running the handler
/// when one of them breaks a DataAnnotations rule.
/// </summary>
internal static class DataAnnotationsEndpointFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var services = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var indexes = context.MethodInfo.GetParameters()
            .Where(p => CarriesRequestData(p, services))
            .Select(p => p.Position)
            .ToArray();
        if (indexes.Length == 0)
        {
            return next;
        }

        return invocation =>
        {
            var errors = new List<FieldError>();
            foreach (var index in indexes)
            {
                if (invocation.Arguments[index] is { } argument)
                {
                    errors.AddRange(ObjectGraphValidator.Validate(argument, invocation.HttpContext.RequestServices));
                }
            }

            if (errors.Count == 0)
            {
                return next(invocation);
            }

            var operation = ErrorEnvelope.OperationName(invocation.HttpContext, "validation");
            var envelope = ValidationEnvelope.Create(errors, operation);
            return ValueTask.FromResult<object?>(
                TypedResults.Json(envelope, options: null, contentType: null, statusCode: envelope.Code));
        };
    }

    // Mirrors minimal-API binding: explicit body, form and [AsParameters] objects, or a complex
    // type without a binding attribute that is not a DI service (which the framework binds from the body).
    private static bool CarriesRequestData(ParameterInfo parameter, IServiceProviderIsService? services)
    {
        var type = parameter.ParameterType;
        if (!ValidatedType.ShouldWalk(type))
        {
            return false;
        }

        var attributes = parameter.GetCustomAttributes(inherit: true);
        if (attributes.Any(a => a is IFromBodyMetadata or IFromFormMetadata or AsParametersAttribute))
        {
            return true;
        }

        if (attributes.Any(a => a is IFromServiceMetadata or IFromQueryMetadata or IFromRouteMetadata
                or IFromHeaderMetadata or FromKeyedServicesAttribute))
        {
            return false;
        }

        return !type.IsInterface && !type.IsAbstract && services?.IsService(type) != true;
    }
}
