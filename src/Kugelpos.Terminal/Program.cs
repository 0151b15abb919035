using Kugelpos.Terminal;

var builder = WebApplication.CreateBuilder(args);
builder.AddTerminalService();

var app = builder.Build();
app.MapTerminalService();
app.Run();
