using Microsoft.Extensions.Options;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>Fails start-up with a message naming the setting when the API-key cache settings are unusable.</summary>
internal sealed class TerminalKeyCacheOptionsValidator : IValidateOptions<TerminalKeyCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, TerminalKeyCacheOptions options)
    {
        var failures = new List<string>();
        if (options.CacheDuration < TimeSpan.Zero)
        {
            failures.Add($"{TerminalKeyCacheOptions.SectionName}:{nameof(options.CacheDuration)} must not be negative (was {options.CacheDuration}).");
        }

        if (options.RefusalCacheDuration < TimeSpan.Zero)
        {
            failures.Add($"{TerminalKeyCacheOptions.SectionName}:{nameof(options.RefusalCacheDuration)} must not be negative (was {options.RefusalCacheDuration}).");
        }

        if (options.CacheSize < 1)
        {
            failures.Add($"{TerminalKeyCacheOptions.SectionName}:{nameof(options.CacheSize)} must be at least 1 (was {options.CacheSize}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
