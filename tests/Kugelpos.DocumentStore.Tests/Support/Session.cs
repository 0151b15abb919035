namespace Kugelpos.DocumentStore.Tests.Support;

public sealed record Session(string Id, string User, DateTime? StartedAt, DateTimeOffset? LastSeen = null) : IDocument;
