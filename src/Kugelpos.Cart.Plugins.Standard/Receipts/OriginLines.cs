using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Receipts;

namespace Kugelpos.Cart.Plugins.Standard.Receipts;

/// <summary>The receipt a return or a void refers to (<c>[対象レシート]</c>): when, what, where and its numbers.</summary>
internal static class OriginLines
{
    public static void Write(ReceiptPage page, TransactionLog transaction)
    {
        if (transaction.TransactionType is not (TransactionType.ReturnSales or TransactionType.VoidSales or TransactionType.VoidReturn)
            || transaction.Origin is not { } origin)
        {
            return;
        }

        page.Border()
            .LineLeft("[対象レシート]")
            .LineSplit("日時", DefaultReceipt.Time(origin.GenerateDateTime))
            .LineSplit("取引区分", origin.TransactionType switch
            {
                TransactionType.NormalSales => "売 上",
                TransactionType.ReturnSales => "返 品",
                _ => "不 明",
            })
            .LineSplit("店舗コード", origin.StoreCode ?? string.Empty)
            .LineSplit("店舗名", origin.StoreName ?? string.Empty)
            .LineSplit("レジNo.", DefaultReceipt.Number(origin.TerminalNo))
            .LineSplit("レシートNo.", DefaultReceipt.Number(origin.ReceiptNo))
            .LineSplit("取引通番", DefaultReceipt.Number(origin.TransactionNo));
    }
}
