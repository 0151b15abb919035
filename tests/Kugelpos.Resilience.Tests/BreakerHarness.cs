using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.CircuitBreaker;

namespace Kugelpos.Resilience.Tests;

/// <summary>A pipeline holding only the breaker, on a fake clock, with calls the test ends when it likes.</summary>
internal sealed class BreakerHarness
{
    private readonly ResiliencePipeline _pipeline;

    public BreakerHarness(Action<ConsecutiveFailureBreakerOptions>? configure = null)
    {
        var options = new ConsecutiveFailureBreakerOptions
        {
            StateProvider = State,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is StoreDownException),
        };
        configure?.Invoke(options);
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = Time }.AddConsecutiveFailureBreaker(options).Build();
    }

    public FakeTimeProvider Time { get; } = new();

    public ConsecutiveFailureBreakerStateProvider State { get; } = new();

    public CircuitState Now => State.CircuitState;

    /// <summary>Runs a call that ends with <paramref name="failure"/>, or succeeds when null; the breaker's own refusal comes back as the exception.</summary>
    public Exception? Run(Exception? failure = null)
    {
        var outcome = _pipeline.ExecuteOutcomeAsync(
            (_, _) => ValueTask.FromResult(failure is null ? Outcome.FromResult(true) : Outcome.FromException<bool>(failure)),
            ResilienceContextPool.Shared.Get(),
            0).AsTask().GetAwaiter().GetResult();
        return outcome.Exception;
    }

    public void Fail(int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.IsType<StoreDownException>(Run(new StoreDownException()));
        }
    }

    public void Succeed() => Assert.Null(Run());

    /// <summary>True when the breaker refuses a call without running it.</summary>
    public bool Refuses() => Run() is BrokenCircuitException;

    /// <summary>Starts a call admitted now that ends when the test completes the returned source.</summary>
    public (TaskCompletionSource<Outcome<bool>> End, Task<Exception?> Done) Start(CancellationToken token = default)
    {
        var end = new TaskCompletionSource<Outcome<bool>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var context = ResilienceContextPool.Shared.Get(token);
        var done = _pipeline.ExecuteOutcomeAsync((_, source) => new ValueTask<Outcome<bool>>(source.Task), context, end).AsTask()
            .ContinueWith(t => t.Result.Exception, TaskScheduler.Default);
        return (end, done);
    }

    /// <summary>The failure the breaker is told to count.</summary>
    public sealed class StoreDownException() : Exception("store down");
}
