using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Tests.Plugins;

public class SalesPluginArgumentsTests
{
    private static SalesPluginArguments Arguments(params (string Name, string Value)[] values) =>
        new("01", values.ToDictionary(v => v.Name, v => v.Value));

    [Fact]
    public void Typed_getters_read_invariant_text()
    {
        var arguments = Arguments(("width", "-32"), ("rate", "0.10"), ("drawer", "true"), ("name", "cash"));

        Assert.Equal((-32, 0.10m, true, "cash"), (arguments.GetInt32("width"), arguments.GetDecimal("rate"), arguments.GetBoolean("drawer"), arguments.GetString("name")));
    }

    [Fact]
    public void Defaults_stand_in_for_arguments_not_given()
    {
        var arguments = Arguments();

        Assert.Equal((32, 1.5m, false, "default"), (arguments.GetInt32("width", 32), arguments.GetDecimal("rate", 1.5m), arguments.GetBoolean("drawer", false), arguments.GetString("name", "default")));
    }

    [Theory]
    [InlineData("width", "wide", "argument 'width' must be a whole number, not 'wide'")]
    [InlineData("width", "3.5", "argument 'width' must be a whole number, not '3.5'")]
    [InlineData("rate", "1,5", "argument 'rate' must be a decimal number such as 12.5, not '1,5'")]
    [InlineData("drawer", "yes", "argument 'drawer' must be true or false, not 'yes'")]
    public void A_malformed_value_is_refused_naming_the_argument(string name, string value, string message)
    {
        var arguments = Arguments((name, value));

        var error = Assert.Throws<SalesPluginArgumentException>(() => name switch
        {
            "width" => arguments.GetInt32(name, 32),
            "rate" => arguments.GetDecimal(name),
            _ => (object)arguments.GetBoolean(name),
        });

        Assert.Equal((name, message), (error.ArgumentName, error.Message));
    }

    [Fact]
    public void A_missing_argument_is_refused_naming_it()
    {
        var error = Assert.Throws<SalesPluginArgumentException>(() => Arguments().GetDecimal("rate"));

        Assert.Equal("argument 'rate' is missing", error.Message);
    }

    [Fact]
    public void Arguments_never_asked_for_are_unread()
    {
        var arguments = Arguments(("width", "32"), ("widht", "40"), ("name", "x"));

        _ = arguments.GetInt32("width");
        _ = arguments.GetString("label", "none");

        Assert.Equal(["name", "widht"], arguments.Unread);
    }
}
