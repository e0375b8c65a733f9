using System.Text;

namespace OpenChorus.Api.Contract;

/// <summary>The request each Transverses and Utilisateurs operation is called with: an empty object unless the
/// operation names something (a language, a status, a structure, a file).</summary>
public static class TransversesScenarios
{
    public static ContractCall For(string route, ContractWorld w)
    {
        const string T = "/cpro/transverses/v1/";
        var french = new { codeLangue = "FR" };
        object body = route switch
        {
            T + "recuperer/etat/typedp" or T + "recuperer/cadrefacturation" => new { typeDemandePaiement = "FACTURE" },
            T + "recuperer/etats/traitement" => new { statutCourant = "MISE_A_DISPOSITION" },
            T + "recuperer/devises" or T + "recuperer/pays" or T + "recuperer/tauxtva" or T + "recuperer/motifs/exonerationtva" => french,
            T + "recuperer/motifs/refus/Facture/AValider" => new { codeCadreFacturationAValider = "A9_FACTURE_SOUSTRAITANT" },
            T + "recuperer/typespj" => new { typeObjet = "FACTURE", codeLangue = "FR" },
            T + "recuperer/coordbanc/valides" => new { idStructure = w.Supplier.StructureId },
            T + "rechercher/destinataire" => new { identifiant = w.RecipientSiret },
            T + "consulter/information/siret" => new { siretStructure = w.RecipientSiret },
            T + "ajouter/fichier" => new
            {
                pieceJointeFichier = Convert.ToBase64String(Encoding.UTF8.GetBytes("Bon de livraison n° 12")),
                pieceJointeNom = "bon-de-livraison.txt",
                pieceJointeTypeMime = "text/plain",
                pieceJointeExtension = "TXT",
            },
            T + "consulterCR" or T + "consulterCRDetaille" => new { numeroFluxDepot = w.FluxNumber, syntaxeFlux = "IN_DP_E1_UBL_INVOICE" },
            T + "telecharger/pieceJointe" => new
            {
                objetPieceJointe = "DEMANDE_PAIEMENT",
                demandePaiement = new { listeFacture = new[] { new { idFacture = w.Invoices["MISE_A_DISPOSITION"] } }, format = "PDF", avecPiecesJointesComplementaires = "NON" },
            },
            _ => new { },
        };
        return new ContractCall(route.Contains("recipiendaire", StringComparison.Ordinal) ? w.Recipient : w.Supplier, body);
    }
}
