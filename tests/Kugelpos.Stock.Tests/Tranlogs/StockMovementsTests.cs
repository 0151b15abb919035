using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Stock.Stocks;
using Kugelpos.Stock.Tests.Support;
using Kugelpos.Stock.Tranlogs;

namespace Kugelpos.Stock.Tests.Tranlogs;

public sealed class StockMovementsTests
{
    [Theory]
    [InlineData(TransactionType.NormalSales, -3, StockUpdateTypes.Sale)]
    [InlineData(TransactionType.VoidSales, 3, StockUpdateTypes.Void)]
    [InlineData(TransactionType.ReturnSales, 3, StockUpdateTypes.Return)]
    [InlineData(TransactionType.VoidReturn, -3, StockUpdateTypes.VoidReturn)]
    public void Each_transaction_type_moves_stock_its_way(TransactionType type, int change, string updateType)
    {
        var log = SampleLogs.Of(type, ("A", 3));

        var moved = Assert.Single(StockMovements.Of(log));

        Assert.Equal((change, updateType, "17", "A", "S1"), ((int)moved.Quantity, moved.UpdateType, moved.ReferenceId, moved.Key.ItemCode, moved.Key.StoreCode));
        Assert.Equal($"{log.EventId:N}-1", moved.ChangeId);
    }

    [Theory]
    [InlineData(TransactionType.NormalSalesCancel)]
    [InlineData(TransactionType.CashIn)]
    [InlineData(TransactionType.FlashReport)]
    public void Other_transaction_types_move_nothing(TransactionType type) =>
        Assert.Empty(StockMovements.Of(SampleLogs.Of(type, ("A", 3))));

    [Fact]
    public void A_cancelled_transaction_moves_nothing()
    {
        var log = SampleLogs.Sale(("A", 3)) with { Sales = new TransactionSales { IsCancelled = true } };

        Assert.Empty(StockMovements.Of(log));
    }

    [Fact]
    public void Cancelled_lines_and_lines_of_no_quantity_move_nothing_and_the_rest_keep_their_line_numbers()
    {
        var log = SampleLogs.Sale(("A", 1), ("B", 2), ("C", 0));
        log = log with { LineItems = [log.LineItems[0] with { IsCancelled = true }, log.LineItems[1], log.LineItems[2]] };

        var moved = Assert.Single(StockMovements.Of(log));

        Assert.Equal(("B", -2m, $"{log.EventId:N}-2"), (moved.Key.ItemCode, moved.Quantity, moved.ChangeId));
    }

    [Fact]
    public void The_same_item_on_two_lines_is_two_changes()
    {
        var moved = StockMovements.Of(SampleLogs.Sale(("A", 1), ("A", 2)));

        Assert.Equal([-1m, -2m], moved.Select(change => change.Quantity));
        Assert.Equal(2, moved.Select(change => change.ChangeId).Distinct().Count());
    }

    [Fact]
    public void A_line_that_moves_stock_without_an_item_code_is_refused()
    {
        var log = SampleLogs.Sale(("A", 1)) with { LineItems = [new TransactionLineItem { LineNo = 1, ItemCode = null, Quantity = 1 }] };

        var refusal = Assert.Throws<ArgumentException>(() => StockMovements.Of(log));

        Assert.Contains("item_code", refusal.Message, StringComparison.Ordinal);
    }
}
