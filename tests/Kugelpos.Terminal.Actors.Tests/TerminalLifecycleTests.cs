using Kugelpos.Actors.Contracts.Terminals;
using static Kugelpos.Terminal.Actors.Tests.TerminalStates;

namespace Kugelpos.Terminal.Actors.Tests;

public class TerminalLifecycleTests
{
    private readonly TerminalStates _terminals = new();

    [Fact]
    public void First_open_starts_the_business_date_with_both_counters_at_one()
    {
        var opened = Accepted(_terminals.Lifecycle.Open(TerminalState.Initial, new OpenTerminalRequest()));

        Assert.Equal(TerminalStatus.Opened, opened.Status);
        Assert.Equal(new DateOnly(2026, 11, 30), opened.BusinessDate);
        Assert.Equal(1, opened.OpenCounter);
        Assert.Equal(1, opened.BusinessCounter);
    }

    [Fact]
    public void Reopening_on_the_same_date_counts_the_open_counter_up()
    {
        var closed = _terminals.Closed();

        var reopened = Accepted(_terminals.Lifecycle.Open(closed, new OpenTerminalRequest()));

        Assert.Equal(2, reopened.OpenCounter);
        Assert.Equal(2, reopened.BusinessCounter);
    }

    [Fact]
    public void Opening_on_a_new_date_restarts_the_open_counter_while_the_business_counter_grows()
    {
        var closed = _terminals.Closed();
        _terminals.Time.Advance(TimeSpan.FromDays(1));

        var reopened = Accepted(_terminals.Lifecycle.Open(closed, new OpenTerminalRequest()));

        Assert.Equal(new DateOnly(2026, 12, 1), reopened.BusinessDate);
        Assert.Equal(1, reopened.OpenCounter);
        Assert.Equal(2, reopened.BusinessCounter);
    }

