namespace OpenChorus.Web.Features.Structures.Directory;

/// <summary>A service as typed by an administrator or read from a directory file.</summary>
public sealed record ServiceDraft(
    string Code, string Name, bool IsActive, DateOnly? ValidFrom, DateOnly? ValidTo, bool EngagementRequired, bool ReportsPayment)
{
    public IReadOnlyList<OutcomeError> Check()
    {
        var errors = new List<OutcomeError>();
        if (string.IsNullOrWhiteSpace(Code) || Code.Trim().Length > 100)
        {
            errors.Add(new(nameof(Code), "Le code service est obligatoire (100 caractères au plus)."));
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
        {
            errors.Add(new(nameof(Name), "Le libellé du service est obligatoire (200 caractères au plus)."));
        }

        if (ValidFrom is { } from && ValidTo is { } to && to < from)
        {
            errors.Add(new(nameof(ValidTo), "La fin de validité doit suivre le début de validité."));
        }

        return errors;
    }

    public void ApplyTo(Service service)
    {
        service.Name = Name.Trim();
        service.IsActive = IsActive;
        service.ValidFrom = ValidFrom;
        service.ValidTo = ValidTo;
        service.EngagementRequired = EngagementRequired;
        service.ReportsPayment = ReportsPayment;
    }
}
