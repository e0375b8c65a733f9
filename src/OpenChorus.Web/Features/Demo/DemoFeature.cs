namespace OpenChorus.Web.Features.Demo;

public static class DemoFeature
{
    public static IHostApplicationBuilder AddDemoData(this IHostApplicationBuilder builder)
    {
        return builder;
    }

    public static Task SeedDemoDataAsync(this WebApplication app) => Task.CompletedTask;
}
