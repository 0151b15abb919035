using System.Diagnostics.CodeAnalysis;

namespace Kugelpos.MasterData.ItemBooks;

/// <summary>How many grid cells an item book button covers (OpenAPI schema <c>ButtonSize</c>).</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The wire name is the original's: POS clients send and read 'Single'.")]
public enum ButtonSize
{
    /// <summary>One cell.</summary>
    Single,

    /// <summary>Two cells side by side.</summary>
    DoubleWidth,

    /// <summary>Two cells one above the other.</summary>
    DoubleHeight,

    /// <summary>Two by two cells.</summary>
    Quad,
}
