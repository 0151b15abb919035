using Kugelpos.Deploy.Tests.Rendering;

namespace Kugelpos.Deploy.Tests;

/// <summary>The models refuse what Kubernetes or daprd would not read, so the other tests see what the cluster sees.</summary>
public sealed class StrictLoadingTests
{
    [Fact]
    public void A_field_the_Kubernetes_model_does_not_know_is_refused()
    {
        const string Yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cart
            spec:
              replica: 3
            """;

        Assert.ThrowsAny<Exception>(() => RenderedOverlay.Load(Yaml));
    }

    [Fact]
    public void A_field_a_Dapr_component_does_not_have_is_refused()
    {
        const string Yaml = """
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: cartstore
            spec:
              type: state.redis
              version: v1
              metadata:
              - name: redisDB
                value: "2"
                databaseIndex: "2"
            """;

        Assert.ThrowsAny<Exception>(() => RenderedOverlay.Load(Yaml));
    }

    [Fact]
    public void A_well_formed_component_loads_with_its_secret_reference()
    {
        const string Yaml = """
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: cartstore
            spec:
              type: state.redis
              version: v1
              metadata:
              - name: redisPassword
                secretKeyRef:
                  name: kugelpos-redis
                  key: password
            scopes:
            - cart
            """;

        var component = Assert.IsType<Dapr.DaprComponent>(Assert.Single(RenderedOverlay.Load(Yaml)));

        Assert.Equal(("kugelpos-redis", "password", "cart"), (component.Spec.Metadata[0].SecretKeyRef?.Name, component.Spec.Metadata[0].SecretKeyRef?.Key, component.Scopes[0]));
    }
}
