using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Kugelpos.Sidecar.Http;
using Kugelpos.Sidecar.State;
using Autogen = Dapr.Client.Autogen.Grpc.v1;

namespace Kugelpos.Sidecar.Grpc;

/// <summary>
/// The methods of <c>dapr.proto.runtime.v1.Dapr</c> the Dapr .NET SDK calls for state. Dapr.Protos
/// ships the messages but no server base class, so <see cref="DaprGrpcMethodProvider"/> binds
/// these handlers to the method names itself.
/// </summary>
public sealed class DaprGrpcService(StateApi state, ApiToken? apiToken)
{
    /// <summary>SaveState: every item of the request in one transaction.</summary>
    public async Task<Empty> SaveState(Autogen.SaveStateRequest request, ServerCallContext context)
    {
        Authorize(context);
        var writes = request.States.Select(s => (StateOperation)new StateUpsert(
            s.Key,
            s.Value.Memory,
            s.Etag?.Value is { Length: > 0 } etag ? etag : null,
            Ttl(s.Metadata),
            s.Options?.Concurrency == Autogen.StateOptions.Types.StateConcurrency.ConcurrencyFirstWrite)).ToList();
        await Run(() => state.SaveAsync(request.StoreName, writes, context.CancellationToken));
        return new Empty();
    }

    /// <summary>GetState: the value and ETag, or an empty response when absent (as daprd answers).</summary>
    public async Task<Autogen.GetStateResponse> GetState(Autogen.GetStateRequest request, ServerCallContext context)
    {
        Authorize(context);
        var item = await Run(() => state.GetAsync(request.StoreName, request.Key, context.CancellationToken));
        return item is null ? new Autogen.GetStateResponse() : ToResponse(item);
    }

    /// <summary>GetBulkState: one item per key asked, absent keys with empty data.</summary>
    public async Task<Autogen.GetBulkStateResponse> GetBulkState(Autogen.GetBulkStateRequest request, ServerCallContext context)
    {
        Authorize(context);
        var items = await Run(() => state.GetBulkAsync(request.StoreName, [.. request.Keys], context.CancellationToken));
        var response = new Autogen.GetBulkStateResponse();
        foreach (var (key, item) in items)
        {
            var bulk = new Autogen.BulkStateItem { Key = key };
            if (item is not null)
            {
                bulk.Data = ByteString.CopyFrom(item.Value.Span);
                bulk.Etag = item.ETag;
                AddExpiry(bulk.Metadata, item);
            }

            response.Items.Add(bulk);
        }

        return response;
    }

    /// <summary>DeleteState, honouring the ETag.</summary>
    public async Task<Empty> DeleteState(Autogen.DeleteStateRequest request, ServerCallContext context)
    {
        Authorize(context);
        var etag = request.Etag?.Value is { Length: > 0 } e ? e : null;
        await Run(() => state.TransactAsync(request.StoreName, [new StateDelete(request.Key, etag)], context.CancellationToken));
        return new Empty();
    }

    /// <summary>DeleteBulkState: every key, each under its own ETag; a stale one deletes none and
    /// answers <c>Aborted</c>, as daprd's etag mismatch does.</summary>
    public async Task<Empty> DeleteBulkState(Autogen.DeleteBulkStateRequest request, ServerCallContext context)
    {
        Authorize(context);
        var deletions = request.States.Select(s => new StateDelete(s.Key, s.Etag?.Value is { Length: > 0 } etag ? etag : null)).ToList();
        await Run(() => state.DeleteBulkAsync(request.StoreName, deletions, context.CancellationToken));
        return new Empty();
    }

    /// <summary>ExecuteStateTransaction: all operations or none.</summary>
    public async Task<Empty> ExecuteStateTransaction(Autogen.ExecuteStateTransactionRequest request, ServerCallContext context)
    {
        Authorize(context);
        var ops = request.Operations.Select(op => op.OperationType switch
        {
            "upsert" => (StateOperation)new StateUpsert(op.Request.Key, op.Request.Value.Memory, op.Request.Etag?.Value is { Length: > 0 } u ? u : null, Ttl(op.Request.Metadata)),
            "delete" => new StateDelete(op.Request.Key, op.Request.Etag?.Value is { Length: > 0 } d ? d : null),
            _ => throw DaprApiException.Malformed($"operation type {op.OperationType} not supported").ToRpc(),
        }).ToList();
        await Run(() => state.TransactAsync(request.StoreName, ops, context.CancellationToken));
        return new Empty();
    }

    /// <summary>Refuses the call unless it carries the configured API token.</summary>
    public void Authorize(ServerCallContext context)
    {
        if (apiToken is not null && !apiToken.Matches(context.RequestHeaders.GetValue("dapr-api-token")))
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "authentication error: api token mismatch"));
        }
    }

    private static Autogen.GetStateResponse ToResponse(StateItem item)
    {
        var response = new Autogen.GetStateResponse { Data = ByteString.CopyFrom(item.Value.Span), Etag = item.ETag };
        AddExpiry(response.Metadata, item);
        return response;
    }

    private static void AddExpiry(Google.Protobuf.Collections.MapField<string, string> metadata, StateItem item)
    {
        if (item.ExpiresAt is { } expires)
        {
            metadata["ttlExpireTime"] = expires.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static int? Ttl(Google.Protobuf.Collections.MapField<string, string> metadata)
    {
        try
        {
            return StateApi.TtlFrom(metadata);
        }
        catch (DaprApiException e)
        {
            throw e.ToRpc();
        }
    }

    private static async Task<T> Run<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (DaprApiException e)
        {
            throw e.ToRpc();
        }
    }

    private static async Task Run(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (DaprApiException e)
        {
            throw e.ToRpc();
        }
    }
}
