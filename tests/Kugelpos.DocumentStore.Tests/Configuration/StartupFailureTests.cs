using Kugelpos.DocumentStore.Configuration;
using Kugelpos.DocumentStore.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kugelpos.DocumentStore.Tests.Configuration;

public sealed class StartupFailureTests
{
    [Fact]
    public async Task A_data_path_below_a_regular_file_fails_start_up_naming_DataPath()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        using var host = Host(new() { ["Kugelpos:DocumentStore:DataPath"] = Path.Combine(file, "sub") });

        var error = await Assert.ThrowsAsync<DocumentStoreConfigurationException>(() => host.StartAsync());

        Assert.Equal(DocumentStoreOptions.DataPathKey, error.Setting);
        Assert.StartsWith("Kugelpos:DocumentStore:DataPath '", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be created or written", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_database_below_a_regular_file_names_DataPath_too()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        using var store = DocumentStoreFactory.Create(new DocumentStoreOptions { DataPath = Path.Combine(file, "sub") }, TimeProvider.System);

        var error = Assert.Throws<DocumentStoreConfigurationException>(() => store.GetDatabase("db_cart", "T9999"));

        Assert.Equal(DocumentStoreOptions.DataPathKey, error.Setting);
    }

    [Fact]
    public async Task An_unreachable_MongoDB_fails_start_up_naming_ConnectionString_without_credentials()
    {
        // Nothing listens on loopback port 1, so the driver's short server-selection timeout decides.
        using var host = Host(new()
        {
            ["Kugelpos:DocumentStore:ConnectionString"] = "mongodb://kugel:s3cret@127.0.0.1:1/",
            ["Kugelpos:DocumentStore:ServerSelectionTimeout"] = "00:00:00.200",
        });

        var error = await Assert.ThrowsAsync<DocumentStoreConfigurationException>(() => host.StartAsync());

        Assert.Equal(DocumentStoreOptions.ConnectionStringKey, error.Setting);
        Assert.Contains("MongoDB at mongodb://127.0.0.1:1 did not answer", error.Message, StringComparison.Ordinal);
        Assert.Contains("Kugelpos:DocumentStore:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_settings_fail_start_up_before_anything_is_opened()
    {
        using var host = Host(new() { ["Kugelpos:DocumentStore:ConnectionString"] = "Server=sql;Password=s3cret" });

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Kugelpos:DocumentStore:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_writable_data_path_starts_and_creates_the_folder()
    {
        using var folder = new TempFolder();
        var dataPath = Path.Combine(folder.Path, "nested", "documents");
        using var host = Host(new() { ["Kugelpos:DocumentStore:DataPath"] = dataPath });

        await host.StartAsync();
        await host.StopAsync();

        Assert.True(Directory.Exists(dataPath));
        Assert.Empty(Directory.EnumerateFileSystemEntries(dataPath));
    }

    private static IHost Host(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new HostBuilder()
            .ConfigureServices(services => services.AddLogging().AddKugelposDocumentStore(configuration))
            .Build();
    }
}
