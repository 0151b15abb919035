using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Tests.TestSupport;

namespace Kugelpos.Contracts.Tests;

public sealed class TerminalLogTests
{
    [Fact]
    public void Cash_out_carries_a_negative_amount_exact_to_the_yen()
    {
        var log = EventJson.Deserialize<CashInOutLog>(Samples.Read(Samples.CashlogCashOut));

        Assert.Equal(Guid.Parse("e3b0c442-98fc-4c14-9afb-f4c8996fb924"), log.EventId);
        Assert.Equal(TerminalEventTypes.CashInOut, log.EventType);
        Assert.Equal(-5000m, log.Amount);
        Assert.Equal("Bank deposit", log.Description);
        Assert.Equal("S001", log.StaffId);
        Assert.Equal("Hanako Yamada", log.StaffName);
        Assert.Equal(new DateOnly(2025, 5, 1), log.BusinessDate);
        Assert.Equal(2, log.OpenCounter);
        Assert.Equal(31, log.BusinessCounter);
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 13, 45, 0, TimeSpan.FromHours(9)).AddTicks(2_500), log.GenerateDateTime);
        Assert.Equal("[CASH OUT] -5,000", log.JournalText);
    }

    [Fact]
    public void Close_carries_the_session_counts()
    {
        var log = EventJson.Deserialize<OpenCloseLog>(Samples.Read(Samples.OpenCloseLogClose));

        Assert.Equal(Guid.Parse("9b2d8a3e-1f4c-4e7a-8b6d-2c5e9f0a1b3c"), log.EventId);
        Assert.Equal(TerminalOperations.Close, log.Operation);
        Assert.Equal(TerminalEventTypes.Close, log.EventType);
        Assert.Equal(18, log.CartTransactionCount);
        Assert.Equal(18, log.CartTransactionLastNo);
        Assert.Equal(2, log.CashInOutCount);
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 13, 45, 0, TimeSpan.FromHours(9)).AddTicks(2_500), log.CashInOutLastDateTime);
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 22, 0, 5, TimeSpan.FromHours(9)).AddTicks(10), log.GenerateDateTime);
    }

    [Fact]
    public void Close_carries_the_terminal_snapshot()
    {
        var terminal = EventJson.Deserialize<OpenCloseLog>(Samples.Read(Samples.OpenCloseLogClose)).TerminalInfo!;

        Assert.Equal("T9999-5678-9", terminal.TerminalId);
        Assert.Equal("Closed", terminal.Status);
        Assert.Equal("CloseTerminal", terminal.FunctionMode);
        Assert.Equal(new DateOnly(2025, 5, 1), terminal.BusinessDate);
        Assert.Equal(50000m, terminal.InitialAmount);
        Assert.Equal(47916m, terminal.PhysicalAmount);
        Assert.Equal(["front", "self-checkout"], terminal.Tags);
        Assert.Equal("S001", terminal.Staff?.Id);
        Assert.False(terminal.Staff?.IsDeleted);
    }

    [Fact]
    public void Close_published_by_the_original_reads_with_its_extras_ignored()
    {
        var log = EventJson.Deserialize<OpenCloseLog>(Samples.Read(Samples.OriginalOpenCloseLogClose));

        Assert.Equal("T9999", log.TenantId);
        Assert.Equal(TerminalOperations.Close, log.Operation);
        Assert.Equal("Hanako Yamada", log.TerminalInfo?.Staff?.Name);
        Assert.Empty(log.TerminalInfo!.Tags);
    }
}
