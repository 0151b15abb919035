using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.Tests.PubSub;

/// <summary>
/// A subscriber's answer that holds every delivery until the test releases it and counts how many
/// deliveries are held at once. A held call counts from its arrival until its answer is on the
/// way, so the sidecar cannot start another in its place while it still counts.
/// </summary>
public sealed class HeldDeliveries
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Lock _lock = new();
    private readonly Channel<HeldDelivery> _arrivals = Channel.CreateUnbounded<HeldDelivery>();
    private int _inFlight;
    private int _most;

    /// <summary>Deliveries held now.</summary>
    public int InFlight
    {
        get
        {
            lock (_lock)
            {
                return _inFlight;
            }
        }
    }

    /// <summary>The most deliveries ever held at once.</summary>
    public int Most
    {
        get
        {
            lock (_lock)
            {
                return _most;
            }
        }
    }

    /// <summary>The answer to plug into <see cref="SubscriberApp"/>: waits for the release, then answers its status.</summary>
    public async Task<IResult> AnswerAsync(Received received, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var held = new HeldDelivery(received);
        lock (_lock)
        {
            _inFlight++;
            _most = Math.Max(_most, _inFlight);
        }

        try
        {
            _arrivals.Writer.TryWrite(held);
            return SubscriberApp.Status(await held.Answer.WaitAsync(context.RequestAborted));
        }
        finally
        {
            lock (_lock)
            {
                _inFlight--;
            }
        }
    }

    /// <summary>The next delivery to arrive, failing the test when none comes in time.</summary>
    public async Task<HeldDelivery> NextAsync() => await _arrivals.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    /// <summary>The next <paramref name="count"/> deliveries to arrive.</summary>
    public async Task<List<HeldDelivery>> NextAsync(int count)
    {
        var result = new List<HeldDelivery>();
        while (result.Count < count)
        {
            result.Add(await NextAsync());
        }

        return result;
    }
}
