using System.Globalization;
using System.Security.Claims;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// What a terminal JWT says about its terminal, with the original's claim names: <c>sub</c>
/// <c>terminal:{terminal_id}</c>, <c>tenant_id</c>, <c>store_code</c>, <c>terminal_no</c>,
/// <c>terminal_id</c>, <c>status</c>, <c>token_type</c> <c>terminal</c>, and when known
/// <c>business_date</c> (<c>YYYYMMDD</c>), <c>open_counter</c>, <c>business_counter</c>,
/// <c>staff_id</c> and <c>staff_name</c>.
/// </summary>
public sealed record TerminalTokenClaims
{
    /// <summary>The <c>token_type</c> of a terminal JWT; a token without it is not a terminal's.</summary>
    public const string TokenType = "terminal";

    /// <summary>What a terminal token's <c>sub</c> starts with.</summary>
    public const string SubjectPrefix = "terminal:";

    /// <summary>Claim names of a terminal JWT beyond <see cref="KugelposClaims"/>.</summary>
    public static class Names
    {
        /// <summary><c>token_type</c>.</summary>
        public const string TokenType = "token_type";

        /// <summary><c>store_code</c>.</summary>
        public const string StoreCode = "store_code";

        /// <summary><c>terminal_no</c> (JSON number).</summary>
        public const string TerminalNo = "terminal_no";

        /// <summary><c>terminal_id</c>.</summary>
        public const string TerminalId = "terminal_id";

        /// <summary><c>status</c>: Idle, Opened or Closed.</summary>
        public const string Status = "status";

        /// <summary><c>business_date</c>, <c>YYYYMMDD</c>.</summary>
        public const string BusinessDate = "business_date";

        /// <summary><c>open_counter</c> (JSON number).</summary>
        public const string OpenCounter = "open_counter";

        /// <summary><c>business_counter</c> (JSON number).</summary>
        public const string BusinessCounter = "business_counter";

        /// <summary><c>staff_id</c>, present while someone is signed in.</summary>
        public const string StaffId = "staff_id";

        /// <summary><c>staff_name</c>, present while someone is signed in.</summary>
        public const string StaffName = "staff_name";
    }

    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>The store.</summary>
    public required string StoreCode { get; init; }

    /// <summary>The terminal's number in the store.</summary>
    public required int TerminalNo { get; init; }

    /// <summary><c>{tenant_id}-{store_code}-{terminal_no}</c>.</summary>
    public required string TerminalId { get; init; }

    /// <summary>Idle, Opened or Closed.</summary>
    public required string Status { get; init; }

    /// <summary>The business date as <c>YYYYMMDD</c>, once the terminal has been opened.</summary>
    public string? BusinessDate { get; init; }

    /// <summary>Opens on the business date.</summary>
    public int? OpenCounter { get; init; }

    /// <summary>Opens ever.</summary>
    public int? BusinessCounter { get; init; }

    /// <summary>The signed-in staff member's id.</summary>
    public string? StaffId { get; init; }

    /// <summary>The signed-in staff member's name.</summary>
    public string? StaffName { get; init; }

    /// <summary>
    /// The terminal a principal describes (a verified terminal JWT or API key), or null when it is not
    /// a terminal's or its terminal claims are incomplete or disagree with <c>sub</c>.
    /// </summary>
    /// <param name="user">The request's principal.</param>
    public static TerminalTokenClaims? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        string? Value(string name) => user.FindFirst(name)?.Value is { Length: > 0 } value ? value : null;
        int? Number(string name) =>
            int.TryParse(Value(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

        var terminalId = Value(Names.TerminalId);
        if (Value(Names.TokenType) != TokenType
            || terminalId is null
            || Value(KugelposClaims.Subject) != SubjectPrefix + terminalId
            || Value(KugelposClaims.TenantId) is not { } tenantId
            || Value(Names.StoreCode) is not { } storeCode
            || Number(Names.TerminalNo) is not { } terminalNo
            || Value(Names.Status) is not { } status)
        {
            return null;
        }

        var staffId = Value(Names.StaffId);
        return new TerminalTokenClaims
        {
            TenantId = tenantId,
            StoreCode = storeCode,
            TerminalNo = terminalNo,
            TerminalId = terminalId,
            Status = status,
            BusinessDate = Value(Names.BusinessDate),
            OpenCounter = Number(Names.OpenCounter),
            BusinessCounter = Number(Names.BusinessCounter),
            StaffId = staffId,
            StaffName = staffId is null ? null : Value(Names.StaffName),
        };
    }

    /// <summary>
    /// The identity a verified API key stands for: the claims a terminal JWT of this terminal carries,
    /// so handlers see one kind of terminal caller however it authenticated.
    /// </summary>
    /// <param name="authenticationType">The scheme that verified the terminal.</param>
    internal ClaimsIdentity ToIdentity(string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(KugelposClaims.Subject, SubjectPrefix + TerminalId),
            new(KugelposClaims.TenantId, TenantId),
            new(KugelposClaims.IsSuperuser, "false", ClaimValueTypes.Boolean),
        };
        foreach (var (name, value) in ToAdditionalClaims())
        {
            claims.Add(value is int number
                ? new Claim(name, number.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32)
                : new Claim(name, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
        }

        return new ClaimsIdentity(claims, authenticationType, KugelposClaims.Subject, null);
    }

    /// <summary>The claims beyond <c>sub</c>, <c>tenant_id</c> and <c>exp</c>, as the issuer adds them.</summary>
    internal Dictionary<string, object> ToAdditionalClaims()
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Names.StoreCode] = StoreCode,
            [Names.TerminalNo] = TerminalNo,
            [Names.TerminalId] = TerminalId,
            [Names.Status] = Status,
            [Names.TokenType] = TokenType,
        };
        AddIfSet(claims, Names.BusinessDate, BusinessDate);
        AddIfSet(claims, Names.OpenCounter, OpenCounter);
        AddIfSet(claims, Names.BusinessCounter, BusinessCounter);
        if (!string.IsNullOrEmpty(StaffId))
        {
            claims[Names.StaffId] = StaffId;
            AddIfSet(claims, Names.StaffName, StaffName);
        }

        return claims;
    }

    private static void AddIfSet(Dictionary<string, object> claims, string name, object? value)
    {
        if (value is not null)
        {
            claims[name] = value;
        }
    }
}
