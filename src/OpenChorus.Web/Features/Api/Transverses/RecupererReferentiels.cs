using OpenChorus.Web.Features.Api.Factures;
using OpenChorus.Web.Features.Api.Transverses.Referentiels;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;

namespace OpenChorus.Web.Features.Api.Transverses;

/// <summary>The <c>recuperer/…</c> referentials of the Transverses API: fixed lists, libellés in French (or English
/// with <c>codeLangue</c> EN where the contract has it).</summary>
public static class RecupererReferentiels
{
    public static RouteGroupBuilder MapReferentiels(this RouteGroupBuilder transverses)
    {
        transverses.MapCproPost<CodeLangueRequest, ListeDevisesAnswer>("recuperer/devises", (r, _, _, _) => Answer(new ListeDevisesAnswer
        {
            ListeDevises = Devises.Tous.Select(d => new Devise(d.Code, d.In(r.CodeLangue))).ToList(),
        }));
        transverses.MapCproPost<CodeLangueRequest, ListePaysAnswer>("recuperer/pays", (r, _, _, _) => Answer(new ListePaysAnswer
        {
            ListePays = Pays.Tous.Select(p => new PaysItem(p.Code, p.In(r.CodeLangue))).ToList(),
        }));
        transverses.MapCproPost<CodeLangueRequest, ListeTauxTvaAnswer>("recuperer/tauxtva", (r, _, _, _) => Answer(new ListeTauxTvaAnswer
        {
            ListeTauxTva = TauxTva.Tous.Select(t => new TauxTvaItem(t.Libelles.Code, t.Libelles.In(r.CodeLangue), t.Valeur)).ToList(),
        }));
        transverses.MapCproPost<CodeLangueRequest, ListeMotifsExonerationTvaAnswer>("recuperer/motifs/exonerationtva", (r, _, _, _) => Answer(new ListeMotifsExonerationTvaAnswer
        {
            ListeMotifsExonerationTva = MotifsExonerationTva.Tous.Select(m => new MotifExonerationTva(m.Code, m.In(r.CodeLangue))).ToList(),
        }));
        transverses.MapCproPost<SansParametreRequest, ListeModesReglementAnswer>("recuperer/modereglements", (_, _, _, _) => Answer(new ListeModesReglementAnswer
        {
            ListeModePaiement = CodesChorus.ModesReglement.Select(m => new ModeReglement(m)).ToList(),
        }));
        transverses.MapCproPost<TypeDemandePaiementRequest, ListeCadresFacturationAnswer>("recuperer/cadrefacturation", (r, _, _, _) => Cadres(r.TypeDemandePaiement));
        transverses.MapCproPost<SansParametreRequest, ListeModesDepotAnswer>("recuperer/modedepot", (_, _, _, _) => Answer(new ListeModesDepotAnswer
        {
            ListeModeDepot = CodesChorus.ModesDepot.Select(m => new ModeDepotItem(m)).ToList(),
        }));
        transverses.MapCproPost<SansParametreRequest, ListeFormatsFluxAnswer>("recuperer/formatflux", (_, _, _, _) => Answer(new ListeFormatsFluxAnswer
        {
            ListeFormatFlux = CodesChorus.FormatsFlux.Select(f => new FormatFluxItem(f)).ToList(),
        }));
        transverses.MapCproPost<SansParametreRequest, ListeTypesDemandePaiementAnswer>("recuperer/typedp", (_, _, _, _) => Answer(new ListeTypesDemandePaiementAnswer
        {
            ListeTypeDemandePaiement = CodesChorus.TypesDemandePaiement.Select(t => new TypeDemandePaiementItem(t)).ToList(),
        }));
        transverses.MapCproPost<TypeDemandePaiementRequest, ListeEtatsDemandePaiementAnswer>("recuperer/etat/typedp", (r, _, _, _) => Etats(r.TypeDemandePaiement));
        transverses.MapCproPost<StatutCourantRequest, ListeEtatsTraitementAnswer>("recuperer/etats/traitement", (r, _, _, _) => EtatsTraitement(r.StatutCourant));
        transverses.MapCproPost<MotifsRefusRequest, ListeMotifsRefusAnswer>("recuperer/motifs/refus/Facture/AValider", (r, _, _, _) => MotifsRefus(r.CodeCadreFacturationAValider));
        transverses.MapCproPost<TypesPieceJointeRequest, ListeTypesPieceJointeAnswer>("recuperer/typespj", (r, _, _, _) => TypesPj(r));
        transverses.MapCproPost<SansParametreRequest, ListeTypesFactureTravauxAnswer>("recuperer/typefacturetravaux", (_, _, _, _) => Answer(new ListeTypesFactureTravauxAnswer
        {
            ListeTypeFactureTravaux = CodesChorus.TypesFactureTravaux.Select(t => new TypeFactureTravauxItem(t)).ToList(),
        }));
        transverses.MapCproPost<SansParametreRequest, ListeTypesIdentifiantAnswer>("recuperer/typeidentifiant/structure", (_, _, _, _) => Answer(new ListeTypesIdentifiantAnswer
        {
            ListeTypeIdentifiant = CodesChorus.TypesIdentifiantStructure.Select(t => new TypeIdentifiantItem(t)).ToList(),
        }));
        return transverses;
    }

