using System.Text.Json;

namespace Kugelpos.OpenApi.Tests;

/// <summary>The account service's document describes what its endpoints take and what they answer on success.</summary>
[Collection(RunningServicesCollection.Name)]
public sealed class AccountBodiesTests
{
    private readonly JsonElement _document;

    public AccountBodiesTests(RunningServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _document = services.Document("account");
    }

    [Theory]
    [InlineData("/api/v1/accounts/register")]
    [InlineData("/api/v1/accounts/register/user")]
    public void A_registration_takes_a_camel_case_json_body_and_notes_snake_case(string path)
    {
        var schema = OpenApiDocuments.Resolve(_document, Post(path).GetProperty("requestBody").GetProperty("content")
            .GetProperty("application/json").GetProperty("schema"));

        Assert.Equal(["username", "password", "tenantId"], OpenApiDocuments.PropertyNames(_document, schema));
        Assert.Contains("snake_case", schema.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/accounts/register")]
    [InlineData("/api/v1/accounts/register/user")]
    public void A_registration_answers_201_with_the_envelope_carrying_the_user(string path)
    {
        var responses = Post(path).GetProperty("responses");
        var envelope = OpenApiDocuments.Resolve(_document, responses.GetProperty("201").GetProperty("content")
            .GetProperty("application/json").GetProperty("schema"));

        Assert.False(responses.TryGetProperty("200", out _));
        Assert.Equal(["success", "code", "message", "userError", "data", "metadata", "operation"], OpenApiDocuments.PropertyNames(_document, envelope));
        var user = envelope.GetProperty("properties").GetProperty("data").GetProperty("oneOf").EnumerateArray()
            .Single(schema => schema.TryGetProperty("$ref", out _));
        Assert.Contains("isSuperuser", OpenApiDocuments.PropertyNames(_document, user));
    }

    [Fact]
    public void The_token_endpoint_takes_a_url_encoded_form_and_answers_the_login_response()
    {
        var token = Post("/api/v1/accounts/token");
        var form = token.GetProperty("requestBody").GetProperty("content").GetProperty("application/x-www-form-urlencoded").GetProperty("schema");
        var answer = token.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");

        Assert.Equal(["username", "password", "client_id", "grant_type"], OpenApiDocuments.PropertyNames(_document, form));
        Assert.Equal(["access_token", "token_type"], OpenApiDocuments.PropertyNames(_document, answer));
    }

    private JsonElement Post(string path) => _document.GetProperty("paths").GetProperty(path).GetProperty("post");
}
