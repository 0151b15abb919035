using Kugelpos.Resilience;
using Polly;

namespace Kugelpos.Dapr;

/// <summary>The resilience pipeline of one Dapr component and the state of its breaker.</summary>
internal sealed record ComponentPipeline(ResiliencePipeline Pipeline, ConsecutiveFailureBreakerStateProvider Breaker);
