using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices;

/// <summary>Where an invoice goes, as the supplier typed it: the recipient's SIRET and code service, the engagement
/// number, and for A9 / A12 the SIRET of the titulaire or mandataire who validates it.</summary>
public sealed record RoutingInput(InvoiceFrame Frame, string? RecipientSiret, string? ServiceCode, string? EngagementNumber, string? ValidatorSiret = null);

/// <summary>The routing once checked: the structures and service it names, or French messages keyed by field.</summary>
public sealed record RoutingResult(IReadOnlyList<OutcomeError> Errors, Structure? Recipient, Service? Service, Structure? Validator)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Applies the recipient's rules before anything is sent (DOMAIN.md §2.4): the recipient exists, is public and active;
/// the service exists and is active when given, and is given when the recipient requires it; the engagement number
/// is given when the recipient or the service requires it, or one of the two when the recipient asks for either.
/// </summary>
public sealed class InvoiceRouting(AppDbContext db, TimeProvider clock)
{
    public const string RecipientField = "RecipientSiret";
    public const string ServiceField = "ServiceCode";
    public const string EngagementField = "EngagementNumber";
    public const string ValidatorField = "ValidatorSiret";

    // Recipients already read in this unit of work: a flux routes many invoices to the same few recipients.
    private readonly Dictionary<string, Structure?> _recipients = new(StringComparer.Ordinal);

    public async Task<RoutingResult> CheckAsync(RoutingInput input, int supplierStructureId, CancellationToken cancellationToken)
    {
        var errors = new List<OutcomeError>();
        var siret = Compact(input.RecipientSiret);
        var serviceCode = input.ServiceCode?.Trim() is { Length: > 0 } code ? code : null;
        var engagement = input.EngagementNumber?.Trim() is { Length: > 0 } number ? number : null;
        if (engagement is { Length: > Invoice.EngagementMaxLength })
        {
            errors.Add(new(EngagementField, $"Le numéro d'engagement compte au plus {Invoice.EngagementMaxLength} caractères."));
        }

        var validator = await CheckValidatorAsync(input, supplierStructureId, errors, cancellationToken);
        if (siret is null)
        {
            errors.Add(new(RecipientField, "Indiquez le SIRET du destinataire."));
            return new RoutingResult(errors, null, null, validator);
        }

        if (!_recipients.TryGetValue(siret, out var recipient))
        {
            recipient = await db.Structures.AsNoTracking().Include(s => s.Services)
                .SingleOrDefaultAsync(s => s.IdentifierType == IdentifierType.Siret && s.Identifier == siret, cancellationToken);
            _recipients[siret] = recipient;
        }

        if (recipient is null || !recipient.IsPublic || !recipient.IsActive)
        {
            errors.Add(new(RecipientField, recipient is null
                ? $"Aucune structure publique n'a le SIRET {siret} : vérifiez-le (annuaire des structures publiques)."
                : !recipient.IsPublic
                    ? $"{recipient.CompanyName} n'est pas une structure publique : elle ne reçoit pas de factures sur OpenChorus."
                    : $"{recipient.CompanyName} n'est plus active : elle ne reçoit plus de factures."));
            return new RoutingResult(errors, null, null, validator);
        }

        var service = CheckService(recipient, serviceCode, errors);
        var parameters = recipient.Parameters;
        if (engagement is null && (parameters.EngagementRequired || service?.EngagementRequired == true))
        {
            errors.Add(new(EngagementField, service?.EngagementRequired == true && !parameters.EngagementRequired
                ? $"Le service {service.Code} de ce destinataire exige un numéro d'engagement."
                : "Ce destinataire exige un numéro d'engagement."));
        }

        if (parameters.ServiceOrEngagementRequired && serviceCode is null && engagement is null)
        {
            errors.Add(new(ServiceField, "Ce destinataire exige un code service ou un numéro d'engagement : indiquez l'un des deux."));
        }

        return new RoutingResult(errors, recipient, service, validator);
    }

    private Service? CheckService(Structure recipient, string? serviceCode, List<OutcomeError> errors)
    {
        if (serviceCode is null)
        {
            if (recipient.Parameters.ServiceCodeRequired)
            {
                errors.Add(new(ServiceField, "Ce destinataire exige un code service : indiquez-le."));
            }

            return null;
        }

        var service = recipient.Services.SingleOrDefault(s => string.Equals(s.Code, serviceCode, StringComparison.OrdinalIgnoreCase));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (service is null)
        {
            errors.Add(new(ServiceField, $"Le code service « {serviceCode} » n'existe pas chez {recipient.CompanyName}."));
        }
        else if (!service.IsActive || service.ValidFrom > today || service.ValidTo < today)
        {
            errors.Add(new(ServiceField, $"Le service « {service.Code} » de {recipient.CompanyName} n'est pas actif."));
            return null;
        }

        return service;
    }

    private async Task<Structure?> CheckValidatorAsync(RoutingInput input, int supplierStructureId, List<OutcomeError> errors, CancellationToken cancellationToken)
    {
        if (!input.Frame.NeedsValidation())
        {
            return null;
        }

        var who = input.Frame == InvoiceFrame.A9 ? "du titulaire du marché" : "du mandataire du groupement";
        var siret = Compact(input.ValidatorSiret);
        if (siret is null)
        {
            errors.Add(new(ValidatorField, $"Indiquez le SIRET {who}, qui valide la facture avant son envoi."));
            return null;
        }

        var validator = await db.Structures.SingleOrDefaultAsync(
            s => s.IdentifierType == IdentifierType.Siret && s.Identifier == siret, cancellationToken);
        if (validator is null || !validator.IsActive || validator.Id == supplierStructureId)
        {
            errors.Add(new(ValidatorField, validator is null
                ? $"Aucune structure n'a le SIRET {siret} : vérifiez le SIRET {who}."
                : validator.Id == supplierStructureId
                    ? "Le valideur doit être une autre structure que la vôtre."
                    : $"{validator.CompanyName} n'est plus active."));
            return null;
        }

        return validator;
    }

    /// <summary>The SIRET without the spaces people type in it; null when empty.</summary>
    public static string? Compact(string? siret) =>
        siret is null ? null : string.Concat(siret.Where(c => !char.IsWhiteSpace(c))) is { Length: > 0 } s ? s : null;
}
