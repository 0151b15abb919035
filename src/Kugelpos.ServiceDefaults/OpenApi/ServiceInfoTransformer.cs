using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kugelpos.ServiceDefaults.OpenApi;

/// <summary>
/// Titles the document with the service's name and version, so a document read on its own says
/// which service it describes.
/// </summary>
internal sealed class ServiceInfoTransformer : IOpenApiDocumentTransformer
{
    private readonly ServiceIdentity _identity;

    public ServiceInfoTransformer(ServiceIdentity identity) => _identity = identity;

    public static string TitleOf(ServiceIdentity identity) => $"Kugelpos {identity.Name} service";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = TitleOf(_identity),
            Version = _identity.Version,
            Description = $"The Kugelpos {_identity.Name} service. Every JSON response is the Kugelpos envelope "
                + "(success, code, message, userError, data, metadata, operation).",
        };
        return Task.CompletedTask;
    }
}
