namespace Kugelpos.OpenApi.Tests;

/// <summary>The test classes that share one <see cref="RunningServices"/>.</summary>
[CollectionDefinition(Name)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "xunit calls these collection definitions; the name says what it is.")]
public sealed class RunningServicesCollection : ICollectionFixture<RunningServices>
{
    public const string Name = "running services";
}
