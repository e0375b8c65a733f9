using System.Globalization;
using System.Text.RegularExpressions;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Emises;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>
/// SAISIE_API as the portal's "Saisie" form: the lines of <c>lignePoste</c> become the form's rows (rate by code
/// TVA1…TVA5 as recupererTauxTva lists them, or <c>lignePosteTauxTvaManuel</c>; unit by its Recommendation 20 code or
/// its usual French word), so that <see cref="SaisieInvoice"/> builds the same UBL original and rendering. The figures
/// the client sends (<c>ligneTva</c>, <c>montantTotal</c>) are checked against the ones computed from the lines.
/// </summary>
public static partial class SaisieApiMapping
{
    /// <summary>The exemption reason of a TVA1 line (recupererTauxTva's "Art 293B (franchise en base)").</summary>
    private const string Franchise = "TVA non applicable, art. 293 B du CGI";

    private static readonly Dictionary<string, string> UnitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["u"] = "C62",
        ["unite"] = "C62",
        ["unité"] = "C62",
        ["piece"] = "H87",
        ["pièce"] = "H87",
        ["pce"] = "H87",
        ["h"] = "HUR",
        ["heure"] = "HUR",
        ["heures"] = "HUR",
        ["j"] = "DAY",
        ["jour"] = "DAY",
        ["jours"] = "DAY",
        ["mois"] = "MON",
        ["kg"] = "KGM",
        ["kilogramme"] = "KGM",
        ["m"] = "MTR",
        ["metre"] = "MTR",
        ["mètre"] = "MTR",
        ["m2"] = "MTK",
        ["m²"] = "MTK",
        ["l"] = "LTR",
        ["litre"] = "LTR",
        ["lot"] = "LS",
        ["forfait"] = "LS",
    };

    public static SaisieInput ToInput(SoumettreRequest request, int structureId, InvoiceFrame frame, InvoiceKind kind, string number, DateOnly issueDate, string? vatNumber)
    {
        var references = request.References ?? new SoumettreReferences();
        var input = new SaisieInput
        {
            StructureId = structureId,
            Frame = frame,
            Kind = kind,
            ValidatorSiret = request.CadreDeFacturation?.CodeStructureValideur,
            RecipientSiret = request.Destinataire?.CodeDestinataire,
            ServiceCode = request.Destinataire?.CodeServiceExecutant,
            EngagementNumber = references.NumeroBonCommande,
            ContractNumber = references.NumeroMarche,
            Number = number,
            IssueDate = issueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            SellerVatNumber = vatNumber,
            Comment = request.Commentaire,
            AllowanceAmount = null,
            ChargeAmount = null,
        };
        foreach (var line in request.LignePoste ?? [])
        {
            var rate = RateOf(line.LignePosteTauxTva, line.LignePosteTauxTvaManuel);
            var quantity = line.LignePosteQuantite;
            var price = line.LignePosteMontantUnitaireHT;
            if (line.LignePosteMontantRemiseHT is > 0 and var discount && quantity is > 0 && price is not null)
            {
                price = (quantity.Value * price.Value - discount) / quantity.Value; // the line's net stays quantity × price − remise
            }

            input.Lines.Add(new SaisieLineInput
            {
                Designation = line.LignePosteDenomination ?? line.LignePosteReference,
                Quantity = Text(quantity),
                Unit = UnitOf(line.LignePosteUnite),
                UnitPrice = Text(price),
                VatRate = rate is { } r ? Text(r) : line.LignePosteTauxTva ?? "?",
                ExemptionReason = rate == 0
                    ? references.MotifExonerationTva ?? (string.Equals(line.LignePosteTauxTva?.Trim(), "TVA1", StringComparison.OrdinalIgnoreCase) ? Franchise : null)
                    : null,
            });
        }

        return input;
    }

    /// <summary>A rate from its code (TVA5) or from the manual rate; a numeric code ("20", "5,5") is read too.</summary>
    public static decimal? RateOf(string? code, decimal? manual)
    {
        if (code?.Trim() is { Length: > 0 } c)
        {
            // The codes recupererTauxTva answers (TVA1 … TVA12): one list for both operations.
            return Transverses.Referentiels.TauxTva.Valeur(c) is { } rate
                ? rate
                : decimal.TryParse(c.TrimEnd('%').Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;
        }

        return manual;
    }

    /// <summary>The differences between what the client says the totals are and what the lines give, in French.</summary>
    public static IEnumerable<string> CheckFigures(SoumettreRequest request, SaisieDraft draft)
    {
        var totals = request.MontantTotal;
        if (totals?.MontantRemiseGlobaleTTC is > 0)
        {
            yield return "montantTotal.montantRemiseGlobaleTTC : une remise globale TTC ne peut figurer dans une facture EN 16931 ; "
                + "portez-la sur les lignes (lignePosteMontantRemiseHT).";
        }

        foreach (var (field, given, computed) in new (string, decimal?, decimal?)[]
                 {
                     ("montantHtTotal", totals?.MontantHtTotal, draft.TaxExclusive), ("montantTVA", totals?.MontantTva, draft.Vat),
                     ("montantTtcTotal", totals?.MontantTtcTotal, draft.TaxInclusive),
                 })
        {
            if (given is { } value && computed is { } expected && Math.Abs(value - expected) > 0.01m)
            {
                yield return $"montantTotal.{field} : {Text(value)} ne correspond pas aux lignes de la facture, qui donnent {Text(expected)}.";
            }
        }

        foreach (var line in request.LigneTva ?? [])
        {
            var rate = RateOf(line.LigneTvaTaux, line.LigneTvaTauxManuel);
            var group = draft.VatGroups.FirstOrDefault(g => g.Rate == rate);
            if (rate is null || group is null)
            {
                yield return $"ligneTva : aucune ligne de la facture n'a le taux {line.LigneTvaTaux ?? Text(line.LigneTvaTauxManuel)} %.";
            }
            else if ((line.LigneTvaMontantBaseHtParTaux is { } b && Math.Abs(b - group.Taxable) > 0.01m)
                     || (line.LigneTvaMontantTvaParTaux is { } t && Math.Abs(t - group.Tax) > 0.01m))
            {
                yield return $"ligneTva : au taux de {Text(group.Rate)} %, les lignes donnent une base de {Text(group.Taxable)} et une TVA de {Text(group.Tax)}.";
            }
        }
    }

    /// <summary>The API's name for a field of the form, so that a refusal says what to fix in the request.</summary>
    public static string ApiField(string field)
    {
        if (LineField().Match(field) is { Success: true } m)
        {
            var name = m.Groups[2].Value switch
            {
                "Designation" => "lignePosteDenomination",
                "Quantity" => "lignePosteQuantite",
                "Unit" => "lignePosteUnite",
                "UnitPrice" => "lignePosteMontantUnitaireHT",
                "VatRate" => "lignePosteTauxTva",
                "ExemptionReason" => "references.motifExonerationTva",
                var other => other,
            };
            return name.StartsWith("references", StringComparison.Ordinal) ? name : $"lignePoste[{m.Groups[1].Value}].{name}";
        }

        return field switch
        {
            InvoiceNumbers.Field => "numeroFactureSaisi",
            "IssueDate" => "dateFacture",
            InvoiceRouting.RecipientField => "destinataire.codeDestinataire",
            InvoiceRouting.ServiceField => "destinataire.codeServiceExecutant",
            InvoiceRouting.EngagementField => "references.numeroBonCommande",
            InvoiceRouting.ValidatorField => "cadreDeFacturation.codeStructureValideur",
            "ContractNumber" => "references.numeroMarche",
            "Comment" => "commentaire",
            "SellerVatNumber" => "fournisseur (numéro de TVA intracommunautaire de la structure)",
            "Frame" => "cadreDeFacturation.codeCadreFacturation",
            _ => "",
        };
    }

    public static string Describe(IEnumerable<OutcomeError> errors) =>
        string.Join(" ", errors.Select(e => ApiField(e.Field) is { Length: > 0 } f ? $"{f} : {ApiMessage(e)}" : e.Message));

    /// <summary>The portal's message, unless it speaks of the form's lists.</summary>
    private static string ApiMessage(OutcomeError error) => error.Field.EndsWith(".VatRate", StringComparison.Ordinal)
        ? "taux de TVA non pris en charge ; indiquez TVA1 (0 %), TVA2 (2,1 %), TVA3 (5,5 %), TVA4 (10 %) ou TVA5 (20 %), "
          + "ou le taux dans lignePosteTauxTvaManuel."
        : error.Message;

    /// <summary>The French VAT number of a SIRET's company: FR, the key (12 + 3 × (SIREN mod 97)) mod 97, the SIREN.</summary>
    public static string? FrenchVatNumber(Structure structure)
    {
        if (structure.VatNumber is { Length: > 0 } vat)
        {
            return vat;
        }

        if (structure.IdentifierType != IdentifierType.Siret || structure.Identifier.Length < 9 || !long.TryParse(structure.Identifier[..9], out var siren))
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"FR{(12 + (3 * (siren % 97))) % 97:D2}{structure.Identifier[..9]}");
    }

    private static string UnitOf(string? unit)
    {
        var value = unit?.Trim() ?? "";
        return SaisieChoices.Units.Any(u => string.Equals(u.Code, value, StringComparison.OrdinalIgnoreCase))
            ? value.ToUpperInvariant()
            : UnitWords.GetValueOrDefault(value, "C62");
    }

    private static string? Text(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Lines\[(\d+)\]\.(\w+)$")]
    private static partial Regex LineField();
}
