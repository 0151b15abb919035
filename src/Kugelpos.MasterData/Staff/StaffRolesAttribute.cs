using System.ComponentModel.DataAnnotations;

namespace Kugelpos.MasterData.Staff;

/// <summary>Every role is a non-blank name of at most 50 characters without control characters.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class StaffRolesAttribute : ValidationAttribute
{
    private const int MaxRoleLength = 50;

    public StaffRolesAttribute()
        : base($"each role must be a non-blank name of at most {MaxRoleLength} characters without control characters")
    {
    }

    public override bool IsValid(object? value) =>
        value is not IEnumerable<string?> roles
        || roles.All(role => !string.IsNullOrWhiteSpace(role) && role.Length <= MaxRoleLength && !role.Any(char.IsControl));
}
