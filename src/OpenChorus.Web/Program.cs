using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Features.Api;
using OpenChorus.Web.Features.Demo;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Webhooks;
using OpenChorus.Web.Platform;
using OpenChorus.Web.Platform.Health;
using OpenChorus.Web.Platform.Mail;

var builder = WebApplication.CreateBuilder(args);

// Cross-cutting: clock, logs, errors, the store, e-mail.
builder.AddPlatform();
builder.AddDatabase();
builder.AddMail();

// Capabilities, one folder each under Features/.
builder.AddAccounts();
builder.AddStructures();
builder.AddInvoices();
builder.AddCproApi();
builder.AddWebhooks();
builder.AddDemoData();

// The portal: server-rendered Razor Pages in French (DSFR).
builder.AddPortal();

var app = builder.Build();

await app.MigrateDatabaseAsync();
await app.SeedDemoDataAsync();

app.UsePlatform();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapHealth();
app.MapPortal();
app.MapApi();
app.MapWebhooksApi();

await app.RunAsync();

/// <summary>Entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
