namespace Kugelpos.Receipts.Tests;

/// <summary>The original's text helpers (kugel_common TextHelper and its tests in services/cart/tests/test_text_helper.py).</summary>
public class TextHelperTests
{
    [Theory]
    [InlineData("Hello", 5)]
    [InlineData("商品名です", 10)]
    [InlineData("Product商品ABC", 14)]
    [InlineData("【 開 設 】", 11)]
    [InlineData("", 0)]
    [InlineData("e\u0301", 1)]
    [InlineData("tab\there", -1)]
    public void Width_counts_a_wide_character_as_two_columns_and_a_control_character_as_minus_one(string text, int width) =>
        Assert.Equal(width, TextHelper.Width(text));

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1000, "1,000")]
    [InlineData(1234567.5, "1,234,568")]
    [InlineData(2.5, "2")]
    [InlineData(3.5, "4")]
    [InlineData(-1000, "-1,000")]
    [InlineData(-0.4, "-0")]
    [InlineData(999.49, "999")]
    public void Comma_rounds_half_to_even_and_groups_thousands(double value, string expected) =>
        Assert.Equal(expected, TextHelper.Comma((decimal)value));

    [Fact]
    public void Yen_puts_the_mark_before_the_amount_and_a_single_minus_in_its_place_when_negative()
    {
        Assert.Equal("\\1,000", TextHelper.Yen(1000m));
        Assert.Equal("¥1,000", TextHelper.Yen(1000m, "¥"));
        Assert.Equal("-1,000", TextHelper.Yen(-1000m));
    }

    [Theory]
    [InlineData("123", 6, "000123")]
    [InlineData("S001", 6, "00S001")]
    [InlineData("-12", 6, "-00012")]
    [InlineData("+7", 3, "+07")]
    [InlineData("1234567", 6, "1234567")]
    [InlineData("", 2, "00")]
    public void Zero_fill_pads_on_the_left_after_a_sign_as_python_zfill(string value, int width, string expected) =>
        Assert.Equal(expected, TextHelper.ZeroFill(value, width));

    [Fact]
    public void Zero_fill_of_a_number_is_that_of_its_digits() => Assert.Equal("05", TextHelper.ZeroFill(5, 2));

    [Fact]
    public void Truncate_keeps_text_that_fits_and_cuts_at_a_character_boundary()
    {
        Assert.Equal("Hello", TextHelper.Truncate("Hello", 10));
        Assert.Equal("Hello World", TextHelper.Truncate("Hello World", 11));
        Assert.Equal("Very long product descrip", TextHelper.Truncate("Very long product description here", 25));
        Assert.Equal("とても長い商品名です", TextHelper.Truncate("とても長い商品名です。これは30文字以上", 20));
        Assert.Equal("とても長い商品", TextHelper.Truncate("とても長い商品名です。これは30文字以上", 15));
        Assert.Equal("Product商", TextHelper.Truncate("Product商品ABC", 10));
    }

    [Fact]
    public void Truncate_leaves_room_for_a_suffix_and_gives_nothing_for_no_width()
    {
        Assert.Equal("Very long product desc...", TextHelper.Truncate("Very long product description here", 25, "..."));
        Assert.Equal("...", TextHelper.Truncate("Very long product description here", 3, "..."));
        Assert.Equal(string.Empty, TextHelper.Truncate("Hello", 0));
        Assert.Equal(string.Empty, TextHelper.Truncate("Hello", -5));
        Assert.Equal(string.Empty, TextHelper.Truncate(string.Empty, 10));
    }

    [Fact]
    public void Fixed_left_pads_to_the_width_and_cuts_only_when_asked()
    {
        Assert.Equal("Hello     ", TextHelper.FixedLeft("Hello", 10));
        Assert.Equal("Very long text", TextHelper.FixedLeft("Very long text", 5));
        Assert.Equal("Very long ", TextHelper.FixedLeft("Very long text", 10, truncate: true));
        Assert.Equal("商品名です", TextHelper.FixedLeft("商品名です", 8));
        Assert.Equal("商品名で", TextHelper.FixedLeft("商品名です", 8, truncate: true));
        Assert.Equal("1回       ", TextHelper.FixedLeft("1回", 10));
    }

    [Fact]
    public void Fixed_left_reckons_its_padding_from_the_width_before_the_cut_as_the_original()
    {
        // "商品名です" is 10 columns; cut to 7 it is "商品名" (6), and no space makes up the seventh.
        Assert.Equal("商品名", TextHelper.FixedLeft("商品名です", 7, truncate: true));
    }

    [Fact]
    public void Fixed_right_and_fixed_center_place_wide_text_by_its_columns()
    {
        Assert.Equal("   Hello", TextHelper.FixedRight("Hello", 8));
        Assert.Equal("  円", TextHelper.FixedRight("円", 4));
        Assert.Equal("Too long", TextHelper.FixedRight("Too long", 3));
        Assert.Equal(" ab  ", TextHelper.FixedCenter("ab", 5));
        Assert.Equal("    【 開 設  レ ポ ー ト 】    ", TextHelper.FixedCenter("【 開 設  レ ポ ー ト 】", 32));
        Assert.Equal(new string(' ', 15) + " " + new string(' ', 16), TextHelper.FixedCenter(" ", 32));
    }

    [Fact]
    public void Space_is_that_many_spaces() => Assert.Equal("   ", TextHelper.Space(3));
}
