using Grpc.AspNetCore.Server.Model;

namespace Kugelpos.Sidecar.Grpc;

/// <summary>
/// More methods of the Dapr gRPC service, registered by a building block other than state
/// (pub/sub adds PublishEvent) through <see cref="DaprGrpcMethodProvider.Add{TRequest, TResponse}"/>.
/// </summary>
public interface IDaprGrpcMethods
{
    /// <summary>Adds this building block's methods.</summary>
    void Register(ServiceMethodProviderContext<DaprGrpcService> context);
}
