using System.Globalization;
using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Receipts;

namespace Kugelpos.Cart.Plugins.Standard.Receipts;

/// <summary>
/// The standard receipt (the original's ReceiptDataSample, code "default"): the configured header
/// lines, till and staff, time and title; the lines with their discounts, subtotal, taxes, total and
/// payments; for a return or a void the receipt it refers to; then the receipt number, the stamp,
/// the invoice registration number and the configured footer lines.
/// </summary>
public sealed class DefaultReceipt : IReceiptDataPlugin
{
    /// <summary>The code the standard receipt is configured under.</summary>
    public const string StandardCode = "default";

    private readonly int _width;

    /// <summary>The standard receipt for a slip of 32 columns.</summary>
    public DefaultReceipt()
        : this(new SalesPluginArguments(StandardCode))
    {
    }

    /// <summary>The standard receipt as configured.</summary>
    /// <param name="arguments">The entry: its code, and <c>width</c>, the journal's columns (32 unless given).</param>
    public DefaultReceipt(SalesPluginArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Code = arguments.Code;
        _width = arguments.GetInt32("width", PrintData.DefaultWidth);
        if (_width <= 0)
        {
            throw new SalesPluginArgumentException("width", $"must be above zero, not {_width.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    /// <inheritdoc />
    public string Code { get; }

    /// <inheritdoc />
    public ValueTask<ReceiptData> RenderAsync(TransactionLog transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var page = new ReceiptPage();
        Header(page, transaction);
        SaleLines.Write(page, transaction);
        PaymentLines.Write(page, transaction);
        OriginLines.Write(page, transaction);
        Footer(page, transaction);
        return ValueTask.FromResult(new PrintData(page).ToReceiptData(_width));
    }

    private static void Header(ReceiptPage page, TransactionLog transaction)
    {
        ConfiguredLines.Write(page, transaction, ConfiguredLines.Headers);
        page.LineSplit(
            string.Create(CultureInfo.InvariantCulture, $"レジNo. {transaction.TerminalNo}"),
            "責# " + (transaction.Staff?.Id ?? string.Empty));
        page.LineLeft(Time(transaction.GenerateDateTime));
        page.LineCenter($"【 {Title(transaction)} 】");
    }

    private static string Title(TransactionLog transaction) =>
        transaction.Sales?.IsCancelled == true ? "取 引 中 止" : transaction.TransactionType switch
        {
            TransactionType.NormalSales => "領 収 証",
            TransactionType.NormalSalesCancel => "取 引 中 止",
            TransactionType.ReturnSales => "返 品 伝 票",
            TransactionType.VoidSales => "売上取消伝票",
            TransactionType.VoidReturn => "返品取消伝票",
            _ => string.Empty,
        };

    private static void Footer(ReceiptPage page, TransactionLog transaction)
    {
        page.Border();
        page.LineLeft("レシートNo. " + Number(transaction.ReceiptNo));
        if (transaction.Sales is { IsStampDutyApplied: true } sales)
        {
            // Room for the revenue stamp, which the cashier sticks on the printed receipt.
            page.LineLeft(" ")
                .LineLeft("-----------")
                .LineLeft("|         |")
                .LineLeft("| (stamp) |")
                .LineLeft("|         |")
                .LineLeft("|         |")
                .LineLeft("-----------")
                .LineLeft("印紙代" + TextHelper.Comma(sales.StampDutyAmount) + "円");
        }

        if (ConfiguredLines.InvoiceRegistrationNumber(transaction) is { } number)
        {
            page.LineLeft("事業者登録番号 " + number);
        }

        ConfiguredLines.Write(page, transaction, ConfiguredLines.Footers);
    }

    /// <summary>A time as the slip prints it, nothing when there is none.</summary>
    internal static string Time(DateTimeOffset? time) => time is { } value ? ReceiptDates.DateTime(value) : string.Empty;

    /// <summary>A number as the slip prints it, nothing when there is none.</summary>
    internal static string Number(int? number) => number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
