using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Api.Contract;

/// <summary>One documented call: who makes it and the request body, written with the Swagger's field names.</summary>
public sealed record ContractCall(CproClient Client, object Body);

/// <summary>The request each operation of the official documents is called with, on the data of <see cref="ContractWorld"/>.</summary>
public static class ContractScenarios
{
    private static readonly string[] Available = ["MISE_A_DISPOSITION"];

    public static ContractCall? For(string route, ContractWorld w)
    {
        var paging = new { pageResultatDemandee = 1, nbResultatsParPage = 10, triSens = "Descendant" };
        var supplierId = w.Supplier.StructureId;
        var recipientId = w.Recipient.StructureId;
        var available = w.Invoices["AVEC_FICHIERS"];
        return route switch
        {
            "/cpro/factures/v1/rechercher/fournisseur" => new(w.Supplier, new { idFournisseur = supplierId, statutCourant = Available, rechercheFactureParFournisseur = paging }),
            "/cpro/factures/v1/rechercher/recipiendaire" => new(w.Recipient, new { typeDemandePaiement = "FACTURE", idDestinataire = recipientId, paramRecherche = paging }),
            "/cpro/factures/v1/rechercher/valideur" => new(w.Validator, new { typeDemandePaiement = "FACTURE", pagination = paging }),
            "/cpro/factures/v1/rechercher/aTraiter/valideur" => new(w.Validator, new { idStructure = w.Validator.StructureId, pagination = paging }),
            "/cpro/factures/v1/rechercher/atraiter/recipiendaire" => new(w.Recipient, new { idStructure = recipientId, parametreRechercheFactureATraiterParRecipiendaire = paging }),
            "/cpro/factures/v1/rechercher/atraiter/fournisseur" => new(w.Supplier, new { idStructure = supplierId, rechercheFactureATraiterParFournisseur = paging }),
            "/cpro/factures/v1/rechercher/demandePaiement" => new(w.Supplier, new { roleUtilisateur = "FOURNISSEUR", typeDemandePaiement = "FACTURE" }),
            "/cpro/factures/v1/consulter/fournisseur" => new(w.Supplier, new { identifiantFactureCPP = available, codeLangue = "FR" }),
            "/cpro/factures/v1/consulter/recipiendaire" => new(w.Recipient, new { identifiantFactureCPP = available, codeLangue = "FR" }),
            "/cpro/factures/v1/consulter/valideur" => new(w.Validator, new { identifiantFactureCPP = w.Invoices["A_VALIDER_LECTURE"], codeLangue = "FR" }),
            "/cpro/factures/v1/consulter/historique" => new(w.Supplier, new { idFacture = w.Invoices["SUSPENDUE_LECTURE"], nbResultatsMaximum = 50 }),
            "/cpro/factures/v1/telecharger/groupe" => new(w.Recipient, new { listeFacture = new[] { new { idFacture = available } }, format = "PDF", avecPiecesJointesComplementaires = "NON" }),
            "/cpro/factures/v1/recuperer/statutsFactureVisibles/valideur" => new(w.Validator, new { idUtilisateurCourant = 0 }),
            "/cpro/factures/v1/traiter/recue" => new(w.Recipient, new { idFacture = w.Invoices["TRAITEE"], nouveauStatut = "MANDATEE", numeroDPMandat = "MANDAT-2026-1" }),
            "/cpro/factures/v1/traiter/factureAValider" => new(w.Validator, new { idFacture = w.Invoices["A_VALIDER_1"], action = "VALIDATION", complementInfo = "Travaux conformes" }),
            "/cpro/factures/v1/completer" => new(w.Supplier, new { identifiantFactureCPP = w.Invoices["SUSPENDUE"], commentaire = "Bon de livraison joint" }),
            "/cpro/factures/v1/recycler" => new(w.Supplier, new
            {
                identifiantFactureCPP = w.Invoices["A_RECYCLER"],
                destinataire = new { codeDestinataire = w.RecipientSiret, codeServiceExecutant = "TECHNIQUE" },
                commentaire = "Service corrigé",
            }),
            "/cpro/factures/v1/traiterRejet" => new(w.Supplier, new { listeDemandePaiement = new[] { new { idDemandePaiement = w.Invoices["REJETEE"] } }, motifRejet = "Pris en compte" }),
            "/cpro/factures/v1/soumettre" => new(w.Supplier, Soumettre(w, "CT-SOUMISE")),
            "/cpro/factures/v1/deposer/pdf" => new(w.Supplier, new
            {
                fichierFacture = Convert.ToBase64String(EmisesSamples.Pdf("Facture N° PDF-CONTRAT-1", $"SIRET {w.RecipientSiret}", "Total TTC 1 200,00 €")),
                nomFichier = "facture.pdf",
                formatDepot = "PDF_NON_SIGNE",
            }),
            "/cpro/factures/v1/deposer/flux" => new(w.Supplier, new
            {
                fichierFlux = Convert.ToBase64String(EmisesSamples.Ubl("FLUX-CT-1", w.SupplierSiret, w.RecipientSiret)),
                nomFichier = "facture.xml",
                syntaxeFlux = "IN_DP_E1_UBL_INVOICE",
                avecSignature = false,
            }),
            "/cpro/factures/v1/corriger/valideur/facture" => new(w.Supplier, new
            {
                idFacture = w.Invoices["A_VALIDER_CORRIGER"],
                typeIdentifiantStructure = "SIRET",
                identifiantStructure = w.OtherValidatorSiret,
            }),
            "/cpro/structures/v1/rechercher" => new(w.Supplier, new { structure = new { identifiantStructure = w.RecipientSiret, typeIdentifiantStructure = "SIRET" }, parametres = paging }),
            "/cpro/structures/v1/consulter" => new(w.Supplier, new { idStructureCPP = recipientId, codeLangue = "FR" }),
            "/cpro/structures/v1/rechercher/services" => new(w.Supplier, new { idStructure = recipientId, parametresRechercherServicesStructure = paging }),
            "/cpro/structures/v1/consulter/service" => new(w.Supplier, new { idStructure = recipientId, idService = w.ServiceId, codeLangue = "FR" }),
            "/cpro/structures/v1/rechercher/espaces" => new(w.Supplier, new { structure = new { idStructure = supplierId }, parametresRechercherEspaces = paging }),
            "/cpro/structures/v1/lister/rattachementsutilisateur" => new(w.Recipient, new { idStructure = recipientId, parametresListerRattachementsStructureUtilisateur = paging }),
            _ => null,
        };
    }

