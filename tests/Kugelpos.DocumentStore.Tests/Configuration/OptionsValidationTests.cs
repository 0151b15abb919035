using Kugelpos.DocumentStore.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kugelpos.DocumentStore.Tests.Configuration;

public sealed class OptionsValidationTests
{
    private readonly DocumentStoreOptionsValidator _validator = new();

    [Fact]
    public void A_connection_string_that_is_not_a_mongodb_url_is_refused_by_name()
    {
        var result = _validator.Validate(null, new DocumentStoreOptions { ConnectionString = "Filename=x.db" });

        Assert.True(result.Failed);
        Assert.Contains("Kugelpos:DocumentStore:ConnectionString must be a mongodb://", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_mongodb_url_is_refused_without_repeating_its_secret()
    {
        var result = _validator.Validate(null, new DocumentStoreOptions { ConnectionString = "mongodb://kugel:s3cret@host:notaport/" });

        Assert.True(result.Failed);
        Assert.Contains("Kugelpos:DocumentStore:ConnectionString is not a valid MongoDB connection string", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("bad\0path")]
    public void An_unusable_data_path_is_refused_by_name(string dataPath)
    {
        var result = _validator.Validate(null, new DocumentStoreOptions { DataPath = dataPath });

        Assert.True(result.Failed);
        Assert.Contains("Kugelpos:DocumentStore:DataPath", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3600)]
    public void A_server_selection_timeout_out_of_range_is_refused_by_name(int seconds)
    {
        var options = new DocumentStoreOptions { ConnectionString = "mongodb://localhost", ServerSelectionTimeout = TimeSpan.FromSeconds(seconds) };

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Kugelpos:DocumentStore:ServerSelectionTimeout", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_settings_pass()
    {
        Assert.True(_validator.Validate(null, new DocumentStoreOptions()).Succeeded);
        Assert.True(_validator.Validate(null, new DocumentStoreOptions { ConnectionString = "mongodb://a:1,b:2/?replicaSet=rs0" }).Succeeded);
    }

    [Fact]
    public void Bound_settings_are_validated_when_read()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Kugelpos:DocumentStore:ConnectionString"] = "redis://cache" })
            .Build();
        using var provider = new ServiceCollection().AddLogging().AddKugelposDocumentStore(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DocumentStoreOptions>>().Value);

        Assert.Contains("Kugelpos:DocumentStore:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_factory_refuses_bad_settings_naming_the_setting()
    {
        var error = Assert.Throws<DocumentStoreConfigurationException>(
            () => DocumentStoreFactory.Create(new DocumentStoreOptions { DataPath = " " }, TimeProvider.System));

        Assert.Equal(DocumentStoreOptions.DataPathKey, error.Setting);
        Assert.Contains(DocumentStoreOptions.DataPathKey, error.Message, StringComparison.Ordinal);
    }
}
