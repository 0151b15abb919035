using System.Net;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.Payments;

public class PaymentTests
{
    private const string Payments = MasterDataApi.Root + "/payments";

    [Fact]
    public async Task A_payment_method_is_created_read_updated_and_deleted_with_the_originals_messages()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var created = await service.AsUserAsync(HttpMethod.Post, Payments, Seed.Payment("01", limitAmount: 50000));
        var read = await service.AsUserAsync(HttpMethod.Get, Payments + "/01");
        var updated = await service.AsUserAsync(HttpMethod.Put, Payments + "/01", new
        {
            description = "Card",
            limit_amount = 0,
            can_refund = false,
            can_deposit_over = false,
            can_change = false,
            is_active = false,
        });
        var deleted = await service.AsUserAsync(HttpMethod.Delete, Payments + "/01");
        var gone = await service.AsUserAsync(HttpMethod.Get, Payments + "/01");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("create_payment", created.Operation);
        Assert.Equal("Payment created. payment_code: 01", created.Message);
        Assert.Equal(
            ["paymentCode", "description", "limitAmount", "canRefund", "canDepositOver", "canChange", "isActive", "entryDatetime", "lastUpdateDatetime"],
            Json.PropertyNames(created.Data));
        Assert.Equal("get_payment", read.Operation);
        Assert.Equal("Payment found. payment_code: 01", read.Message);
        Assert.Equal(50000m, read.Data.GetProperty("limitAmount").GetDecimal());
        Assert.True(read.Data.GetProperty("canChange").GetBoolean());
        Assert.Equal("update_payment", updated.Operation);
        Assert.Equal("Payment updated. payment_code: 01", updated.Message);
        Assert.Equal("Card", updated.Data.GetProperty("description").GetString());
        Assert.False(updated.Data.GetProperty("isActive").GetBoolean());
        Assert.Equal("delete_payment", deleted.Operation);
        Assert.Equal("Payment deleted. payment_code: 01", deleted.Message);
        Assert.Equal("01", deleted.Data.GetProperty("paymentCode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("Payment not found. payment_code: 01", gone.Message);
    }

    [Fact]
    public async Task The_list_is_sorted_by_payment_code_by_default_and_paged()
    {
        await using var service = await MasterDataTestService.StartAsync();
        foreach (var code in new[] { "12", "01", "11" })
        {
            await service.AsUserAsync(HttpMethod.Post, Payments, Seed.Payment(code));
        }

        var all = await service.AsUserAsync(HttpMethod.Get, Payments);
        var descending = await service.AsUserAsync(HttpMethod.Get, Payments + "?sort=payment_code:-1&limit=2&page=1");

        Assert.Equal("get_all_payments", all.Operation);
        Assert.Equal("Payments found. Total payments: 3", all.Message);
        Assert.Equal(["01", "11", "12"], all.Column("paymentCode"));
        Assert.Equal("payment_code:1", all.Body.GetProperty("metadata").GetProperty("sort").GetString());
        Assert.Equal(["12", "11"], descending.Column("paymentCode"));
        Assert.Equal(3, descending.Body.GetProperty("metadata").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_taken_code_is_a_409_and_the_first_payment_stays()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Payments, Seed.Payment("01", limitAmount: 10));

        var again = await service.AsUserAsync(HttpMethod.Post, Payments, Seed.Payment("01", limitAmount: 20));
        var read = await service.AsUserAsync(HttpMethod.Get, Payments + "/01");

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(["paymentCode"], again.ErrorFields);
        Assert.Equal("payment with payment_code 01 already exists. tenant_id: T1000", again.Message);
        Assert.Equal(10m, read.Data.GetProperty("limitAmount").GetDecimal());
    }

    [Fact]
    public async Task Every_invalid_field_is_named_in_one_422_and_nothing_changes()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Payments, Seed.Payment("01", limitAmount: 10));

        var create = await service.AsUserAsync(HttpMethod.Post, Payments, new { paymentCode = new string('P', 65), limitAmount = -1 });
        var update = await service.AsUserAsync(HttpMethod.Put, Payments + "/01", new { description = "x", limitAmount = 1, canRefund = "yes" });
        var all = await service.AsUserAsync(HttpMethod.Get, Payments);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, create.Status);
        Assert.Equal(
            ["canChange", "canDepositOver", "canRefund", "description", "isActive", "limitAmount", "paymentCode"],
            create.ErrorFields.Order());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, update.Status);
        Assert.Equal(["canRefund"], update.ErrorFields);
        Assert.Equal(["01"], all.Column("paymentCode"));
        Assert.Equal(10m, all.Data[0].GetProperty("limitAmount").GetDecimal());
    }

    [Fact]
    public async Task An_unknown_code_is_a_404_for_read_update_and_delete()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var read = await service.AsUserAsync(HttpMethod.Get, Payments + "/99");
        var update = await service.AsUserAsync(HttpMethod.Put, Payments + "/99", Seed.Payment("99"));
        var delete = await service.AsUserAsync(HttpMethod.Delete, Payments + "/99");

        Assert.All([read, update, delete], reply =>
        {
            Assert.Equal(HttpStatusCode.NotFound, reply.Status);
            Assert.Equal("100001", reply.ErrorCode);
        });
    }
}
