namespace Kugelpos.DocumentStore;

/// <summary>Checks document ids before they reach a driver, for one clear error on every backend.</summary>
internal static class DocumentIds
{
    /// <summary>LiteDB index keys are limited to about 1 KB; stay well below it.</summary>
    public const int MaxLength = 256;

    public static string Validate(string? id, string paramName)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("The document id must not be null, empty or blank.", paramName);
        }

        if (id.Length > MaxLength)
        {
            throw new ArgumentException($"The document id must be at most {MaxLength} characters.", paramName);
        }

        return id;
    }

    public static string Of<T>(T? document, string paramName)
        where T : class, IDocument
    {
        ArgumentNullException.ThrowIfNull(document, paramName);
        return Validate(document.Id, paramName);
    }
}
