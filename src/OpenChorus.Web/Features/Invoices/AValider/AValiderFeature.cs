namespace OpenChorus.Web.Features.Invoices.AValider;

public static class AValiderFeature
{
    /// <summary>"Factures à valider" (validation of A9 / A12 invoices), the tacit validation worker, and the keyed-in
    /// invoice ("Saisie") of "Factures émises".</summary>
    public static IServiceCollection AddAValider(this IServiceCollection services)
    {
        services.AddOptions<TacitValidationOptions>().BindConfiguration(TacitValidationOptions.Section);
        services.AddScoped<DecideValidation>();
        services.AddScoped<TacitValidation>();
        services.AddHostedService<TacitValidationWorker>();
        services.AddScoped<Emises.SaisieInvoice>();
        return services;
    }
}
