using Kugelpos.Actors.Contracts.Terminals;
using static Kugelpos.Terminal.Actors.Tests.TerminalStates;

namespace Kugelpos.Terminal.Actors.Tests;

/// <summary>Open, close and cash in/out refuse a terminal whose store is not on file, after their status checks.</summary>
public class StoreRequiredTests
{
    private readonly TerminalStates _terminals = new();

    [Fact]
    public void Open_without_the_store_is_refused_naming_the_store_code_and_records_no_float()
    {
        var signedIn = SignedIn();

        var decision = _terminals.Lifecycle.Open(signedIn, new OpenTerminalRequest { InitialAmount = 1000m, StoreFound = false });

        var refusal = Refused(decision, signedIn);
        Assert.Equal(TerminalRefusalCode.StoreNotFound, refusal.Code);
        Assert.Equal(TerminalStatus.Idle, refusal.Status);
        Assert.Contains("S01", refusal.Message, StringComparison.Ordinal);
        Assert.Null(decision.CashMovement);
    }

    [Fact]
    public void Close_without_the_store_is_refused()
    {
        var opened = _terminals.Opened();

        var refusal = Refused(TerminalLifecycle.Close(opened, new CloseTerminalRequest { PhysicalAmount = 1m, StoreFound = false }), opened);

        Assert.Equal(TerminalRefusalCode.StoreNotFound, refusal.Code);
        Assert.Equal(TerminalStatus.Opened, refusal.Status);
    }

    [Fact]
    public void Cash_in_and_cash_out_without_the_store_are_refused_and_move_nothing()
    {
        var opened = _terminals.Opened();
        var request = new CashInOutRequest { Amount = 100m, StoreFound = false };

        var cashIn = _terminals.Drawer.CashIn(opened, request);
        var cashOut = _terminals.Drawer.CashOut(opened, request);

        Assert.Equal(TerminalRefusalCode.StoreNotFound, Refused(cashIn, opened).Code);
        Assert.Equal(TerminalRefusalCode.StoreNotFound, Refused(cashOut, opened).Code);
        Assert.Null(cashIn.CashMovement);
        Assert.Null(cashOut.CashMovement);
    }

    [Fact]
    public void The_terminals_status_is_refused_before_the_missing_store()
    {
        var opened = _terminals.Opened();
        var closed = _terminals.Closed();

        Assert.Equal(TerminalRefusalCode.AlreadyOpened, Refused(_terminals.Lifecycle.Open(opened, new OpenTerminalRequest { StoreFound = false }), opened).Code);
        Assert.Equal(TerminalRefusalCode.AlreadyClosed, Refused(TerminalLifecycle.Close(closed, new CloseTerminalRequest { StoreFound = false }), closed).Code);
        Assert.Equal(TerminalRefusalCode.NotOpened, Refused(TerminalLifecycle.Close(Created, new CloseTerminalRequest { StoreFound = false }), Created).Code);
        Assert.Equal(TerminalRefusalCode.NotSignedIn, Refused(_terminals.Drawer.CashIn(Created, new CashInOutRequest { Amount = 1m, StoreFound = false }), Created).Code);
        Assert.Equal(TerminalRefusalCode.NotOpened, Refused(_terminals.Drawer.CashOut(closed, new CashInOutRequest { Amount = 1m, StoreFound = false }), closed).Code);
    }
}
