using Microsoft.Extensions.Options;

namespace OpenChorus.Web.Features.Demo;

public static class DemoFeature
{
    public static IHostApplicationBuilder AddDemoData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<DemoInvoices>();
        return builder;
    }

    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Seed)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }
}
