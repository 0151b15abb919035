using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Json;
using Dapr.Client;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace Kugelpos.Dapr;

/// <summary>
/// The seed's unified Dapr client: publish, save, get and delete state through one API, each
/// call guarded by a circuit breaker, bounded by one deadline, retried only when the sidecar could
/// not be reached (the sidecar's Resiliency policy retries the store and broker), logged and
/// measured. Failures come back as results, never as exceptions.
/// </summary>
/// <remarks>
/// There is one breaker per component name (pub/sub or state store), not one per helper: a
/// broken pub/sub broker must not block the cart's state store when both go through the same
/// sidecar. When the sidecar itself is down, each component trips after its own few failures.
/// </remarks>
public sealed class DaprClientHelper : IDaprClientHelper, IDisposable
{
    private const string TtlMetadataKey = "ttlInSeconds";
    private const string NullData = "data must not be null.";
    private static readonly JsonSerializerOptions FallbackJsonOptions = new(JsonSerializerDefaults.Web);

    private readonly DaprClient _client;
    private readonly DaprOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DaprClientHelper> _logger;
    private readonly DaprCallLog _log;
    private readonly DaprMetrics _metrics;
    private readonly ConcurrentDictionary<string, ComponentPipeline> _components = new(StringComparer.Ordinal);
    private readonly Func<string, ComponentPipeline> _createPipeline;

    /// <summary>Creates the helper; invalid options fail here with every problem listed.</summary>
    /// <param name="client">The Dapr SDK client that does the actual calls.</param>
    /// <param name="options">Breaker, retry and timeout settings.</param>
    /// <param name="timeProvider">Clock for the breaker, backoff, timeouts and durations.</param>
    /// <param name="logger">Receives one entry per outcome; never state values.</param>
    /// <param name="meterFactory">Creates the meter; when absent the helper owns its meter.</param>
    /// <exception cref="OptionsValidationException">When an option is out of range.</exception>
    public DaprClientHelper(
        DaprClient client,
        IOptions<DaprOptions> options,
        TimeProvider timeProvider,
        ILogger<DaprClientHelper> logger,
        IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _options = options.Value;
        DaprOptionsValidator.ThrowIfInvalid(_options);
        _timeProvider = timeProvider;
        _logger = logger;
        _log = new DaprCallLog(logger);
        _createPipeline = component =>
        {
            var breaker = new ConsecutiveFailureBreakerStateProvider();
            return new ComponentPipeline(DaprResiliencePipelineFactory.Create(component, _options, timeProvider, logger, breaker), breaker);
        };
        _metrics = new DaprMetrics(meterFactory, ObserveBreakers);
    }

    /// <inheritdoc />
    public CircuitState CircuitState
    {
        get
        {
            var worst = CircuitState.Closed;
            foreach (var component in _components.Values)
            {
                var state = component.Breaker.CircuitState;
                if (state == CircuitState.Open)
                {
                    return CircuitState.Open;
                }

                if (state == CircuitState.HalfOpen)
                {
                    worst = CircuitState.HalfOpen;
                }
            }

            return worst;
        }
    }

    /// <inheritdoc />
    public CircuitState GetCircuitState(string componentName)
    {
        ArgumentNullException.ThrowIfNull(componentName);
        return _components.TryGetValue(componentName, out var component) ? component.Breaker.CircuitState : CircuitState.Closed;
    }

    /// <inheritdoc />
    public Task<DaprResult> PublishEventAsync<T>(
        string pubsubName,
        string topic,
        T data,
        IReadOnlyDictionary<string, string>? metadata = null,
        CancellationToken ct = default)
    {
        var dataProblem = data switch
        {
            null => NullData,

            // The client's camelCase options would skip EventJson's wire format and its event_id check.
            IKugelposEvent => $"{data.GetType().Name} is a Kugelpos event; publish it with {nameof(PublishKugelposEventAsync)}.",
            _ => null,
        };
        return PublishAsync(pubsubName, topic, dataProblem, metadata, (call, eventMetadata, token) => _client.PublishEventAsync(call.Component, call.Target, data, eventMetadata, token), ct);
    }

