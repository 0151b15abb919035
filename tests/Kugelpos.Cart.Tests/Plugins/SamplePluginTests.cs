using System.Runtime.Loader;
using System.Text.Json.Nodes;
using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Plugins;
using static Kugelpos.Cart.Tests.Plugins.PluginFolder;

namespace Kugelpos.Cart.Tests.Plugins;

/// <summary>
/// The sample plugin (tests/Kugelpos.Cart.SamplePlugin) is built apart from the service, against the
/// plugin contracts only, and dropped into a plugins folder as a retailer would.
/// </summary>
public class SamplePluginTests
{
    // The sample implements only ISalesPlugin for now, so it is loaded as a kind with that contract.
    private static readonly SalesPluginKind Voucher = new("voucher", typeof(ISalesPlugin));

    [Fact]
    public void A_plugin_from_the_plugins_folder_is_the_services_own_contract_type()
    {
        using var folder = new PluginFolder();
        folder.With(Entry("voucher", "31", SampleType, folder.DropSamplePlugin("voucher"), new() { ["label"] = "商品券", ["batch"] = Batch }));

        var registry = SalesPluginLoader.Load(folder.Options, [Voucher]);

        var plugin = Assert.Single(registry.All<ISalesPlugin>(Voucher));
        Assert.Equal("31", plugin.Code);
        Assert.Equal(SampleType, plugin.GetType().FullName);
        Assert.Same(typeof(ISalesPlugin), plugin.GetType().GetInterfaces().Single(i => i.Name == nameof(ISalesPlugin)));
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(plugin.GetType().Assembly));
    }

    [Fact]
    public void The_plugins_own_library_comes_from_beside_it_in_its_load_context()
    {
        using var folder = new PluginFolder();
        folder.With(Entry("voucher", "31", SampleType, folder.DropSamplePlugin("voucher"), new() { ["label"] = "商品券", ["batch"] = Batch }));

        var plugin = Assert.Single(SalesPluginLoader.Load(folder.Options, [Voucher]).All<ISalesPlugin>(Voucher));

        // Ulid read the batch's issue time (the ULID specification's own example).
        Assert.Equal(1469922850259L, ((DateTimeOffset)plugin.GetType().GetProperty("BatchIssuedAt")!.GetValue(plugin)!).ToUnixTimeMilliseconds());
        var context = AssemblyLoadContext.GetLoadContext(plugin.GetType().Assembly)!;
        var library = Assert.Single(context.Assemblies, a => a.GetName().Name == "Ulid");
        Assert.Equal(Path.Combine(folder.Options.Folder, "voucher", "Ulid.dll"), library.Location);
        Assert.DoesNotContain(context.Assemblies, a => a.GetName().Name == typeof(ISalesPlugin).Assembly.GetName().Name);
    }

    [Fact]
    public void A_plugin_shipping_its_own_copy_of_the_contracts_still_gets_the_services()
    {
        using var folder = new PluginFolder();
        var file = folder.DropSamplePlugin("careless");
        var pluginPath = Path.Combine(folder.Options.Folder, file);
        ShipContractsWith(pluginPath);
        var contracts = typeof(ISalesPlugin).Assembly.GetName();
        Assert.Equal(Path.Combine(Path.GetDirectoryName(pluginPath)!, "Kugelpos.Cart.Abstractions.dll"),
            new AssemblyDependencyResolver(pluginPath).ResolveAssemblyToPath(contracts));
        folder.With(Entry("voucher", "31", SampleType, file, new() { ["label"] = "gift", ["batch"] = Batch }));

        var plugin = Assert.Single(SalesPluginLoader.Load(folder.Options, [Voucher]).All<ISalesPlugin>(Voucher));

        Assert.Equal("31", plugin.Code);
        Assert.DoesNotContain(AssemblyLoadContext.GetLoadContext(plugin.GetType().Assembly)!.Assemblies, a => a.GetName().Name == contracts.Name);
    }

    [Fact]
    public void Entries_naming_the_same_file_share_one_load_context()
    {
        using var folder = new PluginFolder();
        var file = folder.DropSamplePlugin("voucher");
        folder.With(
            Entry("voucher", "31", SampleType, file, new() { ["label"] = "gift", ["batch"] = Batch }),
            Entry("voucher", "32", SampleType, file, new() { ["label"] = "book", ["batch"] = Batch }));

        var plugins = SalesPluginLoader.Load(folder.Options, [Voucher]).All<ISalesPlugin>(Voucher);

        Assert.Equal(["31", "32"], plugins.Select(p => p.Code));
        Assert.Same(plugins[0].GetType(), plugins[1].GetType());
    }

    [Fact]
    public void A_plugin_whose_own_library_is_missing_is_named_with_the_library()
    {
        using var folder = new PluginFolder();
        var file = folder.DropSamplePlugin("voucher");
        File.Delete(Path.Combine(folder.Options.Folder, "voucher", "Ulid.dll"));
        folder.With(Entry("voucher", "31", SampleType, file, new() { ["label"] = "gift", ["batch"] = Batch }));

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => SalesPluginLoader.Load(folder.Options, [Voucher]));

        var problem = Assert.Single(error.Failures);
        Assert.Contains($"plugins[0] (kind 'voucher', code '31'): the constructor of '{SampleType}' failed: FileNotFoundException", problem, StringComparison.Ordinal);
        Assert.Contains("'Ulid,", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_plugin_still_names_a_missing_argument()
    {
        using var folder = new PluginFolder();
        folder.With(Entry("voucher", "31", SampleType, folder.DropSamplePlugin("voucher")));

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => SalesPluginLoader.Load(folder.Options, [Voucher]));

        Assert.Contains("plugins[0] (kind 'voucher', code '31'): argument 'label' is missing", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    // What a plugin built without Private=false / ExcludeAssets=runtime looks like: the contracts
    // assembly beside it and listed in its .deps.json, so its resolver would load that copy.
    private static void ShipContractsWith(string pluginPath)
    {
        var folder = Path.GetDirectoryName(pluginPath)!;
        File.Copy(typeof(ISalesPlugin).Assembly.Location, Path.Combine(folder, "Kugelpos.Cart.Abstractions.dll"));
        var depsPath = Path.ChangeExtension(pluginPath, ".deps.json");
        var deps = JsonNode.Parse(File.ReadAllText(depsPath))!;
        var target = deps["targets"]![".NETCoreApp,Version=v10.0"]!;
        target["Kugelpos.Cart.SamplePlugin/1.0.0"]!["dependencies"]!["Kugelpos.Cart.Abstractions"] = "1.0.0";
        target["Kugelpos.Cart.Abstractions/1.0.0"] = new JsonObject { ["runtime"] = new JsonObject { ["Kugelpos.Cart.Abstractions.dll"] = new JsonObject() } };
        deps["libraries"]!["Kugelpos.Cart.Abstractions/1.0.0"] = new JsonObject { ["type"] = "project", ["serviceable"] = false, ["sha512"] = string.Empty };
        File.WriteAllText(depsPath, deps.ToJsonString());
    }

    private const string SampleType = "Kugelpos.Cart.SamplePlugin.VoucherPayment";

    // The ULID specification's example: issued 2016-07-30 23:54:10.259 UTC.
    private const string Batch = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
}
