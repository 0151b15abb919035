namespace Kugelpos.Sidecar.Resources;

/// <summary>
/// A resource file the sidecar cannot use. The message always names the file and, where one
/// is to blame, the field, so an operator can fix the YAML without reading our source.
/// </summary>
public sealed class ResourceLoadException : Exception
{
    /// <summary>Creates the error for <paramref name="file"/>, naming <paramref name="field"/> when known.</summary>
    public ResourceLoadException(string file, string? field, string problem)
        : base(field is null ? $"{file}: {problem}" : $"{file}: field '{field}': {problem}")
    {
        File = file;
        Field = field;
    }

    /// <summary>Creates the error with the parser's own exception kept as the cause.</summary>
    public ResourceLoadException(string file, string? field, string problem, Exception inner)
        : base(field is null ? $"{file}: {problem}" : $"{file}: field '{field}': {problem}", inner)
    {
        File = file;
        Field = field;
    }

    /// <summary>The resource file that failed.</summary>
    public string File { get; }

    /// <summary>The offending field as a YAML path (e.g. <c>spec.type</c>), or null when the whole file is at fault.</summary>
    public string? Field { get; }
}
