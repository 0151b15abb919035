namespace Kugelpos.Sidecar.Actors;

/// <summary>The settings daprd takes per actor type from an app's <c>/dapr/config</c>.</summary>
/// <param name="IdleTimeout">Deactivate an actor after this long without a call (daprd's default 60 min).</param>
/// <param name="Reentrancy">Whether a call chain may re-enter an actor it already holds.</param>
/// <param name="MaxStackDepth">How deep one chain may re-enter one actor (daprd's default 32).</param>
/// <param name="RemindersStoragePartitions">How many stored lists the type's reminders are spread over by actor id; 0 (daprd's default) keeps them in one.</param>
public sealed record ActorTypeConfig(TimeSpan IdleTimeout, bool Reentrancy, int MaxStackDepth, int RemindersStoragePartitions = 0)
{
    /// <summary>daprd's defaults: 60 minutes idle, no reentrancy, a stack depth of 32, one reminder list.</summary>
    public static ActorTypeConfig Default { get; } = new(TimeSpan.FromMinutes(60), false, 32);
}
