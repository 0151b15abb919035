using System.Text.Json.Serialization;

namespace Kugelpos.Account.Login;

/// <summary>
/// The body of a successful login (OpenAPI schema <c>LoginResponse</c>): the OAuth2 token response,
/// snake_case and without the envelope, as OAuth2 clients read it.
/// </summary>
/// <param name="AccessToken">The JWT.</param>
/// <param name="TokenType">Always <c>bearer</c>.</param>
public sealed record LoginResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType);
