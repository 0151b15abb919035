using System.Collections.Concurrent;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.ServiceDefaults.Tests.Support;

/// <summary>
/// The terminal, replaced at unit level: knows a few terminals and their keys, counts how often it
/// is asked, and fails like an unreachable terminal service when told to.
/// </summary>
internal sealed class FakeTerminalKeyVerifier : ITerminalKeyVerifier
{
    private readonly ConcurrentDictionary<string, (string ApiKey, TerminalTokenClaims Terminal)> _terminals = new(StringComparer.Ordinal);
    private int _calls;

    public int Calls => _calls;

    public Exception? Failure { get; set; }

    public FakeTerminalKeyVerifier Add(TerminalTokenClaims terminal, string apiKey)
    {
        _terminals[terminal.TerminalId] = (apiKey, terminal);
        return this;
    }

    public Task<TerminalTokenClaims?> VerifyAsync(string terminalId, string apiKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (Failure is not null)
        {
            throw Failure;
        }

        return Task.FromResult(
            _terminals.TryGetValue(terminalId, out var known) && known.ApiKey == apiKey ? known.Terminal : null);
    }
}
