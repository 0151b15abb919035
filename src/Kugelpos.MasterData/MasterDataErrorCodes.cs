namespace Kugelpos.MasterData;

/// <summary>
/// Kugelpos error codes of the master-data service (<c>405YZZ</c>), as the original's. The general
/// codes (not found, validation...) are in <see cref="ServiceDefaults.Responses.KugelposErrorCodes"/>.
/// </summary>
public static class MasterDataErrorCodes
{
    /// <summary>The code, name or position is already taken (409).</summary>
    public const string AlreadyExists = "405003";
}
