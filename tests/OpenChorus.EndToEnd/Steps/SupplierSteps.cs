using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd.Steps;

/// <summary>A supplier and a public entity like the demo's, invoices sent and processed through the domain, and the
/// supplier's steps in "Factures émises".</summary>
public static class SupplierSteps
{
    /// <summary>A supplier user with "Factures émises" in Modification on a new structure; answers (user, structure, SIRET).</summary>
    public static async Task<(Guid User, int Structure, string Siret)> SupplierAsync(this PortalServer server, string email, string name)
    {
        var user = await server.UserAsync(email);
        var siret = Seed.NewSiret();
        var structure = await server.StructureAsync(user, name, siret: siret);
        await server.WithDbAsync(async db =>
        {
            if (!await db.StructureSpaces.AnyAsync(o => o.StructureId == structure && o.Space == Space.FacturesEmises))
            {
                db.StructureSpaces.Add(new StructureSpace { StructureId = structure, Space = Space.FacturesEmises, OpenedAtUtc = DateTime.UtcNow });
            }

            var subscription = await db.Subscriptions.SingleOrDefaultAsync(s => s.StructureId == structure && s.UserId == user && s.Space == Space.FacturesEmises);
            if (subscription is null)
            {
                db.Subscriptions.Add(new Subscription { StructureId = structure, UserId = user, Space = Space.FacturesEmises, Mode = AccessMode.Modification, CreatedAtUtc = DateTime.UtcNow });
            }
            else
            {
                subscription.Mode = AccessMode.Modification;
            }
        });
        return (user, structure, siret);
    }

    /// <summary>A public entity like the demo's commune: code service mandatory; FINANCES (engagement required),
    /// TECHNIQUE and ECOLES.</summary>
    public static async Task<(int Id, string Siret)> PublicEntityAsync(this PortalServer server, string name)
    {
        var principal = await server.UserAsync(Seed.NewEmail("mairie"));
        var siret = Seed.NewSiret();
        var id = await server.StructureAsync(principal, name, isPublic: true, siret);
        await server.WithDbAsync(async db =>
        {
            var commune = await db.Structures.SingleAsync(s => s.Id == id);
            commune.Parameters.ServiceCodeRequired = true;
            db.Services.Add(new Service { StructureId = id, Code = "FINANCES", Name = "Direction des finances", EngagementRequired = true });
            db.Services.Add(new Service { StructureId = id, Code = "TECHNIQUE", Name = "Services techniques" });
            db.Services.Add(new Service { StructureId = id, Code = "ECOLES", Name = "Affaires scolaires" });
        });
        return (id, siret);
    }

    /// <summary>An invoice sent through the real use case, then processed by the recipient through the domain; waits
    /// for the supplier's mail about the sending, so that it does not arrive in the middle of a later login.</summary>
    public static async Task<int> SentThenAsync(
        this PortalServer server, string email, Guid user, int supplier, string recipientSiret, string number, RecipientAction action, string reason)
    {
        var id = await SendAndProcessAsync(server, user, supplier, recipientSiret, number, action, reason);
        await server.Mail.WaitForAsync(email, m => m.Subject?.Contains(number, StringComparison.Ordinal) == true);

        return id;
    }

