namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>A Dapr Resiliency (dapr.io/v1alpha1): named policies and the targets they apply to.</summary>
public sealed class DaprResiliency : DaprObject<DaprResiliencySpec>;
