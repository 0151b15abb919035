using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors;

/// <summary>
/// Sign-in, sign-out, open and close, as the original's terminal service decides them
/// (kugelpos-backend services/terminal terminal_service.py); no actor needed to test it.
/// </summary>
/// <remarks>
/// The business date is the day in <paramref name="time"/>'s local time zone: the original takes
/// it from its configured <c>TIMEZONE</c>, ours from the TimeProvider the service registers.
/// </remarks>
public sealed class TerminalLifecycle(TimeProvider time)
{
    /// <summary>Signs a staff member in; refused while someone is signed in.</summary>
    public static TerminalDecision SignIn(TerminalState state, SignInRequest request)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.StaffId))
        {
            return TerminalRefusals.Invalid(state, "staffId", "A staff id is required to sign in.");
        }

        if (state.Staff is not null)
        {
            return TerminalRefusals.AlreadySignedIn(state);
        }

        var staff = new SignedInStaff { StaffId = request.StaffId, StaffName = request.StaffName };
        return new TerminalDecision { State = state with { Staff = staff } };
    }

    /// <summary>
    /// Signs out; refused with nobody signed in. The original lets that pass and changes nothing;
    /// issue 8 makes every transition the state does not allow a refusal naming the state, so a
    /// POS that lost track of who is signed in learns it instead of getting a silent success.
    /// </summary>
    public static TerminalDecision SignOut(TerminalState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Staff is null)
        {
            return TerminalRefusals.NotSignedIn(state, "Sign-out");
        }

        return new TerminalDecision { State = state with { Staff = null } };
    }

    /// <summary>
    /// Opens a session: refused while open, then when the store is not on file. The open counter restarts at 1 on a new business
    /// date, the business counter always grows, and the session's counts start again. An initial
    /// amount is the session's first cash movement.
    /// </summary>
    public TerminalDecision Open(TerminalState state, OpenTerminalRequest request)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        if (state.Status == TerminalStatus.Opened)
        {
            return TerminalRefusals.AlreadyOpened(state);
        }

        if (!request.StoreFound)
        {
            return TerminalRefusals.StoreNotFound(state, "Open");
        }

        var now = time.GetLocalNow();
        var today = DateOnly.FromDateTime(now.DateTime);
        var opened = state with
        {
            Status = TerminalStatus.Opened,
            BusinessDate = today,
            OpenCounter = state.BusinessDate == today ? state.OpenCounter + 1 : 1,
            BusinessCounter = state.BusinessCounter + 1,
            InitialAmount = request.InitialAmount,
            CashInOutCount = 0,
            CashInOutLastDateTime = null,
            CartTransactionCount = 0,
        };
        if (request.InitialAmount is not { } amount)
        {
            return new TerminalDecision { State = opened };
        }

        var movement = new CashMovement { Amount = amount, Description = CashDrawer.InitialAmountDescription, RecordedAt = now };
        return new TerminalDecision { State = CashDrawer.Record(opened, movement), CashMovement = movement };
    }

    /// <summary>Closes the session: refused when closed already or never opened, then when the store is not on file.</summary>
    public static TerminalDecision Close(TerminalState state, CloseTerminalRequest request)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        return state.Status switch
        {
            TerminalStatus.Closed => TerminalRefusals.AlreadyClosed(state),
            TerminalStatus.Idle => TerminalRefusals.NotOpened(state, "Close"),
            _ when !request.StoreFound => TerminalRefusals.StoreNotFound(state, "Close"),
            _ => new TerminalDecision
            {
                State = state with { Status = TerminalStatus.Closed, PhysicalAmount = request.PhysicalAmount },
            },
        };
    }
}
