using System.Collections;
using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.ServiceDefaults.Validation;

/// <summary>
/// DataAnnotations validation of a whole object graph (nested objects and collections), reporting
/// each error under its JSON path. <see cref="Validator.TryValidateObject(object, ValidationContext, ICollection{ValidationResult}?, bool)"/>
/// stops at the top level and names C# members, which a POS client cannot map to its body.
/// </summary>
internal static class ObjectGraphValidator
{
    // Deeper request bodies do not exist in Kugelpos; the cap only guards against pathological input.
    private const int MaxDepth = 32;

    public static IReadOnlyList<FieldError> Validate(object instance, IServiceProvider? services)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var errors = new List<FieldError>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(instance, path: string.Empty, depth: 0, services, errors, visited);
        return errors;
    }

    private static void Walk(
        object instance, string path, int depth, IServiceProvider? services, List<FieldError> errors, HashSet<object> visited)
    {
        if (depth > MaxDepth || !ValidatedType.ShouldWalk(instance.GetType()))
        {
            return;
        }

        if (instance is IEnumerable sequence)
        {
            WalkSequence(sequence, path, depth, services, errors, visited);
            return;
        }

        if (!instance.GetType().IsValueType && !visited.Add(instance))
        {
            return;
        }

        var type = ValidatedType.For(instance.GetType());
        var before = errors.Count;
        foreach (var member in type.Members)
        {
            var value = member.Property.GetValue(instance);
            var memberPath = Join(path, member.JsonName);
            ValidateMember(instance, member, value, memberPath, services, errors);
            if (value is not null)
            {
                Walk(value, memberPath, depth + 1, services, errors, visited);
            }
        }

        // Object-level rules assume valid members, as Validator.TryValidateObject does.
        if (errors.Count == before)
        {
            ValidateObject(instance, type, path, services, errors);
        }
    }

    private static void WalkSequence(
        IEnumerable sequence, string path, int depth, IServiceProvider? services, List<FieldError> errors, HashSet<object> visited)
    {
        var index = 0;
        foreach (var item in sequence)
        {
            if (item is not null)
            {
                Walk(item, $"{path}[{index}]", depth + 1, services, errors, visited);
            }

            index++;
        }
    }

    private static void ValidateMember(
        object owner, ValidatedMember member, object? value, string path, IServiceProvider? services, List<FieldError> errors)
    {
        if (member.Attributes.Count == 0)
        {
            return;
        }

        var context = new ValidationContext(owner, services, items: null)
        {
            MemberName = member.Property.Name,
            DisplayName = member.JsonName,
        };
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateValue(value!, context, results, member.Attributes))
        {
            errors.AddRange(results.Select(r => new FieldError(path, r.ErrorMessage ?? $"The {member.JsonName} field is invalid.")));
        }
    }

    private static void ValidateObject(
        object instance, ValidatedType type, string path, IServiceProvider? services, List<FieldError> errors)
    {
        var context = new ValidationContext(instance, services, items: null);
        var results = new List<ValidationResult>();
        foreach (var attribute in type.TypeAttributes)
        {
            var result = attribute.GetValidationResult(instance, context);
            if (result is not null && result != ValidationResult.Success)
            {
                results.Add(result);
            }
        }

        if (instance is IValidatableObject validatable)
        {
            results.AddRange(validatable.Validate(context).Where(r => r != ValidationResult.Success));
        }

        foreach (var result in results)
        {
            var message = result.ErrorMessage ?? "The value is invalid.";
            var members = result.MemberNames.ToList();
            if (members.Count == 0)
            {
                errors.Add(new FieldError(path.Length == 0 ? "body" : path, message));
                continue;
            }

            foreach (var memberName in members)
            {
                var jsonName = type.Members.FirstOrDefault(m => m.Property.Name == memberName)?.JsonName ?? memberName;
                errors.Add(new FieldError(Join(path, jsonName), message));
            }
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
