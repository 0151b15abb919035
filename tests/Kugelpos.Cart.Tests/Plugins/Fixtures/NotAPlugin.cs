namespace Kugelpos.Cart.Tests.Plugins.Fixtures;

/// <summary>A class that implements no plugin contract.</summary>
public sealed class NotAPlugin
{
    public string Code { get; } = "01";
}
