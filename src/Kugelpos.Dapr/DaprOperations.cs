namespace Kugelpos.Dapr;

/// <summary>Operation names used as the <c>operation</c> tag of every metric.</summary>
public static class DaprOperations
{
    /// <summary>Publish an event to a topic.</summary>
    public const string Publish = "publish";

    /// <summary>Save a state value.</summary>
    public const string SaveState = "save_state";

    /// <summary>Read a state value.</summary>
    public const string GetState = "get_state";

    /// <summary>Delete a state value.</summary>
    public const string DeleteState = "delete_state";
}
