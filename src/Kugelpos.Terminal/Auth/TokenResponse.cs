using System.Text.Json.Serialization;

namespace Kugelpos.Terminal.Auth;

/// <summary>What <c>POST /api/v1/auth/token</c> answers, in the original's snake_case field names.</summary>
/// <param name="AccessToken">The terminal JWT.</param>
/// <param name="TokenType">Always <c>bearer</c>.</param>
/// <param name="ExpiresIn">Seconds until it expires.</param>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn)
{
    /// <summary>Without the token.</summary>
    public override string ToString() => $"TokenResponse {{ TokenType = {TokenType}, ExpiresIn = {ExpiresIn} }}";
}
