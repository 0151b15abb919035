using Kugelpos.DocumentStore.Queries;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.ServiceDefaults.Paging;

/// <summary>
/// The fields one resource's list may be sorted by, in the original's snake_case names mapped to
/// document paths, and its default sort. A sort on any other field, or a direction other than
/// 1 or -1, is a 422 naming <c>sort</c> (the original answered 500).
/// </summary>
public sealed class SortFields
{
    private readonly Dictionary<string, string> _paths;
    private readonly (string Name, int Direction)[] _default;

    /// <summary>Creates the table.</summary>
    /// <param name="paths">Sortable fields: API name (snake_case, as clients send) to document path.</param>
    /// <param name="defaultSort">The sort when none is asked for, e.g. <c>category_code:1</c>.</param>
    public SortFields(IReadOnlyDictionary<string, string> paths, string defaultSort)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _paths = new Dictionary<string, string>(paths, StringComparer.Ordinal);
        _default = Parse(defaultSort);
    }

    /// <summary>The sort keys for the requested sort text, or the default sort when it is null.</summary>
    /// <param name="sort">The <c>sort</c> query value.</param>
    public IReadOnlyList<SortKey> Keys(string? sort) =>
        [.. Resolve(sort).Select(k => k.Direction > 0 ? SortKey.Ascending(_paths[k.Name]) : SortKey.Descending(_paths[k.Name]))];

    /// <summary>The applied sort as the original writes it in <c>metadata.sort</c>: <c>item_code:1, price:-1</c>.</summary>
    /// <param name="sort">The <c>sort</c> query value.</param>
    public string Describe(string? sort) =>
        string.Join(", ", Resolve(sort).Select(k => $"{k.Name}:{k.Direction}"));

    private (string Name, int Direction)[] Resolve(string? sort) => sort is null ? _default : Parse(sort);

    private (string Name, int Direction)[] Parse(string sort)
    {
        var keys = new List<(string, int)>();
        foreach (var part in sort.Split(',', StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':', StringSplitOptions.TrimEntries);
            if (pieces.Length != 2 || !_paths.ContainsKey(pieces[0]) || pieces[1] is not ("1" or "-1"))
            {
                throw new KugelposException(
                    StatusCodes.Status422UnprocessableEntity,
                    KugelposErrorCodes.ValidationError,
                    $"sort must be field:1 or field:-1, comma separated, with fields from: {string.Join(", ", _paths.Keys.Order(StringComparer.Ordinal))}",
                    "sort");
            }

            keys.Add((pieces[0], pieces[1] == "1" ? 1 : -1));
        }

        return [.. keys];
    }
}
