using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.Actors.Carts;
using Kugelpos.Cart.Actors.Tests.Calculation;

namespace Kugelpos.Cart.Actors.Tests.Model;

public class ReceiptSettingsTests
{
    [Theory]
    [InlineData("5678", 9, "terminal")]
    [InlineData("5678", 1, "store")]
    [InlineData("0001", 9, "everywhere")]
    public void A_setting_resolves_to_the_terminals_value_else_the_stores_else_the_one_for_every_store(string store, int terminal, string expected)
    {
        var setting = new SettingMaster
        {
            Name = "X",
            DefaultValue = "default",
            Values = [new SettingValue(null, null, "everywhere"), new SettingValue("5678", null, "store"), new SettingValue("5678", 9, "terminal")],
        };

        Assert.Equal(expected, setting.ValueFor(store, terminal));
    }

    [Fact]
    public void A_setting_without_a_value_for_the_terminal_resolves_to_its_default()
    {
        var setting = new SettingMaster { Name = "X", DefaultValue = "default", Values = [new SettingValue("0001", null, "other store")] };

        Assert.Equal("default", setting.ValueFor("5678", 9));
    }

    [Theory]
    [InlineData("10", "20", 10, 20)]
    [InlineData(null, "20", 111111, 20)]
    [InlineData("ten", null, 111111, 999999)]
    public void The_receipt_range_takes_each_bound_set_as_a_number_else_the_originals_default(string? start, string? end, int expectedStart, int expectedEnd)
    {
        var settings = new List<SettingMaster>();
        if (start is not null)
        {
            settings.Add(new SettingMaster { Name = ReceiptSettings.ReceiptNoStart, DefaultValue = start });
        }

        if (end is not null)
        {
            settings.Add(new SettingMaster { Name = ReceiptSettings.ReceiptNoEnd, DefaultValue = end });
        }

        var range = ReceiptSettings.Range(TestCarts.Empty() with { Masters = new() { Settings = settings } });

        Assert.Equal((expectedStart, expectedEnd), (range.Start, range.End));
    }

    [Theory]
    [InlineData("""[{"text": "A", "align": "right"}]""", """[{"text":"A","align":"right"}]""")]
    [InlineData("[{'text': 'A'}, {'text': 'B', 'align': 'CENTER'}]", """[{"text":"A","align":"left"},{"text":"B","align":"left"}]""")]
    [InlineData("""[{"text": 5}, {"text": null}, "line", {"align": "center"}]""", """[{"text":"","align":"center"}]""")]
    public void Header_lines_are_read_as_json_or_python_literal_and_only_text_lines_are_kept(string value, string expected)
    {
        var cart = TestCarts.Empty() with { Masters = new() { Settings = [new SettingMaster { Name = ReceiptSettings.ReceiptHeaders, DefaultValue = value }] } };

        Assert.Equal(expected, ReceiptSettings.AdditionalInfo(cart)["receipt_headers"].GetRawText());
    }

    [Theory]
    [InlineData("not a list")]
    [InlineData("""{"text": "A"}""")]
    [InlineData("[7, \"x\"]")]
    [InlineData("")]
    public void A_header_setting_with_no_line_in_it_puts_no_headers_in_the_log(string value)
    {
        var cart = TestCarts.Empty() with { Masters = new() { Settings = [new SettingMaster { Name = ReceiptSettings.ReceiptHeaders, DefaultValue = value }] } };

        Assert.Empty(ReceiptSettings.AdditionalInfo(cart));
    }
}
