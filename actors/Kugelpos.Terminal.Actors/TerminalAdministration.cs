using System.Security.Cryptography;
using System.Text;
using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors;

/// <summary>
/// Creating, deleting and describing a terminal, its function mode and its API key check, as the
/// original's terminal service decides them (kugelpos-backend services/terminal terminal_service.py).
/// </summary>
public sealed class TerminalAdministration(TimeProvider time)
{
    private static readonly TerminalFunctionMode[] OnlyWhileOpen =
        [TerminalFunctionMode.Sales, TerminalFunctionMode.Returns, TerminalFunctionMode.Void, TerminalFunctionMode.CloseTerminal, TerminalFunctionMode.CashInOut];

    /// <summary>
    /// Creates the terminal: Idle, main menu, no counters; refused while it exists. A deleted
    /// terminal is created afresh, keeping only the version.
    /// </summary>
    public TerminalDecision Create(TerminalState state, CreateTerminalRequest request)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        if (state.Exists)
        {
            return TerminalRefusals.AlreadyExists(state);
        }

        if (string.IsNullOrWhiteSpace(request.ApiKeyHash) || string.IsNullOrWhiteSpace(request.ProtectedApiKey))
        {
            return TerminalRefusals.Invalid(state, "apiKey", "A terminal is created with an API key.");
        }

        var created = TerminalState.Initial with
        {
            Version = state.Version,
            Profile = new TerminalProfile
            {
                TenantId = request.TenantId,
                StoreCode = request.StoreCode,
                TerminalNo = request.TerminalNo,
                Description = request.Description,
                EntryDateTime = time.GetUtcNow(),
            },
            Credentials = new TerminalCredentials { ApiKeyHash = request.ApiKeyHash, ProtectedApiKey = request.ProtectedApiKey },
        };
        return new TerminalDecision { State = created };
    }

    /// <summary>
    /// Deletes the terminal in whatever status, as the original does; its key stops working at
    /// once. The profile and version stay behind, marked deleted (see <see cref="TerminalState.IsDeleted"/>).
    /// </summary>
    public static TerminalDecision Delete(TerminalState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new TerminalDecision { State = TerminalState.Initial with { Profile = state.Profile, IsDeleted = true, Version = state.Version } };
    }

    /// <summary>Changes the description.</summary>
    public static TerminalDecision Describe(TerminalState state, UpdateDescriptionRequest request)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        return new TerminalDecision { State = state with { Profile = Profile(state) with { Description = request.Description } } };
    }

    /// <summary>
    /// Changes the function mode, with the original's checks: the modes of a session (sales,
    /// returns, void, close, cash in/out) need an open terminal, the open mode one that is not open.
    /// </summary>
    public static TerminalDecision ChangeFunctionMode(TerminalState state, UpdateFunctionModeRequest request)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        var mode = request.FunctionMode;
        if (!Enum.IsDefined(mode))
        {
            return TerminalRefusals.Invalid(state, "functionMode", "The function mode is not one of the known modes.");
        }

        var opened = state.Status == TerminalStatus.Opened;
        if (opened && mode == TerminalFunctionMode.OpenTerminal)
        {
            return TerminalRefusals.FunctionModeNeedsNotOpen(state, mode);
        }

        if (!opened && OnlyWhileOpen.Contains(mode))
        {
            return TerminalRefusals.FunctionModeNeedsOpen(state, mode);
        }

        return new TerminalDecision { State = state with { Profile = Profile(state) with { FunctionMode = mode } } };
    }

    /// <summary>Accepts the key whose lookup hash matches the terminal's, changing nothing; refuses any other.</summary>
    public static TerminalDecision Verify(TerminalState state, VerifyApiKeyRequest request)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        var stored = state.Credentials?.ApiKeyHash;

        // Constant time, so the answer's timing tells nothing about how much of the hash matched.
        var matches = stored is not null && request.ApiKeyHash is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(request.ApiKeyHash));
        return matches ? new TerminalDecision { State = state } : TerminalRefusals.WrongApiKey(state);
    }

    private static TerminalProfile Profile(TerminalState state) =>
        state.Profile ?? throw new InvalidOperationException("The terminal has not been created.");
}
