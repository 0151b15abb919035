using Kugelpos.Sidecar.State;
using StackExchange.Redis;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>A state store that fails its next <see cref="FailuresLeft"/> calls with <see cref="Failure"/>, or hangs them.</summary>
internal sealed class FlakyStore : IStateStore
{
    private readonly Lock _gate = new();
    private int _calls;

    public string Name => "store";

    /// <summary>How many calls reached the store.</summary>
    public int Calls
    {
        get
        {
            lock (_gate)
            {
                return _calls;
            }
        }
    }

    /// <summary>Calls still to fail before the store answers again.</summary>
    public int FailuresLeft { get; set; }

    /// <summary>The error of a failing call; a lost Redis connection unless told otherwise.</summary>
    public Func<Exception> Failure { get; set; } = () => new RedisConnectionException(ConnectionFailureType.SocketFailure, CommandFlags.None, "connection to the store lost", null, CommandStatus.Sent);

    /// <summary>What a successful read answers.</summary>
    public ReadOnlyMemory<byte> Value { get; set; } = "42"u8.ToArray();

    /// <summary>Makes the next call never answer and ignore its token, as a stuck Redis command does.</summary>
    public bool HangNext { get; set; }

    public async Task<StateItem?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await NextAsync();
        return new StateItem(key, Value, "1", null);
    }

    public async Task<string> SetAsync(StateUpsert upsert, CancellationToken cancellationToken = default)
    {
        await NextAsync();
        return "1";
    }

    public Task DeleteAsync(StateDelete deletion, CancellationToken cancellationToken = default) => NextAsync();

    public Task ExecuteTransactionAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken = default) => NextAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task NextAsync()
    {
        lock (_gate)
        {
            _calls++;
            if (HangNext)
            {
                HangNext = false;
                return new TaskCompletionSource().Task;
            }

            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                return Task.FromException(Failure());
            }

            return Task.CompletedTask;
        }
    }
}
