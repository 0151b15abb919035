using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// The SDK sends actor state reads as <c>//v1.0/actors/...</c> and daprd accepts them; routing
/// would not, so the path is made single-slashed before routing runs (a startup filter wraps
/// the whole pipeline, routing included).
/// </summary>
internal sealed class DoubleSlashPaths : IStartupFilter
{
    /// <inheritdoc />
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var path = context.Request.Path.Value;
            if (path is not null && path.StartsWith("//", StringComparison.Ordinal))
            {
                context.Request.Path = "/" + path.TrimStart('/');
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