    private static Task<IResult> Answer<T>(T answer)
        where T : CproAnswer => Task.FromResult(CproResults.Ok(answer));

    private static Task<IResult> Cadres(string? typeDemandePaiement)
    {
        if (string.IsNullOrWhiteSpace(typeDemandePaiement))
        {
            return Answer(new ListeCadresFacturationAnswer
            {
                ListeCadreFacturation = CodesChorus.CadresParType.Values.SelectMany(c => c).Select(c => new CadreFacturation(c)).ToList(),
            });
        }

        return CodesChorus.TypeDemandePaiement(typeDemandePaiement) is { } type
            ? Answer(new ListeCadresFacturationAnswer { ListeCadreFacturation = CodesChorus.CadresParType[type].Select(c => new CadreFacturation(c)).ToList() })
            : Task.FromResult(UnknownType(typeDemandePaiement));
    }

    private static Task<IResult> Etats(string? typeDemandePaiement)
    {
        if (CodesChorus.TypeDemandePaiement(typeDemandePaiement ?? CodesChorus.Facture) is not { } type)
        {
            return Task.FromResult(UnknownType(typeDemandePaiement));
        }

        var answer = new ListeEtatsDemandePaiementAnswer { ListeEtatDemandePaiement = CodesChorus.Etats(type).Select(e => new EtatDemandePaiementItem(e)).ToList() };
        return Task.FromResult(answer.ListeEtatDemandePaiement.Count == 0 ? CproResults.NoResult(answer) : CproResults.Ok(answer));
    }

    /// <summary>From a status, the statuses the recipient may give (traiter/recue's <c>nouveauStatut</c>), as the invoice's
    /// own rules allow them.</summary>
    private static Task<IResult> EtatsTraitement(string? statutCourant)
    {
        if (CproCodes.StatusFromCode(statutCourant) is not { } status)
        {
            return Task.FromResult(CproResults.NotFound($"GDP_MSG_11.008 Le statut « {statutCourant} » n'est pas un statut de facture connu."));
        }

        var answer = new ListeEtatsTraitementAnswer
        {
            ListeStatutsPossiblesPourTraitement = Invoice.RecipientTargetsFrom(status).Select(s => new EtatTraitement(s.Code())).ToList(),
        };
        return Task.FromResult(answer.ListeStatutsPossiblesPourTraitement.Count == 0 ? CproResults.NoResult(answer) : CproResults.Ok(answer));
    }

    private static Task<IResult> MotifsRefus(string? cadre)
    {
        var code = cadre?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(code) && !MotifsRefusFactureAValider.Cadres.Contains(code))
        {
            return Task.FromResult(CproResults.Invalid(20000,
                $"GDP_MSG_11.008 Le cadre « {cadre} » n'a pas de validation : seules les factures A9_FACTURE_SOUSTRAITANT et A12_FACTURE_COTRAITANT sont à valider."));
        }

        return Answer(new ListeMotifsRefusAnswer
        {
            ListeMotifRefusFactureAValider = MotifsRefusFactureAValider.Tous.Select(m => new MotifRefus(m.Id, m.Code, m.Libelle)).ToList(),
        });
    }

    private static Task<IResult> TypesPj(TypesPieceJointeRequest request)
    {
        var objet = request.TypeObjet?.Trim().ToUpperInvariant();
        var answer = new ListeTypesPieceJointeAnswer
        {
            ListeTypePieceJointe = TypesPieceJointe.Tous.Where(t => string.IsNullOrEmpty(objet) || t.TypeObjet == objet)
                .Select(t => new TypePieceJointe(t.Id, t.Libelles.Code, t.Libelles.In(request.CodeLangue), t.TypeObjet)).ToList(),
        };
        return Task.FromResult(answer.ListeTypePieceJointe.Count == 0 ? CproResults.NoResult(answer) : CproResults.Ok(answer));
    }

    private static IResult UnknownType(string? typeDemandePaiement) => CproResults.Invalid(20000,
        $"GDP_MSG_11.008 Le type de demande de paiement « {typeDemandePaiement} » est inconnu : {string.Join(", ", CodesChorus.TypesDemandePaiement)}.");
}
