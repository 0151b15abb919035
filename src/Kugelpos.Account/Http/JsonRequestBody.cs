using System.Text.Json;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Kugelpos.Account.Http;

/// <summary>
/// Reads a JSON request body in two steps so each failure gets a precise envelope: text that is not
/// JSON is a 400, a value of the wrong type is a 422 naming the field (the framework's own binding
/// answers both with a 400 that names no field).
/// </summary>
internal static class JsonRequestBody
{
    private const string BodyField = "body";

    public static async Task<T> ReadAsync<T>(HttpContext context)
        where T : class
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            throw new KugelposException(
                StatusCodes.Status415UnsupportedMediaType,
                KugelposErrorCodes.InvalidFieldFormat,
                "The request body must be JSON (Content-Type: application/json)",
                BodyField);
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            throw new KugelposException(
                StatusCodes.Status400BadRequest, KugelposErrorCodes.ValidationError, "The request body is not valid JSON", BodyField, ex);
        }

        using (document)
        {
            var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            try
            {
                return document.Deserialize<T>(options)
                    ?? throw KugelposException.InvalidField(BodyField, "The request body must be a JSON object");
            }
            catch (JsonException ex)
            {
                var field = FieldOf(ex.Path);
                throw KugelposException.InvalidField(
                    field, field == BodyField ? "The request body must be a JSON object" : $"{field} has the wrong type");
            }
        }
    }

    // "$.username" -> "username"; "$" (the whole body) -> "body".
    private static string FieldOf(string? path) =>
        path is null || path.Length <= 2 || !path.StartsWith("$.", StringComparison.Ordinal) ? BodyField : path[2..];
}
