namespace Kugelpos.ServiceDefaults.Security;

/// <summary>Endpoint metadata: only the Dapr sidecar, presenting the app token, may call this endpoint.</summary>
internal sealed class DaprAppTokenRequirement
{
    public static DaprAppTokenRequirement Instance { get; } = new();
}
