using Correspondence.Core;
using Correspondence.Core.Data;
using Correspondence.Core.Operations;

// The inbound mail worker as its own process, for scale-out: same Core, same settings as the web app.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddCorrespondenceCore();
builder.Services.AddCorrespondenceInboxWorker();
builder.Services.AddCorrespondenceTelemetry(builder.Configuration);

var host = builder.Build();
await host.Services.PrepareDatabaseAsync();
await host.RunAsync();
