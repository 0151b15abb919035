using System.Text.Json;
using Kugelpos.Cart.Plugins;
using Kugelpos.Cart.Tests.Plugins.Fixtures;

namespace Kugelpos.Cart.Tests.Plugins;

/// <summary>
/// A temporary place for a plugin configuration (<c>plugins.json</c>) and its plugins folder, as an
/// operator lays them out; deleted on dispose.
/// </summary>
internal sealed class PluginFolder : IDisposable
{
    /// <summary>The assembly of the test plugins, which the tests ship like the standard plugins.</summary>
    public static readonly string TestAssembly = typeof(TestPayment).Assembly.GetName().Name!;

    /// <summary>The sample plugin's output, copied beside the tests by the test project.</summary>
    public static readonly string SamplePluginOutput = Path.Combine(AppContext.BaseDirectory, "SamplePlugin");

    /// <summary>The sample plugin's file name.</summary>
    public const string SamplePluginFile = "Kugelpos.Cart.SamplePlugin.dll";

    public PluginFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "kugelpos-plugins-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "plugins"));
    }

    /// <summary>The folder holding <c>plugins.json</c> and <c>plugins/</c>.</summary>
    public string Root { get; }

    /// <summary>Settings naming this configuration and folder.</summary>
    public CartPluginOptions Options => new() { File = Path.Combine(Root, "plugins.json"), Folder = Path.Combine(Root, "plugins") };

    /// <summary>The settings of <see cref="Options"/> as configuration keys, for a started service.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        [CartPluginOptions.FileKey] = Options.File,
        [CartPluginOptions.FolderKey] = Options.Folder,
    };

    /// <summary>An entry of the configuration; <paramref name="assembly"/> defaults to the test plugins' assembly.</summary>
    public static Dictionary<string, object?> Entry(
        string kind, string code, Type type, string? assembly = null, Dictionary<string, object?>? arguments = null) =>
        Entry(kind, code, type.FullName!, assembly ?? TestAssembly, arguments);

    /// <summary>An entry of the configuration naming its type by name.</summary>
    public static Dictionary<string, object?> Entry(
        string kind, string code, string type, string assembly, Dictionary<string, object?>? arguments = null)
    {
        var entry = new Dictionary<string, object?>
        {
            ["kind"] = kind,
            ["code"] = code,
            ["assembly"] = assembly,
            ["type"] = type,
        };
        if (arguments is not null)
        {
            entry["arguments"] = arguments;
        }

        return entry;
    }

    /// <summary>Writes <c>plugins.json</c> listing <paramref name="entries"/>.</summary>
    public PluginFolder With(params object[] entries) => WithText(JsonSerializer.Serialize(new { plugins = entries }));

    /// <summary>Writes <c>plugins.json</c> as <paramref name="json"/>.</summary>
    public PluginFolder WithText(string json)
    {
        File.WriteAllText(Options.File, json);
        return this;
    }

    /// <summary>Copies the sample plugin's output into <c>plugins/<paramref name="subfolder"/></c>, as a retailer drops it in.</summary>
    /// <returns>The path an entry names it by, relative to the plugins folder.</returns>
    public string DropSamplePlugin(string subfolder)
    {
        var target = Path.Combine(Options.Folder, subfolder);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(SamplePluginOutput))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return $"{subfolder}/{SamplePluginFile}";
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A loaded plugin keeps its file open on some systems; the temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // As above, on Windows.
        }
    }
}
