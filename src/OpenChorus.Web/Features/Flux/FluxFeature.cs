namespace OpenChorus.Web.Features.Flux;

/// <summary>Invoice flux (deposerFluxFacture): acceptance, the processors on every node, the comptes rendus.</summary>
public static class FluxFeature
{
    public static IServiceCollection AddFlux(this IServiceCollection services)
    {
        services.AddOptions<FluxOptions>().BindConfiguration(FluxOptions.Section);
        services.AddScoped<FluxDeposits>();
        services.AddScoped<FluxIntegration>();
        services.AddScoped<FluxReports>();
        services.AddSingleton<FluxProcessor>();
        services.AddHostedService(provider => provider.GetRequiredService<FluxProcessor>());
        return services;
    }
}
