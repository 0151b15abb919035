using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Dapr.Tests;

public class DaprResultTests
{
    [Theory]
    [InlineData(DaprErrorKind.ComponentFailure)]
    [InlineData(DaprErrorKind.CircuitOpen)]
    [InlineData(DaprErrorKind.Transient)]
    [InlineData(DaprErrorKind.Timeout)]
    public void A_retryable_failure_is_answered_as_a_503_naming_the_component(DaprErrorKind kind)
    {
        var result = DaprResult.Failure(kind, "Dapr save_state on 'cartstore' failed: fail to get …", "cartstore");

        var error = Assert.Throws<KugelposException>(result.EnsureSuccess);

        Assert.True(result.IsRetryable);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(KugelposErrorCodes.ExternalServiceError, error.ErrorCode);
        Assert.Equal("The Dapr component 'cartstore' is unavailable; please try again later.", error.Message);
        Assert.Equal(TimeSpan.FromSeconds(5), error.RetryAfter);
    }

    [Fact]
    public void A_failed_read_answers_the_same_way()
    {
        var read = DaprResult.Failure<int>(DaprErrorKind.ComponentFailure, "store down", "statestore");

        Assert.Equal(503, Assert.Throws<KugelposException>(read.EnsureSuccess).StatusCode);
        Assert.Equal("statestore", read.WithoutValue().Component);
    }

    [Fact]
    public void A_refused_call_is_a_bug_and_not_a_503()
    {
        var result = DaprResult.Failure(DaprErrorKind.Permanent, "Dapr answered InvalidArgument: state store nope is not found", "nope");

        Assert.False(result.IsRetryable);
        Assert.Contains("is not found", Assert.Throws<InvalidOperationException>(result.EnsureSuccess).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_call_throws_a_cancellation()
    {
        Assert.Throws<OperationCanceledException>(DaprResult.Failure(DaprErrorKind.Cancelled, "cancelled", "statestore").EnsureSuccess);
    }

    [Fact]
    public void Success_throws_nothing()
    {
        DaprResult.Ok.EnsureSuccess();
        DaprResult.Found(3).EnsureSuccess();
        Assert.False(DaprResult.Ok.IsRetryable);
    }
}
