namespace Kugelpos.DocumentStore.Tests.Support;

/// <summary>Shares the items collection with <see cref="Item"/> but holds a number in "code".</summary>
public sealed record NumberedItem(string Id, int Code) : IDocument;
