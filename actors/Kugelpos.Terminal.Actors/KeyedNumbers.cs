using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors;

/// <summary>Numbers handed out for a request that carried an idempotency key.</summary>
/// <param name="Key">The request's key.</param>
/// <param name="Numbers">What it was given.</param>
public sealed record KeyedNumbers(string Key, TransactionNumbers Numbers);
