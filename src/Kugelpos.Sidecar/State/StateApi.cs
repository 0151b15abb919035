using System.Globalization;
using Grpc.Core;
using Kugelpos.Sidecar.Resiliency;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.State;

/// <summary>
/// The state building block as both APIs (HTTP and gRPC) expose it: resolves the store, builds
/// daprd's keys, reads <c>ttlInSeconds</c> metadata, runs every store call under the store's
/// outbound resiliency policy and turns store errors into daprd's answers.
/// </summary>
public sealed class StateApi(string appId, ComponentRegistry components, ComponentPolicies policies)
{
    /// <summary>Reads one key; null when absent.</summary>
    public async Task<StateItem?> GetAsync(string storeName, string key, CancellationToken cancellationToken)
    {
        var (store, prefix) = Resolve(storeName);
        var fullKey = FullKey(storeName, prefix, key);
        try
        {
            return await policies.For(storeName).ExecuteAsync(token => store.GetAsync(fullKey, token), cancellationToken);
        }
        catch (Exception e) when (ComponentFailure.IsComponentError(e))
        {
            throw ComponentFailure.ToApiError("ERR_STATE_GET", $"fail to get {key} from state store {storeName}", e);
        }
    }

    /// <summary>Reads several keys at once, in the order asked.</summary>
    public async Task<IReadOnlyList<(string Key, StateItem? Item)>> GetBulkAsync(string storeName, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var (store, prefix) = Resolve(storeName);
        var fullKeys = keys.Select(k => FullKey(storeName, prefix, k)).ToList();
        try
        {
            // One policy run for the whole batch, as daprd runs its BulkGet.
            return await policies.For(storeName).ExecuteAsync(async token =>
            {
                var reads = fullKeys.Select(k => store.GetAsync(k, token)).ToList();
                await Task.WhenAll(reads);
                return (IReadOnlyList<(string Key, StateItem? Item)>)[.. keys.Select((k, i) => (k, reads[i].Result))];
            }, cancellationToken);
        }
        catch (Exception e) when (ComponentFailure.IsComponentError(e))
        {
            throw ComponentFailure.ToApiError("ERR_STATE_BULK_GET", $"fail to get bulk state from state store {storeName}", e);
        }
    }

    /// <summary>Applies writes as one transaction (daprd saves a batch key by key; one transaction is
    /// stricter and never leaves half a batch).</summary>
    public Task SaveAsync(string storeName, IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken) =>
        TransactAsync(storeName, operations, cancellationToken);

    /// <summary>Runs operations atomically; an ETag conflict aborts all of them.</summary>
    public Task TransactAsync(string storeName, IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken) =>
        TransactAsync(storeName, operations, "ERR_STATE_SAVE", "failed saving state in state store", cancellationToken);

    /// <summary>Deletes several keys, each under its own ETag, answering with daprd's
    /// <c>ERR_STATE_DELETE</c> (daprd deletes a bulk key by key; one transaction is stricter and
    /// never leaves half a batch deleted).</summary>
    public Task DeleteBulkAsync(string storeName, IReadOnlyList<StateDelete> deletions, CancellationToken cancellationToken) =>
        TransactAsync(storeName, deletions, "ERR_STATE_DELETE", "failed deleting state in state store", cancellationToken);

    private async Task TransactAsync(string storeName, IReadOnlyList<StateOperation> operations, string errorCode, string failure, CancellationToken cancellationToken)
    {
        var (store, prefix) = Resolve(storeName);
        var prefixed = operations.Select(op => op with { Key = FullKey(storeName, prefix, op.Key) }).ToList();
        try
        {
            await policies.For(storeName).ExecuteAsync(token => store.ExecuteTransactionAsync(prefixed, token), cancellationToken);
        }
        catch (Exception e) when (ComponentFailure.IsComponentError(e))
        {
            throw ComponentFailure.ToApiError(errorCode, $"{failure} {storeName}", e);
        }
        catch (StateETagException e)
        {
            throw e.IsMismatch
                ? new DaprApiException(StatusCodes.Status409Conflict, StatusCode.Aborted, errorCode, $"{failure} {storeName}: {e.Message}")
                : new DaprApiException(StatusCodes.Status400BadRequest, StatusCode.InvalidArgument, errorCode, $"{failure} {storeName}: {e.Message}");
        }
    }

    /// <summary>Reads <c>ttlInSeconds</c> from request metadata: null when absent, refused when not a number.</summary>
    public static int? TtlFrom(IEnumerable<KeyValuePair<string, string>>? metadata) =>
        metadata?.FirstOrDefault(m => m.Key == "ttlInSeconds").Value is { } raw ? ParseTtl(raw) : null;

    /// <summary>Reads a <c>ttlInSeconds</c> value, refused when not a whole number.</summary>
    /// <exception cref="DaprApiException">Not a whole number (<c>ERR_MALFORMED_REQUEST</c>).</exception>
    public static int ParseTtl(string raw) =>
        int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ttl)
            ? ttl
            : throw DaprApiException.Malformed($"ttlInSeconds '{raw}' is not a whole number");

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
