using System.Numerics;
using Kugelpos.MasterData.Settings;

namespace Kugelpos.MasterData.Tests.Settings;

public class PythonJsonTests
{
    // Expected texts are Python 3.11's repr() of the same doubles.
    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(1000.0, "1000.0")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1.5e16, "1.5e+16")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(0.1, "0.1")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(-2.5e-7, "-2.5e-07")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(123.456, "123.456")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(double.NaN, "NaN")]
    public void A_float_is_written_as_python_repr_writes_it(double value, string expected) =>
        Assert.Equal(expected, PythonJson.FloatRepr(value));

    [Fact]
    public void Separators_escapes_and_keys_are_json_dumps_defaults()
    {
        var dict = new PythonDict();
        dict.Set("q\"\\\n\r\t\b\f\u0001\u007f é", new List<object?> { new BigInteger(1), 2.0, true, null });
        dict.Set(new BigInteger(7), "int key");
        dict.Set(0.5, "float key");
        dict.Set(false, "bool key");
        dict.Set(null, "none key");

        Assert.Equal(
            "{\"q\\\"\\\\\\n\\r\\t\\b\\f\\u0001\u007f é\": [1, 2.0, true, null], \"7\": \"int key\", \"0.5\": \"float key\", \"false\": \"bool key\", \"null\": \"none key\"}",
            PythonJson.Dumps(dict));
    }
}
