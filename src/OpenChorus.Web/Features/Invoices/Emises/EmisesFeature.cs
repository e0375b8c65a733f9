using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Invoices.Emises.FollowUp;

namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>"Factures émises", supplier side: deposit (file, draft, send, lot), Synthèse, search and follow-up.</summary>
public static class EmisesFeature
{
    public static IServiceCollection AddEmises(this IServiceCollection services)
    {
        services.AddScoped<UploadTickets>();
        services.AddScoped<SupplierActors>();
        services.AddScoped<DepositBuilder>();
        services.AddScoped<DepositInvoice>();
        services.AddScoped<DeleteDraft>();
        services.AddScoped<DepositLot>();
        services.AddScoped<StructuredDeposit>();
        services.AddScoped<SupplierAction>();
        services.AddScoped<CompleteInvoice>();
        services.AddScoped<RecycleInvoice>();
        services.AddScoped<AcknowledgeRejection>();
        return services;
    }
}
