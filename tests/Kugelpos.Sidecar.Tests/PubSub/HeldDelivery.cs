namespace Kugelpos.Sidecar.Tests.PubSub;

/// <summary>One delivery a <see cref="HeldDeliveries"/> subscriber is holding: the app answers once the test releases it.</summary>
public sealed class HeldDelivery(Received received)
{
    private readonly TaskCompletionSource<string> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What the sidecar delivered.</summary>
    public Received Received { get; } = received;

    /// <summary>The <c>n</c> of the event's data.</summary>
    public int N => PubSubHarness.N(Received);

    /// <summary>The status the app will answer, once released.</summary>
    public Task<string> Answer => _answer.Task;

    /// <summary>Lets the app answer <paramref name="status"/>.</summary>
    public void Release(string status = "SUCCESS") => _answer.TrySetResult(status);
}
