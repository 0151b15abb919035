using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.Dapr.Tests.Subscriptions;

public sealed class SubscriptionOutcomeTests
{
    [Fact]
    public void A_successful_call_is_a_success() =>
        Assert.Equal(SubscriptionOutcome.Success, SubscriptionOutcome.From(DaprResult.Ok));

    [Theory]
    [InlineData(DaprErrorKind.Transient)]
    [InlineData(DaprErrorKind.Timeout)]
    [InlineData(DaprErrorKind.CircuitOpen)]
    [InlineData(DaprErrorKind.Cancelled)]
    public void A_failure_that_may_pass_is_a_retry(DaprErrorKind kind)
    {
        var outcome = SubscriptionOutcome.From(DaprResult.Failure(kind, "store down"));

        Assert.Equal((SubscriptionAnswer.Retry, "store down"), (outcome.Answer, outcome.Reason));
    }

    [Fact]
    public void A_request_Dapr_refused_as_invalid_is_dropped_to_the_dead_letter_topic() =>
        Assert.Equal(SubscriptionAnswer.Drop, SubscriptionOutcome.From(DaprResult.Failure(DaprErrorKind.Permanent, "bad key")).Answer);
}
