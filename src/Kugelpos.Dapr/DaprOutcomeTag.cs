namespace Kugelpos.Dapr;

/// <summary>Values of the <c>outcome</c> metric tag.</summary>
internal static class DaprOutcomeTag
{
    public static string From(DaprErrorKind kind) => kind switch
    {
        DaprErrorKind.None => "success",
        DaprErrorKind.CircuitOpen => "circuit_open",
        DaprErrorKind.Transient => "transient",
        DaprErrorKind.Timeout => "timeout",
        DaprErrorKind.Cancelled => "cancelled",
        DaprErrorKind.ComponentFailure => "component_failure",
        _ => "permanent",
    };
}
