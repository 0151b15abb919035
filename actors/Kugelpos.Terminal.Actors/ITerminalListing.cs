using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors;

/// <summary>
/// The document that lists and queries terminals, kept by the terminal actor after each change it
/// saves: a projection of the actor's state, which stays the source of truth. Implemented by the
/// hosting service over its document store.
/// </summary>
/// <remarks>
/// Both writes are conditional on <see cref="TerminalSnapshot.Version"/>: a write from an older
/// state (a late retry, or an activation on another pod finishing its pending write) never
/// replaces what a newer state wrote.
/// </remarks>
public interface ITerminalListing
{
    /// <summary>Lists <paramref name="terminal"/> as it now stands, unless the listing holds a newer version.</summary>
    /// <param name="terminal">The terminal.</param>
    /// <param name="protectedApiKey">Its API key as the service encrypted it, for the list's read-back.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task WriteAsync(TerminalSnapshot terminal, string protectedApiKey, CancellationToken cancellationToken);

    /// <summary>Removes a deleted terminal from the listing, unless it holds a version newer than <paramref name="version"/>.</summary>
    /// <param name="tenantId">The terminal's tenant.</param>
    /// <param name="terminalId">The terminal.</param>
    /// <param name="version">The version of the deletion.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task RemoveAsync(string tenantId, string terminalId, long version, CancellationToken cancellationToken);
}
