namespace OpenChorus.Web.Features.Invoices.Recues;

/// <summary>"Factures reçues": the recipient's Synthèse, search, invoice view, processing and grouped download.</summary>
public static class RecuesFeature
{
    public static IServiceCollection AddRecues(this IServiceCollection services)
    {
        services.AddScoped<SearchReceivedInvoices>();
        services.AddScoped<ProcessInvoice>();
        services.AddScoped<ZipInvoices>();

        // The manager's side of users limited to services (member page), which these pages honour.
        services.AddScoped<Structures.Members.LimitToServices>();
        return services;
    }
}
