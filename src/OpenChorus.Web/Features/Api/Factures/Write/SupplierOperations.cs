using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Invoices.Emises.FollowUp;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>The supplier's follow-up through the portal's use cases: completer (SUSPENDUE), recycler (A_RECYCLER),
/// and traiterRejet (REJETEE).</summary>
public sealed class SupplierOperations(InvoiceGuard guard, ApiFiles files, CompleteInvoice complete, RecycleInvoice recycle, AcknowledgeRejection acknowledge)
{
    public async Task<IResult> CompleteAsync(CompleterRequest request, CproCaller caller, CancellationToken cancellationToken)
    {
        var (invoice, refusal) = await guard.FindAsync(caller, request.IdentifiantFactureCPP, Space.FacturesEmises, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (invoice!.Status != InvoiceStatus.Suspendue)
        {
            return CproResults.NotAllowedNow($"GDP_MSG_11.033 Seule une facture au statut SUSPENDUE peut être complétée ; celle-ci est au statut {invoice.Status.Code()}.");
        }

        var incoming = new List<IncomingFile>();
        foreach (var named in (request.PieceJointeComplementaire ?? []).Where(p => p.PieceJointeComplementaireId is not (null or 0)))
        {
            var (file, notUsable) = await files.FindAsync(caller, named.PieceJointeComplementaireId, cancellationToken);
            if (notUsable is not null)
            {
                return notUsable;
            }

            incoming.Add(await files.ReadAsync(file!, cancellationToken));
        }

        var outcome = await complete.HandleAsync(caller.UserId, invoice.Id, request.Commentaire, incoming, cancellationToken);
        return outcome.Succeeded
            ? CproResults.Ok(new CompleterResponse { IdentifiantFactureCPP = invoice.Id, NumeroFacture = invoice.Number, DateTraitement = CproDates.Date(guard.Now) })
            : InvoiceGuard.Failed(outcome, invoice.Id);
    }

    public async Task<IResult> RecycleAsync(RecyclerRequest request, CproCaller caller, CancellationToken cancellationToken)
    {
        var (invoice, refusal) = await guard.FindAsync(caller, request.IdentifiantFactureCPP, Space.FacturesEmises, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (invoice!.Status != InvoiceStatus.ARecycler)
        {
            return CproResults.NotAllowedNow(WriteLabels.NotAllowedNow($"seule une facture au statut A_RECYCLER peut être recyclée ; celle-ci est au statut {invoice.Status.Code()}."));
        }

        var references = request.Reference ?? request.References;
        var outcome = await recycle.HandleAsync(caller.UserId, invoice.Id, request.Destinataire?.CodeDestinataire, request.Destinataire?.CodeServiceExecutant,
            references?.NumeroBonCommande, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.IsDenied ? InvoiceGuard.Failed(outcome, invoice.Id) : CproResults.Invalid(StatusCodes.Status400BadRequest, SaisieApiMapping.Describe(outcome.Errors));
        }

        var recycled = await guard.ReloadAsync(invoice.Id, cancellationToken);
        return CproResults.Ok(new RecyclerResponse
        {
            IdentifiantFactureCPP = recycled.Id,
            NumeroFacture = recycled.Number,
            StatutFacture = recycled.Status.Code(),
            DateDepot = CproDates.Date(guard.Now),
        });
    }

    /// <summary>Every invoice is checked before any is acknowledged, so that a refused list changes nothing.</summary>
    public async Task<IResult> AcknowledgeAsync(TraiterRejetRequest request, CproCaller caller, CancellationToken cancellationToken)
    {
        var ids = (request.ListeDemandePaiement ?? []).Select(d => d.IdDemandePaiement ?? d.IdFacture).Distinct().ToList();
        if (ids.Count == 0)
        {
            return CproResults.Invalid(StatusCodes.Status400BadRequest, "listeDemandePaiement : indiquez au moins une demande de paiement rejetée ({\"idDemandePaiement\": …}).");
        }

        foreach (var id in ids)
        {
            var (invoice, refusal) = await guard.FindAsync(caller, id, Space.FacturesEmises, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            if (invoice!.Status != InvoiceStatus.Rejetee || invoice.RejectionAcknowledgedAtUtc is not null)
            {
                return CproResults.NotAllowedNow(WriteLabels.NotAllowedNow(invoice.Status != InvoiceStatus.Rejetee
                    ? $"la demande de paiement {id} est au statut {invoice.Status.Code()}, pas REJETEE."
                    : $"le rejet de la demande de paiement {id} a déjà été traité."));
            }
        }

        foreach (var id in ids)
        {
            var outcome = await acknowledge.HandleAsync(caller.UserId, (int)id!.Value, cancellationToken);
            if (!outcome.Succeeded)
            {
                return InvoiceGuard.Failed(outcome, id.Value);
            }
        }

        return CproResults.Ok(new CproAnswer());
    }
}
