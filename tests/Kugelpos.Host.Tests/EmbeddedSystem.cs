namespace Kugelpos.Host.Tests;

/// <summary>
/// The test classes that start the embedded system in this process: one at a time, because the
/// start moves the process's working directory (components/local's SQLite paths are relative).
/// </summary>
[CollectionDefinition(Name)]
public sealed class EmbeddedSystem
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Embedded system";
}
