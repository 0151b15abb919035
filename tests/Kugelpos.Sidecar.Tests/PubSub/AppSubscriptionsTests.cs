using System.Text;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Sidecar.Tests.PubSub;

public sealed class AppSubscriptionsTests
{
    [Theory]
    [InlineData("pubsubname")]
    [InlineData("pubsubName")]
    public void The_subscribe_answer_is_read_whatever_the_case_of_its_field_names(string pubsubField)
    {
        // Dapr.AspNetCore's MapSubscribeHandler writes "pubsubName"; daprd matches names case-insensitively.
        var json = $$"""[{"{{pubsubField}}":"orders","Topic":"placed","route":"/placed","deadLetterTopic":"placed-dead"}]""";

        var subscription = Assert.Single(Kugelpos.Sidecar.PubSub.AppSubscriptions.Parse(Encoding.UTF8.GetBytes(json), NullLogger.Instance));

        Assert.Equal(("orders", "placed", "/placed", "placed-dead"), (subscription.PubsubName, subscription.Topic, subscription.DefaultRoute, subscription.DeadLetterTopic));
    }
}
