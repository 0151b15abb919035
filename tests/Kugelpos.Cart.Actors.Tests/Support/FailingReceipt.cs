using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Plugins.Standard.Receipts;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Receipts;

namespace Kugelpos.Cart.Actors.Tests.Support;

/// <summary>The standard receipt, which can be made to fail once.</summary>
internal sealed class FailingReceipt : IReceiptDataPlugin
{
    private readonly DefaultReceipt _receipt = new();

    public string Code => _receipt.Code;

    public bool FailNext { get; set; }

    public ValueTask<ReceiptData> RenderAsync(TransactionLog transaction, CancellationToken cancellationToken)
    {
        if (FailNext)
        {
            FailNext = false;
            throw new InvalidOperationException("The receipt could not be rendered.");
        }

        return _receipt.RenderAsync(transaction, cancellationToken);
    }
}
