using System.Numerics;
using Kugelpos.MasterData.Settings;

namespace Kugelpos.MasterData.Tests.Settings;

public class PythonLiteralParserTests
{
    [Fact]
    public void Scalars_come_out_as_typed_values()
    {
        Assert.True(PythonLiteralParser.TryParse("['s', 12345678901234567890, -2.5, True, None]", out var value));

        var items = Assert.IsType<List<object?>>(value);
        Assert.Equal("s", items[0]);
        Assert.Equal(BigInteger.Parse("12345678901234567890", System.Globalization.CultureInfo.InvariantCulture), items[1]);
        Assert.Equal(-2.5, items[2]);
        Assert.Equal(true, items[3]);
        Assert.Null(items[4]);
    }

    [Fact]
    public void A_dict_keeps_insertion_order_and_a_repeated_key_its_first_place_with_the_last_value()
    {
        Assert.True(PythonLiteralParser.TryParse("{'b': 1, 'a': 2, 'b': 3}", out var value));

        var dict = Assert.IsType<PythonDict>(value);
        Assert.Equal(["b", "a"], dict.Entries.Select(entry => (string?)entry.Key));
        Assert.Equal([new BigInteger(3), new BigInteger(2)], dict.Entries.Select(entry => (BigInteger)entry.Value!));
    }

    [Fact]
    public void Brackets_nest_across_lines_with_comments()
    {
        const string Text = "{\n  'rows': [  # the receipt lines\n    ('a',\n     'b'),\n  ],\n}\n";

        Assert.True(PythonLiteralParser.TryParse(Text, out var value));

        Assert.Equal("{\"rows\": [[\"a\", \"b\"]]}", PythonJson.Dumps(value));
    }

    [Theory]
    [InlineData("\n[1]", "[1]")]
    [InlineData("[1]\n\n", "[1]")]
    [InlineData("'a\\\nb'", "\"ab\"")]
    [InlineData("'''a\nb'''", "\"a\\nb\"")]
    [InlineData("r'a\\'b'", "\"a\\\\'b\"")]
    [InlineData("'\\0\\101\\x41'", "\"\\u0000AA\"")]
    [InlineData("[0X1f, 0O7, 0B1, 0x_ff]", "[31, 7, 1, 255]")]
    [InlineData("[1E5, 1_0.2_5, 5e-1]", "[100000.0, 10.25, 0.5]")]
    [InlineData("[- (  (2) )]", "[-2]")]
    public void Python_source_forms_are_read_as_python_reads_them(string text, string json)
    {
        Assert.True(PythonLiteralParser.TryParse(text, out var value));

        Assert.Equal(json, PythonJson.Dumps(value));
    }

    [Theory]
    [InlineData("\n  [1]")]
    [InlineData("[1]\n, [2]")]
    [InlineData("['a\nb']")]
    [InlineData("['\\x4']")]
    [InlineData("['\\U00110000']")]
    [InlineData("[r'\\']")]
    [InlineData("[1e]")]
    [InlineData("[0x]")]
    [InlineData("[0b12]")]
    [InlineData("[1.5j]")]
    [InlineData("[-'a']")]
    [InlineData("[- -1]")]
    [InlineData("[print(1)]")]
    [InlineData("[1] [0]")]
    [InlineData("{'a' 1}")]
    [InlineData("{'a': 1 'b': 2}")]
    [InlineData("(1 2)")]
    [InlineData("['a' b'c']")]
    [InlineData("")]
    public void Anything_else_is_refused(string text) => Assert.False(PythonLiteralParser.TryParse(text, out _));

    [Fact]
    public void Nesting_as_deep_as_python_refuses_is_refused()
    {
        Assert.True(PythonLiteralParser.TryParse(new string('[', 150) + new string(']', 150), out _));
        Assert.False(PythonLiteralParser.TryParse(new string('[', 250) + new string(']', 250), out _));
    }
}
