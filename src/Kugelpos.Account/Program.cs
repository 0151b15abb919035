using Kugelpos.Account;

var builder = WebApplication.CreateBuilder(args);
builder.AddAccountService();

var app = builder.Build();
app.MapAccountService();
app.Run();
