using Kugelpos.Dapr.Outbox;

namespace Kugelpos.Dapr.Tests.Outbox;

/// <summary>A report as the publisher's endpoint took it: where, what, and whose token it came with.</summary>
internal sealed record ReceivedStatus(string Path, DeliveryStatusUpdate Update, string? TenantId, string? Service);
