using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.AValider;

/// <summary>
/// "Factures à valider": the titulaire (A9) or the mandataire (A12) validates the invoice — it is then sent
/// automatically to the public recipient — or refuses it with a motif (DOMAIN.md §4.2). Access is checked again here:
/// "Factures à valider" in Modification on the validator structure; anyone else is denied and nothing is written.
/// </summary>
public sealed class DecideValidation(AppDbContext db, AccessService access, InvoiceNotifier notifier, TimeProvider clock)
{
    public const string ConfirmField = "ConfirmsRole";
    public const string InformationField = "Information";
    public const string ReasonField = "Reason";

    /// <summary>The box the validator ticks, in Chorus Pro's words.</summary>
    public static string RoleStatement(InvoiceFrame frame) =>
        frame == InvoiceFrame.A12 ? "Vous êtes mandataire du groupement" : "Vous êtes titulaire du marché";

    public async Task<Outcome> ValidateAsync(Guid userId, int invoiceId, bool confirmsRole, string? information, CancellationToken cancellationToken)
    {
        if (await FindAsync(userId, invoiceId, cancellationToken) is not var (invoice, actor))
        {
            return Outcome.Denied();
        }

        var errors = new List<OutcomeError>();
        if (!confirmsRole)
        {
            var who = invoice.Frame == InvoiceFrame.A12 ? "mandataire" : "titulaire";
            errors.Add(new(ConfirmField, $"Cochez « {RoleStatement(invoice.Frame)} » pour valider : seul le {who} valide cette facture."));
        }

        if (information?.Trim() is { Length: > Invoice.CommentMaxLength })
        {
            errors.Add(new(InformationField, $"Le complément d'information compte au plus {Invoice.CommentMaxLength} caractères."));
        }

        if (errors.Count > 0)
        {
            return Outcome.Fail(errors);
        }

        return await ApplyAsync(invoice, i => i.Validate(actor, information, Now()), cancellationToken);
    }

    public async Task<Outcome> RefuseAsync(Guid userId, int invoiceId, string? reason, CancellationToken cancellationToken)
    {
        if (await FindAsync(userId, invoiceId, cancellationToken) is not var (invoice, actor))
        {
            return Outcome.Denied();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Fail("Indiquez le motif du refus : il est transmis au fournisseur.", ReasonField);
        }

        if (reason.Trim().Length > Invoice.CommentMaxLength)
        {
            return Outcome.Fail($"Le motif du refus compte au plus {Invoice.CommentMaxLength} caractères.", ReasonField);
        }

        return await ApplyAsync(invoice, i => i.Refuse(actor, reason, Now()), cancellationToken);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    /// <summary>The invoice when the user may act on it as its validator, with the user as the history names them.</summary>
    private async Task<(Invoice Invoice, InvoiceActor Actor)?> FindAsync(Guid userId, int invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.FindVisibleAsync(access, userId, Space.FacturesAValider, AccessMode.Modification, invoiceId, cancellationToken);
        if (invoice is null)
        {
            return null;
        }

        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.FirstName + " " + u.LastName).SingleAsync(cancellationToken);
        return (invoice, new InvoiceActor(userId, name));
    }

    private async Task<Outcome> ApplyAsync(Invoice invoice, Func<Invoice, Transition> change, CancellationToken cancellationToken)
    {
        var eventsBefore = invoice.Events.Count;
        var transition = change(invoice);
        if (!transition.Succeeded)
        {
            db.ChangeTracker.Clear();
            return Outcome.Fail(transition.Refusal!);
        }

        await notifier.QueueAsync(invoice, eventsBefore, cancellationToken);
        return await db.TrySaveInvoiceAsync(cancellationToken) ? Outcome.Ok(invoice.Id) : Outcome.Fail(InvoiceSaving.ChangedMeanwhile);
    }
}
