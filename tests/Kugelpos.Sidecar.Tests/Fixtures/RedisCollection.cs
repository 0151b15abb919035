namespace Kugelpos.Sidecar.Tests.Fixtures;

/// <summary>Test classes in this collection share one redis-server.</summary>
[CollectionDefinition(Name)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "xunit calls these collection definitions; the name says what it is.")]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    /// <summary>The collection name.</summary>
    public const string Name = "redis";
}
