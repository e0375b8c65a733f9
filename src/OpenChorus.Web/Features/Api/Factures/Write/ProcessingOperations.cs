using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.AValider;
using OpenChorus.Web.Features.Invoices.Recues;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>The recipient's traiter/recue (<see cref="ProcessInvoice"/>) and the validator's traiter/factureAValider
/// (<see cref="DecideValidation"/>), as in "Factures reçues" and "Factures à valider".</summary>
public sealed class ProcessingOperations(InvoiceGuard guard, ProcessInvoice process, DecideValidation decide)
{
    private static readonly IReadOnlyDictionary<InvoiceStatus, RecipientAction> ActionOf = new Dictionary<InvoiceStatus, RecipientAction>
    {
        [InvoiceStatus.Suspendue] = RecipientAction.Suspendre,
        [InvoiceStatus.Rejetee] = RecipientAction.Rejeter,
        [InvoiceStatus.ARecycler] = RecipientAction.ARecycler,
        [InvoiceStatus.ServiceFait] = RecipientAction.ServiceFait,
        [InvoiceStatus.Mandatee] = RecipientAction.Mandater,
        [InvoiceStatus.MiseADispositionComptable] = RecipientAction.MettreADispositionComptable,
        [InvoiceStatus.Comptabilisee] = RecipientAction.Comptabiliser,
        [InvoiceStatus.MiseEnPaiement] = RecipientAction.MettreEnPaiement,
    };

    public async Task<IResult> ProcessAsync(TraiterRecueRequest request, CproCaller caller, CancellationToken cancellationToken)
    {
        var (invoice, refusal) = await guard.FindAsync(caller, request.IdFacture, Space.FacturesRecues, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var target = CproCodes.StatusFromCode(request.NouveauStatut);
        if (target is not { } status || !ActionOf.TryGetValue(status, out var action))
        {
            return CproResults.Invalid(StatusCodes.Status400BadRequest, $"nouveauStatut : « {request.NouveauStatut} » n'est pas un statut de traitement ; "
                + $"indiquez l'un de {string.Join(", ", ActionOf.Keys.Select(s => s.Code()))}.");
        }

        if (!invoice!.AllowedRecipientActions().Contains(action))
        {
            var allowed = invoice.AllowedRecipientActions().Select(a => ActionOf.Single(p => p.Value == a).Key.Code()).ToList();
            return CproResults.NotAllowedNow(WriteLabels.NotAllowedNow($"une facture au statut {invoice.Status.Code()} ne peut passer au statut {status.Code()}"
                + (allowed.Count == 0 ? "." : $" ; statuts possibles : {string.Join(", ", allowed)}.")));
        }

        if (status is InvoiceStatus.Suspendue or InvoiceStatus.Rejetee or InvoiceStatus.ARecycler && string.IsNullOrWhiteSpace(request.Motif))
        {
            return CproResults.Invalid(StatusCodes.Status400BadRequest, $"motif : indiquez le motif ; il est obligatoire pour passer une facture au statut {status.Code()} et il est transmis au fournisseur.");
        }

        var outcome = await process.HandleAsync(caller.UserId, new ProcessRequest(invoice.Id, action, request.Motif, request.NumeroDPMandat, null), cancellationToken);
        if (!outcome.Succeeded)
        {
            return InvoiceGuard.Failed(outcome, invoice.Id);
        }

        var processed = await guard.ReloadAsync(invoice.Id, cancellationToken);
        return CproResults.Ok(new TraiterRecueResponse
        {
            IdFacture = processed.Id,
            NumeroFacture = processed.Number,
            DateTraitement = CproDates.Date(guard.Now),
            NouveauStatut = processed.Status.Code(),
        });
    }

    public async Task<IResult> DecideAsync(TraiterAValiderRequest request, CproCaller caller, CancellationToken cancellationToken)
    {
        var (invoice, refusal) = await guard.FindAsync(caller, request.IdFacture, Space.FacturesAValider, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var validates = request.Action?.Trim().ToUpperInvariant() switch
        {
            "VALIDATION" or "VALIDER" => true,
            "REFUS" or "REFUSER" => false,
            _ => (bool?)null,
        };
        if (validates is null)
        {
            return CproResults.Invalid(StatusCodes.Status400BadRequest, $"action : « {request.Action} » n'est pas une action de valideur ; indiquez VALIDATION ou REFUS.");
        }

        if (invoice!.Status != InvoiceStatus.AValider1)
        {
            return CproResults.NotAllowedNow(WriteLabels.NotAllowedNow($"seule une facture au statut A_VALIDER_1 peut être validée ou refusée ; celle-ci est au statut {invoice.Status.Code()}."));
        }

        var outcome = validates.Value
            ? await decide.ValidateAsync(caller.UserId, invoice.Id, confirmsRole: true, request.ComplementInfo, cancellationToken)
            : await decide.RefuseAsync(caller.UserId, invoice.Id, request.MotifRefus, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.IsDenied || validates.Value ? InvoiceGuard.Failed(outcome, invoice.Id)
                : CproResults.Invalid(StatusCodes.Status400BadRequest, $"motifRefus : {outcome.Message}");
        }

        return CproResults.Ok(new TraiterAValiderResponse
        {
            IdFacture = invoice.Id,
            NumeroFacture = invoice.Number,
            DateTraitement = CproDates.Date(guard.Now),
            StatutFacture = (validates.Value ? InvoiceStatus.Validee1 : InvoiceStatus.Refusee1).Code(),
        });
    }
}
