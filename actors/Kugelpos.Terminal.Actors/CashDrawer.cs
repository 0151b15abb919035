using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors;

/// <summary>Cash in and cash out, counted per session for the close log.</summary>
public sealed class CashDrawer(TimeProvider time)
{
    /// <summary>The original's description of the opening float's cash log.</summary>
    public const string InitialAmountDescription = "Initial amount";

    /// <summary>The original's description of a cash in given none.</summary>
    public const string CashInDefaultDescription = "Cash In (Default)";

    /// <summary>The original's description of a cash out given none.</summary>
    public const string CashOutDefaultDescription = "Cash Out (Default)";

    /// <summary>Puts cash in; needs a signed-in staff member, then an open terminal, checked in the original's order, then the store on file.</summary>
    public TerminalDecision CashIn(TerminalState state, CashInOutRequest request) =>
        Move(state, request, sign: 1, CashInDefaultDescription, "Cash in");

    /// <summary>Takes cash out, stored as a negative amount; same rules as <see cref="CashIn"/>.</summary>
    public TerminalDecision CashOut(TerminalState state, CashInOutRequest request) =>
        Move(state, request, sign: -1, CashOutDefaultDescription, "Cash out");

    /// <summary><paramref name="state"/> with <paramref name="movement"/> counted in its session.</summary>
    internal static TerminalState Record(TerminalState state, CashMovement movement) =>
        state with { CashInOutCount = state.CashInOutCount + 1, CashInOutLastDateTime = movement.RecordedAt };

    private TerminalDecision Move(TerminalState state, CashInOutRequest request, int sign, string defaultDescription, string operation)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        if (state.Staff is null)
        {
            return TerminalRefusals.NotSignedIn(state, operation);
        }

        if (state.Status != TerminalStatus.Opened)
        {
            return TerminalRefusals.NotOpened(state, operation);
        }

        if (!request.StoreFound)
        {
            return TerminalRefusals.StoreNotFound(state, operation);
        }

        // Ours: the direction is the operation's, so a negative amount cannot turn a cash in
        // into a cash out (the original accepted any number).
        if (request.Amount <= 0)
        {
            return TerminalRefusals.Invalid(state, "amount", $"{operation} needs an amount greater than zero.");
        }

        var movement = new CashMovement
        {
            Amount = sign * request.Amount,
            Description = request.Description ?? defaultDescription,
            RecordedAt = time.GetLocalNow(),
        };
        return new TerminalDecision { State = Record(state, movement), CashMovement = movement };
    }
}
