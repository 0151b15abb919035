using System.ComponentModel.DataAnnotations;

namespace Kugelpos.ServiceDefaults.Tests.Validation;

/// <summary>A DI service whose state would fail validation: injected services must never be validated.</summary>
public sealed class ItemCatalog
{
    [Required]
    public string? Name { get; set; }
}
