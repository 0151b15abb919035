namespace Kugelpos.Account;

/// <summary>Settings of section <c>Kugelpos:Account</c>, validated at start-up.</summary>
public sealed class AccountOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Kugelpos:Account";

    /// <summary>Full key of <see cref="PasswordWorkFactor"/>, as error messages name it.</summary>
    public const string PasswordWorkFactorKey = SectionName + ":PasswordWorkFactor";

    /// <summary>The smallest bcrypt work factor bcrypt accepts.</summary>
    public const int MinWorkFactor = 4;

    /// <summary>The largest bcrypt work factor bcrypt accepts.</summary>
    public const int MaxWorkFactor = 31;

    /// <summary>
    /// The bcrypt work factor (log2 of the rounds) for new password hashes; 12 by default, as the
    /// original's passlib. Tests use 4 for speed. Existing hashes verify whatever their factor.
    /// </summary>
    public int PasswordWorkFactor { get; set; } = 12;

    /// <summary>True when the work factor is one bcrypt accepts.</summary>
    internal bool IsValid => PasswordWorkFactor is >= MinWorkFactor and <= MaxWorkFactor;
}
