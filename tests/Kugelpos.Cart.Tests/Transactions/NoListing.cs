using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Terminal.Actors;

namespace Kugelpos.Cart.Tests.Transactions;

/// <summary>The terminal listing the terminal service keeps; the cart's tests do not read it.</summary>
internal sealed class NoListing : ITerminalListing
{
    public Task WriteAsync(TerminalSnapshot terminal, string protectedApiKey, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RemoveAsync(string tenantId, string terminalId, long version, CancellationToken cancellationToken) => Task.CompletedTask;
}
