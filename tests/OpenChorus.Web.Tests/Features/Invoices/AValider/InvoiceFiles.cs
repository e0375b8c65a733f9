using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.AValider;

public static class InvoiceFiles
{
    /// <summary>Adds a pièce jointe to an invoice through the document store; answers the file's id.</summary>
    public static async Task<int> AttachAsync(this TestApp app, int invoiceId, string name, byte[] content)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sha = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().PutAsync(content, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var file = new InvoiceFile
        {
            InvoiceId = invoiceId,
            Kind = InvoiceFileKind.Attachment,
            FileName = name,
            ContentType = "text/plain",
            Length = content.Length,
            Sha256 = sha,
            AddedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
        };
        db.InvoiceFiles.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    }
}
