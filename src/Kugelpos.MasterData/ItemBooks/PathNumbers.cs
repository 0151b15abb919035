using System.Globalization;
using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.MasterData.ItemBooks;

/// <summary>A whole number from the path (<c>{category_number}</c>, <c>{pos_x}</c>...), or a 422 naming it.</summary>
internal static class PathNumbers
{
    public static int Require(string text, string name) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw KugelposException.InvalidField(name, $"{name} must be a whole number");
}
