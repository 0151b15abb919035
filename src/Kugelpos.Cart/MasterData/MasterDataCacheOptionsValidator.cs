using Microsoft.Extensions.Options;

namespace Kugelpos.Cart.MasterData;

/// <summary>Fails start-up with a message naming the setting when the master-data cache settings are unusable.</summary>
internal sealed class MasterDataCacheOptionsValidator : IValidateOptions<MasterDataCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, MasterDataCacheOptions options)
    {
        var failures = new List<string>();
        if (options.Duration < TimeSpan.Zero)
        {
            failures.Add($"{MasterDataCacheOptions.SectionName}:{nameof(options.Duration)} must not be negative (was {options.Duration}).");
        }

        if (options.MissDuration < TimeSpan.Zero)
        {
            failures.Add($"{MasterDataCacheOptions.SectionName}:{nameof(options.MissDuration)} must not be negative (was {options.MissDuration}).");
        }

        if (options.Size < 1)
        {
            failures.Add($"{MasterDataCacheOptions.SectionName}:{nameof(options.Size)} must be at least 1 (was {options.Size}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
