using Dapr.Actors;
using Dapr.Actors.Client;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.Options;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// The terminal endpoints' way to a terminal: its actor, reached only by callers of its tenant
/// (and by a terminal only for itself), and its API key, shown only to whom it may be.
/// </summary>
internal sealed class TerminalGateway(IActorProxyFactory proxies, SecretProtector secrets, IOptions<TerminalOptions> options)
{
    /// <summary>
    /// The actor of <paramref name="terminalId"/>, after checking the caller may reach it: another
    /// tenant's terminal is not found (nothing tells it exists), and a terminal may act only on itself.
    /// </summary>
    public ITerminalActor ActorFor(KugelposCaller caller, string terminalId)
    {
        ArgumentNullException.ThrowIfNull(caller);

        // The tenant is the part before the first '-', which a tenant id never contains.
        if (!terminalId.StartsWith(caller.TenantId + "-", StringComparison.Ordinal))
        {
            throw TerminalRefusalErrors.NotFound(terminalId);
        }

        if (caller.Terminal is { } terminal && terminal.TerminalId != terminalId)
        {
            throw new KugelposException(StatusCodes.Status403Forbidden, KugelposErrorCodes.AuthorizationError, "A terminal may act only on itself");
        }

        return Actor(terminalId);
    }

    /// <summary>The actor of <paramref name="terminalId"/>, without an access check (for the key check itself).</summary>
    public ITerminalActor Actor(string terminalId) =>
        proxies.CreateActorProxy<ITerminalActor>(new ActorId(terminalId), TerminalActorType.Name);

    /// <summary>The view of the terminal in <paramref name="reply"/> (refusals thrown), its key read back when it may be.</summary>
    public TerminalView View(KugelposCaller caller, TerminalReply reply, string terminalId)
    {
        var terminal = TerminalRefusalErrors.Accepted(reply, terminalId);
        return TerminalView.From(TerminalDocument.From(terminal, string.Empty), ReadBack(caller, reply.ProtectedApiKey));
    }

    /// <summary>
    /// The plain API key for the response: to a user of the terminal's tenant (the only tenant the
    /// caller can reach) while read-back is on; null to a terminal, a service, or when off.
    /// </summary>
    public string? ReadBack(KugelposCaller caller, string? protectedApiKey) =>
        options.Value.ApiKeyReadBack && protectedApiKey is not null && caller.IsUser
            ? secrets.TryUnprotect(SecretPurposes.TerminalApiKey, protectedApiKey)
            : null;
}
