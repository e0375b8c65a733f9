using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Structures;
using OpenChorus.Web.Features.Api.Transverses.Referentiels;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Transverses;

/// <summary>
/// <c>rechercher/pj/structure</c> and <c>rechercher/pj/moncompte</c>: the pièces jointes of the invoices the caller's
/// structure sent ("Factures émises", found through <see cref="InvoiceVisibility"/>), or of those the technical
/// account itself added. Each is of type FACTURE_PJ_COMPLEMENTAIRE; its id is the file's, its object the invoice.
/// </summary>
public static class RechercherPiecesJointes
{
    public static RouteGroupBuilder MapPiecesJointes(this RouteGroupBuilder transverses)
    {
        transverses.MapCproPost<PiecesJointesStructureRequest, PiecesJointesAnswer>("rechercher/pj/structure", StructureAsync);
        transverses.MapCproPost<PiecesJointesMonCompteRequest, PiecesJointesAnswer>("rechercher/pj/moncompte", MonCompteAsync);
        return transverses;
    }

    private static async Task<IResult> StructureAsync(PiecesJointesStructureRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var structureId = request.IdStructureCPP is > 0 and <= int.MaxValue ? (int)request.IdStructureCPP : caller.StructureId;
        var access = http.RequestServices.GetRequiredService<AccessService>();
        var scope = await access.InvoiceScopeAsync(caller.UserId, Space.FacturesEmises, AccessMode.Consultation, cancellationToken);
        if (!scope.WholeStructures.Contains(structureId))
        {
            return CproResults.Forbidden(StructureCodes.Forbidden($"Le compte technique n'a pas accès aux factures émises de la structure {request.IdStructureCPP}."));
        }

        var structureScope = scope with { WholeStructures = [structureId] };
        return await SearchAsync(http, structureScope, null, request.PieceJointeDesignation, request.PieceJointeTypeId, request.CodeLangue, request.ParametresRecherche, cancellationToken);
    }

    private static async Task<IResult> MonCompteAsync(PiecesJointesMonCompteRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var access = http.RequestServices.GetRequiredService<AccessService>();
        var scope = await access.InvoiceScopeAsync(caller.UserId, Space.FacturesEmises, AccessMode.Consultation, cancellationToken);
        return await SearchAsync(http, scope, caller.UserId, request.PieceJointeDesignation, request.PieceJointeTypeId, request.CodeLangue, request.ParametresRecherche, cancellationToken);
    }

    private static async Task<IResult> SearchAsync(
        HttpContext http, InvoiceScope scope, Guid? addedBy, string? designation, long? typeId, string? codeLangue, CproPaging? parametres, CancellationToken cancellationToken)
    {
        var type = TypesPieceJointe.Tous[0];
        var paging = CproPaging.Of(parametres);
        var answer = new PiecesJointesAnswer { ParametresRetour = paging.Result(0) };
        if (scope.IsEmpty || typeId is not (null or 0) && typeId != type.Id)
        {
            return CproResults.NoResult(answer);
        }

        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var files = db.Invoices.AsNoTracking().VisibleIn(scope)
            .SelectMany(i => i.Files.Where(f => f.Kind == InvoiceFileKind.Attachment), (i, f) => new { Invoice = i, File = f });
        if (addedBy is { } userId)
        {
            files = files.Where(x => x.File.AddedByUserId == userId);
        }

        if (!string.IsNullOrWhiteSpace(designation))
        {
            var text = designation.Trim();
            files = files.Where(x => x.File.FileName.Contains(text));
        }

        var total = await files.CountAsync(cancellationToken);
        var ordered = paging.Descending ? files.OrderByDescending(x => x.File.Id) : files.OrderBy(x => x.File.Id);
        var page = await ordered.Skip(paging.Skip).Take(paging.Size)
            .Select(x => new
            {
                x.File.Id,
                x.File.FileName,
                x.Invoice.SupplierStructureId,
                x.Invoice.SupplierStructure!.Identifier,
                x.Invoice.SupplierStructure.CompanyName,
                InvoiceId = x.Invoice.Id,
            })
            .ToListAsync(cancellationToken);
        answer = new PiecesJointesAnswer
        {
            ListePiecesJointes = page.Select(p => new PieceJointeItem(
                p.FileName, Path.GetExtension(p.FileName).TrimStart('.').ToUpperInvariant(), p.Id, p.InvoiceId,
                p.Identifier, p.SupplierStructureId, p.CompanyName, type.Libelles.Code, type.Libelles.In(codeLangue))).ToList(),
            ParametresRetour = paging.Result(total),
        };
        return total == 0 ? CproResults.NoResult(answer) : CproResults.Ok(answer);
    }
}

public sealed class PiecesJointesStructureRequest
{
    public string? CodeLangue { get; set; }

    public long? IdStructureCPP { get; set; }

    public string? PieceJointeDesignation { get; set; }

    public long? PieceJointeTypeId { get; set; }

    public CproPaging? ParametresRecherche { get; set; }
}

public sealed class PiecesJointesMonCompteRequest
{
    public string? CodeLangue { get; set; }

    public string? PieceJointeDesignation { get; set; }

    public long? PieceJointeTypeId { get; set; }

    public CproPaging? ParametresRecherche { get; set; }
}

public sealed class PiecesJointesAnswer : CproAnswer
{
    public List<PieceJointeItem> ListePiecesJointes { get; init; } = [];

    public CproPageInfo? ParametresRetour { get; init; }
}

/// <summary>One attachment: pieceJointeObjetId is the invoice (idFacture) it belongs to.</summary>
public sealed record PieceJointeItem(
    string PieceJointeDesignation, string PieceJointeExtension, long PieceJointeId, long PieceJointeObjetId,
    string PieceJointeStructureCode, long PieceJointeStructureId, string PieceJointeStructureRaisonSociale,
    string PieceJointeTypeCode, string PieceJointeTypeLibelle);
