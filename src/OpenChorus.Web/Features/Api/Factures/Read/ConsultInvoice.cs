using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>consulter/fournisseur, consulter/recipiendaire and consulter/valideur: the whole invoice as the space shows
/// it, the lines and VAT breakdown read from the structured original when there is one.</summary>
public sealed class ConsultInvoice(AppDbContext db, IDocumentStore store)
{
    public static Task<IResult> SupplierAsync(ConsultRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken) =>
        HandleAsync(request, caller, http, Space.FacturesEmises, cancellationToken);

    public static Task<IResult> RecipientAsync(ConsultRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken) =>
        HandleAsync(request, caller, http, Space.FacturesRecues, cancellationToken);

    public static Task<IResult> ValidatorAsync(ConsultRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken) =>
        HandleAsync(request, caller, http, Space.FacturesAValider, cancellationToken);

    private static async Task<IResult> HandleAsync(ConsultRequest request, CproCaller caller, HttpContext http, Space space, CancellationToken cancellationToken)
    {
        var (invoice, refusal) = await ReadServices.Access(http).FindAsync(caller, space, request.IdentifiantFactureCPP, cancellationToken);
        if (invoice is null)
        {
            return refusal!;
        }

        var consult = ActivatorUtilities.CreateInstance<ConsultInvoice>(http.RequestServices);
        return CproResults.Ok(new ConsultAnswer { Facture = await consult.BuildAsync(invoice, space == Space.FacturesRecues, request, cancellationToken) });
    }

