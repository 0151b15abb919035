using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Kugelpos.MasterData.Promotions;

/// <summary>
/// The promotion times as the original takes and gives them: ISO 8601 text such as
/// <c>2026-01-01T09:00:00</c>; one without an offset is UTC here (the original compared it with its own clock).
/// </summary>
internal static class PromotionDates
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss";

    public static bool TryParse(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(
            text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);

    /// <summary>A time the request validation has already accepted.</summary>
    public static DateTimeOffset Validated(string? text) =>
        TryParse(text, out var instant) ? instant : throw new InvalidOperationException("The request reached the handler without being validated.");

    public static string Write(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>
    /// The order error of a start and end that are each valid or absent: the end must come after the
    /// start, either taken from <paramref name="stored"/> when absent.
    /// </summary>
    public static ValidationResult? CheckOrder(string? start, string? end, (DateTimeOffset Start, DateTimeOffset End)? stored = null)
    {
        DateTimeOffset? from = TryParse(start, out var startAt) ? startAt : stored?.Start;
        DateTimeOffset? to = TryParse(end, out var endAt) ? endAt : stored?.End;
        return from is { } f && to is { } t && t <= f
            ? new ValidationResult("end_datetime must be after start_datetime", ["EndDatetime"])
            : null;
    }
}
