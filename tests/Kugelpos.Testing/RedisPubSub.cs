namespace Kugelpos.Testing;

/// <summary>A pubsub.redis component on a test's <see cref="RedisServer"/>, as a sidecar's resources folder holds it.</summary>
public static class RedisPubSub
{
    /// <summary>
    /// The YAML of pub/sub component <paramref name="name"/> on <paramref name="redis"/>: messages
    /// unacknowledged for 10 s (of the sidecar's clock) are claimed again, looked for every second.
    /// </summary>
    public static string Component(string name, RedisServer redis)
    {
        ArgumentNullException.ThrowIfNull(redis);
        return $"""
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: {name}
            spec:
              type: pubsub.redis
              version: v1
              metadata:
              - name: redisHost
                value: "{redis.Host}"
              - name: processingTimeout
                value: 10s
              - name: redeliverInterval
                value: 1s
            """;
    }
}
