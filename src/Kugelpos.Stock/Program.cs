using Kugelpos.Stock;

var builder = WebApplication.CreateBuilder(args);
builder.AddStockService();

var app = builder.Build();
app.MapStockService();
app.Run();
