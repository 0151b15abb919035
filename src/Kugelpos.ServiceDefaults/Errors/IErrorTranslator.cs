namespace Kugelpos.ServiceDefaults.Errors;

/// <summary>
/// Knows what an exception of a platform library means for the client: Kugelpos.Dapr's, for one,
/// that an actor whose state store is down is a retryable 503. The exception handler asks every
/// registered translator before it takes an exception for a bug (a bare 500).
/// </summary>
/// <remarks>
/// Register with <c>services.TryAddEnumerable(ServiceDescriptor.Singleton&lt;IErrorTranslator, T&gt;())</c>.
/// A translator must answer null for anything it does not recognise for certain, so that genuine
/// bugs stay 500s with their stack trace in the log.
/// </remarks>
public interface IErrorTranslator
{
    /// <summary>The error to answer with, <paramref name="exception"/> as its inner exception; null when unknown here.</summary>
    /// <param name="exception">What the request's handling threw, neither a <see cref="KugelposException"/> nor a bad request.</param>
    KugelposException? Translate(Exception exception);
}
