using Kugelpos.Cart;

var builder = WebApplication.CreateBuilder(args);
builder.AddCartService();

var app = builder.Build();
app.MapCartService();
app.Run();
