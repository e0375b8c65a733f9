using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using OpenChorus.Web.Features.Invoices.Documents;

namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>A file the supplier sent with a deposit, already in the document store under its SHA-256 but attached to
/// nothing yet: content-addressed bytes of an abandoned attempt are harmless.</summary>
public sealed record UploadedFile(string Sha256, string FileName, string ContentType, long Length);

/// <summary>A file as a request brings it, before it is checked and stored.</summary>
public sealed record IncomingFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Carries an uploaded file from one step of the deposit to the next (form → confirmation → send) without saving an
/// invoice: a ticket is the file's key, name and size, signed and limited in time for the user who uploaded it, so a
/// forged or borrowed ticket never names someone else's document.
/// </summary>
public sealed class UploadTickets(IDataProtectionProvider protection, IDocumentStore store)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("OpenChorus.Invoices.Emises.UploadTickets").ToTimeLimitedDataProtector();

    /// <summary>Stores the bytes (idempotent) and answers the file with its ticket.</summary>
    public async Task<(UploadedFile File, string Ticket)> StoreAsync(Guid userId, IncomingFile incoming, CancellationToken cancellationToken)
    {
        var sha = await store.PutAsync(incoming.Content, cancellationToken);
        var file = new UploadedFile(sha, CleanName(incoming.FileName), ContentTypeOf(incoming), incoming.Content.LongLength);
        return (file, Issue(userId, file));
    }

    public string Issue(Guid userId, UploadedFile file) =>
        _protector.Protect(JsonSerializer.Serialize(new Payload(userId, file)), Lifetime);

    /// <summary>The file a ticket names, or null when it is not this user's, expired or tampered with.</summary>
    public UploadedFile? Read(Guid userId, string? ticket)
    {
        if (string.IsNullOrWhiteSpace(ticket))
        {
            return null;
        }

        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(_protector.Unprotect(ticket));
            return payload is not null && payload.UserId == userId && DocumentKeys.IsValid(payload.File.Sha256) ? payload.File : null;
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The name without any folder a browser may send (old Internet Explorer sends the full path).</summary>
    public static string CleanName(string name)
    {
        var last = name.Replace('\\', '/').Split('/').LastOrDefault(p => p.Length > 0) ?? "fichier";
        return last.Length > 255 ? last[^255..] : last;
    }

    private static string ContentTypeOf(IncomingFile file) =>
        string.IsNullOrWhiteSpace(file.ContentType) || file.ContentType.Length > 100 ? "application/octet-stream" : file.ContentType;

    private sealed record Payload(Guid UserId, UploadedFile File);
}
