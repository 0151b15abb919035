using Dapr;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Polly.Timeout;

namespace Kugelpos.Dapr.Tests;

/// <summary>daprd's own error answers, as dapr/dapr and the local sidecar send them, sorted into outages and refusals.</summary>
public class DaprComponentErrorTests
{
    [Theory]
    [InlineData("fail to get cart from state store statestore: dial tcp 127.0.0.1:6379: connect: connection refused")]
    [InlineData("failed saving state in state store statestore: context deadline exceeded")]
    [InlineData("failed deleting state with key cart: circuit breaker is open")]
    [InlineData("error while executing state transaction: EOF")]
    [InlineData("error when publish to topic orders in pubsub pubsub: dial tcp: i/o timeout")]
    [InlineData("error when publishing to topic orders in pubsub pubsub: dial tcp: i/o timeout")]
    [InlineData("fail to get bulk state from state store flaky: It was not possible to connect to the redis server(s)")]
    [InlineData("failed saving state in state store flaky: circuit breaker is open")]
    public void A_store_or_broker_failure_answered_as_Internal_is_a_component_failure(string message)
    {
        var failure = DaprFaults.Rpc(StatusCode.Internal, message);

        Assert.Equal(DaprErrorKind.ComponentFailure, DaprFailureClassifier.Classify(failure, CancellationToken.None));
        Assert.True(DaprFailureClassifier.CountsAgainstBreaker(failure, CancellationToken.None));
        Assert.False(DaprFailureClassifier.IsSidecarUnreachable(failure, CancellationToken.None));
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument, "state store nope is not found", DaprErrorKind.Permanent)]
    [InlineData(StatusCode.InvalidArgument, "failed saving state in state store statestore: invalid etag value", DaprErrorKind.Permanent)]
    [InlineData(StatusCode.FailedPrecondition, "state store is not configured", DaprErrorKind.Permanent)]
    [InlineData(StatusCode.InvalidArgument, "pubsub nope not found", DaprErrorKind.Permanent)]
    [InlineData(StatusCode.Internal, "error invoke actor method: boom", DaprErrorKind.Permanent)]
    [InlineData(StatusCode.Aborted, "failed saving state in state store statestore: possible etag mismatch", DaprErrorKind.Transient)]
    public void Refusals_keep_their_kind_even_in_a_store_s_words(StatusCode code, string message, DaprErrorKind expected)
    {
        Assert.Equal(expected, DaprFailureClassifier.Classify(DaprFaults.Rpc(code, message), CancellationToken.None));
    }

    [Fact]
    public void A_rich_error_with_the_publish_reason_is_a_component_failure_whatever_its_wording()
    {
        var failure = RichError(StatusCode.Internal, "broker said no", "DAPR_PUBSUB_PUBLISH_MESSAGE");

        Assert.Equal(DaprErrorKind.ComponentFailure, DaprFailureClassifier.Classify(failure, CancellationToken.None));
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument, "DAPR_PUBSUB_NOT_FOUND")]
    [InlineData(StatusCode.InvalidArgument, "DAPR_STATE_ILLEGAL_KEY")]
    [InlineData(StatusCode.Internal, "DAPR_PUBSUB_CLOUD_EVENT_CREATION")]
    public void A_rich_error_with_a_bad_request_reason_stays_permanent(StatusCode code, string reason)
    {
        Assert.Equal(DaprErrorKind.Permanent, DaprFailureClassifier.Classify(RichError(code, "refused", reason), CancellationToken.None));
    }

    [Theory]
    [InlineData("ERR_STATE_GET", DaprErrorKind.ComponentFailure)]
    [InlineData("ERR_STATE_SAVE", DaprErrorKind.ComponentFailure)]
    [InlineData("ERR_PUBSUB_PUBLISH_MESSAGE", DaprErrorKind.ComponentFailure)]
    [InlineData("ERR_MALFORMED_REQUEST", DaprErrorKind.Permanent)]
    [InlineData("ERR_STATE_STORE_NOT_FOUND", DaprErrorKind.Permanent)]
    [InlineData("ERR_PUBSUB_NOT_FOUND", DaprErrorKind.Permanent)]
    public void An_HTTP_answer_is_sorted_by_its_errorCode(string errorCode, DaprErrorKind expected)
    {
        var failure = new DaprApiException("daprd answered 500", errorCode, isTransient: false);

        Assert.Equal(expected, DaprFailureClassifier.Classify(failure, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(SidecarReachability))]
    public void Only_a_sidecar_that_was_not_reached_is_retried_by_the_app(Exception failure, bool retried)
    {
        Assert.Equal(retried, DaprFailureClassifier.IsSidecarUnreachable(failure, CancellationToken.None));
    }

    public static TheoryData<Exception, bool> SidecarReachability() => new()
    {
        { DaprFaults.Unavailable(), true },
        { DaprFaults.ConnectionReset(), true },
        { new DaprException("failed", new HttpRequestException("connection refused")), true },
        { DaprFaults.StoreDown(), false },
        { DaprFaults.Rpc(StatusCode.ResourceExhausted), false },
        { DaprFaults.Rpc(StatusCode.DeadlineExceeded), false },
        { DaprFaults.Rpc(StatusCode.InvalidArgument), false },
        { new TimeoutRejectedException(), false },
    };

    private static DaprException RichError(StatusCode code, string message, string reason)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.Add(Any.Pack(new Google.Rpc.ErrorInfo { Reason = reason, Domain = "dapr.io" }));
        var trailers = new Metadata { { "grpc-status-details-bin", status.ToByteArray() } };
        return new DaprException("failed", new RpcException(new Status(code, message), trailers));
    }
}
