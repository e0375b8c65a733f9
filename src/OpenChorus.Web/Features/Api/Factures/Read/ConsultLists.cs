namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>LignesPostes.</summary>
public sealed class InvoiceLines
{
    public List<InvoiceLineItem> LignePoste { get; set; } = [];

    public long PageCouranteLignesPoste { get; set; }

    public long PagesLignesPoste { get; set; }

    public long NbResultatsParPageLignesPoste { get; set; }

    public long TotalLignesPoste { get; set; }
}

/// <summary>LignePoste, from the structured original (BG-25).</summary>
public sealed class InvoiceLineItem
{
    public long LignePosteNumero { get; set; }

    public string? LignePosteReference { get; set; }

    public string? LignePosteDenomination { get; set; }

    public decimal? LignePosteQuantite { get; set; }

    public string? LignePosteUniteLibelle { get; set; }

    public decimal? LignePosteMontantUnitaireHT { get; set; }

    public decimal? LignePosteMontantRemiseHT { get; set; }

    public decimal? LignePosteTauxTvaManuel { get; set; }

    public decimal? LignePosteMontantHtApresRemise { get; set; }

    public decimal? LignePosteMontantTva { get; set; }

    public decimal? LignePosteMontantTtcApresRemise { get; set; }
}

/// <summary>LignesTva.</summary>
public sealed class VatLines
{
    public List<VatLine> LigneTva { get; set; } = [];

    public long PageCouranteLignesRecapitulativesTVA { get; set; }

    public long PagesLignesRecapitulativesTVA { get; set; }

    public long NbResultatsParPageLignesRecapitulativesTVA { get; set; }

    public long TotalLignesRecapitulativesTVA { get; set; }
}

/// <summary>LigneTva, from the VAT breakdown (BG-23).</summary>
public sealed class VatLine
{
    public decimal? LigneTvaTauxManuel { get; set; }

    public decimal? LigneTvaMontantBaseHtParTaux { get; set; }

    public decimal? LigneTvaMontantTvaParTaux { get; set; }
}

/// <summary>PiecesJointes.</summary>
public sealed class Attachments
{
    public List<AttachmentItem> PieceJointe { get; set; } = [];

    public long PageCouranteListePiecesJointe { get; set; }

    public long PagesListePiecesJointe { get; set; }

    public long NbResultatsParPageListePiecesJointe { get; set; }

    public long TotalListePiecesJointe { get; set; }
}

/// <summary>PJointe.</summary>
public sealed class AttachmentItem
{
    public string? PieceJointeTypeCode { get; set; }

    public string? PieceJointeTypeLibelle { get; set; }

    public string? PieceJointeDesignation { get; set; }

    public long PieceJointeIdLiaison { get; set; }

    public long PieceJointeId { get; set; }

    public string? PieceJointeExtension { get; set; }
}

/// <summary>One page of a list inside an answer.</summary>
public static class ListPage
{
    public static (List<T> Items, int Pages) Of<T>(IReadOnlyList<T> all, (int Page, int Size) asked) =>
        (all.Skip((asked.Page - 1) * asked.Size).Take(asked.Size).ToList(), Math.Max(1, (all.Count + asked.Size - 1) / asked.Size));
}
