using Kugelpos.Actors.Contracts.EventDedup;

namespace Kugelpos.EventDedup.Actors.Tests;

public sealed class EventDedupActorTypeTests
{
    [Fact]
    public void Report_journal_and_stock_register_three_different_type_names()
    {
        string[] names = [EventDedupActorType.For("report"), EventDedupActorType.For("journal"), EventDedupActorType.For("stock")];

        Assert.Equal(["ReportEventDedupActor", "JournalEventDedupActor", "StockEventDedupActor"], names);
    }

    [Fact]
    public void A_hyphenated_app_id_becomes_one_pascal_cased_name()
    {
        Assert.Equal("MasterDataEventDedupActor", EventDedupActorType.For("master-data"));
    }

    [Fact]
    public void An_empty_app_id_is_refused()
    {
        Assert.Throws<ArgumentException>(() => EventDedupActorType.For(" "));
    }
}
