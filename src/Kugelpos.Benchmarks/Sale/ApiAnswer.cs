using System.Net;
using System.Text.Json;

namespace Kugelpos.Benchmarks.Sale;

/// <summary>Checks a Kugelpos answer: the promised status, else an error naming the call, the status and the envelope.</summary>
public static class ApiAnswer
{
    // Enough of an error envelope to read its code and message, never a whole cart.
    private const int MaxQuoted = 400;

    /// <summary>The body of <paramref name="response"/> when its status is <paramref name="expected"/>.</summary>
    /// <exception cref="UnexpectedAnswerException">Any other status.</exception>
    public static async Task<string> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string call)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == expected
            ? body
            : throw new UnexpectedAnswerException($"{call} answered {(int)response.StatusCode}: {(body.Length > MaxQuoted ? body[..MaxQuoted] + "..." : body)}");
    }

    /// <summary>The envelope's <c>data</c> of an answer with status <paramref name="expected"/>.</summary>
    /// <exception cref="UnexpectedAnswerException">Any other status.</exception>
    public static async Task<JsonElement> DataAsync(HttpResponseMessage response, HttpStatusCode expected, string call)
    {
        using var document = JsonDocument.Parse(await ExpectAsync(response, expected, call));
        return document.RootElement.GetProperty("data").Clone();
    }
}
