using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors.Tests;

/// <summary>
/// The terminal's slips as the original prints them (services/terminal receipt_data), checked on
/// their 32-column journal text; the XML is the receipts library's, tested there.
/// </summary>
public class TerminalReceiptsTests
{
    private readonly TerminalStates _terminals = new();

    [Fact]
    public void The_open_slip_names_store_till_and_staff_and_shows_the_float()
    {
        var terminal = Snapshot(_terminals.Opened(30000m));

        var slip = TerminalReceipts.OpenClose(terminal, TerminalOperations.Open, "Main Street", TerminalStates.Start);

        Assert.Equal(
            "店舗名 Main Street              \n" +
            "レジNo. 1             責# 00S001\n" +
            "2026年11月30日(月) 09:00        \n" +
            "                                \n" +
            "    【 開 設  レ ポ ー ト 】    \n" +
            "                                \n" +
            "営業日付 2026年11月30日(月)     \n" +
            "開設回数 1回                    \n" +
            "--------------------------------\n" +
            "釣銭準備金              30,000円\n" +
            "--------------------------------\n" +
            "レシートNo. ------              \n",
            slip.JournalText);
        Assert.StartsWith("<?xml version=\"1.0\" ?>\n<PrintData>\n\t<Page>\n\t\t<Line type=\"Text\" align=\"Left\" dimension=\"\">\n\t\t\t店舗名 Main Street\n", slip.ReceiptText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_close_slip_shows_the_cash_counted_and_the_business_counter_the_original_meant_to_print()
    {
        var terminal = Snapshot(Accepted(TerminalLifecycle.Close(_terminals.Opened(30000m), new CloseTerminalRequest { PhysicalAmount = 29500.5m })));

        var slip = TerminalReceipts.OpenClose(terminal, TerminalOperations.Close, "Main Street", TerminalStates.Start.AddHours(8.5));

        // 29,500.5 rounds half to even, as Python's "{:,.0f}".
        Assert.Equal(
            "店舗名 Main Street              \n" +
            "レジNo. 1             責# 00S001\n" +
            "2026年11月30日(月) 17:30        \n" +
            "                                \n" +
            "    【 精 算  レ ポ ー ト 】    \n" +
            "                                \n" +
            "営業日付 2026年11月30日(月)     \n" +
            "開設回数 1回                    \n" +
            "精算通番 1回                    \n" +
            "--------------------------------\n" +
            "ドロア内現金            29,500円\n" +
            "--------------------------------\n" +
            "レシートNo. ------              \n",
            slip.JournalText);
    }

    [Fact]
    public void A_cash_out_slip_of_a_store_without_a_name_and_nobody_signed_in_prints_the_store_code_and_dashes()
    {
        var terminal = Snapshot(_terminals.Opened()) with { Staff = null };
        var movement = new CashMovement { Amount = -500m, Description = "Bank", RecordedAt = TerminalStates.Start };

        var slip = TerminalReceipts.Cash(terminal, movement, storeName: null);

        Assert.Equal(
            "S01                             \n" +
            "レジNo. 1             責# ------\n" +
            "2026年11月30日(月) 09:00        \n" +
            "                                \n" +
            "    【 出 金  レ ポ ー ト 】    \n" +
            "                                \n" +
            "営業日付 2026年11月30日(月)     \n" +
            "開設回数 1回                    \n" +
            "--------------------------------\n" +
            "Bank                      -500円\n" +
            "--------------------------------\n" +
            "レシートNo. ------              \n",
            slip.JournalText);
    }

    [Fact]
    public void A_cash_in_slip_is_titled_cash_in_and_a_long_description_is_cut_to_fit_the_amount()
    {
        var terminal = Snapshot(_terminals.Opened());
        var movement = new CashMovement { Amount = 1234567m, Description = "両替金の補充（本部からの追加分）", RecordedAt = TerminalStates.Start };

        var lines = TerminalReceipts.Cash(terminal, movement, "Main Street").JournalText.Split('\n');

        Assert.Equal("    【 入 金  レ ポ ー ト 】    ", lines[4]);

        // 32 less "1,234,567円" (11) and the space: 20 columns, ten wide characters.
        Assert.Equal("両替金の補充（本部か 1,234,567円", lines[9]);
    }

    private static TerminalSnapshot Snapshot(TerminalState state) => TerminalSnapshots.From("A1234-S01-1", state);

    private static TerminalState Accepted(TerminalDecision decision) => TerminalStates.Accepted(decision);
}
