using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Kugelpos.ServiceDefaults.Validation;

/// <summary>A readable property with its JSON name and every validation attribute that applies to it.</summary>
internal sealed record ValidatedMember(PropertyInfo Property, string JsonName, IReadOnlyList<ValidationAttribute> Attributes);
