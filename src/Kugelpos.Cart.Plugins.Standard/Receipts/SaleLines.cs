using System.Globalization;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Receipts;

namespace Kugelpos.Cart.Plugins.Standard.Receipts;

/// <summary>
/// The body of the standard receipt up to the payments: each line with its quantity and discounts,
/// the subtotal and its discounts, the external taxes, the total and every tax's detail.
/// </summary>
internal static class SaleLines
{
    private const string AmountGap = "  ";

    public static void Write(ReceiptPage page, TransactionLog transaction)
    {
        page.Border();
        foreach (var line in transaction.LineItems.Where(line => !line.IsCancelled))
        {
            Item(page, line);
        }

        page.Border();
        Subtotal(page, transaction);
        foreach (var tax in transaction.Taxes.Where(tax => tax.TaxType == TaxTypes.External))
        {
            page.LineSplit("  " + tax.TaxName, TextHelper.Yen(tax.TaxAmount) + AmountGap);
        }

        page.LineSplit("合計", TextHelper.Yen(transaction.Sales?.TotalAmountWithTax ?? 0m) + AmountGap);
        foreach (var tax in transaction.Taxes)
        {
            page.LineSplit($"  ({tax.TaxName} 対象額", TextHelper.Yen(tax.TargetAmount) + ")" + AmountGap);
            page.LineSplit($"  ({tax.TaxName}", TextHelper.Yen(tax.TaxAmount) + ")" + AmountGap);
        }
    }

    // The line at its price before discounts, then quantity and unit price when more than one, then each discount.
    private static void Item(ReceiptPage page, TransactionLineItem line)
    {
        var gross = line.Amount + line.Discounts.Sum(discount => discount.DiscountAmount);
        page.LineSplit(line.Description ?? string.Empty, TextHelper.Comma(gross) + TaxMark(line.TaxCode));
        if (line.Quantity >= 2)
        {
            page.LineLeft(TextHelper.FixedRight(TextHelper.Comma(line.Quantity) + " 個", 12) + "@" + TextHelper.Comma(line.UnitPrice));
        }

        foreach (var discount in line.Discounts)
        {
            switch (discount.DiscountType)
            {
                case DiscountTypes.Amount:
                    page.LineSplit(TextHelper.FixedRight("値引:", 15), TextHelper.Comma(-discount.DiscountValue) + AmountGap);
                    break;
                case DiscountTypes.Percentage:
                    page.LineSplit(TextHelper.FixedRight($"割引: {Rate(discount)}", 19), TextHelper.Comma(-discount.DiscountAmount) + AmountGap);
                    break;
                default:
                    break;
            }
        }
    }

    // The original's match lists the reduced rates as a sequence pattern, which never matches a code, so
    // its lines at 11 and 12 go unmarked; ours marks them as its layout means to.
    private static string TaxMark(string? taxCode) => taxCode switch
    {
        "01" => "外",
        "02" => "込",
        "11" or "12" => "軽",
        _ => "  ",
    };

    // The subtotal is before the subtotal discounts, which follow it.
    private static void Subtotal(ReceiptPage page, TransactionLog transaction)
    {
        var quantity = TextHelper.FixedRight(TextHelper.Comma(transaction.Sales?.TotalQuantity ?? 0) + " 個", 16);
        var subtotal = (transaction.Sales?.TotalAmount ?? 0m) + transaction.SubtotalDiscounts.Sum(discount => discount.DiscountAmount);
        page.LineSplit("小計" + quantity, TextHelper.Yen(subtotal) + AmountGap);
        foreach (var discount in transaction.SubtotalDiscounts)
        {
            switch (discount.DiscountType)
            {
                case DiscountTypes.Amount:
                    page.LineSplit("  ポイント値引", TextHelper.Comma(-discount.DiscountAmount) + AmountGap);
                    break;
                case DiscountTypes.Percentage:
                    page.LineSplit($"  ポイント割引: {Rate(discount)}", TextHelper.Yen(-discount.DiscountAmount) + AmountGap);
                    break;
                default:
                    break;
            }
        }
    }

    // The original zero-fills Python's text of a float rate, which prints 10 % as "10.0%"; its layout
    // shows "10%", which ours prints (a fractional rate keeps its fraction: "12.5%").
    private static string Rate(TransactionDiscount discount) =>
        TextHelper.ZeroFill(discount.DiscountValue.ToString("0.##########", CultureInfo.InvariantCulture), 2) + "%";
}
