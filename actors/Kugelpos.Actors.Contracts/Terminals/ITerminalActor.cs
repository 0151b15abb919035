using Dapr.Actors;

namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>
/// The terminal actor (type <see cref="TerminalActorType.Name"/>, id = terminal id
/// <c>{tenant}-{store}-{no}</c>): the single writer of one terminal's live state, kept in the
/// terminal service's actor store (<c>terminalstore</c>, no TTL).
/// </summary>
/// <remarks>
/// The actor is the source of truth of the whole terminal: its profile (tenant, store, number,
/// description, function mode), its API key's lookup hash and encrypted copy, and its live state.
/// Every operation but <see cref="CreateAsync"/> on a terminal that does not exist is refused
/// <see cref="TerminalRefusalCode.NotFound"/>. The listing the service queries is a projection
/// the actor writes after each change.
/// A refused operation is not an exception: it comes back as a reply whose <c>Refusal</c> names
/// the reason and the terminal's status, and nothing is changed. Remoting would turn an exception
/// into an <c>ActorMethodInvocationException</c> carrying only a type name and a message string,
/// logged as a failed call; a refusal is an expected answer that the calling service turns into a
/// 4xx envelope, while a real failure (the store down) stays an exception and becomes a 503.
/// Every method takes at most one argument, so remoting and non-remoting calls both work.
/// </remarks>
public interface ITerminalActor : IActor
{
    /// <summary>Creates the terminal; refused while it exists.</summary>
    Task<TerminalReply> CreateAsync(CreateTerminalRequest request);

    /// <summary>Deletes the terminal in any status, as the original does; the reply carries no terminal.</summary>
    Task<TerminalReply> DeleteAsync();

    /// <summary>The terminal as it stands.</summary>
    Task<TerminalReply> GetStatusAsync();

    /// <summary>Changes the description.</summary>
    Task<TerminalReply> UpdateDescriptionAsync(UpdateDescriptionRequest request);

    /// <summary>Changes the function mode; a session's modes need an open terminal, the open mode a terminal that is not open.</summary>
    Task<TerminalReply> UpdateFunctionModeAsync(UpdateFunctionModeRequest request);

    /// <summary>The terminal when the key is its key; refused <see cref="TerminalRefusalCode.WrongApiKey"/> otherwise.</summary>
    Task<TerminalReply> VerifyApiKeyAsync(VerifyApiKeyRequest request);

    /// <summary>Signs a staff member in; refused while someone is signed in.</summary>
    Task<TerminalReply> SignInAsync(SignInRequest request);

    /// <summary>Signs out whoever is signed in; with nobody signed in it changes nothing, as in the original.</summary>
    Task<TerminalReply> SignOutAsync();

    /// <summary>Opens the terminal for the day; refused while it is open, then when its store is not on file.</summary>
    Task<TerminalReply> OpenAsync(OpenTerminalRequest request);

    /// <summary>Closes the terminal; refused unless it is open, then when its store is not on file.</summary>
    Task<TerminalReply> CloseAsync(CloseTerminalRequest request);

    /// <summary>Puts cash in the drawer; needs a signed-in staff member, an open terminal and its store on file.</summary>
    Task<TerminalReply> CashInAsync(CashInOutRequest request);

    /// <summary>Takes cash out of the drawer (recorded as a negative amount); same rules as cash in.</summary>
    Task<TerminalReply> CashOutAsync(CashInOutRequest request);

    /// <summary>Records a subscriber's delivery status of a log the terminal published; false when the log is not pending (settled or unknown).</summary>
    Task<bool> UpdateDeliveryStatusAsync(DeliveryStatusRequest request);

    /// <summary>
    /// The next transaction number and receipt number for a bill, cancellation, void or return;
    /// needs an open terminal and a signed-in staff member. A request repeating a recent request's
    /// <see cref="TransactionNumbersRequest.Key"/> answers that request's numbers again.
    /// </summary>
    Task<TransactionNumbersReply> NextTransactionNumbersAsync(TransactionNumbersRequest request);
}
