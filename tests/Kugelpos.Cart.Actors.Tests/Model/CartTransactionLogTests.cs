using System.Text.Json;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Serialization;

namespace Kugelpos.Cart.Actors.Tests.Model;

public class CartTransactionLogTests
{
    [Fact]
    public void A_cart_maps_to_its_transaction_log_field_for_field()
    {
        var cart = CartDocumentJsonTests.FullCart();
        var eventId = Guid.NewGuid();

        var log = CartTransactionLog.From(cart, eventId);

        Assert.Equal(
            (eventId, "T9999", "5678", "Test store", 9, (DateOnly?)new DateOnly(2026, 11, 30), (int?)1, (int?)3),
            (log.EventId, log.TenantId, log.StoreCode, log.StoreName, log.TerminalNo, log.BusinessDate, log.OpenCounter, log.BusinessCounter));
        Assert.Equal(((int?)17, (TransactionType?)TransactionType.NormalSales, (int?)4, cart.GenerateDateTime), (log.TransactionNo, log.TransactionType, log.ReceiptNo, log.GenerateDateTime));
        Assert.Equal((cart.User, cart.Staff, cart.Sales), (log.User, log.Staff, log.Sales));
        Assert.Equal(cart.Payments, log.Payments);
        Assert.Equal(cart.Taxes, log.Taxes);
        Assert.Equal(cart.SubtotalDiscounts, log.SubtotalDiscounts);
        Assert.Equal(("receipt", "journal"), (log.ReceiptText, log.JournalText));
        Assert.Null(log.Origin);
        Assert.Equal(cart.LineItems.Count, log.LineItems.Count);
        for (var i = 0; i < cart.LineItems.Count; i++)
        {
            var (line, logged) = (cart.LineItems[i], log.LineItems[i]);
            Assert.Equal(
                (line.LineNo, line.ItemCode, line.CategoryCode, line.Description, line.DescriptionShort, line.UnitPrice, line.UnitPriceOriginal, line.IsUnitPriceChanged),
                (logged.LineNo ?? 0, logged.ItemCode, logged.CategoryCode, logged.Description, logged.DescriptionShort, logged.UnitPrice, logged.UnitPriceOriginal, logged.IsUnitPriceChanged));
            Assert.Equal((line.Quantity, line.Amount, line.TaxCode, line.IsCancelled), (logged.Quantity, logged.Amount, logged.TaxCode, logged.IsCancelled));
            Assert.Equal(line.Discounts, logged.Discounts);
            Assert.Equal(line.DiscountsAllocated, logged.DiscountsAllocated);
        }
    }

    [Fact]
    public void The_published_log_leaves_the_cart_only_fields_behind()
    {
        var json = EventJson.Serialize(CartTransactionLog.From(CartDocumentJsonTests.FullCart(), Guid.NewGuid()));

        using var document = JsonDocument.Parse(json);
        var line = document.RootElement.GetProperty("line_items")[0];
        Assert.False(line.TryGetProperty("item_details", out _));
        Assert.False(line.TryGetProperty("is_discount_restricted", out _));
        Assert.False(document.RootElement.TryGetProperty("masters", out _));
        Assert.False(document.RootElement.TryGetProperty("balance_amount", out _));
        Assert.Equal(4, document.RootElement.GetProperty("sales").GetProperty("total_quantity").GetInt32());
    }
}
