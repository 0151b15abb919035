using Polly.CircuitBreaker;

namespace Kugelpos.Dapr;

/// <summary>
/// One API for Dapr pub/sub and state, guarded by a circuit breaker and retries. No method throws
/// for a failed call: each returns a result the caller can act on.
/// </summary>
public interface IDaprClientHelper
{
    /// <summary>Worst breaker state over every component used so far: open, then half-open, then closed (Polly's <see cref="Polly.CircuitBreaker.CircuitState"/>; its values are what the breaker gauge reports).</summary>
    CircuitState CircuitState { get; }

    /// <summary>State of the breaker of one component; closed for a component not used yet.</summary>
    CircuitState GetCircuitState(string componentName);

    /// <summary>Publishes <paramref name="data"/> as JSON to <paramref name="topic"/>.</summary>
    Task<DaprResult> PublishEventAsync<T>(
        string pubsubName,
        string topic,
        T data,
        IReadOnlyDictionary<string, string>? metadata = null,
        CancellationToken ct = default);

    /// <summary>
    /// Publishes <paramref name="data"/> serialized with <paramref name="serializerOptions"/> rather than
    /// the DaprClient's own (camelCase) options: the Kugelpos events travel in the original's
    /// snake_case wire format, so publishers pass <c>EventJson.Options</c> here. Data that cannot be
    /// serialized is a permanent failure, never retried.
    /// </summary>
    Task<DaprResult> PublishSerializedEventAsync<T>(
        string pubsubName,
        string topic,
        T data,
        System.Text.Json.JsonSerializerOptions serializerOptions,
        IReadOnlyDictionary<string, string>? metadata = null,
        CancellationToken ct = default);

    /// <summary>Saves <paramref name="value"/> as JSON under <paramref name="key"/>.</summary>
    /// <param name="store">State store component name.</param>
    /// <param name="key">State key.</param>
    /// <param name="value">Value to store; never logged.</param>
    /// <param name="ttl">Time to live, rounded up to whole seconds; null keeps the store's default.</param>
    /// <param name="ct">Cancels the call.</param>
    Task<DaprResult> SaveStateAsync<T>(
        string store,
        string key,
        T value,
        TimeSpan? ttl = null,
        CancellationToken ct = default);

    /// <summary>Reads the value under <paramref name="key"/>; a missing key is a success with Found false.</summary>
    Task<DaprResult<T>> GetStateAsync<T>(string store, string key, CancellationToken ct = default);

    /// <summary>Deletes the value under <paramref name="key"/>; deleting a missing key succeeds.</summary>
    Task<DaprResult> DeleteStateAsync(string store, string key, CancellationToken ct = default);
}
