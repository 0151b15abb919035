using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// The envelope of each refusal of the terminal actor, with the original's error codes and
/// statuses (terminal_exceptions.py) and the actor's message, which names the terminal's status.
/// </summary>
internal static class TerminalRefusalErrors
{
    /// <summary>The terminal as it now stands, or the refusal's envelope thrown.</summary>
    /// <param name="reply">The actor's reply.</param>
    /// <param name="terminalId">The terminal, for the not-found message.</param>
    public static TerminalSnapshot Accepted(TerminalReply reply, string terminalId)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Refusal is { } refusal)
        {
            throw ToException(refusal, terminalId);
        }

        return reply.Terminal ?? throw NotFound(terminalId);
    }

    /// <summary>The 404 of a terminal that does not exist (or is another tenant's).</summary>
    public static KugelposException NotFound(string terminalId) =>
        new(StatusCodes.Status404NotFound, TerminalErrorCodes.TerminalNotFound, $"Terminal not found: {terminalId}");

    /// <summary>The envelope of <paramref name="refusal"/>.</summary>
    public static KugelposException ToException(TerminalRefusal refusal, string terminalId)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Code switch
        {
            TerminalRefusalCode.NotFound => NotFound(terminalId),
            TerminalRefusalCode.AlreadyExists =>
                new(StatusCodes.Status409Conflict, TerminalErrorCodes.TerminalAlreadyExists, $"Terminal already exists: {terminalId}"),
            TerminalRefusalCode.NotSignedIn =>
                new(StatusCodes.Status401Unauthorized, TerminalErrorCodes.TerminalNotSignedIn, refusal.Message),
            TerminalRefusalCode.AlreadySignedIn =>
                new(StatusCodes.Status400BadRequest, TerminalErrorCodes.TerminalAlreadySignedIn, refusal.Message),
            TerminalRefusalCode.InvalidRequest =>
                new(StatusCodes.Status422UnprocessableEntity, KugelposErrorCodes.ValidationError, refusal.Message, refusal.Field),
            TerminalRefusalCode.StoreNotFound =>
                new(StatusCodes.Status404NotFound, TerminalErrorCodes.StoreNotFound, $"Store info not found: {terminalId}", "store_code"),
            TerminalRefusalCode.WrongApiKey =>
                new(StatusCodes.Status401Unauthorized, KugelposErrorCodes.AuthenticationError, "Invalid API key"),

            // Open twice, close when not open, cash while closed, a mode the status forbids: the
            // original's terminal status error, the message naming the status.
            _ => new(StatusCodes.Status400BadRequest, TerminalErrorCodes.TerminalStatusError, refusal.Message),
        };
    }
}
