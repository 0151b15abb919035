using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.PubSub;

/// <summary>daprd's pub/sub errors, with its HTTP statuses, codes and gRPC statuses.</summary>
public static class PubSubErrors
{
    /// <summary>A pub/sub name the app did not load: 404 over HTTP, InvalidArgument over gRPC, as daprd answers.</summary>
    public static DaprApiException NotFound(string name) =>
        new(StatusCodes.Status404NotFound, StatusCode.InvalidArgument, "ERR_PUBSUB_NOT_FOUND", $"pubsub {name} not found");

    /// <summary>A publish without a pub/sub name.</summary>
    public static DaprApiException NameEmpty() =>
        new(StatusCodes.Status404NotFound, StatusCode.InvalidArgument, "ERR_PUBSUB_EMPTY", "pubsub name is empty");

    /// <summary>A publish without a topic.</summary>
    public static DaprApiException TopicEmpty(string name) =>
        new(StatusCodes.Status404NotFound, StatusCode.InvalidArgument, "ERR_TOPIC_EMPTY", $"topic is empty in pubsub {name}");

    /// <summary>The broker refused or could not take the message.</summary>
    public static DaprApiException PublishFailed(string name, string topic, string reason) =>
        new(StatusCodes.Status500InternalServerError, StatusCode.Internal, "ERR_PUBSUB_PUBLISH_MESSAGE",
            $"error when publishing to topic {topic} in pubsub {name}: {reason}");

    /// <summary>A CloudEvent body that is not a JSON object.</summary>
    public static DaprApiException BadCloudEvent(string name, string topic, string reason) =>
        new(StatusCodes.Status400BadRequest, StatusCode.InvalidArgument, "ERR_PUBSUB_EVENTS_SER",
            $"error when unmarshaling the request for topic {topic} pubsub {name}: {reason}");
}
