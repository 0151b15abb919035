using Kugelpos.Actors.Contracts.Terminals;
using static Kugelpos.Terminal.Actors.Tests.TerminalStates;

namespace Kugelpos.Terminal.Actors.Tests;

public class CashDrawerTests
{
    private readonly TerminalStates _terminals = new();

    [Fact]
    public void Cash_in_records_a_positive_movement_and_counts_it_in_the_session()
    {
        var opened = _terminals.Opened();
        _terminals.Time.Advance(TimeSpan.FromMinutes(5));

        var decision = _terminals.Drawer.CashIn(opened, new CashInOutRequest { Amount = 1000m, Description = "Change float" });

        Assert.Equal(new CashMovement { Amount = 1000m, Description = "Change float", RecordedAt = Start.AddMinutes(5) }, decision.CashMovement);
        Assert.Equal(1, decision.State.CashInOutCount);
        Assert.Equal(Start.AddMinutes(5), decision.State.CashInOutLastDateTime);
    }

    [Fact]
    public void Cash_out_is_stored_negative_with_the_originals_default_description()
    {
        var decision = _terminals.Drawer.CashOut(_terminals.Opened(), new CashInOutRequest { Amount = 300m });

        Assert.Equal(-300m, decision.CashMovement?.Amount);
        Assert.Equal("Cash Out (Default)", decision.CashMovement?.Description);
    }

    [Fact]
    public void Cash_in_without_a_description_takes_the_originals_default()
    {
        var decision = _terminals.Drawer.CashIn(_terminals.Opened(), new CashInOutRequest { Amount = 300m });

        Assert.Equal("Cash In (Default)", decision.CashMovement?.Description);
    }

    [Fact]
    public void Cash_in_while_closed_is_refused_naming_the_status()
    {
        var closed = _terminals.Closed();

        var refusal = Refused(_terminals.Drawer.CashIn(closed, new CashInOutRequest { Amount = 1000m }), closed);

        Assert.Equal(TerminalRefusalCode.NotOpened, refusal.Code);
        Assert.Equal(TerminalStatus.Closed, refusal.Status);
        Assert.Equal("Cash in needs an open terminal; the terminal is Closed.", refusal.Message);
    }

    [Fact]
    public void Cash_out_with_nobody_signed_in_is_refused_before_the_status_is_looked_at()
    {
        var refusal = Refused(_terminals.Drawer.CashOut(TerminalState.Initial, new CashInOutRequest { Amount = 1000m }), TerminalState.Initial);

        Assert.Equal(TerminalRefusalCode.NotSignedIn, refusal.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-500)]
    public void An_amount_not_above_zero_is_refused_naming_the_field(int amount)
    {
        var opened = _terminals.Opened();

        var refusal = Refused(_terminals.Drawer.CashIn(opened, new CashInOutRequest { Amount = amount }), opened);

        Assert.Equal(TerminalRefusalCode.InvalidRequest, refusal.Code);
        Assert.Equal("amount", refusal.Field);
    }
}
