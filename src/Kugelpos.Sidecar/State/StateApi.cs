using System.Globalization;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.State;

/// <summary>
/// The state building block as both APIs (HTTP and gRPC) expose it: resolves the store, builds
/// daprd's keys, reads <c>ttlInSeconds</c> metadata and turns store errors into daprd's answers.
/// </summary>
public sealed class StateApi(string appId, ComponentRegistry components)
{
    /// <summary>Reads one key; null when absent.</summary>
    public async Task<StateItem?> GetAsync(string storeName, string key, CancellationToken cancellationToken)
    {
        var (store, prefix) = Resolve(storeName);
        return await store.GetAsync(FullKey(storeName, prefix, key), cancellationToken);
    }

    /// <summary>Reads several keys at once, in the order asked.</summary>
    public async Task<IReadOnlyList<(string Key, StateItem? Item)>> GetBulkAsync(string storeName, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var (store, prefix) = Resolve(storeName);
        var reads = keys.Select(k => store.GetAsync(FullKey(storeName, prefix, k), cancellationToken)).ToList();
        await Task.WhenAll(reads);
        return [.. keys.Select((k, i) => (k, reads[i].Result))];
    }

    /// <summary>Applies writes as one transaction (daprd saves a batch key by key; one transaction is
    /// stricter and never leaves half a batch).</summary>
    public Task SaveAsync(string storeName, IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken) =>
        TransactAsync(storeName, operations, cancellationToken);

    /// <summary>Runs operations atomically; an ETag conflict aborts all of them.</summary>
    public async Task TransactAsync(string storeName, IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken)
    {
        var (store, prefix) = Resolve(storeName);
        var prefixed = operations.Select(op => op with { Key = FullKey(storeName, prefix, op.Key) }).ToList();
        try
        {
            await store.ExecuteTransactionAsync(prefixed, cancellationToken);
        }
        catch (StateETagException e)
        {
            throw e.IsMismatch
                ? new DaprApiException(StatusCodes.Status409Conflict, StatusCode.Aborted, "ERR_STATE_SAVE", $"failed saving state in state store {storeName}: {e.Message}")
                : new DaprApiException(StatusCodes.Status400BadRequest, StatusCode.InvalidArgument, "ERR_STATE_SAVE", $"failed saving state in state store {storeName}: {e.Message}");
        }
    }

    /// <summary>Reads <c>ttlInSeconds</c> from request metadata: null when absent, refused when not a number.</summary>
    public static int? TtlFrom(IEnumerable<KeyValuePair<string, string>>? metadata)
    {
        var raw = metadata?.FirstOrDefault(m => m.Key == "ttlInSeconds").Value;
        if (raw is null)
        {
            return null;
        }

        return int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ttl)
            ? ttl
            : throw DaprApiException.Malformed($"ttlInSeconds '{raw}' is not a whole number");
    }

    private (IStateStore Store, string? Prefix) Resolve(string storeName)
    {
        var store = components.StateStore(storeName) ?? throw DaprApiException.StoreNotFound(storeName);
        return (store, components.Spec(storeName)?.Get("keyPrefix"));
    }

    private string FullKey(string storeName, string? prefix, string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw DaprApiException.Malformed("a state key is required");
        }

        if (key.Contains(StateKeys.Separator, StringComparison.Ordinal))
        {
            throw DaprApiException.Malformed($"input key/keyPrefix '{key}' can't contain '{StateKeys.Separator}'");
        }

        return StateKeys.ForApp(appId, storeName, key, prefix);
    }
}
