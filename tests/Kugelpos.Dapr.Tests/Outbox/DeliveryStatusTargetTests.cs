using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Outbox;

namespace Kugelpos.Dapr.Tests.Outbox;

public sealed class DeliveryStatusTargetTests
{
    [Fact]
    public void A_transaction_log_reports_to_the_cart_on_its_transaction()
    {
        var tranlog = new TransactionLog { EventId = Guid.NewGuid(), TenantId = "T1", StoreCode = "S1", TerminalNo = 3, TransactionNo = 42 };

        Assert.Equal(
            new DeliveryStatusTarget("cart", "/api/v1/tenants/T1/stores/S1/terminals/3/transactions/42/delivery-status", "T1"),
            DeliveryStatusTarget.For(tranlog));
    }

    [Fact]
    public void A_transaction_log_without_a_number_has_nowhere_to_report() =>
        Assert.Null(DeliveryStatusTarget.For(new TransactionLog { EventId = Guid.NewGuid(), TenantId = "T1", StoreCode = "S1", TerminalNo = 3 }));

    [Fact]
    public void A_cash_log_reports_to_the_terminal_by_its_terminal_id()
    {
        var cashlog = new CashInOutLog { EventId = Guid.NewGuid(), TenantId = "T1", StoreCode = "S1", TerminalNo = 3 };

        Assert.Equal(new DeliveryStatusTarget("terminal", "/api/v1/terminals/T1-S1-3/delivery-status", "T1"), DeliveryStatusTarget.For(cashlog));
    }
}
