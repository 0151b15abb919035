using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors;

/// <summary>The terminal's refusals, each naming the status it was refused in.</summary>
internal static class TerminalRefusals
{
    public static TerminalDecision NotOpened(TerminalState state, string operation) =>
        Refuse(state, TerminalRefusalCode.NotOpened, $"{operation} needs an open terminal; the terminal is {state.Status}.");

    public static TerminalDecision AlreadyOpened(TerminalState state) =>
        Refuse(state, TerminalRefusalCode.AlreadyOpened, "The terminal is already opened.");

    public static TerminalDecision AlreadyClosed(TerminalState state) =>
        Refuse(state, TerminalRefusalCode.AlreadyClosed, "The terminal is already closed.");

    public static TerminalDecision NotSignedIn(TerminalState state, string operation) =>
        Refuse(state, TerminalRefusalCode.NotSignedIn, $"{operation} needs a signed-in staff member; nobody is signed in.");

    public static TerminalDecision AlreadySignedIn(TerminalState state) =>
        Refuse(state, TerminalRefusalCode.AlreadySignedIn, $"Staff {state.Staff?.StaffId} is already signed in.");

    public static TerminalDecision NotFound(TerminalState state) =>
        Refuse(state, TerminalRefusalCode.NotFound, "The terminal does not exist.");

    public static TerminalDecision AlreadyExists(TerminalState state) =>
        Refuse(state, TerminalRefusalCode.AlreadyExists, "The terminal already exists.");

    public static TerminalDecision WrongApiKey(TerminalState state) =>
        Refuse(state, TerminalRefusalCode.WrongApiKey, "The API key is not the terminal's.");

    public static TerminalDecision StoreNotFound(TerminalState state, string operation) =>
        Refuse(state, TerminalRefusalCode.StoreNotFound, $"{operation} needs the terminal's store; store {state.Profile?.StoreCode} is not on file.");

    public static TerminalDecision FunctionModeNeedsOpen(TerminalState state, TerminalFunctionMode mode) =>
        Refuse(state, TerminalRefusalCode.NotOpened, $"Function mode {mode} needs an open terminal; the terminal is {state.Status}.");

    public static TerminalDecision FunctionModeNeedsNotOpen(TerminalState state, TerminalFunctionMode mode) =>
        Refuse(state, TerminalRefusalCode.AlreadyOpened, $"Function mode {mode} is not available while the terminal is {state.Status}.");

    public static TerminalDecision Invalid(TerminalState state, string field, string message) =>
        TerminalDecision.Refused(state, new TerminalRefusal
        {
            Code = TerminalRefusalCode.InvalidRequest,
            Status = state.Status,
            Message = message,
            Field = field,
        });

    private static TerminalDecision Refuse(TerminalState state, TerminalRefusalCode code, string message) =>
        TerminalDecision.Refused(state, new TerminalRefusal { Code = code, Status = state.Status, Message = message });
}
