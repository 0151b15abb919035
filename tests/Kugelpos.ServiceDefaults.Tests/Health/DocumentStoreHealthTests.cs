using Kugelpos.ServiceDefaults.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Kugelpos.ServiceDefaults.Tests.Health;

public class DocumentStoreHealthTests
{
    [Theory]
    [InlineData("mongodb://localhost:27017", "mongodb")]
    [InlineData("", "litedb")]
    public void The_document_store_check_is_named_for_its_backend_and_gates_readiness(string connectionString, string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kugelpos:DocumentStore:ConnectionString"] = connectionString,
        });
        builder.AddKugelposDocumentStore();
        using var services = builder.Services.BuildServiceProvider();

        var registration = Assert.Single(services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations);

        Assert.Equal(name, registration.Name);
        Assert.Contains(HealthTags.Ready, registration.Tags);
    }
}
