using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace Kugelpos.ServiceDefaults.Tests.Requests;

/// <summary>A service with one resource group in the Kugelpos request style, echoing what it bound.</summary>
internal static class RequestApp
{
    public static Task<TestApp> StartAsync() => TestApp.StartAsync(app =>
    {
        var terminals = app.MapApiGroup("api/v1/terminals");
        terminals.MapPost("/", (OpenTerminalRequest request) => ApiResults.Created(request, "Opened", "open_terminal"))
            .WithName("open_terminal");
        terminals.MapPost("/positional", (PositionalRequest request) => ApiResults.Ok(request, "Read", "positional"));
        terminals.MapGet("/{id:int}", (int id) => ApiResults.Ok(id, "Found", "get_terminal"));
        terminals.MapGet("/by-number/{number}", (int number) => ApiResults.Ok(number, "Found", "get_by_number"));
    });
}
