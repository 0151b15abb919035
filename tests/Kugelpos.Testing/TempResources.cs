namespace Kugelpos.Testing;

/// <summary>A temporary resources folder holding the YAML a test writes; deleted on dispose.</summary>
public sealed class TempResources : IDisposable
{
    /// <summary>Creates an empty folder.</summary>
    public TempResources()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kugelpos-res-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>Writes <paramref name="yaml"/> as <paramref name="fileName"/> and returns this folder for chaining.</summary>
    public TempResources With(string fileName, string yaml)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), yaml);
        return this;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A store may still hold a file open on some systems; the temp folder is harmless.
        }
    }
}
