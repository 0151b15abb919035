using Kugelpos.Journal;

var builder = WebApplication.CreateBuilder(args);
builder.AddJournalService();

var app = builder.Build();
app.MapJournalService();
app.Run();
