using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Autogen = Dapr.Client.Autogen.Grpc.v1;

namespace Kugelpos.Sidecar.Grpc;

/// <summary>
/// Binds <see cref="DaprGrpcService"/>'s handlers to <c>dapr.proto.runtime.v1.Dapr/…</c>, with the
/// message types from Dapr.Protos, so the SDK's generated client talks to us unchanged.
/// </summary>
public sealed class DaprGrpcMethodProvider(IEnumerable<IDaprGrpcMethods> extensions) : IServiceMethodProvider<DaprGrpcService>
{
    /// <summary>The gRPC service name daprd serves.</summary>
    public static readonly string ServiceName = Autogen.Dapr.Descriptor.FullName;

    /// <inheritdoc />
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<DaprGrpcService> context)
    {
        Add<Autogen.SaveStateRequest, Empty>(context, "SaveState", Autogen.SaveStateRequest.Parser, Empty.Parser, (s, r, c) => s.SaveState(r, c));
        Add<Autogen.GetStateRequest, Autogen.GetStateResponse>(context, "GetState", Autogen.GetStateRequest.Parser, Autogen.GetStateResponse.Parser, (s, r, c) => s.GetState(r, c));
        Add<Autogen.GetBulkStateRequest, Autogen.GetBulkStateResponse>(context, "GetBulkState", Autogen.GetBulkStateRequest.Parser, Autogen.GetBulkStateResponse.Parser, (s, r, c) => s.GetBulkState(r, c));
        Add<Autogen.DeleteStateRequest, Empty>(context, "DeleteState", Autogen.DeleteStateRequest.Parser, Empty.Parser, (s, r, c) => s.DeleteState(r, c));
        Add<Autogen.DeleteBulkStateRequest, Empty>(context, "DeleteBulkState", Autogen.DeleteBulkStateRequest.Parser, Empty.Parser, (s, r, c) => s.DeleteBulkState(r, c));
        Add<Autogen.ExecuteStateTransactionRequest, Empty>(context, "ExecuteStateTransaction", Autogen.ExecuteStateTransactionRequest.Parser, Empty.Parser, (s, r, c) => s.ExecuteStateTransaction(r, c));
        foreach (var extension in extensions)
        {
            extension.Register(context);
        }
    }

    /// <summary>Adds one unary method named <paramref name="name"/> of the Dapr service.</summary>
    public static void Add<TRequest, TResponse>(
        ServiceMethodProviderContext<DaprGrpcService> context,
        string name,
        MessageParser<TRequest> requestParser,
        MessageParser<TResponse> responseParser,
        UnaryServerMethod<DaprGrpcService, TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var method = new Method<TRequest, TResponse>(
            MethodType.Unary,
            ServiceName,
            name,
            Marshallers.Create(m => m.ToByteArray(), requestParser.ParseFrom),
            Marshallers.Create(m => m.ToByteArray(), responseParser.ParseFrom));
        context.AddUnaryMethod(method, [], handler);
    }
}
