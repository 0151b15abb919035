using Kugelpos.Actors.Contracts.Terminals;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Terminal.Actors.Tests;

/// <summary>Terminal states reached through the rules themselves, and the clock they ran on.</summary>
internal sealed class TerminalStates
{
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    public static readonly SignInRequest Alice = new() { StaffId = "S001", StaffName = "Alice" };

    public FakeTimeProvider Time { get; } = new(Start);

    public TerminalLifecycle Lifecycle => new(Time);

    public CashDrawer Drawer => new(Time);

    /// <summary>A terminal just created: Idle, nobody signed in.</summary>
    public static TerminalState Created { get; } = TerminalState.Initial with
    {
        Profile = new TerminalProfile { TenantId = "A1234", StoreCode = "S01", TerminalNo = 1, Description = "Front till", EntryDateTime = Start },
        Credentials = new TerminalCredentials { ApiKeyHash = "hash", ProtectedApiKey = "protected" },
    };

    public static TerminalState SignedIn() => Accepted(TerminalLifecycle.SignIn(Created, Alice));

    public TerminalState Opened(decimal? initialAmount = null) =>
        Accepted(Lifecycle.Open(SignedIn(), new OpenTerminalRequest { InitialAmount = initialAmount }));

    public TerminalState Closed() => Accepted(TerminalLifecycle.Close(Opened(), new CloseTerminalRequest()));

    public static TerminalState Accepted(TerminalDecision decision)
    {
        Assert.Null(decision.Refusal);
        return decision.State;
    }

    public static TerminalRefusal Refused(TerminalDecision decision, TerminalState before)
    {
        Assert.Same(before, decision.State);
        return Assert.IsType<TerminalRefusal>(decision.Refusal);
    }
}
