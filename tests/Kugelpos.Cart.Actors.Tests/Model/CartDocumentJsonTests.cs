using System.Text.Json;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.Actors.Calculation;
using Kugelpos.Cart.Actors.Tests.Calculation;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Tests.Model;

public class CartDocumentJsonTests
{
    // The actor runtime's options (KugelposActorDefaults): the document is saved as actor state with them.
    private static readonly JsonSerializerOptions ActorStateOptions = new(JsonSerializerDefaults.Web);

    internal static CartDocument FullCart()
    {
        var calculator = TestCarts.Calculator();
        var cart = new CartLineEditor(calculator).AddItems(TestCarts.Empty(),
        [
            new ItemEntry(TestCarts.Item("A", 1234.5m, taxCode: "01"), 2),
            new ItemEntry(TestCarts.Item("B", 330m, taxCode: "12", storePrice: 300m), 1),
            new ItemEntry(TestCarts.Item("C", 99m, restricted: true), 1),
        ]);
        cart = new CartLineEditor(calculator).ReplaceLineDiscounts(cart, 1, [new RequestedDiscount(DiscountTypes.Percentage, 10m, "staff")]);
        cart = new SubtotalDiscounter(calculator).Replace(cart, [new RequestedDiscount(DiscountTypes.Amount, 50.25m, "coupon")]);
        return cart with
        {
            State = CartState.Paying,
            TransactionType = TransactionType.NormalSales,
            TransactionNo = 17,
            ReceiptNo = 4,
            GenerateDateTime = new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.FromHours(9)),
            User = new TransactionUser { Id = "u1", Name = "User One" },
            Staff = new TransactionStaff { Id = "S001", Name = "Staff One" },
            Payments = [new TransactionPayment { PaymentNo = 1, PaymentCode = "01", DepositAmount = 3000m, Amount = 2856m, Description = "現金" }],
            Sales = cart.Sales with { ChangeAmount = 144m },
            ReceiptText = "receipt",
            JournalText = "journal",
            Masters = cart.Masters with
            {
                Settings = [new SettingMaster { Name = "RECEIPT_NO_START_VALUE", DefaultValue = "1", Values = [new SettingValue("5678", 9, "100")] }],
            },
        };
    }

    [Fact]
    public void A_cart_round_trips_through_the_actor_state_json_unchanged()
    {
        var cart = FullCart();

        var json = JsonSerializer.Serialize(cart, ActorStateOptions);
        var back = JsonSerializer.Deserialize<CartDocument>(json, ActorStateOptions);

        Assert.NotNull(back);
        Assert.Equal(json, JsonSerializer.Serialize(back, ActorStateOptions));
        Assert.Equal(cart.LineItems[0].UnitPrice, back.LineItems[0].UnitPrice);
        Assert.Equal(cart.Masters.Items.Select(i => (i.ItemCode, i.StorePrice)), back.Masters.Items.Select(i => (i.ItemCode, i.StorePrice)));
        Assert.Equal(cart.Sales, back.Sales);
        Assert.Equal(cart.GenerateDateTime, back.GenerateDateTime);
    }

    [Fact]
    public void The_saved_cart_uses_the_original_field_names_and_the_state_by_name()
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(FullCart(), ActorStateOptions));
        var root = json.RootElement;

        Assert.Equal("Paying", root.GetProperty("status").GetString());
        Assert.Equal(101, root.GetProperty("transaction_type").GetInt32());
        Assert.Equal("2026-11-30", root.GetProperty("business_date").GetString());
        var line = root.GetProperty("line_items")[0];
        Assert.Equal(1234.5m, line.GetProperty("unit_price").GetDecimal());
        Assert.True(line.TryGetProperty("is_discount_restricted", out _));
        Assert.Equal(50.25m, root.GetProperty("subtotal_discounts")[0].GetProperty("discount_amount").GetDecimal());
        // Master snapshots keep master-data's own (camelCase) names, so the client reads them straight in.
        Assert.Equal(300m, root.GetProperty("masters").GetProperty("items")[1].GetProperty("storePrice").GetDecimal());
    }

    [Fact]
    public void An_item_reads_straight_from_a_master_data_store_item_response()
    {
        const string response = """
            {"itemCode":"49-01","description":"Cola","unitPrice":100.0,"unitCost":60.0,"storePrice":null,
             "itemDetails":["500ml"],"imageUrls":[],"categoryCode":"001","taxCode":"01","isDiscountRestricted":false,
             "isDeleted":false,"entryDatetime":"2026-11-30T00:00:00Z","lastUpdateDatetime":null}
            """;

        var item = JsonSerializer.Deserialize<ItemMaster>(response, ActorStateOptions);

        Assert.NotNull(item);
        Assert.Equal(("49-01", 100m, null, "01", "001"), (item.ItemCode, item.UnitPrice, item.StorePrice, item.TaxCode, item.CategoryCode));
    }
}