    private static async Task<int> SendAndProcessAsync(PortalServer server, Guid user, int supplier, string recipientSiret, string number, RecipientAction action, string reason)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var send = scope.ServiceProvider.GetRequiredService<SendInvoice>();
        var invoice = new Invoice
        {
            Number = number,
            SupplierStructureId = supplier,
            SupplierName = "Fournisseur",
            IssueDate = new DateOnly(2026, 11, 20),
            TotalExcludingVat = 1000m,
            TotalVat = 200m,
            TotalIncludingVat = 1200m,
            AmountDue = 1200m,
        };
        var outcome = await send.HandleAsync(new InvoiceActor(user, "Fournisseur"), invoice, new RoutingInput(InvoiceFrame.A1, recipientSiret, "TECHNIQUE", null), CancellationToken.None);
        var id = outcome.Id ?? throw new InvalidOperationException(outcome.Message);
        await server.WithDbAsync(async db =>
        {
            var sent = await db.Invoices.Include(i => i.Events).SingleAsync(i => i.Id == id);
            var done = sent.Process(action, new InvoiceActor(null, "Agent de la commune"), reason, null, DateTime.UtcNow);
            Assert.True(done.Succeeded, done.Refusal);
        });
        return id;
    }

    /// <summary>Opens "Factures émises" from the menu: the Synthèse.</summary>
    public static async Task OpenFacturesEmisesAsync(this IPage page)
    {
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Factures émises" }).ClickAsync();
        await page.ExpectPageAsync("Factures émises");
    }

    /// <summary>"Déposer une facture", the file, "Déposer le fichier": ends on the form step.</summary>
    public static async Task UploadInvoiceAsync(this IPage page, string fileName, byte[] content)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Déposer une facture" }).ClickAsync();
        await page.ExpectPageAsync("Déposer une facture");
        await page.GetByLabel("Fichier de la facture").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/xml", Buffer = content });
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer le fichier" }).ClickAsync();
        await Expect(page.Locator("#depot-formulaire")).ToBeVisibleAsync();
        await page.ExpectPageAsync("Déposer une facture");
    }

    /// <summary>"Confirmation d'envoi" → "Confirmer et envoyer": ends on the invoice with the deposit summary.</summary>
    public static async Task ConfirmSendingAsync(this IPage page, string number)
    {
        await page.ExpectPageAsync("Confirmation d'envoi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer et envoyer" }).ClickAsync();
        await Expect(page.Locator("#recapitulatif-depot p")).ToHaveTextAsync($"La facture n° {number} est validée, elle est en cours de transmission au service concerné.");
        await page.ExpectPageAsync($"Facture n° {number}");
    }

    public static async Task WithDbAsync(this PortalServer server, Func<AppDbContext, Task> change)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    /// <summary>A valid one-line UBL invoice (1 000 € HT, 20 % VAT) to the buyer's SIRET, code service in BT-10.</summary>
    public static byte[] Ubl(string number, string sellerSiret, string buyerSiret, string buyerReference) => Encoding.UTF8.GetBytes($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
          <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
          <cbc:ID>{number}</cbc:ID>
          <cbc:IssueDate>2026-11-20</cbc:IssueDate>
          <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
          <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
          <cbc:BuyerReference>{buyerReference}</cbc:BuyerReference>
          <cac:AccountingSupplierParty><cac:Party>
            <cac:PartyIdentification><cbc:ID schemeID="0009">{sellerSiret}</cbc:ID></cac:PartyIdentification>
            <cac:PostalAddress><cbc:CityName>Lyon</cbc:CityName><cbc:PostalZone>69003</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyTaxScheme><cbc:CompanyID>FR32123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
            <cac:PartyLegalEntity><cbc:RegistrationName>Fournitures Test SARL</cbc:RegistrationName></cac:PartyLegalEntity>
          </cac:Party></cac:AccountingSupplierParty>
          <cac:AccountingCustomerParty><cac:Party>
            <cac:PostalAddress><cbc:CityName>Paris</cbc:CityName><cbc:PostalZone>75001</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyLegalEntity><cbc:RegistrationName>Commune</cbc:RegistrationName><cbc:CompanyID schemeID="0009">{buyerSiret}</cbc:CompanyID></cac:PartyLegalEntity>
          </cac:Party></cac:AccountingCustomerParty>
          <cac:TaxTotal>
            <cbc:TaxAmount currencyID="EUR">200.00</cbc:TaxAmount>
            <cac:TaxSubtotal>
              <cbc:TaxableAmount currencyID="EUR">1000.00</cbc:TaxableAmount>
              <cbc:TaxAmount currencyID="EUR">200.00</cbc:TaxAmount>
              <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
            </cac:TaxSubtotal>
          </cac:TaxTotal>
          <cac:LegalMonetaryTotal>
            <cbc:LineExtensionAmount currencyID="EUR">1000.00</cbc:LineExtensionAmount>
            <cbc:TaxExclusiveAmount currencyID="EUR">1000.00</cbc:TaxExclusiveAmount>
            <cbc:TaxInclusiveAmount currencyID="EUR">1200.00</cbc:TaxInclusiveAmount>
            <cbc:PayableAmount currencyID="EUR">1200.00</cbc:PayableAmount>
          </cac:LegalMonetaryTotal>
          <cac:InvoiceLine>
            <cbc:ID>1</cbc:ID>
            <cbc:InvoicedQuantity unitCode="C62">10</cbc:InvoicedQuantity>
            <cbc:LineExtensionAmount currencyID="EUR">1000.00</cbc:LineExtensionAmount>
            <cac:Item><cbc:Name>Ramettes de papier</cbc:Name>
              <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
            </cac:Item>
            <cac:Price><cbc:PriceAmount currencyID="EUR">100.00</cbc:PriceAmount></cac:Price>
          </cac:InvoiceLine>
        </Invoice>
        """);
}
