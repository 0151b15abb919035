using Kugelpos.MasterData;

var builder = WebApplication.CreateBuilder(args);
builder.AddMasterDataService();

var app = builder.Build();
app.MapMasterDataService();
app.Run();
