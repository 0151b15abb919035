namespace Kugelpos.DocumentStore.Tests.Support;

public sealed record ItemDetail(string Category, decimal Cost);
