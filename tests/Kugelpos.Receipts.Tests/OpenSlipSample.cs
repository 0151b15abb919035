namespace Kugelpos.Receipts.Tests;

/// <summary>The open slip of the original's tests (store "Test Store", till 1, staff 000123, 10,000 yen float), built on the page.</summary>
internal static class OpenSlipSample
{
    public static PrintData Build() => new(new ReceiptPage()
        .LineLeft("店舗名 Test Store")
        .LineSplit("レジNo. 1", "責# 000123")
        .LineLeft("2024年01月01日(月) 09:00")
        .LineCenter(" ")
        .LineCenter("【 開 設  レ ポ ー ト 】")
        .LineCenter(" ")
        .LineLeft("営業日付 2024年01月01日(月)")
        .LineLeft("開設回数 " + TextHelper.FixedLeft("1回", 10))
        .Border()
        .LineSplit("釣銭準備金", "10,000円")
        .Border()
        .LineLeft("レシートNo. ------"));
}
