using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors.Tests;

/// <summary>
/// A listing in memory, keeping the newest version of each terminal as the service's does; it
/// can be told to fail its next writes, as a document store that is down would.
/// </summary>
internal sealed class RecordingListing : ITerminalListing
{
    private readonly Dictionary<string, TerminalSnapshot> _listed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);

    /// <summary>How many of the next writes throw.</summary>
    public int FailNext { get; set; }

    /// <summary>Every write and removal that went through.</summary>
    public int Writes { get; private set; }

    /// <summary>The encrypted keys as listed.</summary>
    public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);

    public TerminalSnapshot? Listed(string terminalId) => _listed.GetValueOrDefault(terminalId);

    public Task WriteAsync(TerminalSnapshot terminal, string protectedApiKey, CancellationToken cancellationToken)
    {
        Fail();
        if (_versions.GetValueOrDefault(terminal.TerminalId) < terminal.Version)
        {
            _listed[terminal.TerminalId] = terminal;
            _versions[terminal.TerminalId] = terminal.Version;
            Keys[terminal.TerminalId] = protectedApiKey;
        }

        Writes++;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string tenantId, string terminalId, long version, CancellationToken cancellationToken)
    {
        Fail();
        if (_versions.GetValueOrDefault(terminalId) <= version)
        {
            _listed.Remove(terminalId);
            _versions[terminalId] = version;
        }

        Writes++;
        return Task.CompletedTask;
    }

    private void Fail()
    {
        if (FailNext > 0)
        {
            FailNext--;
            throw new IOException("The document store is down.");
        }
    }
}
