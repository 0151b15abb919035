using System.ComponentModel.DataAnnotations;

namespace Kugelpos.ServiceDefaults.Tests.Validation;

public sealed record LineRequest([property: Required, StringLength(5)] string? Sku);
