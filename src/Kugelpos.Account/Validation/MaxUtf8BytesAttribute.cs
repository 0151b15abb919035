using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;

namespace Kugelpos.Account.Validation;

/// <summary>A text of at most so many bytes in UTF-8: bcrypt reads bytes, not characters.</summary>
/// <param name="maxBytes">The most bytes allowed.</param>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class MaxUtf8BytesAttribute(int maxBytes) : ValidationAttribute("{0} must be at most {1} bytes in UTF-8")
{
    public int MaxBytes { get; } = maxBytes;

    public override bool IsValid(object? value) => value is not string text || Encoding.UTF8.GetByteCount(text) <= MaxBytes;

    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.InvariantCulture, ErrorMessageString, name, MaxBytes);
}
