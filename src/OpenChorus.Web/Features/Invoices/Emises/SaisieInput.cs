namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>The "Saisie" form as the user typed it (bound under the prefix "Input"). Numbers are kept as typed —
/// "1 234,50" or "1234.5" — and read by <see cref="SaisieDraft"/>, which says in French what it cannot read.</summary>
public sealed class SaisieInput
{
    public const int FirstRows = 5;
    public const int MaxRows = 50;

    public int StructureId { get; set; }

    public InvoiceFrame Frame { get; set; } = InvoiceFrame.A1;

    /// <summary>SIRET of the titulaire (A9) or the mandataire (A12).</summary>
    public string? ValidatorSiret { get; set; }

    public string? RecipientSiret { get; set; }

    public string? ServiceCode { get; set; }

    public string? EngagementNumber { get; set; }

    public string? ContractNumber { get; set; }

    public string? Number { get; set; }

    /// <summary>yyyy-MM-dd, as an input of type date sends it.</summary>
    public string? IssueDate { get; set; }

    public InvoiceKind Kind { get; set; } = InvoiceKind.Facture;

    /// <summary>Numéro de TVA intracommunautaire of the supplier (BT-31), prefilled from its structure.</summary>
    public string? SellerVatNumber { get; set; }

    public string? Comment { get; set; }

    public List<SaisieLineInput> Lines { get; set; } = [];

    public string? AllowanceAmount { get; set; }

    public string? AllowanceReason { get; set; }

    public string? AllowanceVatRate { get; set; } = "20";

    public string? ChargeAmount { get; set; }

    public string? ChargeReason { get; set; }

    public string? ChargeVatRate { get; set; } = "20";

    /// <summary>Adds blank rows up to <paramref name="count"/> (at most <see cref="MaxRows"/>).</summary>
    public void PadLines(int count)
    {
        while (Lines.Count < Math.Min(count, MaxRows))
        {
            Lines.Add(new SaisieLineInput());
        }
    }
}

/// <summary>One line of the form; a row left blank is ignored.</summary>
public sealed class SaisieLineInput
{
    public string? Designation { get; set; }

    public string? Quantity { get; set; }

    /// <summary>UN/ECE Recommendation 20 unit code (BT-130).</summary>
    public string? Unit { get; set; } = "C62";

    public string? UnitPrice { get; set; }

    public string? VatRate { get; set; } = "20";

    /// <summary>Motif d'exonération (BT-120), required at 0 %.</summary>
    public string? ExemptionReason { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Designation) && string.IsNullOrWhiteSpace(Quantity) && string.IsNullOrWhiteSpace(UnitPrice)
        && string.IsNullOrWhiteSpace(ExemptionReason);
}

/// <summary>The choices the form offers.</summary>
public static class SaisieChoices
{
    /// <summary>VAT rates of metropolitan France (and Corsica / overseas 2,1 %), with the value the form posts.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> VatRates =
        [("20", "20 %"), ("10", "10 %"), ("5.5", "5,5 %"), ("2.1", "2,1 %"), ("0", "0 % (exonération)")];

    /// <summary>Units (UN/ECE Recommendation 20 codes).</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Units =
    [
        ("C62", "Unité"), ("H87", "Pièce"), ("HUR", "Heure"), ("DAY", "Jour"), ("MON", "Mois"), ("KGM", "Kilogramme"),
        ("MTR", "Mètre"), ("MTK", "Mètre carré"), ("LTR", "Litre"), ("LS", "Forfait"),
    ];
}
