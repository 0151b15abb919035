using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Tests.Plugins.Fixtures;

/// <summary>A well-made plugin of the test payment kind, with typed arguments.</summary>
public sealed class TestPayment : ITestPayment
{
    public TestPayment(SalesPluginArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Code = arguments.Code;
        Limit = arguments.GetDecimal("limit", 0m);
        Slips = arguments.GetInt32("slips", 1);
        Drawer = arguments.GetBoolean("drawer", false);
        Label = arguments.GetString("label", "test");
    }

    public string Code { get; }

    public decimal Limit { get; }

    public int Slips { get; }

    public bool Drawer { get; }

    public string Label { get; }
}
