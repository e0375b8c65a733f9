using Microsoft.AspNetCore.Identity;
using OpenChorus.Web.Data;
using OpenChorus.Web.Platform.Mail;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>The second factor by e-mail: a one-time code from Identity's e-mail token provider, sent to the login address.</summary>
public sealed class EmailSignInCodes(UserManager<AppUser> users, AppDbContext db, Mailer mailer)
{
    public async Task SendAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        var code = await users.GenerateTwoFactorTokenAsync(user, TokenOptions.DefaultEmailProvider);
        mailer.Queue(user.Email!, "Votre code de connexion OpenChorus", $"""
            Bonjour {user.DisplayName},

            Votre code de connexion à OpenChorus : {code}

            Ce code est temporaire : il expire au bout de quelques minutes.
            Si vous n'êtes pas à l'origine de cette connexion, changez votre mot de passe.
            """);
        await db.SaveChangesAsync(cancellationToken);
    }
}
