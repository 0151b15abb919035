namespace Kugelpos.ServiceDefaults.Tests.Errors;

public enum TerminalState
{
    Idle,
    Opened,
    Closed,
}
