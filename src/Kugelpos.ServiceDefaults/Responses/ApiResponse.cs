namespace Kugelpos.ServiceDefaults.Responses;

/// <summary>
/// The Kugelpos response envelope (OpenAPI schema <c>ApiResponse</c>) that every endpoint returns,
/// for success and for errors alike, so existing POS clients read one shape.
/// </summary>
/// <typeparam name="T">Type of the payload in <see cref="Data"/>.</typeparam>
/// <param name="Success">Whether the operation succeeded.</param>
/// <param name="Code">The HTTP status code of the response.</param>
/// <param name="Message">A system message for logs and debugging.</param>
/// <param name="UserError">User-facing error details; null on success.</param>
/// <param name="Data">The payload; null on most errors.</param>
/// <param name="Metadata">Paging metadata for list responses; null otherwise.</param>
/// <param name="Operation">Name of the operation that answered, for tracing.</param>
public sealed record ApiResponse<T>(
    bool Success,
    int Code,
    string? Message,
    UserError? UserError,
    T? Data,
    ResponseMetadata? Metadata,
    string? Operation);
