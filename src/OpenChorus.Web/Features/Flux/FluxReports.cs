using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Flux;

/// <summary>The compte rendu of a flux: what consulterCR and consulterCRDetaille answer.</summary>
public sealed record FluxReport(
    string Number,
    string Syntax,
    string InterfaceCode,
    int StructureId,
    string FileName,
    string DepositorIdentifier,
    string DepositorName,
    FluxState State,
    DateTime ReceivedAtUtc,
    DateTime StateChangedAtUtc,
    IReadOnlyList<FluxInvoiceError> InvoiceErrors,
    IReadOnlyList<FluxTechnicalError> TechnicalErrors)
{
    /// <summary>nomFichier of the compte rendu: <c>&lt;codeInterface&gt;_CPP001_&lt;numeroFluxDepot&gt;</c>.</summary>
    public string ReportFileName => $"FSO{InterfaceCode}A_{FluxDepot.NumberPrefix}_{Number}";

    /// <summary>codeInterfaceDepotFlux / codeInterfaceFlux (FSO1100A for UBL E1…).</summary>
    public string InterfaceName => $"FSO{InterfaceCode}A";

    public string StateCode => State.Code();

    public bool IsFinal => State.IsFinal();
}

public enum FluxLookup
{
    Found,

    /// <summary>No flux has this number (or it is not a flux number).</summary>
    Unknown,

    /// <summary>The flux belongs to a structure the caller may not see in Factures émises.</summary>
    Forbidden,
}

/// <summary>Finds a flux by its number for a user who may see its structure's Factures émises.</summary>
public sealed class FluxReports(AppDbContext db, AccessService access)
{
    public async Task<(FluxLookup Lookup, FluxReport? Report)> FindAsync(Guid userId, string? numeroFluxDepot, CancellationToken cancellationToken)
    {
        if (FluxDepot.IdOf(numeroFluxDepot) is not { } id)
        {
            return (FluxLookup.Unknown, null);
        }

        var flux = await db.FluxDepots.AsNoTracking().AsSplitQuery().Include(f => f.InvoiceErrors).Include(f => f.TechnicalErrors)
            .SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (flux is null || flux.Number != numeroFluxDepot!.Trim())
        {
            return (FluxLookup.Unknown, null);
        }

        if (!await access.CanAsync(userId, flux.StructureId, Space.FacturesEmises, AccessMode.Consultation, cancellationToken))
        {
            return (FluxLookup.Forbidden, null);
        }

        var depositor = await db.Structures.AsNoTracking().Where(s => s.Id == flux.StructureId)
            .Select(s => new { s.Identifier, s.CompanyName }).SingleAsync(cancellationToken);
        return (FluxLookup.Found, new FluxReport(
            flux.Number, flux.Syntax, flux.InterfaceCode, flux.StructureId, flux.FileName, depositor.Identifier, depositor.CompanyName, flux.State, flux.ReceivedAtUtc, flux.StateChangedAtUtc,
            flux.InvoiceErrors.OrderBy(e => e.Id).ToList(), flux.TechnicalErrors.OrderBy(e => e.Id).ToList()));
    }

    /// <summary>How many invoices the flux created (for the PDF compte rendu of consulterCR).</summary>
    public Task<int> IntegratedCountAsync(FluxReport report, CancellationToken cancellationToken)
    {
        var id = FluxDepot.IdOf(report.Number);
        return db.Invoices.CountAsync(i => i.FluxDepotId == id, cancellationToken);
    }
}
