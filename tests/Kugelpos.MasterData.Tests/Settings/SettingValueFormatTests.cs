using Kugelpos.MasterData.Settings;

namespace Kugelpos.MasterData.Tests.Settings;

/// <summary>
/// The original's <c>ensure_json_format</c>: its own test cases, then a table whose expected texts
/// Python 3.11 wrote (<c>json.dumps(json.loads(v) or ast.literal_eval(v), ensure_ascii=False)</c>).
/// </summary>
public class SettingValueFormatTests
{
    [Theory]
    [InlineData("[{\"key\": \"val\"}]")]
    [InlineData("{\"key\": \"val\"}")]
    [InlineData("  [1, 2, 3]  ")]
    [InlineData("[1, 2}")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("\u00a0[1]\u3000")]
    public void A_trimmed_value_between_brackets_looks_like_json(string value) =>
        Assert.True(SettingValueFormat.LooksLikeJson(value));

    [Theory]
    [InlineData("hello")]
    [InlineData("[1, 2")]
    [InlineData("1, 2]")]
    [InlineData("")]
    [InlineData("[")]
    [InlineData("   ")]
    public void Other_values_do_not_look_like_json(string value) =>
        Assert.False(SettingValueFormat.LooksLikeJson(value));

    [Fact]
    public void A_plain_value_is_kept() => Assert.Equal("plain text", SettingValueFormat.Normalize("plain text"));

    [Fact]
    public void Valid_json_is_written_as_python_writes_it() =>
        Assert.Equal("[{\"text\": \"Hello\"}]", SettingValueFormat.Normalize("[{\"text\": \"Hello\"}]"));

    [Fact]
    public void A_python_literal_becomes_json() =>
        Assert.Equal("[{\"text\": \"Hello\", \"align\": \"left\"}]", SettingValueFormat.Normalize("[{'text': 'Hello', 'align': 'left'}]"));

    [Fact]
    public void A_value_that_is_neither_is_kept() =>
        Assert.Equal("[{bad json content!}]", SettingValueFormat.Normalize("[{bad json content!}]"));

