using Microsoft.Extensions.Options;

namespace Kugelpos.Dapr;

/// <summary>Rejects <see cref="DaprOptions"/> that would break the breaker, retry or pool.</summary>
public sealed class DaprOptionsValidator : IValidateOptions<DaprOptions>
{
    // Polly refuses delays above one day and timeouts under 10 ms; failing here names the setting.
    private static readonly TimeSpan MaxSpan = TimeSpan.FromDays(1);
    private static readonly TimeSpan MinCallTimeout = TimeSpan.FromMilliseconds(10);
    private const int MaxAttemptsLimit = 20;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DaprOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var prefix = DaprOptions.SectionName + ":";

        if (options.FailureThreshold < 1)
        {
            failures.Add($"{prefix}{nameof(options.FailureThreshold)} must be at least 1 (was {options.FailureThreshold}).");
        }

        if (options.OpenDuration <= TimeSpan.Zero || options.OpenDuration > MaxSpan)
        {
            failures.Add($"{prefix}{nameof(options.OpenDuration)} must be above 0 and at most 1 day (was {options.OpenDuration}).");
        }

        if (options.MaxAttempts is < 1 or > MaxAttemptsLimit)
        {
            failures.Add($"{prefix}{nameof(options.MaxAttempts)} must be between 1 and {MaxAttemptsLimit} (was {options.MaxAttempts}).");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > MaxSpan)
        {
            failures.Add($"{prefix}{nameof(options.RetryBaseDelay)} must be between 0 and 1 day (was {options.RetryBaseDelay}).");
        }

        if (options.RetryMaxDelay < options.RetryBaseDelay || options.RetryMaxDelay > MaxSpan)
        {
            failures.Add($"{prefix}{nameof(options.RetryMaxDelay)} must be at least {nameof(options.RetryBaseDelay)} and at most 1 day (was {options.RetryMaxDelay}).");
        }

        if (options.CallTimeout < MinCallTimeout || options.CallTimeout > MaxSpan)
        {
            failures.Add($"{prefix}{nameof(options.CallTimeout)} must be between 10 ms and 1 day (was {options.CallTimeout}).");
        }

        if (options.MaxConnections < 1)
        {
            failures.Add($"{prefix}{nameof(options.MaxConnections)} must be at least 1 (was {options.MaxConnections}).");
        }

        if (options.ConnectTimeout <= TimeSpan.Zero || options.ConnectTimeout > MaxSpan)
        {
            failures.Add($"{prefix}{nameof(options.ConnectTimeout)} must be above 0 and at most 1 day (was {options.ConnectTimeout}).");
        }

        if (options.PooledConnectionIdleTimeout < TimeSpan.Zero || options.PooledConnectionIdleTimeout > MaxSpan)
        {
            failures.Add($"{prefix}{nameof(options.PooledConnectionIdleTimeout)} must be between 0 and 1 day (was {options.PooledConnectionIdleTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every invalid setting.</summary>
    public static void ThrowIfInvalid(DaprOptions options)
    {
        var result = new DaprOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(DaprOptions), result.Failures);
        }
    }
}
