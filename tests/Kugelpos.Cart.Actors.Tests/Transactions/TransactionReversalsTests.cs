using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Actors.Transactions;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Tests.Transactions;

public class TransactionReversalsTests
{
    private static readonly TransactionLog Sale = new()
    {
        EventId = Guid.NewGuid(),
        TenantId = "T1",
        StoreCode = "S01",
        TerminalNo = 1,
        TransactionNo = 7,
        ReceiptNo = 7,
        TransactionType = TransactionType.NormalSales,
        Sales = new TransactionSales { TotalAmount = 1000m, TotalAmountWithTax = 1100m, ChangeAmount = 900m },
        Payments =
        [
            new TransactionPayment { PaymentNo = 1, PaymentCode = "01", Amount = 600m, DepositAmount = 1500m, Description = "Cash" },
            new TransactionPayment { PaymentNo = 2, PaymentCode = "11", Amount = 500m, Description = "Card" },
        ],
    };

    private static readonly ReversalPayment[] Matching =
    [
        new() { PaymentCode = "01", Amount = 600m },
        new() { PaymentCode = "11", Amount = 500m },
    ];

    private static StoredTransaction Stored(TransactionLog log, TransactionStatus? status = null) => new(log, status ?? TransactionStatus.None);

    [Fact]
    public void A_void_with_the_original_payments_is_allowed()
    {
        Assert.Null(TransactionReversals.Check(ReversalKind.Void, Stored(Sale), Matching));
    }

    [Fact]
    public void A_void_with_a_payment_the_original_lacks_is_refused_naming_it()
    {
        var refusal = TransactionReversals.Check(ReversalKind.Void, Stored(Sale), [new() { PaymentCode = "12", Amount = 1100m }]);

        Assert.Equal(TransactionRefusalCode.InvalidRequest, refusal?.Code);
        Assert.Equal("payments[0].paymentCode", refusal?.Field);
    }

    [Fact]
    public void A_void_with_another_amount_per_payment_is_refused_even_when_the_total_matches()
    {
        var refusal = TransactionReversals.Check(ReversalKind.Void, Stored(Sale), [new() { PaymentCode = "01", Amount = 500m }, new() { PaymentCode = "11", Amount = 600m }]);

        Assert.Equal("payments[0].amount", refusal?.Field);
    }

    [Fact]
    public void A_return_may_pay_back_by_another_method_but_the_whole_total()
    {
        Assert.Null(TransactionReversals.Check(ReversalKind.Return, Stored(Sale), [new() { PaymentCode = "01", Amount = 1100m }]));
        Assert.Equal("payments", TransactionReversals.Check(ReversalKind.Return, Stored(Sale), [new() { PaymentCode = "01", Amount = 1000m }])?.Field);
    }

    [Fact]
    public void A_second_void_is_refused_already_voided_and_a_return_of_a_voided_sale_too()
    {
        var voided = Stored(Sale, new TransactionStatus { IsVoided = true });

        Assert.Equal(TransactionRefusalCode.AlreadyVoided, TransactionReversals.Check(ReversalKind.Void, voided, Matching)?.Code);
        Assert.Equal(TransactionRefusalCode.AlreadyVoided, TransactionReversals.Check(ReversalKind.Return, voided, Matching)?.Code);
    }

    [Fact]
    public void A_returned_sale_can_be_neither_returned_nor_voided_again()
    {
        var returned = Stored(Sale, new TransactionStatus { IsRefunded = true });

        Assert.Equal(TransactionRefusalCode.AlreadyRefunded, TransactionReversals.Check(ReversalKind.Return, returned, Matching)?.Code);
        Assert.Equal(TransactionRefusalCode.AlreadyRefunded, TransactionReversals.Check(ReversalKind.Void, returned, Matching)?.Code);
    }

    [Fact]
    public void Only_a_normal_sale_can_be_returned_and_a_void_cannot_be_voided()
    {
        var aReturn = Stored(Sale with { TransactionType = TransactionType.ReturnSales });
        var aVoid = Stored(Sale with { TransactionType = TransactionType.VoidSales });

        Assert.Equal("transaction_no", TransactionReversals.Check(ReversalKind.Return, aReturn, Matching)?.Field);
        Assert.Null(TransactionReversals.Check(ReversalKind.Void, aReturn, Matching));
        Assert.Equal(TransactionRefusalCode.InvalidRequest, TransactionReversals.Check(ReversalKind.Void, aVoid, Matching)?.Code);
    }

    [Theory]
    [InlineData(ReversalKind.Void, TransactionType.NormalSales, TransactionType.VoidSales)]
    [InlineData(ReversalKind.Void, TransactionType.ReturnSales, TransactionType.VoidReturn)]
    [InlineData(ReversalKind.Return, TransactionType.NormalSales, TransactionType.ReturnSales)]
    public void A_reversal_makes_the_type_of_the_original_rules(ReversalKind kind, TransactionType original, TransactionType made)
    {
        Assert.Equal(made, TransactionReversals.ReversedType(kind, Sale with { TransactionType = original }));
    }

    [Fact]
    public void The_new_log_takes_the_terminals_numbers_and_staff_names_its_origin_and_gives_no_change()
    {
        var at = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
        var pending = new PendingReversal
        {
            Kind = ReversalKind.Void,
            Request = new ReversalRequest { TerminalId = "T1-S01-1", Payments = Matching },
            EventId = Guid.NewGuid(),
            AcceptedAt = at,
            NumbersKey = "void:T1-S01-1-7:1",
        };
        var numbers = new TransactionNumbers
        {
            TransactionNo = 12, ReceiptNo = 34, BusinessDate = new DateOnly(2026, 11, 30), OpenCounter = 2, BusinessCounter = 5,
            Staff = new SignedInStaff { StaffId = "S002", StaffName = "Bob" },
        };

        var log = TransactionReversals.Build(pending, Sale, numbers, 1);

        Assert.Equal((TransactionType.VoidSales, 12, 34, pending.EventId), (log.TransactionType!.Value, log.TransactionNo!.Value, log.ReceiptNo!.Value, log.EventId));
        Assert.Equal(7, log.Origin?.TransactionNo);
        Assert.Equal(TransactionType.NormalSales, log.Origin?.TransactionType);
        Assert.Equal("S002", log.Staff?.Id);
        Assert.Equal(0m, log.Sales!.ChangeAmount);
        Assert.Equal(1100m, log.Sales.TotalAmountWithTax);
        Assert.Equal(at, log.GenerateDateTime);
        Assert.Equal([600m, 0m], log.Payments.Select(p => p.DepositAmount));
        Assert.Equal(["Cash", "Card"], log.Payments.Select(p => p.Description));
    }
}
