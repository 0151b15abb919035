namespace Kugelpos.Cart.Plugins;

/// <summary>
/// Where the cart finds its sales plugins, bound from <c>Kugelpos:Cart:Plugins</c>. Relative paths are
/// taken from the program's folder, not the working directory: the configuration and the standard
/// plugins ship with the program, and so are found the same from <c>dotnet run</c>, the host and a
/// container. On Kubernetes both may point into a mounted volume.
/// </summary>
public sealed class CartPluginOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Kugelpos:Cart:Plugins";

    /// <summary>Full key of <see cref="File"/>, as error messages name it.</summary>
    public const string FileKey = SectionName + ":File";

    /// <summary>Full key of <see cref="Folder"/>, as error messages name it.</summary>
    public const string FolderKey = SectionName + ":Folder";

    /// <summary>
    /// The plugin configuration (<c>plugins.json</c>, shipped beside the program): one entry per plugin
    /// with its kind, code, assembly, type and arguments.
    /// </summary>
    public string File { get; set; } = "plugins.json";

    /// <summary>
    /// The folder a retailer drops plugin assemblies into, each with its <c>.deps.json</c> and its own
    /// dependencies, preferably in a subfolder of its own; an entry's <c>assembly</c> ending in
    /// <c>.dll</c> is a path relative to it.
    /// </summary>
    public string Folder { get; set; } = "plugins";

    /// <summary>The full path of <see cref="File"/>.</summary>
    public string FullFilePath => FullPath(File);

    /// <summary>The full path of <see cref="Folder"/>.</summary>
    public string FullFolderPath => FullPath(Folder);

    private static string FullPath(string path) => Path.GetFullPath(path, AppContext.BaseDirectory);
}
