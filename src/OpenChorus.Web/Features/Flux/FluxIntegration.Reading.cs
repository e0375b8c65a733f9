using Microsoft.EntityFrameworkCore;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Lots;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Flux;

/// <summary>A claimed flux read and recognised, ready to be staged: its supplier and depositor, how many files it
/// holds and those that are structured invoices of its syntax (the others already reported on the flux).</summary>
internal sealed record FluxPlan(
    FluxDepot Flux, FluxSyntax Syntax, bool IsLot, Structure Supplier, InvoiceActor Actor, int Entries, List<(LotEntry Entry, DepositContent Content)> Candidates);

public sealed partial class FluxIntegration
{
    /// <summary>Recognises the file by its content, checks it is what syntaxeFlux says and splits a lot (zip / tar.gz);
    /// null when the flux is rejected as a whole (its final state is set).</summary>
    private async Task<FluxPlan?> PrepareAsync(FluxDepot flux, byte[]? bytes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var syntax = FluxSyntax.Find(flux.Syntax);
        if (syntax?.Family is null || bytes is null)
        {
            Reject(flux, "FICHIER_ABSENT", "Le fichier du flux est introuvable ou sa syntaxe n'est pas acceptée : déposez-le de nouveau.", now);
            return null;
        }

        if (flux.Attempts > options.Value.MaxAttempts)
        {
            Reject(flux, "TRAITEMENT_IMPOSSIBLE", "Le flux n'a pas pu être traité après plusieurs tentatives : vérifiez le fichier et déposez-le de nouveau.", now);
            return null;
        }

        var isLot = LotReader.IsZip(bytes) || LotReader.IsGzip(bytes);
        IReadOnlyList<LotEntry> entries = [new LotEntry(flux.FileName, bytes)];
        if (isLot)
        {
            var lot = LotReader.TryRead(bytes);
            if (lot is null || !lot.IsReadable)
            {
                Reject(flux, "LOT_ILLISIBLE", DepositLot.French(lot is { Problems.Count: > 0 } ? lot.Problems[0] : null), now);
                return null;
            }

            entries = lot.Entries;
        }

        var supplier = await SupplierAsync(flux.StructureId, cancellationToken);
        var actor = await ActorAsync(flux.DepositorUserId, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<(LotEntry Entry, DepositContent Content)>();
        foreach (var entry in entries)
        {
            var content = DepositReader.Read(entry.Content, supplier.Identifier);
            var number = content.Figures?.Number;
            var refusal = Recognise(content, syntax);
            if (refusal is not null && !isLot)
            {
                Reject(flux, content.Format == DepositFormat.Structured ? "SYNTAXE_INCOHERENTE" : "FICHIER_ILLISIBLE", refusal, now);
                return null;
            }

            if (refusal is null && number is not null && !seen.Add(number))
            {
                refusal = InvoiceNumbers.Duplicate;
            }

            if (refusal is null)
            {
                candidates.Add((entry, content));
            }
            else
            {
                AddErrors(flux, supplier, content, number ?? entry.Name, [refusal]);
            }
        }

        return new FluxPlan(flux, syntax, isLot, supplier, actor, entries.Count, candidates);
    }

    private async Task<Structure> SupplierAsync(int structureId, CancellationToken cancellationToken)
    {
        if (!_suppliers.TryGetValue(structureId, out var supplier))
        {
            _suppliers[structureId] = supplier = await db.Structures.AsNoTracking().SingleAsync(s => s.Id == structureId, cancellationToken);
        }

        return supplier;
    }

    private async Task<InvoiceActor> ActorAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!_actors.TryGetValue(userId, out var actor))
        {
            _actors[userId] = actor = await actors.OfAsync(userId, cancellationToken);
        }

        return actor;
    }

    /// <summary>Why a file is not an invoice of the declared syntax, or null.</summary>
    private static string? Recognise(DepositContent content, FluxSyntax syntax)
    {
        if (content.Format != DepositFormat.Structured)
        {
            return content.Format == DepositFormat.Refused && content.Refusal is { } refusal
                ? refusal
                : $"Ce fichier n'est pas {syntax.FamilyLabel}, comme l'annonce la syntaxe {syntax.Code}.";
        }

        var family = content.Report?.Detection.Kind switch
        {
            DocumentKind.UblInvoice or DocumentKind.UblCreditNote => FluxFamily.Ubl,
            DocumentKind.Cii => FluxFamily.Cii,
            _ => FluxFamily.FacturX,
        };
        return family == syntax.Family
            ? null
            : $"Ce fichier est {content.Description}, pas {syntax.FamilyLabel} comme l'annonce la syntaxe {syntax.Code} : déposez-le avec la syntaxe qui lui correspond.";
    }

    private static void AddErrors(FluxDepot flux, Structure supplier, DepositContent content, string number, IEnumerable<string> messages)
    {
        foreach (var message in messages.Distinct())
        {
            flux.InvoiceErrors.Add(new FluxInvoiceError
            {
                InvoiceNumber = Cut(number, 255),
                SupplierIdentifier = Cut(content.Figures?.SellerSiret ?? supplier.Identifier, 20),
                RecipientIdentifier = content.RecipientSiret,
                Message = Cut(message, FluxInvoiceError.MessageMaxLength),
            });
        }
    }

    private static void Reject(FluxDepot flux, string code, string message, DateTime now)
    {
        flux.TechnicalErrors.Add(new FluxTechnicalError { Code = code, Message = Cut(message, FluxInvoiceError.MessageMaxLength), Nature = "BLOQUANTE" });
        flux.Finish(FluxState.Rejete, now);
    }

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}