    [Fact]
    public void The_business_date_is_the_day_in_the_clocks_time_zone()
    {
        var tokyo = TimeZoneInfo.CreateCustomTimeZone("Kugelpos/Tokyo", TimeSpan.FromHours(9), "Tokyo", "Tokyo");
        _terminals.Time.SetLocalTimeZone(tokyo);
        _terminals.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero));

        var opened = Accepted(_terminals.Lifecycle.Open(TerminalState.Initial, new OpenTerminalRequest()));

        Assert.Equal(new DateOnly(2026, 12, 1), opened.BusinessDate);
    }

    [Fact]
    public void Open_is_refused_while_the_terminal_is_opened()
    {
        var opened = _terminals.Opened();

        var refusal = Refused(_terminals.Lifecycle.Open(opened, new OpenTerminalRequest()), opened);

        Assert.Equal(TerminalRefusalCode.AlreadyOpened, refusal.Code);
        Assert.Equal(TerminalStatus.Opened, refusal.Status);
        Assert.Contains("already opened", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_initial_amount_is_the_sessions_first_cash_movement()
    {
        var decision = _terminals.Lifecycle.Open(SignedIn(), new OpenTerminalRequest { InitialAmount = 30000m });

        Assert.Equal(30000m, decision.State.InitialAmount);
        Assert.Equal(1, decision.State.CashInOutCount);
        Assert.Equal(Start, decision.State.CashInOutLastDateTime);
        Assert.Equal(new CashMovement { Amount = 30000m, Description = "Initial amount", RecordedAt = Start }, decision.CashMovement);
    }

    [Fact]
    public void Opening_starts_the_sessions_counts_again()
    {
        var busy = Accepted(_terminals.Drawer.CashIn(_terminals.Opened(30000m), new CashInOutRequest { Amount = 500m }));
        busy = Accepted(TransactionNumbering.Next(busy, new ReceiptNumberRange { Start = 1, End = 9999 }));
        var closed = Accepted(TerminalLifecycle.Close(busy, new CloseTerminalRequest()));

        var reopened = Accepted(_terminals.Lifecycle.Open(closed, new OpenTerminalRequest()));

        Assert.Equal(0, reopened.CashInOutCount);
        Assert.Null(reopened.CashInOutLastDateTime);
        Assert.Equal(0, reopened.CartTransactionCount);
        Assert.Equal(1, reopened.TransactionCounter);
    }

    [Fact]
    public void Close_keeps_the_counted_cash_and_the_sessions_counts()
    {
        var busy = Accepted(_terminals.Drawer.CashOut(_terminals.Opened(30000m), new CashInOutRequest { Amount = 500m }));

        var closed = Accepted(TerminalLifecycle.Close(busy, new CloseTerminalRequest { PhysicalAmount = 29500m }));

        Assert.Equal(TerminalStatus.Closed, closed.Status);
        Assert.Equal(29500m, closed.PhysicalAmount);
        Assert.Equal(2, closed.CashInOutCount);
        Assert.Equal(new DateOnly(2026, 11, 30), closed.BusinessDate);
    }

    [Fact]
    public void Close_is_refused_when_the_terminal_is_closed_already()
    {
        var closed = _terminals.Closed();

        var refusal = Refused(TerminalLifecycle.Close(closed, new CloseTerminalRequest()), closed);

        Assert.Equal(TerminalRefusalCode.AlreadyClosed, refusal.Code);
        Assert.Equal(TerminalStatus.Closed, refusal.Status);
    }

    [Fact]
    public void Close_is_refused_on_a_terminal_never_opened()
    {
        var refusal = Refused(TerminalLifecycle.Close(TerminalState.Initial, new CloseTerminalRequest()), TerminalState.Initial);

        Assert.Equal(TerminalRefusalCode.NotOpened, refusal.Code);
        Assert.Equal(TerminalStatus.Idle, refusal.Status);
        Assert.Contains("Idle", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_in_is_refused_while_someone_is_signed_in()
    {
        var signedIn = SignedIn();

        var refusal = Refused(TerminalLifecycle.SignIn(signedIn, new SignInRequest { StaffId = "S002", StaffName = "Bob" }), signedIn);

        Assert.Equal(TerminalRefusalCode.AlreadySignedIn, refusal.Code);
        Assert.Equal(new SignedInStaff { StaffId = "S001", StaffName = "Alice" }, signedIn.Staff);
    }

    [Fact]
    public void Sign_in_without_a_staff_id_is_refused_naming_the_field()
    {
        var refusal = Refused(TerminalLifecycle.SignIn(TerminalState.Initial, new SignInRequest { StaffId = " ", StaffName = "Nobody" }), TerminalState.Initial);

        Assert.Equal(TerminalRefusalCode.InvalidRequest, refusal.Code);
        Assert.Equal("staffId", refusal.Field);
    }

    [Fact]
    public void Sign_out_clears_the_staff_and_keeps_the_session()
    {
        var opened = _terminals.Opened();

        var signedOut = Accepted(TerminalLifecycle.SignOut(opened));

        Assert.Null(signedOut.Staff);
        Assert.Equal(opened with { Staff = null }, signedOut);
    }

    [Fact]
    public void Sign_out_with_nobody_signed_in_is_refused_naming_the_state()
    {
        var refusal = Refused(TerminalLifecycle.SignOut(TerminalState.Initial), TerminalState.Initial);

        Assert.Equal(TerminalRefusalCode.NotSignedIn, refusal.Code);
        Assert.Equal(TerminalStatus.Idle, refusal.Status);
        Assert.Contains("nobody is signed in", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Signing_out_twice_is_refused_the_second_time()
    {
        var signedOut = Accepted(TerminalLifecycle.SignOut(_terminals.Opened()));

        var refusal = Refused(TerminalLifecycle.SignOut(signedOut), signedOut);

        Assert.Equal(TerminalRefusalCode.NotSignedIn, refusal.Code);
        Assert.Equal(TerminalStatus.Opened, refusal.Status);
    }
}
