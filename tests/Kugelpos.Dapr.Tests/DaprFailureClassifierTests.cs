using System.Net.Sockets;
using System.Text.Json;
using Dapr;
using Grpc.Core;
using Polly.Timeout;

namespace Kugelpos.Dapr.Tests;

public class DaprFailureClassifierTests
{
    [Theory]
    [InlineData(StatusCode.Unavailable, DaprErrorKind.Transient)]
    [InlineData(StatusCode.ResourceExhausted, DaprErrorKind.Transient)]
    [InlineData(StatusCode.Aborted, DaprErrorKind.Transient)]
    [InlineData(StatusCode.DeadlineExceeded, DaprErrorKind.Timeout)]
    [InlineData(StatusCode.InvalidArgument, DaprErrorKind.Permanent)]
    [InlineData(StatusCode.NotFound, DaprErrorKind.Permanent)]
    [InlineData(StatusCode.PermissionDenied, DaprErrorKind.Permanent)]
    [InlineData(StatusCode.FailedPrecondition, DaprErrorKind.Permanent)]
    [InlineData(StatusCode.Unauthenticated, DaprErrorKind.Permanent)]
    [InlineData(StatusCode.Unimplemented, DaprErrorKind.Permanent)]
    [InlineData(StatusCode.Internal, DaprErrorKind.Permanent)]
    public void Grpc_status_of_a_wrapped_RpcException_decides_the_kind(StatusCode code, DaprErrorKind expected)
    {
        Assert.Equal(expected, DaprFailureClassifier.Classify(DaprFaults.Rpc(code), CancellationToken.None));
    }

    [Fact]
    public void Internal_error_caused_by_a_broken_connection_is_transient()
    {
        var broken = new RpcException(new Status(StatusCode.Internal, "Error reading next message.", new IOException("reset")));

        Assert.Equal(DaprErrorKind.Transient, DaprFailureClassifier.Classify(new DaprException("failed", broken), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(LocalFailures))]
    public void Local_failures_are_sorted_by_cause(Exception exception, DaprErrorKind expected)
    {
        Assert.Equal(expected, DaprFailureClassifier.Classify(exception, CancellationToken.None));
    }

    [Fact]
    public void Any_failure_after_the_caller_cancelled_is_a_cancellation()
    {
        var cancelled = new CancellationToken(canceled: true);

        Assert.Equal(DaprErrorKind.Cancelled, DaprFailureClassifier.Classify(new OperationCanceledException(cancelled), cancelled));
        Assert.Equal(DaprErrorKind.Cancelled, DaprFailureClassifier.Classify(DaprFaults.Rpc(StatusCode.Cancelled), cancelled));
        Assert.False(DaprFailureClassifier.CountsAgainstBreaker(DaprFaults.Unavailable(), cancelled));
        Assert.False(DaprFailureClassifier.IsSidecarUnreachable(DaprFaults.Unavailable(), cancelled));
    }

    public static TheoryData<Exception, DaprErrorKind> LocalFailures() => new()
    {
        { new TimeoutRejectedException(), DaprErrorKind.Timeout },
        { new TaskCanceledException("HttpClient timeout", new TimeoutException()), DaprErrorKind.Timeout },
        { new HttpRequestException("connection refused"), DaprErrorKind.Transient },
        { new DaprException("failed", new SocketException()), DaprErrorKind.Transient },
        { new DaprException("bad payload", new JsonException("no")), DaprErrorKind.Permanent },
        { new NotSupportedException("IntPtr"), DaprErrorKind.Permanent },
        { new ArgumentNullException("data"), DaprErrorKind.Permanent },
        { new InvalidOperationException("unknown"), DaprErrorKind.Permanent },
    };
}
