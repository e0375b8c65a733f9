using Microsoft.Extensions.Options;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Flux;
using OpenChorus.Web.Features.Invoices.AValider;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Invoices.Emises;
using OpenChorus.Web.Features.Invoices.Recues;

namespace OpenChorus.Web.Features.Invoices;

public static class InvoicesFeature
{
    public static IHostApplicationBuilder AddInvoices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DocumentStoreOptions>().BindConfiguration(DocumentStoreOptions.Section);
        services.AddSingleton<IDocumentStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DocumentStoreOptions>>();
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var kind = options.Value.Store ?? (database.Provider == DatabaseProvider.Postgres ? DocumentStoreKind.Database : DocumentStoreKind.FileSystem);
            return kind == DocumentStoreKind.Database
                ? ActivatorUtilities.CreateInstance<DatabaseDocumentStore>(provider)
                : new FileSystemDocumentStore(options);
        });
        services.AddScoped<InvoiceNumbers>();
        services.AddScoped<InvoiceRouting>();
        services.AddScoped<InvoiceNotifier>();
        services.AddScoped<SendInvoice>();
        services.AddEmises();
        services.AddRecues();
        services.AddAValider();
        services.AddFlux();
        return builder;
    }
}
