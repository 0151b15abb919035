using Polly.CircuitBreaker;

namespace Kugelpos.Dapr;

/// <summary>
/// One API for Dapr pub/sub and state, guarded by a circuit breaker per component and bounded by
/// one deadline per call. No method throws for a failed call: each returns a result the caller can
/// act on, or turn into the service's answer with <see cref="DaprResult.EnsureSuccess"/>.
/// </summary>
public interface IDaprClientHelper
{
    /// <summary>Worst breaker state over every component used so far: open, then half-open, then closed (Polly's <see cref="Polly.CircuitBreaker.CircuitState"/>; its values are what the breaker gauge reports).</summary>
    CircuitState CircuitState { get; }

    /// <summary>State of the breaker of one component; closed for a component not used yet.</summary>
    CircuitState GetCircuitState(string componentName);

    /// <summary>
    /// Publishes <paramref name="data"/> as JSON (the DaprClient's camelCase options) to <paramref name="topic"/>.
    /// A Kugelpos event is refused as a permanent failure: it goes through <see cref="PublishKugelposEventAsync"/>.
    /// </summary>
    Task<DaprResult> PublishEventAsync<T>(
        string pubsubName,
        string topic,
        T data,
        IReadOnlyDictionary<string, string>? metadata = null,
        CancellationToken ct = default);

    /// <summary>
    /// Publishes a Kugelpos event that is already in its wire form, as the outbox keeps it: JSON
    /// that <see cref="Kugelpos.Contracts.Serialization.EventJson"/> wrote when the event was
    /// enqueued. JSON that is not an object with a non-empty <c>event_id</c> is a permanent failure
    /// that never reaches the sidecar.
    /// </summary>
    Task<DaprResult> PublishKugelposEventJsonAsync(
        string pubsubName,
        string topic,
        System.Text.Json.JsonElement eventJson,
        IReadOnlyDictionary<string, string>? metadata = null,
        CancellationToken ct = default);

    /// <summary>
    /// Publishes a Kugelpos event in the original's snake_case wire format, serialized by
    /// <see cref="Kugelpos.Contracts.Serialization.EventJson"/>, the one way events become JSON. An
    /// event without an <c>event_id</c>, or one that cannot be serialized, is a permanent failure
    /// that never reaches the sidecar.
    /// </summary>
    Task<DaprResult> PublishKugelposEventAsync<TEvent>(
        string pubsubName,
        string topic,
        TEvent evt,
        IReadOnlyDictionary<string, string>? metadata = null,
        CancellationToken ct = default)
        where TEvent : class, Kugelpos.Contracts.IKugelposEvent;

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
