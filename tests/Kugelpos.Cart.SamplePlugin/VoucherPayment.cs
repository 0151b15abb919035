using Kugelpos.Cart.Abstractions.Plugins;
using Wcwidth;

namespace Kugelpos.Cart.SamplePlugin;

/// <summary>
/// A retailer's gift voucher, paid like cash under its own payment code. For now only a sales plugin:
/// it becomes a payment by implementing the payment contract beside <see cref="ISalesPlugin"/>.
/// </summary>
public sealed class VoucherPayment : ISalesPlugin
{
    /// <summary>Made by the cart service from the plugin configuration.</summary>
    /// <param name="arguments">The entry's code and its <c>label</c>, the name printed on receipts.</param>
    public VoucherPayment(SalesPluginArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Code = arguments.Code;
        Label = arguments.GetString("label");

        // Receipts are laid out in terminal columns, where a CJK character takes two.
        LabelWidth = Label.EnumerateRunes().Sum(rune => Math.Max(0, UnicodeCalculator.GetWidth(rune)));
    }

    /// <inheritdoc />
    public string Code { get; }

    /// <summary>The name printed on receipts.</summary>
    public string Label { get; }

    /// <summary>How many receipt columns <see cref="Label"/> takes.</summary>
    public int LabelWidth { get; }
}
