using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Platform.Mail;

namespace OpenChorus.Web.Features.Accounts.Public;

/// <summary>The link sent to a new login address: confirming it makes that address the login (and user name).
/// Open to anonymous users, since the link may be opened in another browser; the token is the proof.</summary>
public sealed class ConfirmLoginEmailModel(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    Mailer mailer,
    AppDbContext db,
    ILogger<ConfirmLoginEmailModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public string? Error { get; private set; }

    public bool IsLinkValid { get; private set; }

    public async Task OnGetAsync() => IsLinkValid = await FindAsync() is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await FindAsync();
        if (user is null)
        {
            return Page();
        }

        var oldEmail = user.Email!;
        // E-mail and user name change together or not at all, even when another account takes the address meanwhile.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IdentityResult renamed;
        try
        {
            var changed = await users.ChangeEmailAsync(user, Email!, PortalLinks.DecodeToken(Token)!);
            renamed = changed.Succeeded ? await users.SetUserNameAsync(user, Email) : changed;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            renamed = IdentityResult.Failed(users.ErrorDescriber.DuplicateEmail(Email!));
        }

        if (!renamed.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            Error = string.Join(" ", renamed.Errors.Select(e => e.Description));
            IsLinkValid = false;
            return Page();
        }

        mailer.Queue(oldEmail, "Votre adresse de connexion OpenChorus a changé", $"""
            Bonjour {user.DisplayName},

            L'adresse de connexion de votre compte OpenChorus est désormais {Email}.
            Si vous n'êtes pas à l'origine de ce changement, contactez le support sans attendre.
            """);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await signIn.SignOutAsync();
        AccountLog.LoginEmailChanged(logger, user.Id);
        TempData["Success"] = $"Votre adresse de connexion est désormais {Email}. Connectez-vous avec cette adresse.";
        return Redirect("/accounts/public/login");
    }

    private async Task<AppUser?> FindAsync()
    {
        var token = PortalLinks.DecodeToken(Token);
        var user = token is null || string.IsNullOrEmpty(Email) ? null : await users.FindByIdAsync(UserId.ToString());
        var valid = user is { DeactivatedAtUtc: null }
            && await users.VerifyUserTokenAsync(
                user, users.Options.Tokens.ChangeEmailTokenProvider, UserManager<AppUser>.GetChangeEmailTokenPurpose(Email!), token!);
        IsLinkValid = valid;
        return valid ? user : null;
    }
}
