using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;
using OpenChorus.Pdf.Rendering;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Emises;
using OpenChorus.Web.Features.Structures;
using Model = OpenChorus.Formats.Model;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>
/// What soumettre says of the payment and of the corrected invoice: <c>references.modePaiement</c> (its UNTDID 4461
/// code is BT-81), <c>fournisseur.codeCoordonneesBancairesFournisseur</c> (one of the structure's bank details as
/// recupererCoordonneesBancairesValides lists them; its IBAN is BT-84) and <c>references.numeroFactureOrigine</c>
/// (BG-3, BT-25). Stored on the invoice and, for SAISIE_API, written into the UBL original.
/// </summary>
public sealed record SoumettrePayment(string? Mode, string? Iban, string? PrecedingNumber)
{
    /// <summary>Chorus Pro's modes de paiement and their UNTDID 4461 payment means codes.</summary>
    public static readonly IReadOnlyDictionary<string, string> MeansCodes = new Dictionary<string, string>
    {
        ["ESPECE"] = "10", // in cash
        ["CHEQUE"] = "20", // cheque
        ["VIREMENT"] = "30", // credit transfer
        ["PRELEVEMENT"] = "49", // direct debit
        ["REPORT"] = "97", // clearing between partners
        ["AUTRE"] = "ZZZ", // mutually defined
    };

    public bool IsEmpty => Mode is null && Iban is null && PrecedingNumber is null;

    /// <summary>The choices of the request checked against the supplier structure, or the refusal in French.</summary>
    public static (SoumettrePayment? Payment, string? Refusal) Read(SoumettreRequest request, Structure supplier)
    {
        var references = request.References ?? new SoumettreReferences();
        var mode = references.ModePaiement?.Trim().ToUpperInvariant() is { Length: > 0 } m ? m : null;
        if (mode is not null && !MeansCodes.ContainsKey(mode))
        {
            return (null, $"references.modePaiement : « {references.ModePaiement!.Trim()} » n'est pas un mode de paiement ; "
                + "indiquez CHEQUE, PRELEVEMENT, VIREMENT, ESPECE, AUTRE ou REPORT (recuperer/modereglements).");
        }

        var iban = string.IsNullOrWhiteSpace(supplier.Iban) ? null : supplier.Iban.Trim();
        string? chosen = null;
        if (request.Fournisseur?.CodeCoordonneesBancairesFournisseur is { } code and not 0)
        {
            // The structure's IBAN is its one valid coordonnée bancaire, whose id is the structure's (StructuresDuCompte).
            if (code != supplier.Id || iban is null)
            {
                return (null, $"fournisseur.codeCoordonneesBancairesFournisseur : {code} n'est pas une coordonnée bancaire valide de la structure ; "
                    + (iban is null
                        ? "la structure n'a pas d'IBAN : renseignez-le dans sa fiche ou n'indiquez pas ce code."
                        : $"recuperer/coordbanc/valides donne {supplier.Id}."));
            }

            chosen = iban;
        }

        var preceding = references.NumeroFactureOrigine?.Trim() is { Length: > 0 } p ? p : null;
        if (preceding is { Length: > Invoice.PrecedingNumberMaxLength })
        {
            return (null, $"references.numeroFactureOrigine : le numéro de la facture d'origine compte au plus {Invoice.PrecedingNumberMaxLength} caractères.");
        }

        // A transfer names the account to credit: the one chosen, or else the structure's (as the portal's Saisie).
        return (new SoumettrePayment(mode, chosen ?? (mode == "VIREMENT" ? iban : null), preceding), null);
    }

    public void ApplyTo(Invoice invoice)
    {
        invoice.PaymentMode = Mode;
        invoice.PaymentAccount = Iban;
        invoice.PrecedingInvoiceNumber = PrecedingNumber;
    }

    /// <summary>The keyed-in invoice written again with these choices (BT-81, BT-84, BG-3), then validated and rendered;
    /// a refusal when the result is not a valid EN 16931 invoice.</summary>
    public (SaisiePreview? Preview, string? Refusal) Rewrite(SaisiePreview preview)
    {
        if (IsEmpty)
        {
            return (preview, null);
        }

        var model = SaisieEn16931.Build(preview.Header, preview.Draft);
        var supplier = preview.Header.Supplier;
        // A credit transfer without an account cannot be written (BR-61): the original then says nothing of the payment
        // means, as the portal's Saisie does for a structure without IBAN; the mode stays on the invoice.
        var transfer = Mode is null or "VIREMENT";
        if ((Mode is not null && !transfer) || Iban is not null)
        {
            var means = MeansCodes[Mode ?? "VIREMENT"];
            model = model with
            {
                PaymentInstructions =
                [
                    new Model.PaymentInstructions
                    {
                        MeansCode = means,
                        CreditTransfers = transfer && Iban is not null ? [new Model.CreditTransfer(Iban, supplier.CompanyName, supplier.Bic)] : [],
                    },
                ],
            };
        }

        if (PrecedingNumber is not null)
        {
            model = model with { PrecedingInvoices = [new Model.PrecedingInvoice(PrecedingNumber, null)] };
        }

        var ubl = UblInvoiceWriter.Write(model);
        var report = InvoiceValidator.Validate(ubl);
        if (report.Verdict != Verdict.Valid)
        {
            var problems = report.Violations.Where(v => v.Severity == Severity.Fatal).Select(v => $"{v.RuleId} : {v.MessageFr}");
            return (null, "La facture générée n'est pas conforme à la norme EN 16931 : " + string.Join(" ", problems));
        }

        return (preview with { Ubl = ubl, Pdf = InvoiceRenderer.Render(report.Invoice ?? model) }, null);
    }
}
