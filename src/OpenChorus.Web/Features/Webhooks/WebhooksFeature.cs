using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Webhooks;

public static class WebhooksFeature
{
    /// <summary>Webhooks: endpoints and deliveries, the outbox fed by invoice status changes, the dispatcher on every
    /// node, and the portal page of the structure's managers.</summary>
    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebhooksOptions>().BindConfiguration(WebhooksOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebhookUrls>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<InvoiceStatusWebhooks>();
        services.ConfigureDbContext<SqliteAppDbContext>((provider, o) => o.AddInterceptors(provider.GetRequiredService<InvoiceStatusWebhooks>()));
        services.ConfigureDbContext<PostgresAppDbContext>((provider, o) => o.AddInterceptors(provider.GetRequiredService<InvoiceStatusWebhooks>()));
        services.AddHttpClient(WebhookDispatcher.HttpClientName, client =>
            {
                client.Timeout = TimeSpan.FromSeconds(10);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("OpenChorus-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                // The guard below checks the address actually connected to, which a proxy would hide.
                UseProxy = false,
                ConnectCallback = WebhookConnections.Guarded(provider.GetRequiredService<WebhookUrls>()),
            });
        services.AddScoped<WebhookDispatcher>();
        services.AddHostedService<WebhookDispatchWorker>();
        services.AddScoped<RegisterWebhook>();
        services.AddScoped<ChangeWebhook>();
        services.AddScoped<ReplayDelivery>();
        services.AddScoped<WebhookQueries>();
        return builder;
    }
}
