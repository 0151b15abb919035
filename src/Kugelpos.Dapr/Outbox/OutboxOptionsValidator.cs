using Microsoft.Extensions.Options;

namespace Kugelpos.Dapr.Outbox;

/// <summary>Refuses outbox settings the relay cannot work with, naming each one.</summary>
internal sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        var failures = new List<string>();
        if (options.InitialRetryDelay <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(OutboxOptions.InitialRetryDelay)} must be positive (was {options.InitialRetryDelay}).");
        }

        if (options.MaxRetryDelay < options.InitialRetryDelay)
        {
            failures.Add($"{nameof(OutboxOptions.MaxRetryDelay)} must not be below {nameof(OutboxOptions.InitialRetryDelay)} (was {options.MaxRetryDelay}).");
        }

        if (options.RepublishInterval <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(OutboxOptions.RepublishInterval)} must be positive (was {options.RepublishInterval}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
