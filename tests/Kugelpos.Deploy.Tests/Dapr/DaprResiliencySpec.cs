namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>A Resiliency's policies and targets.</summary>
public sealed class DaprResiliencySpec
{
    /// <summary>The named policies.</summary>
    public DaprResiliencyPolicies Policies { get; set; } = new();

    /// <summary>What they apply to.</summary>
    public DaprResiliencyTargets Targets { get; set; } = new();
}
