using Kugelpos.Actors.Contracts.Terminals;
using Moq;

namespace Kugelpos.Cart.Actors.Tests.Support;

/// <summary>
/// A terminal actor that numbers as the real one does (a keyed request gets its first numbers
/// again), and can refuse, fail before numbering, or number and lose its answer.
/// </summary>
internal sealed class FakeTerminal
{
    private readonly Dictionary<string, TransactionNumbers> _keyed = [];
    private readonly Mock<ITerminalActor> _actor = new(MockBehavior.Strict);

    public FakeTerminal() =>
        _actor.Setup(t => t.NextTransactionNumbersAsync(It.IsAny<TransactionNumbersRequest>()))
            .Returns((TransactionNumbersRequest request) => Task.FromResult(Next(request)));

    public static SignedInStaff Staff { get; } = new() { StaffId = "S002", StaffName = "Suzuki" };

    public ITerminalActor Actor => _actor.Object;

    /// <summary>Numbers handed out (a keyed request answered again takes none).</summary>
    public int Consumed { get; private set; }

    public List<TransactionNumbersRequest> Requests { get; } = [];

    /// <summary>The transaction number handed out last.</summary>
    public int LastTransactionNo { get; private set; }

    /// <summary>Refuses every request while set.</summary>
    public TerminalRefusal? Refusal { get; set; }

    /// <summary>The next request fails before anything is numbered.</summary>
    public bool FailNext { get; set; }

    /// <summary>The next request is numbered, then its answer is lost.</summary>
    public bool LoseNextAnswer { get; set; }

    private TransactionNumbersReply Next(TransactionNumbersRequest request)
    {
        Requests.Add(request);
        if (FailNext)
        {
            FailNext = false;
            throw new InvalidOperationException("The terminal could not be reached.");
        }

        if (request.Key is { } key && _keyed.TryGetValue(key, out var given))
        {
            return new() { Numbers = given };
        }

        if (Refusal is { } refusal)
        {
            return new() { Refusal = refusal };
        }

        Consumed++;
        var numbers = new TransactionNumbers
        {
            TransactionNo = ++LastTransactionNo,
            ReceiptNo = request.ReceiptRange.Start + Consumed - 1,
            BusinessDate = new DateOnly(2026, 11, 30),
            OpenCounter = 2,
            BusinessCounter = 5,
            Staff = Staff,
        };
        if (request.Key is not null)
        {
            _keyed[request.Key] = numbers;
        }

        if (LoseNextAnswer)
        {
            LoseNextAnswer = false;
            throw new TimeoutException("The terminal's answer was lost.");
        }

        return new() { Numbers = numbers };
    }
}
