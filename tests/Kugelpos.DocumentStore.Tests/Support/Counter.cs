namespace Kugelpos.DocumentStore.Tests.Support;

public sealed record Counter(string Id, long Value) : IDocument;
