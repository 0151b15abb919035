using Kugelpos.Contracts;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Report.Reports;
using static Kugelpos.Report.Tests.Support.SampleLogs;

namespace Kugelpos.Report.Tests.Reports;

/// <summary>The sales report formulas against figures worked out by hand (in each test's comments).</summary>
public sealed class SalesCalculationTests
{
    // Sale 1: 2 x 500 with a line discount of 100 -> 900, external tax 90, with tax 990; paid 500 cash and 490 by card.
    private static readonly TransactionLog SplitSale = Transaction(
        1, TransactionType.NormalSales, 900m, 2, [ExternalTax(900m, 2)],
        [Cash(500m), Payment("11", 490m, "Credit")],
        lines: [Line("ITEM1", 500m, 2, lineDiscount: 100m)],
        discount: 100m);

    // Sale 2: 1 x 300, tax 30, with tax 330 in cash; voided by transaction 3.
    private static readonly TransactionLog VoidedSale = Transaction(2, TransactionType.NormalSales, 300m, 1, [ExternalTax(300m, 1)], [Cash(330m)]);

    private static readonly TransactionLog Void = VoidedSale with { EventId = Guid.NewGuid(), TransactionNo = 3, TransactionType = TransactionType.VoidSales };

    // A return of 1 x 200, tax 20, 220 with tax, refunded in cash.
    private static readonly TransactionLog Return = Transaction(4, TransactionType.ReturnSales, 200m, 1, [ExternalTax(200m, 1)], [Cash(220m)]);

    // A cancelled sale of 5000: left out of every figure.
    private static readonly TransactionLog Cancelled = Transaction(5, TransactionType.NormalSales, 5000m, 9, [ExternalTax(5000m, 9)], [Cash(5500m)], cancelled: true);

    [Fact]
    public void A_sale_with_a_line_discount_and_external_tax_adds_the_discount_back_to_gross_and_takes_tax_out_of_net()
    {
        var figures = SalesCalculation.Compute([SplitSale], [], []);

        // gross = 990 + 100 = 1090; net = 1090 - 0 - 100 - 0 - 90 = 900
        Assert.Equal(new SalesFigure(1090m, 2, 1), figures.Gross);
        Assert.Equal(new SalesFigure(100m, 2, 1), figures.LineDiscounts);
        Assert.Equal(SalesFigure.Zero, figures.SubtotalDiscounts);
        Assert.Equal(SalesFigure.Zero, figures.Returns);
        Assert.Equal(new SalesFigure(900m, 2, 1), figures.Net);
        Assert.Equal([new TaxFigure("外税10%", 90m, 900m, 2)], figures.Taxes);
    }

    [Fact]
    public void A_split_payment_counts_once_per_payment_method()
    {
        var figures = SalesCalculation.Compute([SplitSale], [], []);

        Assert.Equal([new PaymentFigure("Cash", 500m, 1), new PaymentFigure("Credit", 490m, 1)], figures.Payments);
        Assert.Equal(500m, figures.Cash.LogicalAmount);
    }

    [Fact]
    public void A_voided_sale_takes_back_its_sale_but_its_count_stays_as_sales_minus_voids()
    {
        var figures = SalesCalculation.Compute([VoidedSale, Void], [], []);

        // gross = 330 - 330; count = 1 sale - 1 void = 0; tax 30 - 30; cash 330 - 330 in 1 - 1 payments
        Assert.Equal(new SalesFigure(0m, 0, 0), figures.Gross);
        Assert.Equal(new SalesFigure(0m, 0, 0), figures.Net);
        Assert.Equal([new TaxFigure("外税10%", 0m, 0m, 0)], figures.Taxes);
        Assert.Equal([new PaymentFigure("Cash", 0m, 0)], figures.Payments);
    }

