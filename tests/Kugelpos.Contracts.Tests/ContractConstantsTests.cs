using Kugelpos.Contracts.PubSub;

namespace Kugelpos.Contracts.Tests;

public sealed class ContractConstantsTests
{
    public static TheoryData<EventChannel, string, string, string> Channels => new()
    {
        { EventChannels.Tranlog, "pubsub-tranlog-report", "topic-tranlog", "/api/v1/tranlog" },
        { EventChannels.Cashlog, "pubsub-cashlog-report", "topic-cashlog", "/api/v1/cashlog" },
        { EventChannels.OpenCloseLog, "pubsub-opencloselog-report", "topic-opencloselog", "/api/v1/opencloselog" },
    };

    [Theory]
    [MemberData(nameof(Channels))]
    public void Channels_use_the_originals_component_topic_and_route(EventChannel channel, string pubsub, string topic, string route)
    {
        Assert.Equal(new EventChannel(pubsub, topic, route), channel);
    }

    [Fact]
    public void All_lists_three_distinct_channels()
    {
        Assert.Equal(3, EventChannels.All.Select(channel => channel.Topic).Distinct().Count());
        Assert.Equal(3, EventChannels.All.Select(channel => channel.Route).Distinct().Count());
    }

    [Theory]
    [InlineData(TransactionType.NormalSales, 101)]
    [InlineData(TransactionType.NormalSalesCancel, -101)]
    [InlineData(TransactionType.ReturnSales, 102)]
    [InlineData(TransactionType.VoidSales, 201)]
    [InlineData(TransactionType.VoidReturn, 202)]
    [InlineData(TransactionType.Open, 301)]
    [InlineData(TransactionType.Close, 302)]
    [InlineData(TransactionType.CashIn, 401)]
    [InlineData(TransactionType.CashOut, 402)]
    [InlineData(TransactionType.FlashReport, 501)]
    [InlineData(TransactionType.DailyReport, 502)]
    public void Transaction_types_carry_the_originals_codes(TransactionType type, int code)
    {
        Assert.Equal(code, (int)type);
    }
}
