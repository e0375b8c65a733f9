using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>RecupererStatutsFactureVisiblesParValideurParam.</summary>
public sealed class ValidatorStatusesRequest
{
    public long? IdUtilisateurCourant { get; set; }
}

/// <summary>WsRetourRecupererStatutsFactureVisiblesParValideur.</summary>
public sealed class ValidatorStatusesAnswer : CproAnswer
{
    public List<VisibleStatus> ListeStatutFacture { get; set; } = [];
}

public sealed class VisibleStatus
{
    public required string CodeStatutFacture { get; set; }
}

/// <summary>recuperer/statutsFactureVisibles/valideur: the statuses in which a validator finds invoices in "Factures à
/// valider" (every status but the brouillon, <see cref="InvoiceVisibility.VisibleIn"/>), for an account that has the
/// space.</summary>
public static class ValidatorStatuses
{
    public static async Task<IResult> HandleAsync(ValidatorStatusesRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var scope = await ReadServices.Access(http).ScopeAsync(caller, Space.FacturesAValider, cancellationToken);
        if (scope.IsEmpty)
        {
            return CproResults.Forbidden("GDP_MSG_11.005 Le compte technique n'a pas accès à l'espace « Factures à valider ».");
        }

        return CproResults.Ok(new ValidatorStatusesAnswer
        {
            ListeStatutFacture = Enum.GetValues<InvoiceStatus>().Where(s => !s.IsDraft())
                .Select(s => new VisibleStatus { CodeStatutFacture = s.Code() }).ToList(),
        });
    }
}
