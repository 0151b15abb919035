using System.ComponentModel.DataAnnotations;

namespace Kugelpos.ServiceDefaults.Tests.Validation;

public sealed record CreateItemRequest(
    [Required] string? ItemCode,
    [Range(1, 999)] int Quantity,
    IReadOnlyList<LineRequest>? Lines);
