using System.Globalization;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kugelpos.ServiceDefaults.Errors;

/// <summary>
/// The exception-handler delegate: turns whatever a handler threw into the error envelope. Only
/// <see cref="KugelposException"/>, framework bad-request messages and what an
/// <see cref="IErrorTranslator"/> recognises reach the client; anything else becomes a bare 500
/// whose details stay in the server log under a correlation id.
/// </summary>
internal static class ExceptionEnvelopeResponder
{
    private const string LoggerName = "Kugelpos.ServiceDefaults.Errors";

    public static Task RespondAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerName);

        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            // The client is gone: nobody reads a body, and this is not a server fault.
            logger.LogInformation("Request aborted by the client");
            context.Response.StatusCode = 499;
            return Task.CompletedTask;
        }

        var envelope = exception switch
        {
            KugelposException kugelpos => FromKugelpos(context, kugelpos, logger),
            BadHttpRequestException badRequest => FromBadRequest(context, badRequest, logger),
            not null when Translated(context, exception) is { } translated => FromKugelpos(context, translated, logger),
            _ => FromUnhandled(context, exception, logger),
        };
        return ErrorEnvelope.WriteAsync(context, envelope);
    }

    private static KugelposException? Translated(HttpContext context, Exception exception)
    {
        foreach (var translator in context.RequestServices.GetServices<IErrorTranslator>())
        {
            if (translator.Translate(exception) is { } translated)
            {
                return translated;
            }
        }

        return null;
    }

    private static ApiResponse<object?> FromKugelpos(HttpContext context, KugelposException exception, ILogger logger)
    {
        if (exception.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            // An outage, not a bug: one line with its cause per request while it lasts, no stack trace.
            logger.LogWarning(
                "Request answered {StatusCode} {ErrorCode}: {ErrorMessage} Cause: {Cause}",
                exception.StatusCode, exception.ErrorCode, exception.Message, exception.GetBaseException().Message);
        }
        else if (exception.StatusCode >= 500)
        {
            logger.LogError(exception, "Request failed with {StatusCode} {ErrorCode}", exception.StatusCode, exception.ErrorCode);
        }
        else
        {
            logger.LogInformation(
                "Request refused with {StatusCode} {ErrorCode}: {ErrorMessage}",
                exception.StatusCode, exception.ErrorCode, exception.Message);
        }

        if (exception.StatusCode == StatusCodes.Status401Unauthorized)
        {
            // A 401 names the scheme to authenticate with (RFC 9110 15.5.2), as OAuth2 clients expect;
            // the exception handler cleared any header the handler had set.
            context.Response.Headers.WWWAuthenticate = JwtBearerDefaults.AuthenticationScheme;
        }

        if (exception.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var operation = ErrorEnvelope.OperationName(context, "kugelpos_exception");
        if (exception.StatusCode == StatusCodes.Status422UnprocessableEntity && exception.Field is not null)
        {
            return ValidationEnvelope.Create([new FieldError(exception.Field, exception.Message)], operation);
        }

        object? data = exception.Field is null ? null : new[] { new FieldError(exception.Field, exception.Message) };
        return ErrorEnvelope.Create(
            exception.StatusCode, exception.ErrorCode, exception.Message, exception.Message, data, operation);
    }

    private static ApiResponse<object?> FromBadRequest(HttpContext context, BadHttpRequestException exception, ILogger logger)
    {
        // The framework's own message may quote a submitted value; only ours reaches the client and the log.
        var failure = BindingFailure.Of(exception);
        logger.LogInformation(
            "Bad request {StatusCode} on {Field}: {ErrorMessage}", failure.StatusCode, failure.Field, failure.Message);
        var operation = ErrorEnvelope.OperationName(context, "bad_request");
        if (failure.StatusCode == StatusCodes.Status422UnprocessableEntity && failure.Field is not null)
        {
            return ValidationEnvelope.Create([new FieldError(failure.Field, failure.Message)], operation);
        }

        return ErrorEnvelope.Create(
            failure.StatusCode,
            failure.StatusCode == StatusCodes.Status415UnsupportedMediaType
                ? KugelposErrorCodes.InvalidFieldFormat
                : KugelposErrorCodes.ValidationError,
            failure.Message,
            ValidationEnvelope.UserMessage,
            failure.Field is null ? null : new[] { new FieldError(failure.Field, failure.Message) },
            operation);
    }

    private static ApiResponse<object?> FromUnhandled(HttpContext context, Exception? exception, ILogger logger)
    {
        var correlationId = CorrelationId.Of(context);

        // The framework's own diagnostics are suppressed (one log entry, with the correlation id),
        // so the request-duration metric gets its error.type tag from here.
        if (exception is not null)
        {
            context.Features.Get<IHttpMetricsTagsFeature>()?.Tags.Add(
                new KeyValuePair<string, object?>("error.type", exception.GetType().FullName));
        }

        logger.LogError(
            exception,
            "Unhandled exception on {RequestMethod} {RequestPath} (correlation id {CorrelationId})",
            context.Request.Method, context.Request.Path.Value, correlationId);
        return ErrorEnvelope.Create(
            StatusCodes.Status500InternalServerError,
            KugelposErrorCodes.UnexpectedError,
            $"Internal server error (correlation id {correlationId})",
            "Unexpected error occurred",
            null,
            ErrorEnvelope.OperationName(context, "unhandled_exception"));
    }
}
