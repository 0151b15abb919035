namespace Kugelpos.MasterData;

/// <summary>Reads a required request field after validation, which has already refused a missing one.</summary>
internal static class Validated
{
    public static T Value<T>(T? value)
        where T : class =>
        value ?? throw new InvalidOperationException("The request reached the handler without being validated.");

    public static T Value<T>(T? value)
        where T : struct =>
        value ?? throw new InvalidOperationException("The request reached the handler without being validated.");
}
