using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Kugelpos.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Account.Login;

/// <summary>
/// The OAuth2 password form of <c>POST /api/v1/accounts/token</c>: <c>username</c>, <c>password</c>
/// and <c>client_id</c>, which carries the tenant id. <c>grant_type</c> must be <c>password</c> when
/// given; <c>scope</c> and <c>client_secret</c> are ignored, as by the original. Bound with
/// <c>[AsParameters]</c> and checked before the handler runs, every broken field reported by its form name.
/// </summary>
internal sealed record LoginForm
{
    /// <summary>The login name.</summary>
    [FromForm(Name = "username")]
    [Required(ErrorMessage = "username is required")]
    public string? Username { get; init; }

    /// <summary>The password as typed.</summary>
    [FromForm(Name = "password")]
    [Required(ErrorMessage = "password is required")]
    public string? Password { get; init; }

    /// <summary>The tenant id (the validator names fields by their JSON name, here the form's).</summary>
    [FromForm(Name = "client_id")]
    [JsonPropertyName("client_id")]
    [Required(ErrorMessage = "client_id (the tenant id) is required")]
    [TenantId(ErrorMessage = "client_id (the tenant id) must be " + DocumentStore.TenantId.RuleText)]
    public string? ClientId { get; init; }

    /// <summary>The OAuth2 grant; only <c>password</c> is offered.</summary>
    [FromForm(Name = "grant_type")]
    [JsonPropertyName("grant_type")]
    [AllowedValues("password", "", null, ErrorMessage = "grant_type must be 'password'")]
    public string? GrantType { get; init; }

    /// <summary>Username, password and tenant; a form without them was refused before reaching the handler.</summary>
    internal (string Username, string Password, string TenantId) Credentials =>
        Username is { } username && Password is { } password && ClientId is { } tenantId
            ? (username, password, tenantId)
            : throw new InvalidOperationException("The form reached the handler without being validated.");

    /// <summary>Without the password, so a logged form cannot leak it.</summary>
    public override string ToString() => $"LoginForm {{ Username = {Username}, TenantId = {ClientId} }}";
}