    private async Task<ConsultedInvoice> BuildAsync(Invoice invoice, bool recipientView, ConsultRequest request, CancellationToken cancellationToken)
    {
        var ids = new[] { invoice.SupplierStructureId, invoice.RecipientStructureId ?? 0, invoice.ValidatorStructureId ?? 0 };
        var structures = await db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var service = invoice.RecipientServiceId is { } serviceId ? await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId, cancellationToken) : null;
        var files = await db.InvoiceFiles.AsNoTracking().Where(f => f.InvoiceId == invoice.Id).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var validatedAt = await db.InvoiceEvents.AsNoTracking()
            .Where(e => e.InvoiceId == invoice.Id && (e.Status == InvoiceStatus.Validee1 || e.Status == InvoiceStatus.AbsenceValidation1HorsDelai))
            .Select(e => (DateTime?)e.AtUtc).FirstOrDefaultAsync(cancellationToken);
        var original = files.FirstOrDefault(f => f.Kind == InvoiceFileKind.Original);
        var structured = await StructuredOriginal.ReadAsync(store, original, cancellationToken);
        var supplier = structures[invoice.SupplierStructureId];
        var recipient = invoice.RecipientStructureId is { } r ? structures.GetValueOrDefault(r) : null;
        var validator = invoice.ValidatorStructureId is { } v ? structures.GetValueOrDefault(v) : null;
        var attachments = files.Where(f => f.Kind == InvoiceFileKind.Attachment).ToList();
        return new ConsultedInvoice
        {
            IdentifiantFactureCPP = invoice.Id,
            NumeroFacture = invoice.Number,
            StatutFacture = invoice.Status.Code(),
            ModeDepot = invoice.DepositMode.Code(),
            RejetTraite = recipientView ? null : invoice.RejectionAcknowledgedAtUtc is not null,
            Destinataire = recipient is null ? null : Recipient(recipient, service, recipientView),
            Fournisseur = Supplier(supplier, recipientView, invoice.PaymentAccount is null ? null : supplier.Id),
            CadreDeFacturation = new InvoicingFrame
            {
                CodeCadreFacturation = invoice.Frame.Code(),
                IdValideur1 = validator?.Id,
                TypeIdentifiantValideur1 = validator?.IdentifierType.Code(),
                CodeValideur1 = validator?.Identifier,
                RaisonSocialeValideur1 = validator?.CompanyName,
                DateValidation1 = validatedAt is { } at ? CproDates.Date(at) : null,
            },
            References = new InvoiceReferences
            {
                DateFacture = CproDates.Date(invoice.IssueDate),
                DateDepot = invoice.SentAtUtc is { } sent ? CproDates.Date(sent) : null,
                CodeDeviseFacture = invoice.Currency,
                TypeFacture = invoice.Kind.Code(),
                TypeTva = structured?.TypeTva,
                MotifExonerationTva = structured?.TypeTva == "EXONERATION" ? structured.ExemptionReason : null,
                NumeroMarche = invoice.ContractNumber,
                NumeroBonCommande = invoice.EngagementNumber,
                NumeroFactureOrigine = invoice.PrecedingInvoiceNumber ?? structured?.PrecedingNumber,
                ModePaiement = invoice.PaymentMode ?? structured?.PaymentMode,
                DateCreationFacture = CproDates.Minutes(invoice.CreatedAtUtc),
                DateEcheancePaiement = structured?.DueDate is { } due ? CproDates.Date(due) : null,
                TailleTotalePiecesJointes = attachments.Sum(f => f.Length),
                NumeroDpMandat = invoice.MandateNumber,
            },
            RecapitulatifDeTva = VatLines(structured?.VatLines ?? [], request.Vat),
            MontantTotal = new Totals
            {
                MontantHtTotal = invoice.TotalExcludingVat,
                MontantTVA = invoice.TotalVat,
                MontantTtcAvantRemiseGlobalTTC = invoice.TotalIncludingVat,
                MontantTtcTotal = invoice.TotalIncludingVat,
                MontantAPayer = invoice.AmountDue,
            },
            PieceJointePrincipale = original is null ? null : new MainAttachment { IdLiaisonPieceJointePrincipale = original.Id, IdPieceJointePrincipale = original.Id },
            ListeDesPiecesJointes = AttachmentList(attachments, request.Attachments),
            LignesDePoste = Lines(structured?.Lines ?? [], request.Lines),
            Commentaire = invoice.Comment,
        };
    }

    private static RecipientParty Recipient(Structure recipient, Service? service, bool recipientView) => new()
    {
        DestinataireEtat = recipientView ? "NON" : null,
        IdDestinataire = recipient.Id,
        CodeDestinataire = recipient.Identifier,
        LibelleDestinataire = recipient.CompanyName,
        IdServiceExecutant = service?.Id,
        CodeServiceExecutant = service?.Code,
        LibelleServiceExecutant = service?.Name,
        MiseEnPaiementDestinataire = recipientView ? null : !recipient.Parameters.PaymentStatusNotReported,
        AdresseDestinataireDetail = recipient.AddressLine,
        AdresseDestinataireCodePostal = recipient.PostalCode,
        AdresseDestinataireVille = recipient.City,
        AdresseDestinataireCodePays = recipient.CountryCode,
        DesignationDestinataire = recipientView ? null : recipient.CompanyName,
    };

    private static SupplierParty Supplier(Structure supplier, bool recipientView, long? bankDetailsId) => new()
    {
        IdFournisseur = supplier.Id,
        TypeIdentifiantFournisseur = supplier.IdentifierType.Code(),
        CodeFournisseur = supplier.Identifier,
        RaisonSocialeFournisseur = recipientView ? null : supplier.CompanyName,
        AdresseFournisseurDetail = supplier.AddressLine,
        AdresseFournisseurCodePostal = supplier.PostalCode,
        AdresseFournisseurVille = supplier.City,
        AdresseFournisseurCodePays = supplier.CountryCode,
        CoordBancairesBicSwift = supplier.Bic,
        CoordBancairesFournisseurCompteBancaire = supplier.Iban,
        CoordBancairesFournisseurType = supplier.Iban is null ? null : "IBAN",
        CoordBancairesFournisseurId = bankDetailsId, // codeCoordonneesBancairesFournisseur chosen in soumettre
        DesignationFournisseur = supplier.CompanyName,
    };

    private static InvoiceLines Lines(IReadOnlyList<InvoiceLineItem> all, (int Page, int Size) asked)
    {
        var (items, pages) = ListPage.Of(all, asked);
        return new InvoiceLines { LignePoste = items, PageCouranteLignesPoste = asked.Page, PagesLignesPoste = pages, NbResultatsParPageLignesPoste = asked.Size, TotalLignesPoste = all.Count };
    }

    private static VatLines VatLines(IReadOnlyList<VatLine> all, (int Page, int Size) asked)
    {
        var (items, pages) = ListPage.Of(all, asked);
        return new VatLines
        {
            LigneTva = items,
            PageCouranteLignesRecapitulativesTVA = asked.Page,
            PagesLignesRecapitulativesTVA = pages,
            NbResultatsParPageLignesRecapitulativesTVA = asked.Size,
            TotalLignesRecapitulativesTVA = all.Count,
        };
    }

    private static Attachments AttachmentList(List<InvoiceFile> files, (int Page, int Size) asked)
    {
        var all = files.Select(f => new AttachmentItem
        {
            PieceJointeTypeCode = "PJ_COMPLEMENTAIRE",
            PieceJointeTypeLibelle = "Pièce jointe complémentaire",
            PieceJointeDesignation = f.FileName,
            PieceJointeIdLiaison = f.Id,
            PieceJointeId = f.Id,
            PieceJointeExtension = Path.GetExtension(f.FileName).TrimStart('.').ToUpperInvariant() is { Length: > 0 } ext ? ext : null,
        }).ToList();
        var (items, pages) = ListPage.Of(all, asked);
        return new Attachments
        {
            PieceJointe = items,
            PageCouranteListePiecesJointe = asked.Page,
            PagesListePiecesJointe = pages,
            NbResultatsParPageListePiecesJointe = asked.Size,
            TotalListePiecesJointe = all.Count,
        };
    }
}
