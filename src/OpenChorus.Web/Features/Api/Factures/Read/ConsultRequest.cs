namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>ConsulterFactureParFournisseurParam / ParRecipiendaireParam / ParValideurParam. The paging objects of the
/// three lists come under the Swagger's names (rechercheLignePoste…), the supplier's Java-getter names
/// (getpLignesPoste…) or go-choruspro's (pLignesPoste…): all are read.</summary>
public sealed class ConsultRequest
{
    public long? IdUtilisateurCourant { get; set; }

    public long? IdentifiantFactureCPP { get; set; }

    /// <summary>FR or EN (clients also send "fr"); the answer is in French either way.</summary>
    public string? CodeLangue { get; set; }

    public LinePaging? RechercheLignePoste { get; set; }

    public LinePaging? GetpLignesPoste { get; set; }

    public LinePaging? PLignesPoste { get; set; }

    public VatPaging? RechercheLigneTvaRecap { get; set; }

    public VatPaging? GetpLigneRecapTva { get; set; }

    public VatPaging? PLigneRecapTva { get; set; }

    public AttachmentPaging? RecherchePj { get; set; }

    public AttachmentPaging? GetpListePiecesJointes { get; set; }

    public AttachmentPaging? PListePiecesJointes { get; set; }

    public (int Page, int Size) Lines => ListPage((RechercheLignePoste ?? GetpLignesPoste ?? PLignesPoste)?.Page());

    public (int Page, int Size) Vat => ListPage((RechercheLigneTvaRecap ?? GetpLigneRecapTva ?? PLigneRecapTva)?.Page());

    public (int Page, int Size) Attachments => ListPage((RecherchePj ?? GetpListePiecesJointes ?? PListePiecesJointes)?.Page());

    private static (int Page, int Size) ListPage((int? Page, int? Size)? asked) =>
        (asked?.Page is > 0 and { } page ? page : 1, asked?.Size is > 0 and { } size ? Math.Min(size, 10_000) : 1_000);
}

public sealed class LinePaging
{
    public int? PageResultatDemandeeLignesPoste { get; set; }

    public int? NbResultatsParPageLignesPoste { get; set; }

    public (int?, int?) Page() => (PageResultatDemandeeLignesPoste, NbResultatsParPageLignesPoste);
}

public sealed class VatPaging
{
    public int? PageResultatDemandeeListeRecapitulatifTVA { get; set; }

    public int? NbResultatsParPageListeListeRecapitulatifTVA { get; set; }

    public (int?, int?) Page() => (PageResultatDemandeeListeRecapitulatifTVA, NbResultatsParPageListeListeRecapitulatifTVA);
}

public sealed class AttachmentPaging
{
    public int? PageResultatDemandeeListePieceJointe { get; set; }

    public int? NbResultatsParPageListePieceJointe { get; set; }

    public (int?, int?) Page() => (PageResultatDemandeeListePieceJointe, NbResultatsParPageListePieceJointe);
}
