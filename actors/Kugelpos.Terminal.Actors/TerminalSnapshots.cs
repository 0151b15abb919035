using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors;

/// <summary>Turns the stored state into the wire snapshot callers see.</summary>
public static class TerminalSnapshots
{
    /// <summary>The snapshot of <paramref name="state"/> for terminal <paramref name="terminalId"/>, which must have been created.</summary>
    public static TerminalSnapshot From(string terminalId, TerminalState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var profile = state.Profile ?? throw new InvalidOperationException($"Terminal {terminalId} has not been created.");
        return new TerminalSnapshot
        {
            TerminalId = terminalId,
            TenantId = profile.TenantId,
            StoreCode = profile.StoreCode,
            TerminalNo = profile.TerminalNo,
            Description = profile.Description,
            FunctionMode = profile.FunctionMode,
            EntryDateTime = profile.EntryDateTime,
            LastUpdateDateTime = profile.LastUpdateDateTime,
            Version = state.Version,
            Status = state.Status,
            Staff = state.Staff,
            BusinessDate = state.BusinessDate,
            OpenCounter = state.OpenCounter,
            BusinessCounter = state.BusinessCounter,
            InitialAmount = state.InitialAmount,
            PhysicalAmount = state.PhysicalAmount,
            CashInOutCount = state.CashInOutCount,
            CashInOutLastDateTime = state.CashInOutLastDateTime,
            CartTransactionCount = state.CartTransactionCount,
            // Numbers are only handed out while open, so the session's are the last ones.
            CartTransactionLastNo = state.CartTransactionCount > 0 ? state.TransactionCounter : null,
            TransactionCounter = state.TransactionCounter,
            ReceiptCounter = state.ReceiptCounter,
        };
    }
}
