using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.State;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// The actor host of one app, registered in the <see cref="ActorPlacement"/> so every sidecar of
/// the process reaches it: its <see cref="ActorCalls"/>, <see cref="ActorTimers"/> and
/// <see cref="ActorReminders"/> over one <see cref="ActorActivation"/> (turns and idle
/// deactivation). Timers and reminders are two namespaces, as in daprd: a timer and a reminder of
/// the same name on one actor coexist, each firing on its own route, and deleting one never
/// touches the other.
/// </summary>
public sealed class ActorRuntime : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ActorActivation _activation;
    private readonly ActorCalls _calls;
    private readonly ActorTimers _timers;
    private readonly ActorReminders _reminders;

    /// <summary>
    /// Creates the host of <paramref name="config"/>'s types for <paramref name="appId"/>, keeping
    /// reminders in <paramref name="store"/> under <paramref name="storePolicy"/> (the store's
    /// outbound resiliency policy).
    /// </summary>
    public ActorRuntime(string appId, ActorAppConfig config, ActorAppClient app, IStateStore store, TimeProvider time, ILogger logger, ComponentPolicy storePolicy)
    {
        AppId = appId;
        Config = config;
        var stopping = _stopping.Token;
        // _timers is set below, before the idle scan that alone deactivates actors starts.
        _activation = new ActorActivation(config, app, time, logger, actorKey => _timers!.EndAllOf(actorKey), stopping);
        _calls = new ActorCalls(config, _activation, app);
        _timers = new ActorTimers(_activation, app, time, logger, stopping);
        _reminders = new ActorReminders(appId, store, storePolicy, type => config.For(type).RemindersStoragePartitions, _activation, app, time, logger, stopping);
    }

    /// <summary>The app this runtime hosts actors for.</summary>
    public string AppId { get; }

    /// <summary>The app's actor settings.</summary>
    public ActorAppConfig Config { get; }

    /// <summary>Whether the app hosts <paramref name="actorType"/>.</summary>
    public bool Hosts(string actorType) => Config.Entities.Contains(actorType);

    /// <summary>Reloads persisted reminders and starts the idle scan.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _reminders.LoadAsync(Config.Entities, cancellationToken);
        _activation.StartIdleScan();
    }

    /// <summary>Calls a method in the actor's turn and returns the app's answer.</summary>
    /// <exception cref="DaprApiException">The app could not be reached.</exception>
    public Task<ActorResponse> InvokeAsync(ActorCall call, CancellationToken cancellationToken) =>
        _calls.InvokeAsync(call, cancellationToken);

    /// <summary>Creates or replaces a timer; it lives in memory until deleted, finished or the actor deactivates.</summary>
    /// <exception cref="DaprApiException">No callback or a schedule daprd refuses (400 <c>ERR_ACTOR_TIMER_CREATE</c>).</exception>
    public void RegisterTimer(string actorType, string actorId, string name, ActorJobRequest request) =>
        _timers.Register(actorType, actorId, name, request);

    /// <summary>Deletes a timer (absent is fine); a reminder of the same name stays.</summary>
    public void DeleteTimer(string actorType, string actorId, string name) =>
        _timers.Delete(actorType, actorId, name);

    /// <summary>Creates or replaces a reminder, stored before it is scheduled.</summary>
    /// <exception cref="DaprApiException">A schedule daprd refuses (400), or the store failed (500); both <c>ERR_ACTOR_REMINDER_CREATE</c>.</exception>
    public Task RegisterReminderAsync(string actorType, string actorId, string name, ActorJobRequest request, CancellationToken cancellationToken) =>
        _reminders.RegisterAsync(actorType, actorId, name, request, cancellationToken);

    /// <summary>The reminder, or null.</summary>
    public ActorJob? GetReminder(string actorType, string actorId, string name) =>
        _reminders.Get(actorType, actorId, name);

    /// <summary>Deletes a reminder (absent is fine), stored without it before it is unscheduled.</summary>
    /// <exception cref="DaprApiException">The store failed (500 <c>ERR_ACTOR_REMINDER_DELETE</c>).</exception>
    public Task DeleteReminderAsync(string actorType, string actorId, string name, CancellationToken cancellationToken) =>
        _reminders.DeleteAsync(actorType, actorId, name, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _activation.Dispose();
        _timers.Dispose();
        _reminders.Dispose();
        _stopping.Dispose();
    }
}
