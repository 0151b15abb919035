using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Terminal.Terminals;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Terminal.Tests.Terminals;

public class TerminalListingStoreTests
{
    private static TerminalSnapshot Snapshot(long version, TerminalStatus status) => new()
    {
        TerminalId = "A1234-S01-1",
        TenantId = "A1234",
        StoreCode = "S01",
        TerminalNo = 1,
        Description = "Front till",
        FunctionMode = TerminalFunctionMode.MainMenu,
        EntryDateTime = ServiceTestHost.Start,
        Version = version,
        Status = status,
        OpenCounter = 0,
        BusinessCounter = 0,
        CashInOutCount = 0,
        CartTransactionCount = 0,
        TransactionCounter = 0,
        ReceiptCounter = 0,
    };

    [Fact]
    public async Task A_write_from_an_older_state_never_replaces_a_newer_listing()
    {
        await using var service = await Support.TerminalTestService.StartAsync();
        var listing = service.Services.GetRequiredService<TerminalListingStore>();

        await listing.WriteAsync(Snapshot(5, TerminalStatus.Opened), "key", CancellationToken.None);
        await listing.WriteAsync(Snapshot(3, TerminalStatus.Idle), "key", CancellationToken.None);
        await listing.RemoveAsync("A1234", "A1234-S01-1", 4, CancellationToken.None);

        var stored = await listing.GetAsync("A1234", "A1234-S01-1", CancellationToken.None);
        Assert.Equal(("Opened", 5L), (stored?.Status, stored?.Version));
    }

    [Fact]
    public async Task A_removal_at_a_newer_version_takes_the_terminal_off_the_list()
    {
        await using var service = await Support.TerminalTestService.StartAsync();
        var listing = service.Services.GetRequiredService<TerminalListingStore>();
        await listing.WriteAsync(Snapshot(5, TerminalStatus.Opened), "key", CancellationToken.None);

        await listing.RemoveAsync("A1234", "A1234-S01-1", 6, CancellationToken.None);

        Assert.Null(await listing.GetAsync("A1234", "A1234-S01-1", CancellationToken.None));
    }
}
