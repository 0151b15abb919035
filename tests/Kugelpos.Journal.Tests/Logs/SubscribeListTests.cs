using Kugelpos.Contracts.PubSub;
using Kugelpos.Journal.Tests.Support;

namespace Kugelpos.Journal.Tests.Logs;

public sealed class SubscribeListTests
{
    [Fact]
    public async Task The_sidecar_is_told_the_three_log_topics_with_their_routes_and_dead_letter_topics()
    {
        await using var service = await JournalTestService.StartAsync(prepare: false);

        using var response = await service.Host.SendAsync(
            HttpMethod.Get, "/dapr/subscribe", headers: new Dictionary<string, string> { ["dapr-api-token"] = JournalTestService.AppToken });
        var subscriptions = (await Json.ReadAsync(response)).EnumerateArray().ToList();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        foreach (var channel in EventChannels.All)
        {
            var subscription = Assert.Single(subscriptions, s => s.GetProperty("topic").GetString() == channel.Topic);
            Assert.Equal(channel.PubSubName, subscription.GetProperty("pubsubName").GetString());
            Assert.Contains(channel.Route.TrimStart('/'), subscription.GetRawText(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(subscription.GetProperty("deadLetterTopic").GetString()));
        }
    }
}
