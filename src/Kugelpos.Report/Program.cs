using Kugelpos.Report;

var builder = WebApplication.CreateBuilder(args);
builder.AddReportService();

var app = builder.Build();
app.MapReportService();
app.Run();
