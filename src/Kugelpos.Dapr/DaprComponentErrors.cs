using System.Collections.Frozen;
using Dapr;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;

namespace Kugelpos.Dapr;

/// <summary>
/// Recognises daprd's answers that say the state store or broker behind the sidecar failed, as
/// opposed to a refused request. daprd reports them as gRPC <c>Internal</c> (HTTP 500), the same
/// status as many a bug, so the code or wording decides.
/// </summary>
/// <remarks>
/// Settled from dapr/dapr: the state API answers a store error with
/// <c>status.Errorf(codes.Internal, messages.ErrStateGet|ErrStateSave|ErrStateDelete|ErrStateTransaction, …)</c>,
/// which carries the message only (the <c>ERR_STATE_*</c> tag goes to HTTP only); the pub/sub API
/// answers a broker error with a rich error whose ErrorInfo reason is <c>DAPR_PUBSUB_PUBLISH_MESSAGE</c>
/// (domain dapr.io) and whose message is <c>error when publishing to topic …</c> (<c>error when publish to topic …</c>
/// before 1.13). The local sidecar (Kugelpos.Sidecar) sends the same messages with gRPC Internal.
/// A store behind an open daprd breaker answers the same way (<c>…: circuit breaker is open</c>).
/// Bad requests (<c>ERR_MALFORMED_REQUEST</c>, <c>ERR_STATE_STORE_NOT_FOUND</c>, <c>ERR_PUBSUB_NOT_FOUND</c>…)
/// come as InvalidArgument, FailedPrecondition or a code not listed here and stay permanent.
/// </remarks>
internal static class DaprComponentErrors
{
    /// <summary>HTTP <c>errorCode</c>s of daprd's 500 answers to a failed store or broker call.</summary>
    private static readonly FrozenSet<string> ErrorCodes = FrozenSet.Create(
        StringComparer.Ordinal,
        "ERR_STATE_GET",
        "ERR_STATE_BULK_GET",
        "ERR_STATE_SAVE",
        "ERR_STATE_DELETE",
        "ERR_STATE_TRANSACTION",
        "ERR_STATE_QUERY",
        "ERR_PUBSUB_PUBLISH_MESSAGE",
        "ERR_PUBLISH_OUTBOX");

    /// <summary>ErrorInfo reasons (dapr/kit errors) of the same failures in daprd's rich gRPC errors.</summary>
    private static readonly FrozenSet<string> Reasons = FrozenSet.Create(
        StringComparer.Ordinal,
        "DAPR_PUBSUB_PUBLISH_MESSAGE",
        "DAPR_PUBSUB_OUTBOX",
        "DAPR_STATE_QUERY_FAILED");

    /// <summary>How daprd's messages of the same failures begin, for answers that carry no code.</summary>
    private static readonly string[] MessagePrefixes =
    [
        "fail to get ",
        "failed saving state in state store ",
        "failed deleting state with key ",
        "error while executing state transaction",
        "error when publish",
    ];

    /// <summary>True when <paramref name="exception"/>, or an exception it wraps, is such an answer.</summary>
    public static bool IsComponentFailure(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DaprApiException { ErrorCode: { } code }:
                    return ErrorCodes.Contains(code);
                case RpcException rpc:
                    return rpc.StatusCode == StatusCode.Internal
                        && (HasComponentWording(rpc.Status.Detail) || ReasonsOf(rpc).Any(Reasons.Contains));
                default:
                    break;
            }
        }

        return false;
    }

    /// <summary>The ErrorInfo reasons of a rich gRPC error (google.rpc.Status in <c>grpc-status-details-bin</c>).</summary>
    /// <remarks>
    /// Read here rather than with the SDK's <c>TryGetExtendedErrorInfo</c>, which matches the detail's
    /// type URL as <c>Google.rpc.ErrorInfo</c> while daprd (Go) writes <c>google.rpc.ErrorInfo</c>.
    /// </remarks>
    private static List<string> ReasonsOf(RpcException rpc)
    {
        if (rpc.Trailers.GetValueBytes("grpc-status-details-bin") is not { } bytes)
        {
            return [];
        }

        try
        {
            return Google.Rpc.Status.Parser.ParseFrom(bytes).Details
                .Where(detail => detail.Is(ErrorInfo.Descriptor))
                .Select(detail => detail.Unpack<ErrorInfo>().Reason)
                .ToList();
        }
        catch (InvalidProtocolBufferException)
        {
            return [];
        }
    }

    private static bool HasComponentWording(string? message) =>
        message is not null && MessagePrefixes.Any(prefix => message.StartsWith(prefix, StringComparison.Ordinal));
}
