using System.Security.Cryptography;
using System.Text;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Enforces <see cref="DaprAppTokenRequirement"/>: the <c>dapr-api-token</c> header must equal the
/// configured <c>APP_API_TOKEN</c>. Both sides are hashed before a constant-time comparison so
/// neither the content nor the length of the token leaks through timing.
/// </summary>
internal sealed class DaprAppTokenMiddleware
{
    public const string HeaderName = "dapr-api-token";
    public const string ConfigurationKey = "APP_API_TOKEN";

    private readonly RequestDelegate _next;
    private readonly byte[]? _expectedHash;
    private readonly ILogger<DaprAppTokenMiddleware> _logger;

    public DaprAppTokenMiddleware(RequestDelegate next, IConfiguration configuration, ILogger<DaprAppTokenMiddleware> logger)
    {
        _next = next;
        _logger = logger;
        var token = configuration[ConfigurationKey];
        _expectedHash = string.IsNullOrEmpty(token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (_expectedHash is null
            || context.GetEndpoint()?.Metadata.GetMetadata<DaprAppTokenRequirement>() is null
            || Matches(context.Request.Headers[HeaderName].ToString()))
        {
            return _next(context);
        }

        _logger.LogWarning("Refused {RequestPath}: missing or wrong {Header} header", context.Request.Path.Value, HeaderName);
        var envelope = ErrorEnvelope.Create(
            StatusCodes.Status401Unauthorized,
            KugelposErrorCodes.AuthenticationError,
            $"Missing or invalid {HeaderName}",
            "Authentication failed",
            null,
            ErrorEnvelope.OperationName(context, "dapr_app_token"));
        return ErrorEnvelope.WriteAsync(context, envelope);
    }

    private bool Matches(string presented) =>
        presented.Length > 0
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _expectedHash);
}
