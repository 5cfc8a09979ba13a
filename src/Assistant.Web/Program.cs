using Assistant.Hosting;
using Assistant.Web.DirectLine;
using Assistant.Web.Extensions;
using Assistant.Web.Hosting;
using Assistant.Web.Page;
using Assistant.Web.Telemetry;

var builder = WebApplication.CreateBuilder(args);
var baseDirectory = AssistantPaths.FindBaseDirectory(builder.Environment.ContentRootPath);
builder.Configuration.AddRepositorySettings(baseDirectory, args);
builder.WebHost.UseLoopbackByDefault(builder.Configuration);

builder.Services.AddKnowledge(builder.Configuration, baseDirectory);
builder.Services.AddAssistant(builder.Configuration, baseDirectory);
builder.Services.AddHostedService<StorageMigrator>();
builder.Services.AddBotChannel(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddWebChatPage(builder.Configuration);
builder.Services.AddWebTelemetry(builder.Configuration);

var app = builder.Build();
app.UseAssistantPipeline();
app.MapAssistantEndpoints();
app.Run();

/// <summary>The web host's entry point (partial so tests can reach it through WebApplicationFactory).</summary>
public partial class Program;
