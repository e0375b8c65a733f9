using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace OpenChorus.Web.Tests.Infrastructure;

/// <summary>
/// The account steps any test needs, through the real pages and the real mail: create and activate an account, then
/// sign in (password, then the e-mailed code or the authenticator code).
/// </summary>
public static class AccountSteps
{
    /// <summary>A password that meets the rules (12 characters, upper, lower, digit, special).</summary>
    public const string DefaultPassword = "Facture-Publique-2026";

    /// <summary>"Créer un compte", then the activation link from the e-mail, then the password. Fails if any step fails.</summary>
    public static async Task RegisterAndActivateAsync(
        TestApp app, string email, string password = DefaultPassword, string firstName = "Camille", string lastName = "Martin")
    {
        using var portal = app.CreatePortalClient();
        var watch = new MailWatch(app.Mail);
        await portal.SubmitAsync("/accounts/public/register", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["LastName"] = lastName,
            ["FirstName"] = firstName,
            ["AcceptTerms"] = "true",
        });
        var activation = MailWatch.LinkIn(await watch.NextAsync(email));
        var page = await portal.SubmitAsync(activation, new Dictionary<string, string>
        {
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        });
        if (!string.Equals(portal.CurrentUrl?.AbsolutePath, "/accounts/public/login", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Activation of {email} failed:\n{page.QuerySelector("main")?.TextContent}");
        }
    }

    /// <summary>
    /// Signs in through the login page and the second factor, if asked: the code e-mailed to <paramref name="email"/>, or
    /// the current TOTP of <paramref name="authenticatorKey"/> (base32) when the account has an authenticator app.
    /// Returns the page reached ("Mon compte" by default). Fails if the portal did not sign the user in.
    /// </summary>
    public static async Task<IHtmlDocument> SignInAsync(
        TestApp app, PortalClient portal, string email, string password = DefaultPassword, string? authenticatorKey = null)
    {
        var watch = new MailWatch(app.Mail);
        var page = await portal.SubmitAsync("/accounts/public/login", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
        });
        if (string.Equals(portal.CurrentUrl?.AbsolutePath, "/accounts/public/twofactor", StringComparison.OrdinalIgnoreCase))
        {
            var code = authenticatorKey is null
                ? MailWatch.CodeIn(await watch.NextAsync(email))
                : new Totp(Base32Encoding.ToBytes(authenticatorKey)).ComputeTotp();
            page = await portal.SubmitAsync(page, new Dictionary<string, string> { ["Code"] = code });
        }

        if (portal.CurrentUrl?.AbsolutePath.StartsWith("/accounts/public/", StringComparison.OrdinalIgnoreCase) != false)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed:\n{page.QuerySelector("main")?.TextContent}");
        }

        return page;
    }

    /// <summary>Both steps: a new account, signed in on a new browser-like client.</summary>
    public static async Task<PortalClient> SignedInAsync(TestApp app, string email, string password = DefaultPassword)
    {
        await RegisterAndActivateAsync(app, email, password);
        var portal = app.CreatePortalClient();
        await SignInAsync(app, portal, email, password);
        return portal;
    }

    /// <summary>The id of the account whose login address is <paramref name="email"/> (to seed memberships and the like).</summary>
    public static Task<Guid> UserIdAsync(TestApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
