using System.Text.Json;

namespace Kugelpos.OpenApi.Tests;

/// <summary>The generated documents describe the Kugelpos envelope and the bearer scheme.</summary>
[Collection(RunningServicesCollection.Name)]
public sealed class EnvelopeDescriptionTests
{
    private readonly RunningServices _services;

    public EnvelopeDescriptionTests(RunningServices services) => _services = services;

    [Theory]
    [MemberData(nameof(ServicesUnderTest.Names), MemberType = typeof(ServicesUnderTest))]
    public void The_envelope_schema_has_the_originals_fields(string service)
    {
        var schema = _services.Document(service).GetProperty("components").GetProperty("schemas").GetProperty("ApiResponse");

        var fields = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(["success", "code", "message", "userError", "data", "metadata", "operation"], fields);
    }

    [Theory]
    [MemberData(nameof(ServicesUnderTest.Names), MemberType = typeof(ServicesUnderTest))]
    public void Every_api_operation_describes_its_500_as_the_envelope(string service)
    {
        var operations = OpenApiDocuments.Operations(_services.Document(service))
            .Where(pair => !IsOperational(pair.Value))
            .ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, pair => Assert.Equal(
            "#/components/schemas/ApiResponse",
            pair.Value.GetProperty("responses").GetProperty("500").GetProperty("content")
                .GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()));
    }

    [Theory]
    [MemberData(nameof(ServicesUnderTest.Names), MemberType = typeof(ServicesUnderTest))]
    public void Secured_operations_name_the_jwt_bearer_scheme_the_document_declares(string service)
    {
        var document = _services.Document(service);
        var secured = OpenApiDocuments.Operations(document).Values.Where(OpenApiDocuments.IsSecured).ToList();
        if (secured.Count == 0)
        {
            Assert.False(document.GetProperty("components").TryGetProperty("securitySchemes", out _));
            return;
        }

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Equal("JWT", scheme.GetProperty("bearerFormat").GetString());
        Assert.All(secured, operation => Assert.True(operation.GetProperty("security")[0].TryGetProperty("Bearer", out _)));
    }

    private static bool IsOperational(JsonElement operation) =>
        operation.TryGetProperty("tags", out var tags) && tags.EnumerateArray().Any(tag => tag.GetString() == "operations");
}
