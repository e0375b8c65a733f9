using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Emises;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>
/// corriger/valideur/facture: the supplier of an A9 / A12 invoice waiting for its validator (A_VALIDER_1) names the
/// right titulaire or mandataire, by idStructure or SIRET. The invoice goes to it (history, mail to its agents), and
/// its fifteen days start again.
/// </summary>
public sealed class CorrectValidator(AppDbContext db, InvoiceGuard guard, SupplierActors actors, InvoiceNotifier notifier)
{
    public async Task<IResult> HandleAsync(CorrigerValideurRequest request, CproCaller caller, CancellationToken cancellationToken)
    {
        var (found, refusal) = await guard.FindAsync(caller, request.IdFacture, Space.FacturesEmises, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var siret = InvoiceRouting.Compact(request.IdentifiantStructure);
        var validator = await db.Structures.AsNoTracking().FirstOrDefaultAsync(
            s => (request.IdStructure > 0 && s.Id == request.IdStructure) || (siret != null && s.IdentifierType == IdentifierType.Siret && s.Identifier == siret),
            cancellationToken);
        if (validator is null || !validator.IsActive)
        {
            return CproResults.NotFound(validator is null
                ? "GDP_MSG_11.008 Aucune structure active ne correspond au valideur indiqué (idStructure ou identifiantStructure) : vérifiez le SIRET du titulaire ou du mandataire."
                : $"GDP_MSG_11.008 {validator.CompanyName} n'est plus active : indiquez un autre valideur.");
        }

        var invoice = await db.Invoices.Include(i => i.Events).SingleAsync(i => i.Id == found!.Id, cancellationToken);
        var before = invoice.Events.Count;
        var transition = invoice.CorrectValidator(await actors.OfAsync(caller.UserId, cancellationToken), validator.Id, validator.CompanyName, guard.Now);
        if (transition.Refusal is { } reason)
        {
            return invoice.Status == InvoiceStatus.AValider1
                ? CproResults.Invalid(20003, $"GDP_MSG_11.020 {reason}")
                : CproResults.NotAllowedNow(WriteLabels.NotAllowedNow(
                    $"seule une facture qui attend son valideur (A_VALIDER_1) peut lui être réadressée ; celle-ci est au statut {invoice.Status.Code()}."));
        }

        await notifier.QueueAsync(invoice, before, cancellationToken);
        return await db.TrySaveInvoiceAsync(cancellationToken)
            ? CproResults.Ok(new CorrigerValideurResponse { IdFacture = invoice.Id })
            : CproResults.NotAllowedNow(WriteLabels.NotAllowedNow("la facture vient d'être traitée par ailleurs : consultez-la de nouveau."));
    }
}
