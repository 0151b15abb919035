using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.ServiceDefaults.Errors;

/// <summary>
/// Writes every ProblemDetails the framework produces as the Kugelpos envelope instead. This is
/// how <c>Results.ValidationProblem</c> and .NET 10's built-in minimal-API validation (which answer
/// 400 with <see cref="HttpValidationProblemDetails"/>) become our 422 envelope naming the fields.
/// </summary>
internal sealed class EnvelopeProblemDetailsWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        var operation = ErrorEnvelope.OperationName(http, "problem_details");

        ApiResponse<object?> envelope;
        if (problem is HttpValidationProblemDetails validation && validation.Errors.Count > 0)
        {
            var errors = validation.Errors
                .SelectMany(pair => pair.Value.Select(message => new FieldError(pair.Key, message)))
                .ToList();
            envelope = ValidationEnvelope.Create(errors, operation);
        }
        else
        {
            var status = problem.Status ?? http.Response.StatusCode;
            if (status < 400)
            {
                status = StatusCodes.Status500InternalServerError;
            }

            var (code, userMessage) = StatusCodeErrors.Describe(status);
            var message = problem.Detail ?? problem.Title ?? userMessage;
            envelope = ErrorEnvelope.Create(status, code, message, userMessage, null, operation);
        }

        return new ValueTask(ErrorEnvelope.WriteAsync(http, envelope));
    }
}
