using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Administration;

/// <summary>/administration: the public structures of the directory.</summary>
public sealed class IndexModel(AppDbContext db, AccessService access) : AdministrationPageModel(access)
{
    public IReadOnlyList<PublicStructureRow> Structures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Structures = await db.Structures.Where(s => s.IsPublic).OrderBy(s => s.CompanyName)
            .Select(s => new PublicStructureRow(s.Id, s.CompanyName, s.Identifier, s.Services.Count))
            .Take(1000).ToListAsync(cancellationToken);
}

public sealed record PublicStructureRow(int Id, string CompanyName, string Identifier, int Services);
