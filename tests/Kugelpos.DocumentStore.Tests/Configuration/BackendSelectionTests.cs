using Kugelpos.DocumentStore.Configuration;
using Kugelpos.DocumentStore.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.DocumentStore.Tests.Configuration;

public sealed class BackendSelectionTests
{
    [Theory]
    [InlineData("mongodb://localhost:27017", DocumentStoreBackend.MongoDb)]
    [InlineData("mongodb+srv://cluster0.example.net/", DocumentStoreBackend.MongoDb)]
    [InlineData("  MongoDB://db:27017  ", DocumentStoreBackend.MongoDb)]
    [InlineData(null, DocumentStoreBackend.LiteDb)]
    [InlineData("", DocumentStoreBackend.LiteDb)]
    [InlineData("   ", DocumentStoreBackend.LiteDb)]
    public void Connection_string_scheme_selects_the_backend(string? connectionString, DocumentStoreBackend expected)
    {
        var options = new DocumentStoreOptions { ConnectionString = connectionString };

        Assert.Equal(expected, options.Backend);
    }

    [Fact]
    public void A_mongodb_url_in_configuration_gives_a_MongoDB_store_without_contacting_it()
    {
        using var provider = Provider(new() { ["Kugelpos:DocumentStore:ConnectionString"] = "mongodb://kugel:s3cret@127.0.0.1:1/" });

        var store = provider.GetRequiredService<IDocumentStore>();

        Assert.Equal(DocumentStoreBackend.MongoDb, store.Backend);
        Assert.Equal("mongodb://127.0.0.1:1", store.Location);
    }

    [Fact]
    public void A_data_path_in_configuration_gives_a_LiteDB_store_there()
    {
        using var folder = new TempFolder();
        using var provider = Provider(new() { ["Kugelpos:DocumentStore:DataPath"] = folder.Path });

        var store = provider.GetRequiredService<IDocumentStore>();

        Assert.Equal(DocumentStoreBackend.LiteDb, store.Backend);
        Assert.Equal(folder.Path, store.Location);
    }

    [Fact]
    public void Without_settings_LiteDB_keeps_its_files_under_the_working_directory()
    {
        using var provider = Provider([]);

        var store = provider.GetRequiredService<IDocumentStore>();

        Assert.Equal(DocumentStoreBackend.LiteDb, store.Backend);
        Assert.Equal(Path.GetFullPath(Path.Combine("data", "documents")), store.Location);
    }

    [Fact]
    public void The_store_is_one_instance_for_the_process()
    {
        using var folder = new TempFolder();
        using var provider = Provider(new() { ["Kugelpos:DocumentStore:DataPath"] = folder.Path });

        Assert.Same(provider.GetRequiredService<IDocumentStore>(), provider.GetRequiredService<IDocumentStore>());
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddKugelposDocumentStore(configuration);
        return services.BuildServiceProvider();
    }
}
