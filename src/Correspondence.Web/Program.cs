using Correspondence.Core.Data;
using Correspondence.Web.Demo;
using Correspondence.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Core logic, sign-in, pages, background jobs and the inbound mail worker, all from settings.
builder.AddCorrespondenceWeb();

var app = builder.Build();

// Schema first (migrations, unless switched off), then roles and the embedded default's demo data.
await app.Services.PrepareDatabaseAsync();
await app.Services.SeedAsync();

app.UseCorrespondenceWeb();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