    public static object Soumettre(ContractWorld w, string number) => new
    {
        modeDepot = "SAISIE_API",
        numeroFactureSaisi = number,
        dateFacture = "2026-11-20",
        destinataire = new { codeDestinataire = w.RecipientSiret, codeServiceExecutant = "TECHNIQUE" },
        fournisseur = new { idFournisseur = w.Supplier.StructureId },
        cadreDeFacturation = new { codeCadreFacturation = "A1_FACTURE_FOURNISSEUR" },
        references = new { deviseFacture = "EUR", typeFacture = "FACTURE", typeTva = "TVA_SUR_DEBIT", modePaiement = "VIREMENT" },
        lignePoste = new[]
        {
            new
            {
                lignePosteNumero = 1, lignePosteReference = "REF-1", lignePosteDenomination = "Maintenance annuelle", lignePosteQuantite = 1,
                lignePosteUnite = "lot", lignePosteMontantUnitaireHT = 1000, lignePosteTauxTvaManuel = 20,
            },
        },
        ligneTva = new[] { new { ligneTvaTauxManuel = 20, ligneTvaMontantBaseHtParTaux = 1000, ligneTvaMontantTvaParTaux = 200 } },
        montantTotal = new { montantHtTotal = 1000, montantTVA = 200, montantTtcTotal = 1200, montantAPayer = 1200 },
        commentaire = "Facture du contrat",
    };
}
