using System.ComponentModel.DataAnnotations;

namespace Kugelpos.ServiceDefaults.Tests.Validation;

public sealed class CashMovementRequest : IValidatableObject
{
    public decimal Amount { get; set; }

    public string? Description { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Amount == 0)
        {
            yield return new ValidationResult("The amount must not be zero.", [nameof(Amount)]);
        }
    }
}
