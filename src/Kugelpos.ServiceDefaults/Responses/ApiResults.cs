using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.ServiceDefaults.Responses;

/// <summary>
/// Typed results that minimal-API handlers return so every body is the Kugelpos envelope.
/// Serialized with the application's configured JSON options.
/// </summary>
public static class ApiResults
{
    /// <summary>A 200 envelope carrying <paramref name="data"/>.</summary>
    /// <param name="data">The payload.</param>
    /// <param name="message">The system message, e.g. <c>Cart created</c>.</param>
    /// <param name="operation">The operation name, e.g. <c>create_cart</c>.</param>
    public static JsonHttpResult<ApiResponse<T>> Ok<T>(T data, string message, string operation) =>
        Success(StatusCodes.Status200OK, data, message, operation, metadata: null);

    /// <summary>A 201 envelope carrying the created resource.</summary>
    /// <param name="data">The created resource.</param>
    /// <param name="message">The system message.</param>
    /// <param name="operation">The operation name.</param>
    public static JsonHttpResult<ApiResponse<T>> Created<T>(T data, string message, string operation) =>
        Success(StatusCodes.Status201Created, data, message, operation, metadata: null);

    /// <summary>A 200 envelope carrying one page of a list and its paging metadata.</summary>
    /// <param name="items">The items of the page.</param>
    /// <param name="metadata">Total, page, limit, sort and filter of the query.</param>
    /// <param name="message">The system message.</param>
    /// <param name="operation">The operation name.</param>
    public static JsonHttpResult<ApiResponse<IReadOnlyList<T>>> Page<T>(
        IReadOnlyList<T> items, ResponseMetadata metadata, string message, string operation)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(metadata);
        return Success(StatusCodes.Status200OK, items, message, operation, metadata);
    }

    /// <summary>
    /// An error envelope. Handlers usually throw <see cref="Errors.KugelposException"/> instead;
    /// this is for handlers that prefer to return the error.
    /// </summary>
    /// <param name="statusCode">HTTP status, 400 to 599.</param>
    /// <param name="errorCode">The six-digit Kugelpos error code.</param>
    /// <param name="message">The message, shown to the user as well.</param>
    /// <param name="operation">The operation name.</param>
    /// <param name="data">Optional error details (never internals or secrets).</param>
    public static JsonHttpResult<ApiResponse<object?>> Error(
        int statusCode, string errorCode, string message, string? operation = null, object? data = null)
    {
        var envelope = Errors.ErrorEnvelope.Create(statusCode, errorCode, message, message, data, operation);
        return TypedResults.Json(envelope, options: null, contentType: null, statusCode: statusCode);
    }

    private static JsonHttpResult<ApiResponse<T>> Success<T>(
        int statusCode, T data, string message, string operation, ResponseMetadata? metadata)
    {
        var envelope = new ApiResponse<T>(true, statusCode, message, null, data, metadata, operation);
        return TypedResults.Json(envelope, options: null, contentType: null, statusCode: statusCode);
    }
}
