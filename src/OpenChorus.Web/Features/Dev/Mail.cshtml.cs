using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Platform.Mail;

namespace OpenChorus.Web.Features.Dev;

/// <summary>/dev/mail: the outgoing mail of a development instance, so a newcomer can follow an activation link.</summary>
public sealed partial class MailModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<OutboxMail> Mails { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!HttpContext.RequestServices.DevMailboxEnabled())
        {
            return NotFound();
        }

        Mails = await db.OutboxMails.OrderByDescending(m => m.CreatedAtUtc).Take(100).ToListAsync(cancellationToken);
        return Page();
    }

    public static IEnumerable<string> LinksIn(string text) => LinkPattern().Matches(text).Select(m => m.Value).Distinct();

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex LinkPattern();
}