    /// <inheritdoc />
    public Task<DaprResult> PublishKugelposEventAsync<TEvent>(
        string pubsubName,
        string topic,
        TEvent evt,
        IReadOnlyDictionary<string, string>? metadata = null,
        CancellationToken ct = default)
        where TEvent : class, IKugelposEvent
    {
        ReadOnlyMemory<byte> json = default;
        string? dataProblem = null;
        if (evt is null)
        {
            dataProblem = NullData;
        }
        else
        {
            try
            {
                json = EventJson.SerializeToUtf8Bytes(evt);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
            {
                // The event itself is wrong (no event_id, a contract's own check failed): retrying cannot help.
                dataProblem = $"the event cannot be published: {e.Message}";
            }
        }

        return PublishAsync(pubsubName, topic, dataProblem, metadata,
            (call, eventMetadata, token) => _client.PublishByteEventAsync(call.Component, call.Target, json, "application/json", eventMetadata, token), ct);
    }

    /// <inheritdoc />
    public Task<DaprResult> PublishKugelposEventJsonAsync(
        string pubsubName,
        string topic,
        JsonElement eventJson,
        IReadOnlyDictionary<string, string>? metadata = null,
        CancellationToken ct = default)
    {
        // Checked again here because stored JSON outlives the code that wrote it.
        var hasEventId = eventJson.ValueKind == JsonValueKind.Object
            && eventJson.TryGetProperty("event_id", out var eventId)
            && eventId.ValueKind == JsonValueKind.String
            && eventId.GetString() is { Length: > 0 };
        var dataProblem = hasEventId ? null : "the event cannot be published: its JSON has no event_id.";
        var json = hasEventId ? JsonSerializer.SerializeToUtf8Bytes(eventJson) : [];
        return PublishAsync(pubsubName, topic, dataProblem, metadata,
            (call, eventMetadata, token) => _client.PublishByteEventAsync(call.Component, call.Target, json, "application/json", eventMetadata, token), ct);
    }

    private async Task<DaprResult> PublishAsync(
        string pubsubName,
        string topic,
        string? dataProblem,
        IReadOnlyDictionary<string, string>? metadata,
        Func<DaprCall, Dictionary<string, string>, CancellationToken, Task> send,
        CancellationToken ct)
    {
        var call = new DaprCall(DaprOperations.Publish, pubsubName ?? string.Empty, topic ?? string.Empty);
        var invalid = Blank(pubsubName, nameof(pubsubName))
            ?? Blank(topic, nameof(topic))
            ?? dataProblem;
        if (invalid is not null)
        {
            return Reject<bool>(call, invalid).WithoutValue();
        }

        // The SDK wants a mutable Dictionary; a copy also keeps retries immune to caller edits.
        var eventMetadata = metadata is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(metadata, StringComparer.Ordinal);
        var result = await RunAsync(
            call,
            async token =>
            {
                await send(call, eventMetadata, token);
                return DaprResult.Found(true);
            },
            ct);
        return result.WithoutValue();
    }

    /// <inheritdoc />
    public async Task<DaprResult> SaveStateAsync<T>(
        string store,
        string key,
        T value,
        TimeSpan? ttl = null,
        CancellationToken ct = default)
    {
        var call = new DaprCall(DaprOperations.SaveState, store ?? string.Empty, key ?? string.Empty);
        var invalid = Blank(store, nameof(store))
            ?? Blank(key, nameof(key))
            ?? (value is null ? "value must not be null; use DeleteStateAsync to remove a key." : null)
            ?? InvalidTtl(ttl);
        if (invalid is not null)
        {
            return Reject<bool>(call, invalid).WithoutValue();
        }

        // Dapr's per-request TTL overrides the component's default ttlInSeconds for this write only.
        IReadOnlyDictionary<string, string>? stateMetadata = ttl is { } timeToLive
            ? new Dictionary<string, string>(StringComparer.Ordinal) { [TtlMetadataKey] = TtlSeconds(timeToLive) }
            : null;
        var result = await RunAsync(
            call,
            async token =>
            {
                await _client.SaveStateAsync(call.Component, call.Target, value, null, stateMetadata, token);
                return DaprResult.Found(true);
            },
            ct);
        return result.WithoutValue();
    }

    /// <inheritdoc />
    public Task<DaprResult<T>> GetStateAsync<T>(string store, string key, CancellationToken ct = default)
    {
        var call = new DaprCall(DaprOperations.GetState, store ?? string.Empty, key ?? string.Empty);
        var invalid = Blank(store, nameof(store)) ?? Blank(key, nameof(key));
        if (invalid is not null)
        {
            return Task.FromResult(Reject<T>(call, invalid));
        }

        return RunAsync(
            call,
            async token =>
            {
                // Read as JsonElement first: the SDK turns a missing key into default(T), which
                // cannot be told apart from a stored 0, false or null; an absent element can.
                var element = await _client.GetStateAsync<JsonElement>(call.Component, call.Target, null, null, token);
                return element.ValueKind == JsonValueKind.Undefined
                    ? DaprResult.NotFound<T>()
                    : DaprResult.Found(element.Deserialize<T>(_client.JsonSerializerOptions ?? FallbackJsonOptions));
            },
            ct);
    }

    /// <inheritdoc />
    public async Task<DaprResult> DeleteStateAsync(string store, string key, CancellationToken ct = default)
    {
        var call = new DaprCall(DaprOperations.DeleteState, store ?? string.Empty, key ?? string.Empty);
        var invalid = Blank(store, nameof(store)) ?? Blank(key, nameof(key));
        if (invalid is not null)
        {
            return Reject<bool>(call, invalid).WithoutValue();
        }

        var result = await RunAsync(
            call,
            async token =>
            {
                await _client.DeleteStateAsync(call.Component, call.Target, null, null, token);
                return DaprResult.Found(true);
            },
            ct);
        return result.WithoutValue();
    }

    /// <summary>Releases the meter when the helper created it itself.</summary>
    public void Dispose() => _metrics.Dispose();

    private async Task<DaprResult<TValue>> RunAsync<TValue>(
        DaprCall call,
        Func<CancellationToken, Task<DaprResult<TValue>>> action,
        CancellationToken ct)
    {
        if (ct.IsCancellationRequested)
        {
            var cancelled = DaprResult.Failure<TValue>(DaprErrorKind.Cancelled, "The caller cancelled the operation before it started.", call.Component);
            _metrics.RecordOutcome(call.Operation, DaprOutcomeTag.From(DaprErrorKind.Cancelled), null);
            _log.Outcome(call, cancelled, 0, null);
            return cancelled;
        }

        var pipeline = _components.GetOrAdd(call.Component, _createPipeline).Pipeline;
        _metrics.CallStarted(call.Operation);
        var started = _timeProvider.GetTimestamp();
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(DaprResiliencePipelineFactory.CallKey, call);
        DaprResult<TValue> result;
        Exception? failure = null;
        try
        {
            result = await pipeline.ExecuteAsync(
                static (resilienceContext, callback) => new ValueTask<DaprResult<TValue>>(callback(resilienceContext.CancellationToken)),
                context,
                action);
        }
#pragma warning disable CA1031 // The helper's contract is to turn every failure into a result, never to throw.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            failure = exception;
            var kind = DaprFailureClassifier.Classify(exception, ct);
            result = DaprResult.Failure<TValue>(kind, DaprFailureMessage.Describe(call, kind, exception, _options), call.Component);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
            _metrics.CallEnded(call.Operation);
        }

        // A call the open breaker refused never reached Dapr: it has an outcome but no duration.
        double? elapsedMs = result.ErrorKind == DaprErrorKind.CircuitOpen ? null : _timeProvider.GetElapsedTime(started).TotalMilliseconds;
        _metrics.RecordOutcome(call.Operation, DaprOutcomeTag.From(result.ErrorKind), elapsedMs);
        _log.Outcome(call, result, elapsedMs ?? 0, failure);
        return result;
    }
    private DaprResult<TValue> Reject<TValue>(DaprCall call, string reason)
    {
        var result = DaprResult.Failure<TValue>(DaprErrorKind.Permanent, $"Invalid Dapr {call.Operation} request: {reason}", call.Component);
        _metrics.RecordOutcome(call.Operation, DaprOutcomeTag.From(DaprErrorKind.Permanent), null);
        _log.Outcome(call, result, 0, null);
        return result;
    }

    private IEnumerable<Measurement<int>> ObserveBreakers() =>
        _components
            .Select(component => new Measurement<int>((int)component.Value.Breaker.CircuitState, new KeyValuePair<string, object?>("breaker", component.Key)));

    private static string? Blank(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? $"{name} must not be empty." : null;

    private static string? InvalidTtl(TimeSpan? ttl) =>
        ttl is { } value && (value <= TimeSpan.Zero || Math.Ceiling(value.TotalSeconds) > int.MaxValue)
            ? $"ttl must be between 1 second and {int.MaxValue} seconds when given (was {value})."
            : null;

    // Dapr takes whole seconds; rounding up never lets a value expire earlier than asked.
    private static string TtlSeconds(TimeSpan ttl) =>
        ((long)Math.Ceiling(ttl.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
