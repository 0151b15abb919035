using Dapr.Actors;

namespace Kugelpos.Dapr.Tests.Outbox;

/// <summary>A small actor that changes its state and reports the change through its outbox.</summary>
public interface ICashDrawerActor : IActor
{
    /// <summary>Adds <paramref name="amount"/> to the balance and enqueues a cash log with <paramref name="eventId"/>.</summary>
    Task PutInAsync(Guid eventId, decimal amount);

    /// <summary>The balance.</summary>
    Task<decimal> BalanceAsync();

    /// <summary>Records a subscriber's confirmation, as the service's delivery-status endpoint would.</summary>
    Task ConfirmAsync(Guid eventId, string service);
}
