using Dapr.Actors.Runtime;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>
/// A test actor that calls itself, registered by the per-type settings tests under several type
/// names, each with its own <see cref="ActorRuntimeOptions"/> or none.
/// </summary>
public sealed class SelfCallingActor(ActorHost host, ActorProbe probe) : Actor(host), ISelfCallingActor
{
    /// <inheritdoc />
    public async Task<string> DescendAsync(Descent descent)
    {
        var key = $"{Host.ActorTypeInfo.ActorTypeName}/{Id.GetId()}";
        probe.Entered(key);
        if (descent.Levels == 0)
        {
            return "bottom";
        }

        // Without remoting, so giving up also aborts the nested request at the sidecar.
        var self = ProxyFactory.Create(Id, Host.ActorTypeInfo.ActorTypeName);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(descent.TimeoutMilliseconds));
        try
        {
            return await self.InvokeMethodAsync<Descent, string>(nameof(DescendAsync), descent with { Levels = descent.Levels - 1 }, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Read while this call still holds the turn: entries so far, the held-back one not among them.
            return FormattableString.Invariant($"waited {probe.Entries(key)}");
        }
        catch (global::Dapr.DaprApiException e)
        {
            return e.ErrorCode;
        }
    }

    /// <inheritdoc />
    public Task TouchAsync() => Task.CompletedTask;

    /// <inheritdoc />
    protected override Task OnDeactivateAsync()
    {
        probe.Deactivated.Writer.TryWrite($"{Host.ActorTypeInfo.ActorTypeName}/{Id.GetId()}");
        return Task.CompletedTask;
    }
}
