using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.ServiceDefaults.Errors;

/// <summary>
/// What went wrong when the framework could not bind a request (it throws
/// <see cref="BadHttpRequestException"/> because <c>ThrowOnBadRequest</c> is on), told in terms a
/// client can act on: the field, and whether the body was unreadable (400), of the wrong media type
/// (415) or held a value of the wrong type (422). The submitted values are never repeated.
/// </summary>
/// <param name="StatusCode">The status to answer.</param>
/// <param name="Field">The JSON path of the field, <c>body</c> for the body as a whole, or the parameter name.</param>
/// <param name="Message">The message for the client.</param>
internal sealed partial record BindingFailure(int StatusCode, string? Field, string Message)
{
    public const string Body = "body";

    public const string UnsupportedMediaType = "The request body has an unsupported Content-Type (JSON bodies are application/json)";

    public static BindingFailure Of(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            return FromJson(json);
        }

        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return new(exception.StatusCode, Body, UnsupportedMediaType);
        }

        // The framework's messages name the parameter as "Type name"; a body parameter says "body".
        var parameter = ParameterPattern().Match(exception.Message);
        if (exception.Message.Contains(" body", StringComparison.Ordinal))
        {
            return new(StatusCodes.Status400BadRequest, Body, "The request body is missing or could not be read");
        }

        return parameter.Success
            ? new(StatusCodes.Status400BadRequest, parameter.Groups["name"].Value, $"{parameter.Groups["name"].Value} is missing or not valid")
            : new(exception.StatusCode, null, exception.Message);
    }

    private static BindingFailure FromJson(JsonException json)
    {
        // Text that is not JSON fails in the reader, whose exception the serializer wraps.
        if (json.InnerException is JsonException || json.BytePositionInLine is not null && json.Path is null)
        {
            return new(StatusCodes.Status400BadRequest, Body, "The request body is not valid JSON");
        }

        var field = FieldOf(json.Path);
        return new(
            StatusCodes.Status422UnprocessableEntity,
            field,
            field == Body ? "The request body must be a JSON object" : $"{field} has the wrong type");
    }

    // "$.lines[1].sku" -> "lines[1].sku"; "$" (the whole body) -> "body".
    private static string FieldOf(string? path) =>
        path is null || path.Length <= 2 || !path.StartsWith("$.", StringComparison.Ordinal) ? Body : path[2..];

    [GeneratedRegex("parameter \"\\S+ (?<name>[^\"\\s]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}
