using Kugelpos.Contracts.PubSub;

namespace Kugelpos.Dapr.Tests.Outbox;

/// <summary>Where <see cref="CashDrawerActor"/> publishes and who must confirm.</summary>
/// <param name="Channel">The channel, with a topic of the test's own.</param>
/// <param name="Subscribers">The subscriber services that confirm.</param>
public sealed record CashDrawerSettings(EventChannel Channel, IReadOnlyList<string> Subscribers);
