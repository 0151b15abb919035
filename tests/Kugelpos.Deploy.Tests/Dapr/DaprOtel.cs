namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>The OpenTelemetry collector traces are sent to.</summary>
public sealed class DaprOtel
{
    /// <summary>host:port of the collector.</summary>
    public string EndpointAddress { get; set; } = string.Empty;

    /// <summary>Whether the connection uses TLS.</summary>
    public bool IsSecure { get; set; }

    /// <summary><c>grpc</c> or <c>http</c>.</summary>
    public string Protocol { get; set; } = string.Empty;
}
