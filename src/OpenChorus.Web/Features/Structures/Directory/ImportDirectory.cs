using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.History;

namespace OpenChorus.Web.Features.Structures.Directory;

/// <summary>
/// Imports a directory file of public structures and services (<see cref="DirectoryFile"/>): creates new public
/// structures, updates known ones, adds or changes services. Every line is checked first; if any line is wrong,
/// nothing is imported and the report lists each wrong line.
/// </summary>
public sealed class ImportDirectory(AppDbContext db, AccessService access, CreateStructure create, ManagerLog log)
{
    public async Task<ImportReport> HandleAsync(Guid adminId, string content, CancellationToken cancellationToken)
    {
        if (!await access.IsPlatformAdministratorAsync(adminId, cancellationToken))
        {
            return new ImportReport(["Vous n'avez pas les droits nécessaires."], 0, 0, Denied: true);
        }

        var errors = new List<string>();
        var structures = new Dictionary<string, Structure>();
        var (created, services) = (0, 0);
        foreach (var (line, fields, quoting) in DirectoryFile.Records(content))
        {
            var problems = quoting is not null ? [quoting] : fields[0].ToUpperInvariant() switch
            {
                "STRUCTURE" => await StructureAsync(fields, structures, adminId, () => created++, cancellationToken),
                "SERVICE" => await ServiceAsync(fields, structures, adminId, () => services++, cancellationToken),
                _ => ["le type de ligne doit être STRUCTURE ou SERVICE"],
            };
            errors.AddRange(problems.Select(p => $"Ligne {line} : {p}"));
        }

        if (errors.Count == 0 && structures.Count == 0)
        {
            errors.Add("Le fichier ne contient aucune ligne STRUCTURE ou SERVICE.");
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new ImportReport(errors, 0, 0);
        }

        // A structure or service of the file created elsewhere since the checks: the whole file is refused.
        return await db.TrySaveChangesAsync(cancellationToken)
            ? new ImportReport([], created, services)
            : new ImportReport(["Une structure ou un service du fichier vient d'être créé par ailleurs : rien n'a été importé. Relancez l'import."], 0, 0);
    }

    private async Task<IReadOnlyList<string>> StructureAsync(
        string[] f, Dictionary<string, Structure> structures, Guid adminId, Action countCreated, CancellationToken cancellationToken)
    {
        if (f.Length != DirectoryFile.StructureFields)
        {
            return [$"une ligne STRUCTURE a {DirectoryFile.StructureFields} champs, celle-ci en a {f.Length}"];
        }

        var flags = f[7..11].Select(DirectoryFile.YesNo).ToArray();
        if (flags.Any(v => v is null))
        {
            return ["les paramètres (champs 8 à 11) valent O ou N"];
        }

        var draft = new StructureDraft(IdentifierType.Siret, f[1], f[2], f[3], f[4], f[5], "FR", null, f[6], null, null);
        var siret = Identifiers.IdentifierRules.Normalize(f[1]);
        if (structures.ContainsKey(siret))
        {
            return [$"le SIRET {siret} figure déjà plus haut dans le fichier"];
        }

        var existing = await db.Structures.Include(s => s.Services)
            .SingleOrDefaultAsync(s => s.IdentifierType == IdentifierType.Siret && s.Identifier == siret, cancellationToken);
        Structure structure;
        if (existing is null)
        {
            var (outcome, added) = await create.AddAsync(draft, isPublic: true, adminId, principalUserId: null, cancellationToken);
            if (added is null)
            {
                return outcome.Errors.Select(e => e.Message).ToList();
            }

            structure = added;
            countCreated();
        }
        else if (!existing.IsPublic)
        {
            return [$"le SIRET {siret} est celui d'une structure privée"];
        }
        else if (draft.Check() is { Count: > 0 } errors)
        {
            return errors.Select(e => e.Message).ToList();
        }
        else
        {
            structure = existing;
            (structure.CompanyName, structure.AddressLine, structure.PostalCode, structure.City, structure.Email) = (f[2], f[3], f[4], f[5], f[6]);
            log.Add(structure.Id, adminId, "Structure mise à jour par import d'annuaire");
        }

        structure.Parameters = new StructureParameters
        {
            ServiceCodeRequired = flags[0]!.Value,
            EngagementRequired = flags[1]!.Value,
            ServiceOrEngagementRequired = flags[2]!.Value,
            PaymentStatusNotReported = flags[3]!.Value,
        };
        structures[siret] = structure;
        return [];
    }

    private async Task<IReadOnlyList<string>> ServiceAsync(
        string[] f, Dictionary<string, Structure> structures, Guid adminId, Action countService, CancellationToken cancellationToken)
    {
        if (f.Length != DirectoryFile.ServiceFields)
        {
            return [$"une ligne SERVICE a {DirectoryFile.ServiceFields} champs, celle-ci en a {f.Length}"];
        }

        var siret = Identifiers.IdentifierRules.Normalize(f[1]);
        if (!structures.TryGetValue(siret, out var structure))
        {
            structure = await db.Structures.Include(s => s.Services)
                .SingleOrDefaultAsync(s => s.IdentifierType == IdentifierType.Siret && s.Identifier == siret && s.IsPublic, cancellationToken);
            if (structure is null)
            {
                return [$"aucune structure publique de SIRET {siret} dans l'annuaire ni plus haut dans le fichier"];
            }

            structures[siret] = structure;
        }

        var flags = new[] { f[4], f[7], f[8] }.Select(DirectoryFile.YesNo).ToArray();
        if (flags.Any(v => v is null) || !DirectoryFile.TryDate(f[5], out var from) || !DirectoryFile.TryDate(f[6], out var to))
        {
            return ["actif, engagement obligatoire et mise en paiement valent O ou N ; les dates s'écrivent AAAA-MM-JJ ou JJ/MM/AAAA"];
        }

        var draft = new ServiceDraft(f[2], f[3], flags[0]!.Value, from, to, flags[1]!.Value, flags[2]!.Value);
        if (draft.Check() is { Count: > 0 } errors)
        {
            return errors.Select(e => e.Message).ToList();
        }

        var service = structure.Services.SingleOrDefault(s => s.Code == draft.Code.Trim());
        if (service is null)
        {
            service = new Service { Code = draft.Code.Trim(), Name = draft.Name.Trim() };
            structure.Services.Add(service);
        }

        draft.ApplyTo(service);
        countService();
        return [];
    }
}

public sealed record ImportReport(IReadOnlyList<string> Errors, int StructuresCreated, int ServicesSaved, bool Denied = false)
{
    public bool Succeeded => Errors.Count == 0;
}
