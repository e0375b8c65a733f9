using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Structures.Directory;

namespace OpenChorus.Web.Features.Api.Transverses;

/// <summary>
/// <c>POST /cpro/transverses/v1/telecharger/annuaire/destinataire</c>: the directory of active public recipients as a
/// base64 ZIP holding one UTF-8 ";"-separated file, in the very format an administrator imports
/// (<see cref="DirectoryFile"/>): a STRUCTURE line per recipient, then a SERVICE line per service.
/// </summary>
public static class TelechargerAnnuaire
{
    public const string FileName = "annuaire_destinataires.csv";

    public static async Task<IResult> HandleAsync(SansParametreRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var structures = await db.Structures.AsNoTracking().Where(s => s.IsPublic && s.IsActive).Include(s => s.Services)
            .OrderBy(s => s.Identifier).AsSplitQuery().ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        csv.Append("type;siret;raison sociale ou code service;adresse ou libellé;code postal ou actif;ville ou début de validité;")
            .Append("e-mail ou fin de validité;code service obligatoire ou engagement obligatoire;numéro d'engagement obligatoire ou mise en paiement;")
            .Append("code service ou engagement;statut mise en paiement non remonté\r\n");
        foreach (var s in structures)
        {
            var p = s.Parameters;
            Line(csv, "STRUCTURE", s.Identifier, s.CompanyName, s.AddressLine, s.PostalCode, s.City, s.Email,
                YesNo(p.ServiceCodeRequired), YesNo(p.EngagementRequired), YesNo(p.ServiceOrEngagementRequired), YesNo(p.PaymentStatusNotReported));
            foreach (var v in s.Services.OrderBy(v => v.Code, StringComparer.Ordinal))
            {
                Line(csv, "SERVICE", s.Identifier, v.Code, v.Name, YesNo(v.IsActive), Date(v.ValidFrom), Date(v.ValidTo),
                    YesNo(v.EngagementRequired), YesNo(v.ReportsPayment));
            }
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry(FileName, CompressionLevel.Optimal);
            await using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await writer.WriteAsync(csv, cancellationToken);
        }

        return CproResults.Ok(new TelechargerAnnuaireAnswer { FichierResultat = Convert.ToBase64String(zip.ToArray()) });
    }

    private static void Line(StringBuilder csv, params string?[] values)
    {
        csv.AppendJoin(SemicolonCsv.Separator, values.Select(Quote)).Append("\r\n");
    }

    /// <summary>A value holding ";", quotes or a line break goes in double quotes, its quotes doubled (RFC 4180).</summary>
    private static string Quote(string? value) =>
        value is null ? "" : value.IndexOfAny([SemicolonCsv.Separator, '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static string YesNo(bool value) => value ? "O" : "N";

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class TelechargerAnnuaireAnswer : CproAnswer
{
    /// <summary>The ZIP, base64.</summary>
    public string? FichierResultat { get; init; }
}