    [Fact]
    public void A_python_dict_becomes_a_json_object() =>
        Assert.Equal("{\"a\": 1, \"b\": 2}", SettingValueFormat.Normalize("{'a': 1, 'b': 2}"));

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("[{\"text\": \"Hello\"}]", "[{\"text\": \"Hello\"}]")]
    [InlineData("[{'text': 'Hello', 'align': 'left'}]", "[{\"text\": \"Hello\", \"align\": \"left\"}]")]
    [InlineData("[{bad json content!}]", "[{bad json content!}]")]
    [InlineData("{\"a\": 1}", "{\"a\": 1}")]
    [InlineData("{'a': 1, 'b': 2}", "{\"a\": 1, \"b\": 2}")]
    [InlineData("[{\"text\":\"Hello\",\"align\":\"left\"}]", "[{\"text\": \"Hello\", \"align\": \"left\"}]")]
    [InlineData("  [1,2,3]  ", "[1, 2, 3]")]
    [InlineData("[1, 2}", "[1, 2}")]
    [InlineData("[1, 2", "[1, 2")]
    [InlineData("[]", "[]")]
    [InlineData("{}", "{}")]
    [InlineData("{\"a\":{\"b\":[1,{\"c\":null}]}}", "{\"a\": {\"b\": [1, {\"c\": null}]}}")]
    [InlineData("[1.5, 1000.0, 1e-5, 1e16, 1E+2, -0.0, 0.1, 123456789.123456789, 1e400, 12345678901234567890]", "[1.5, 1000.0, 1e-05, 1e+16, 100.0, -0.0, 0.1, 123456789.12345679, Infinity, 12345678901234567890]")]
    [InlineData("[\"\u00e9\", \"\u65e5\u672c\", \"\\u00e9\", \"tab\\there\", \"quote\\\"\", \"back\\\\slash\", \"\\u0001\", \"\\/\"]", "[\"\u00e9\", \"\u65e5\u672c\", \"\u00e9\", \"tab\\there\", \"quote\\\"\", \"back\\\\slash\", \"\\u0001\", \"/\"]")]
    [InlineData("{'a': True, 'b': False, 'c': None}", "{\"a\": true, \"b\": false, \"c\": null}")]
    [InlineData("[(1, 2), (3,), ()]", "[[1, 2], [3], []]")]
    [InlineData("[-1, -2.5, +3, - 4]", "[-1, -2.5, 3, -4]")]
    [InlineData("[0x1F, 0o17, 0b101, 1_000, .5, 1., 1.e3]", "[31, 15, 5, 1000, 0.5, 1.0, 1000.0]")]
    [InlineData("['it\\'s', \"say \\\"hi\\\"\", '\\n', '\\x41\\u00e9\\U0001F600', r'\\d+', u'x', '''tri'ple''']", "[\"it's\", \"say \\\"hi\\\"\", \"\\n\", \"A\u00e9\U0001f600\", \"\\\\d+\", \"x\", \"tri'ple\"]")]
    [InlineData("['a' 'b', 'c'\"d\"]", "[\"ab\", \"cd\"]")]
    [InlineData("{1: 'one', 2.5: 'x', True: 'yes', None: 'n'}", "{\"1\": \"yes\", \"2.5\": \"x\", \"null\": \"n\"}")]
    [InlineData("{1: 'a', 1.0: 'b', True: 'c'}", "{\"1\": \"c\"}")]
    [InlineData("{\"a\": 1, \"b\": 2, \"a\": 3}", "{\"a\": 3, \"b\": 2}")]
    [InlineData("[1], [2]", "[[1], [2]]")]
    [InlineData("[1, 2,]", "[1, 2]")]
    [InlineData("{'a': 1,}", "{\"a\": 1}")]
    [InlineData("[(1)]", "[1]")]
    [InlineData("[-(1)]", "[-1]")]
    [InlineData("[--1]", "[--1]")]
    [InlineData("[-True]", "[-True]")]
    [InlineData("[x]", "[x]")]
    [InlineData("[f'x']", "[f'x']")]
    [InlineData("[01]", "[01]")]
    [InlineData("[00]", "[0]")]
    [InlineData("[1_]", "[1_]")]
    [InlineData("[1__0]", "[1__0]")]
    [InlineData("[NaN]", "[NaN]")]
    [InlineData("[Infinity]", "[Infinity]")]
    [InlineData("['\\N{DASH}']", "['\\N{DASH}']")]
    [InlineData("['a\\qb']", "[\"a\\\\qb\"]")]
    [InlineData("['\\777']", "[\"\u01ff\"]")]
    [InlineData("[1, # comment\n 2]", "[1, 2]")]
    [InlineData("[1] # x]", "[1]")]
    [InlineData(" \t[1]", "[1]")]
    [InlineData("[ 'a' ]", "[\"a\"]")]
    [InlineData("['\\t']", "[\"\\t\"]")]
    [InlineData("[\"\\x7f\"]", "[\"\u007f\"]")]
    [InlineData("{'k': [1, {'n': (True, None)}]}", "{\"k\": [1, {\"n\": [true, null]}]}")]
    [InlineData("[{'text': 'Hello', 'align': 'left'}, {'text': 'Tel: 03-1234', 'align': 'center'}]", "[{\"text\": \"Hello\", \"align\": \"left\"}, {\"text\": \"Tel: 03-1234\", \"align\": \"center\"}]")]
    [InlineData("['unterminated]", "['unterminated]")]
    [InlineData("[1 2]", "[1 2]")]
    [InlineData("[1,,2]", "[1,,2]")]
    [InlineData("[1e16, 1e15, 0.0001, 0.00001, 1.5e16, 1e-7, 123456789012345678.0, 1e22, 1.0, 5e-324, 1.7976931348623157e308]", "[1e+16, 1000000000000000.0, 0.0001, 1e-05, 1.5e+16, 1e-07, 1.2345678901234568e+17, 1e+22, 1.0, 5e-324, 1.7976931348623157e+308]")]
    [InlineData("[0.1+0.2]", "[0.1+0.2]")]
    [InlineData("[1 + 2]", "[1 + 2]")]
    [InlineData("{'a': 1, 'a': 2}", "{\"a\": 2}")]
    [InlineData("[True, False, None]", "[true, false, null]")]
    [InlineData("[true, false, null]", "[true, false, null]")]
    [InlineData("{\"a\": 1,}", "{\"a\": 1}")]
    [InlineData("[\"\\'\"]", "[\"'\"]")]
    public void A_value_is_normalised_exactly_as_the_original_does(string value, string expected) =>
        Assert.Equal(expected, SettingValueFormat.Normalize(value));

    // The original answers these with a 500 (json.dumps raises TypeError); ours keeps them as sent.
    [Theory]
    [InlineData("{1, 2}")]
    [InlineData("[b'x']")]
    [InlineData("[1j]")]
    [InlineData("[set()]")]
    [InlineData("{[1]: 2}")]
    [InlineData("{(1, 2): 3}")]
    [InlineData("[...]")]
    public void A_literal_json_cannot_hold_is_kept(string value) => Assert.Equal(value, SettingValueFormat.Normalize(value));
}
