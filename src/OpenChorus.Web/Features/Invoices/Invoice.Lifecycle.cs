namespace OpenChorus.Web.Features.Invoices;

/// <summary>Who acts on an invoice: a user (with their name for the history) or the platform itself.</summary>
public sealed record InvoiceActor(Guid? UserId, string Name)
{
    public static readonly InvoiceActor Platform = new(null, "OpenChorus");
}

/// <summary>The answer of a status change: done, or refused with the reason in French.</summary>
public sealed record Transition(string? Refusal)
{
    public static readonly Transition Done = new((string?)null);

    public bool Succeeded => Refusal is null;

    public static Transition Refused(string reason) => new(reason);
}

/// <summary>The statuses a recipient may set (DOMAIN.md §3.7), each an action of "Factures reçues".</summary>
public enum RecipientAction
{
    Suspendre,
    Rejeter,
    ARecycler,
    ServiceFait,
    Mandater,
    MettreADispositionComptable,
    Comptabiliser,
    MettreEnPaiement,
}

public sealed partial class Invoice
{
    /// <summary>The prime contractor has this long to answer before the invoice is validated tacitly (CCP R.2193-12).</summary>
    public static readonly TimeSpan ValidationDelay = TimeSpan.FromDays(15);

    /// <summary>"Valider et envoyer" confirmed: A1 / A2 are deposited, A9 / A12 go to their validator first.</summary>
    public Transition Send(InvoiceActor actor, DateTime now)
    {
        if (!Status.IsDraft())
        {
            return NotAllowed("envoyée");
        }

        SentAtUtc = now;
        if (Frame.NeedsValidation())
        {
            ValidationDeadlineUtc = now + ValidationDelay;
            return Move(InvoiceStatus.AValider1, "Envoi au valideur", actor, now);
        }

        return Move(InvoiceStatus.Deposee, "Dépôt", actor, now);
    }

    /// <summary>deposerPdfFacture: a new invoice whose PDF was read becomes a draft « Interprétée OCR », for the
    /// supplier to send with soumettreFacture.</summary>
    public Transition Interpret(InvoiceActor actor, DateTime now) =>
        Status != InvoiceStatus.Brouillon || Id != 0 ? NotAllowed("interprétée") : Move(InvoiceStatus.InterpreteeOcr, "Dépôt du PDF, interprété par OCR", actor, now);

    /// <summary>The platform routes a deposited invoice to its recipient's space and service.</summary>
    public Transition MakeAvailable(DateTime now)
    {
        if (Status != InvoiceStatus.Deposee)
        {
            return NotAllowed("mise à disposition");
        }

        MadeAvailableAtUtc = now;
        return Move(InvoiceStatus.MiseADisposition, "Mise à disposition du destinataire", InvoiceActor.Platform, now);
    }

    /// <summary>The titulaire / mandataire validates ("Valider", "vous êtes titulaire", complément d'information).</summary>
    public Transition Validate(InvoiceActor actor, string? information, DateTime now) =>
        Status != InvoiceStatus.AValider1
            ? NotAllowed("validée")
            : Chain(Move(InvoiceStatus.Validee1, "Validation par le titulaire", actor, now, information), now);

    /// <summary>The titulaire / mandataire refuses, with a reason.</summary>
    public Transition Refuse(InvoiceActor actor, string? reason, DateTime now)
    {
        if (Status != InvoiceStatus.AValider1)
        {
            return NotAllowed("refusée");
        }

        return string.IsNullOrWhiteSpace(reason)
            ? Transition.Refused("Indiquez le motif du refus.")
            : Move(InvoiceStatus.Refusee1, "Refus par le titulaire", actor, now, reason);
    }

