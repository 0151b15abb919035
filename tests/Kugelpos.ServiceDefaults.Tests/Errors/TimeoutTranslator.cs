using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.ServiceDefaults.Tests.Errors;

/// <summary>A translator as a platform library registers one: it knows one exception (a <see cref="TimeoutException"/>) as an outage.</summary>
internal sealed class TimeoutTranslator : IErrorTranslator
{
    public KugelposException? Translate(Exception exception) =>
        exception is TimeoutException
            ? new KugelposException(503, "600001", "The ledger store is unavailable; please try again later.", innerException: exception) { RetryAfter = TimeSpan.FromSeconds(4.2) }
            : null;
}
