using Google.Protobuf.WellKnownTypes;
using Grpc.AspNetCore.Server.Model;
using Kugelpos.Sidecar.PubSub;
using Autogen = Dapr.Client.Autogen.Grpc.v1;

namespace Kugelpos.Sidecar.Grpc;

/// <summary>Adds <c>PublishEvent</c> to the Dapr gRPC service.</summary>
public sealed class PubSubGrpcMethods(PubSubRuntime pubsub) : IDaprGrpcMethods
{
    /// <inheritdoc />
    public void Register(ServiceMethodProviderContext<DaprGrpcService> context) =>
        DaprGrpcMethodProvider.Add<Autogen.PublishEventRequest, Empty>(context, "PublishEvent", Autogen.PublishEventRequest.Parser, Empty.Parser, async (service, request, call) =>
        {
            service.Authorize(call);
            try
            {
                var trace = call.RequestHeaders.GetValue("traceparent");
                await pubsub.PublishAsync(request.PubsubName, request.Topic, request.Data.Memory,
                    request.DataContentType is { Length: > 0 } type ? type : null, request.Metadata, trace, call.CancellationToken);
                return new Empty();
            }
            catch (DaprApiException e)
            {
                throw e.ToRpc();
            }
        });
}
