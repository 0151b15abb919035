using Kugelpos.DocumentStore;

namespace Kugelpos.Journal.Logs;

/// <summary>A received log kept as it arrived (its EventJson text), under its event id.</summary>
internal sealed record LogDocument : IDocument
{
    public required string Id { get; init; }

    public required string StoreCode { get; init; }

    public required int TerminalNo { get; init; }

    public required string Payload { get; init; }
}
