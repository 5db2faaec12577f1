using CivicCrm.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCivicCrm();

var app = builder.Build();
app.UseCivicCrm();
await app.InitializeCivicCrmAsync();
await app.RunAsync();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