    [Fact]
    public void Sales_voids_returns_and_a_cancelled_sale_together_give_the_hand_computed_report()
    {
        var figures = SalesCalculation.Compute(
            [SplitSale, VoidedSale, Void, Return, Cancelled],
            [CashMove(1000m, 5), CashMove(-300m, 6)],
            [Open(10000m), Close(1250m, 5, 5, 2, Morning.AddMinutes(6))]);

        // gross = (990 + 100 + 330) - 330 = 1090, items 2 + 1 - 1 = 2, transactions 2 - 1 = 1
        Assert.Equal(new SalesFigure(1090m, 2, 1), figures.Gross);

        // returns = 220 with tax, 1 item, 1 transaction
        Assert.Equal(new SalesFigure(220m, 1, 1), figures.Returns);

        // net tax = (90 + 30 - 30) - 20 = 70; net = 1090 - 220 - 100 - 0 - 70 = 700, items 2 - 1, transactions 1 - 1
        Assert.Equal(new SalesFigure(700m, 1, 0), figures.Net);
        Assert.Equal([new TaxFigure("外税10%", 70m, 700m, 1)], figures.Taxes);

        // cash: 500 + 330 - 330 - 220 = 280 in 1 + 1 - 1 - 1 = 0 payments; card 490 once
        Assert.Equal([new PaymentFigure("Cash", 280m, 0), new PaymentFigure("Credit", 490m, 1)], figures.Payments);

        // logical = 280 + 1000 - 300 = 980; physical 1250; difference 270; the initial 10000 is not in it
        Assert.Equal(
            new CashBalance(980m, 1250m, 270m, new CashMovement(1000m, 1), new CashMovement(-300m, 1)),
            figures.Cash);
    }

    [Fact]
    public void Internal_tax_and_a_subtotal_discount_come_out_of_net_and_a_voided_return_cancels_its_return()
    {
        // 2 x 550 with tax included, less a subtotal discount of 100 spread over both: 1000 with tax, tax floor(1000 * 10 / 110) = 90
        var sale = Transaction(
            1, TransactionType.NormalSales, 1000m, 2, [InternalTax(1000m, 2)], [Cash(1000m)],
            lines: [Line("ITEM1", 550m, 2, allocated: true)],
            subtotalDiscounts: [new TransactionDiscount { SeqNo = 1, DiscountType = "DiscountAmount", DiscountValue = 100m, DiscountAmount = 100m }],
            discount: 100m);

        // A return of 1 x 550 (tax 50) and its void.
        var returned = Transaction(2, TransactionType.ReturnSales, 550m, 1, [InternalTax(550m, 1)], [Cash(550m)]);
        var voidReturn = returned with { EventId = Guid.NewGuid(), TransactionNo = 3, TransactionType = TransactionType.VoidReturn };

        var figures = SalesCalculation.Compute([sale, returned, voidReturn], [], []);

        // gross = 1000 + 100 = 1100; returns 550 - 550 = 0; net tax 90 - (50 - 50) = 90; net = 1100 - 0 - 0 - 100 - 90 = 910
        Assert.Equal(new SalesFigure(1100m, 2, 1), figures.Gross);
        Assert.Equal(new SalesFigure(0m, 0, 0), figures.Returns);
        Assert.Equal(new SalesFigure(100m, 2, 1), figures.SubtotalDiscounts);
        Assert.Equal(SalesFigure.Zero, figures.LineDiscounts);
        Assert.Equal(new SalesFigure(910m, 2, 1), figures.Net);
        Assert.Equal([new TaxFigure("内税10%", 90m, 1000m, 2)], figures.Taxes);

        // cash 1000 - 550 + 550, payments 1 - 1 + 1
        Assert.Equal([new PaymentFigure("Cash", 1000m, 1)], figures.Payments);
    }

    [Fact]
    public void Logs_of_other_types_are_left_out()
    {
        var open = Transaction(1, TransactionType.Open, 100m, 1, [], [Cash(100m)]);
        var report = Transaction(2, TransactionType.FlashReport, 100m, 1, [], [Cash(100m)]);

        var figures = SalesCalculation.Compute([open, report], [], [new OpenCloseLog
        {
            EventId = Guid.NewGuid(), TenantId = "T0001", StoreCode = "S01", TerminalNo = 1, Operation = TerminalOperations.Open,
            TerminalInfo = new TerminalInfo { PhysicalAmount = 999m },
        }]);

        Assert.Equal(SalesFigure.Zero, figures.Gross);
        Assert.Empty(figures.Payments);

        // Only close logs count as the physical cash.
        Assert.Equal(0m, figures.Cash.PhysicalAmount);
    }
}
