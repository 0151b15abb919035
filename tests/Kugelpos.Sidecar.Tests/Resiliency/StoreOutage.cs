using System.Net;
using System.Text.Json;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>What the tests of a store that goes away share: the policy they run under and how they read daprd's answers.</summary>
internal static class StoreOutage
{
    /// <summary>
    /// A Resiliency resource giving each of <paramref name="components"/> two attempts of at most
    /// 500 ms, 50 ms apart, and a breaker that opens after two consecutive failures for 60 s.
    /// </summary>
    public static string Resiliency(params string[] components)
    {
        var targets = string.Concat(components.Select(name => $"""

                  {name}:
                    outbound:
                      timeout: brief
                      retry: once
                      circuitBreaker: twoStrikes
            """));
        return """
            apiVersion: dapr.io/v1alpha1
            kind: Resiliency
            metadata:
              name: outage
            spec:
              policies:
                timeouts:
                  brief: 500ms
                retries:
                  once:
                    policy: constant
                    duration: 50ms
                    maxRetries: 1
                circuitBreakers:
                  twoStrikes:
                    maxRequests: 1
                    timeout: 60s
                    trip: consecutiveFailures >= 2
              targets:
                components:
            """ + targets + "\n";
    }

    /// <summary>
    /// A Redis state store <c>flaky</c> and a Redis pub/sub <c>flakybus</c> on <paramref name="redisHost"/>,
    /// both under <see cref="Resiliency"/>.
    /// </summary>
    public static string StoreAndBus(string redisHost) => $"""
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: flaky
        spec:
          type: state.redis
          version: v1
          metadata:
          - name: redisHost
            value: "{redisHost}"
        ---
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: flakybus
        spec:
          type: pubsub.redis
          version: v1
          metadata:
          - name: redisHost
            value: "{redisHost}"
        ---

        """ + Resiliency("flaky", "flakybus");

    /// <summary>The status, <c>errorCode</c> and <c>message</c> of an HTTP error answer.</summary>
    public static async Task<(HttpStatusCode Status, string? Code, string Message)> ErrorOf(Task<HttpResponseMessage> call)
    {
        using var response = await call.WaitAsync(TimeSpan.FromSeconds(10));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.GetProperty("errorCode").GetString(), body.RootElement.GetProperty("message").GetString() ?? string.Empty);
    }

    /// <summary>Asserts daprd's answer to a store failure: HTTP 500 with <paramref name="code"/> and <paramref name="message"/>.</summary>
    public static void AssertServerError(DaprApiException error, string code, string message)
    {
        Assert.Equal(500, error.HttpStatus);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(message, error.Message);
    }
}
