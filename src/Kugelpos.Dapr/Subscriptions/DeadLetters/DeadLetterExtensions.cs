using Kugelpos.DocumentStore;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Dapr.Subscriptions.DeadLetters;

/// <summary>Registration of the <see cref="DeadLetterBox"/>.</summary>
public static class DeadLetterExtensions
{
    /// <summary>
    /// Keeps what reaches the service's dead-letter topics: with a <see cref="DeadLetterBox"/>
    /// registered, every <c>MapKugelposSubscription</c> also subscribes its dead-letter topic. The
    /// service registers its document store (<c>AddKugelposDocumentStore</c>).
    /// </summary>
    public static WebApplicationBuilder AddKugelposDeadLetters(this WebApplicationBuilder builder, string service)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        builder.Services.AddSingleton(sp => new DeadLetterBox(sp.GetRequiredService<IDocumentStore>(), service, sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return builder;
    }
}