    /// <summary>The supplier names another validator while the first has not answered (corrigerValideurFacture): the
    /// invoice waits for the new one, whose fifteen days start now.</summary>
    public Transition CorrectValidator(InvoiceActor actor, int validatorStructureId, string validatorName, DateTime now)
    {
        if (Status != InvoiceStatus.AValider1)
        {
            return NotAllowed("adressée à un autre valideur");
        }

        if (validatorStructureId == ValidatorStructureId || validatorStructureId == SupplierStructureId)
        {
            return Transition.Refused(validatorStructureId == SupplierStructureId
                ? "Le valideur doit être une autre structure que la vôtre."
                : "Cette structure est déjà le valideur de la facture.");
        }

        ValidatorStructureId = validatorStructureId;
        ValidationDeadlineUtc = now + ValidationDelay;
        return Record(InvoiceStatus.AValider1, "Correction du valideur", actor, now, $"Nouveau valideur : {validatorName}");
    }

    /// <summary>Fifteen days without an answer: the platform validates tacitly and sends the invoice on.</summary>
    public Transition ValidateTacitly(DateTime now)
    {
        if (Status != InvoiceStatus.AValider1)
        {
            return NotAllowed("validée tacitement");
        }

        return now < ValidationDeadlineUtc
            ? Transition.Refused("Le délai de validation de 15 jours n'est pas écoulé.")
            : Chain(Move(InvoiceStatus.AbsenceValidation1HorsDelai, "Validation tacite (absence de réponse sous 15 jours)", InvoiceActor.Platform, now), now);
    }

    /// <summary>The supplier completes a suspended invoice (attachments and comment): back with the recipient, and the
    /// délai global de paiement starts again.</summary>
    public Transition Complete(InvoiceActor actor, string? comment, DateTime now)
    {
        if (Status != InvoiceStatus.Suspendue)
        {
            return NotAllowed("complétée");
        }

        MadeAvailableAtUtc = now;
        return Move(InvoiceStatus.Completee, "Complétée par le fournisseur", actor, now, comment);
    }

    /// <summary>The supplier sends an invoice "À recycler" again with new routing data, under the same number.</summary>
    public Transition Recycle(InvoiceActor actor, int recipientStructureId, int? serviceId, string? engagementNumber, DateTime now)
    {
        if (Status != InvoiceStatus.ARecycler)
        {
            return NotAllowed("recyclée");
        }

        (RecipientStructureId, RecipientServiceId, EngagementNumber) = (recipientStructureId, serviceId, engagementNumber);
        Move(InvoiceStatus.Deposee, "Recyclage par le fournisseur", actor, now);
        return MakeAvailable(now);
    }

    /// <summary>"Traiter le rejet": the supplier acknowledges a rejection; the invoice stays rejected and leaves the
    /// supplier's Synthèse.</summary>
    public Transition AcknowledgeRejection(InvoiceActor actor, DateTime now)
    {
        if (Status != InvoiceStatus.Rejetee || RejectionAcknowledgedAtUtc is not null)
        {
            return Transition.Refused("Seul le rejet d'une facture rejetée non encore traité peut être traité.");
        }

        RejectionAcknowledgedAtUtc = now;
        return Record(InvoiceStatus.Rejetee, "Rejet traité par le fournisseur", actor, now);
    }

    private Transition Chain(Transition validated, DateTime now)
    {
        Move(InvoiceStatus.Deposee, "Transmission au destinataire", InvoiceActor.Platform, now);
        MakeAvailable(now);
        return validated;
    }

    private Transition Move(InvoiceStatus to, string action, InvoiceActor actor, DateTime now, string? comment = null)
    {
        Status = to;
        return Record(to, action, actor, now, comment);
    }

    private Transition Record(InvoiceStatus status, string action, InvoiceActor actor, DateTime now, string? comment = null)
    {
        UpdatedAtUtc = now;
        Version++;
        Events.Add(new InvoiceEvent
        {
            AtUtc = now,
            Status = status,
            Action = action,
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim() is { Length: > CommentMaxLength } c ? c[..CommentMaxLength] : comment.Trim(),
        });
        return Transition.Done;
    }

    private Transition NotAllowed(string what) =>
        Transition.Refused($"Une facture au statut « {Status.Label()} » ne peut pas être {what}.");
}
