using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;

namespace Kugelpos.ServiceDefaults.Tests.Support;

/// <summary>
/// A real Kugelpos-style service on an in-memory TestServer: AddServiceDefaults, MapServiceDefaults, then
/// the test's endpoints. Not a <see cref="ServiceTestHost"/>: these tests map endpoints of their own and
/// need neither a socket nor a document store, and they choose their JWT secret and app token themselves.
/// </summary>
internal sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app, LogCapture logs, FakeTimeProvider time)
    {
        App = app;
        Logs = logs;
        Time = time;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public LogCapture Logs { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<TestApp> StartAsync(
        Action<WebApplication> map,
        IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(TestApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kugelpos:Logging:Console"] = "false",
            ["Kugelpos:ServiceName"] = "test-service",
            ["Kugelpos:ServiceVersion"] = "9.9.9",
            ["APP_API_TOKEN"] = string.Empty,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var logs = new LogCapture();
        var time = new FakeTimeProvider(ServiceTestHost.Start);
        builder.Services.AddSingleton<ILogEventSink>(logs);
        builder.Services.AddSingleton<TimeProvider>(time);
        configure?.Invoke(builder);
        builder.AddServiceDefaults("test-service");

        var app = builder.Build();
        app.MapServiceDefaults();
        map(app);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new TestApp(app, logs, time);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
