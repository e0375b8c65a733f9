using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Accounts;

public sealed class RegisterTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Register_ActivateThenSignInWithEmailCode_ReachesMonCompte()
    {
        using var portal = app.CreatePortalClient();
        var watch = new MailWatch(app.Mail);
        var done = await portal.SubmitAsync("/accounts/public/register", new Dictionary<string, string>
        {
            ["Email"] = "claire.dupont@example.org",
            ["LastName"] = "Dupont",
            ["FirstName"] = "Claire",
            ["PhoneNumber"] = "01 23 45 67 89",
            ["AcceptTerms"] = "true",
        });
        Assert.Contains("Vous disposez de 60 minutes", done.Body!.TextContent, StringComparison.Ordinal);

        var mail = await watch.NextAsync("claire.dupont@example.org");
        Assert.Contains("Vous disposez de 60 minutes à partir de l'envoi du message pour activer votre compte.", mail.TextBody, StringComparison.Ordinal);
        var form = await portal.GetAsync(MailWatch.LinkIn(mail));
        Assert.Contains("au moins 12 caractères", form.QuerySelector("#regles-mot-de-passe")!.TextContent, StringComparison.Ordinal);
        var login = await portal.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Password"] = AccountSteps.DefaultPassword,
            ["ConfirmPassword"] = AccountSteps.DefaultPassword,
        });
        Assert.Equal("/accounts/public/login", portal.CurrentUrl!.AbsolutePath);
        Assert.Contains("Votre compte est activé", login.Body!.TextContent, StringComparison.Ordinal);

        var codeWatch = new MailWatch(app.Mail);
        var twoFactor = await portal.SubmitAsync(login, new Dictionary<string, string>
        {
            ["Email"] = "claire.dupont@example.org",
            ["Password"] = AccountSteps.DefaultPassword,
        });
        Assert.Equal("/accounts/public/twofactor", portal.CurrentUrl!.AbsolutePath);
        var code = MailWatch.CodeIn(await codeWatch.NextAsync("claire.dupont@example.org"));
        var account = await portal.SubmitAsync(twoFactor, new Dictionary<string, string> { ["Code"] = code });

        Assert.Equal("/accounts", portal.CurrentUrl!.AbsolutePath);
        Assert.Equal("Mon compte", account.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Dupont", account.QuerySelector("#nom")!.TextContent);
        Assert.Equal("claire.dupont@example.org", account.QuerySelector("#adresse-contact")!.TextContent);
        Assert.Equal("01 23 45 67 89", account.QuerySelector("#telephone")!.TextContent);
        foreach (var page in new[] { "/structures/mine/attachments", "/structures/mine/subscriptions", "/structures/create" })
        {
            Assert.NotNull(account.QuerySelector($"main a[href='{page}']"));
        }
    }

    [Fact]
    public async Task Register_EmptyForm_ShowsFrenchMessageNextToEachField()
    {
        using var portal = app.CreatePortalClient();

        var page = await portal.SubmitAsync("/accounts/public/register", new Dictionary<string, string>
        {
            ["ContactEmail"] = "pas-une-adresse",
        });

        Assert.Equal("Saisissez votre adresse e-mail de connexion.", page.QuerySelector("#Email-messages")!.TextContent.Trim());
        Assert.Equal("Saisissez votre nom.", page.QuerySelector("#LastName-messages")!.TextContent.Trim());
        Assert.Equal("Saisissez votre prénom.", page.QuerySelector("#FirstName-messages")!.TextContent.Trim());
        Assert.Contains("adresse e-mail de contact valide", page.QuerySelector("#ContactEmail-messages")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("accepter les conditions générales", page.QuerySelector("#AcceptTerms-messages")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("pas-une-adresse", page.QuerySelector<IHtmlInputElement>("#ContactEmail")!.Value);
        Assert.NotNull(page.QuerySelector("label[for=PhoneNumber]"));
    }

    [Fact]
    public async Task Register_ExistingAddress_AnswersAsForANewOneAndTellsTheOwner()
    {
        await AccountSteps.RegisterAndActivateAsync(app, "deja.inscrit@example.org");
        using var portal = app.CreatePortalClient();
        var fields = new Dictionary<string, string> { ["LastName"] = "Autre", ["FirstName"] = "Personne", ["AcceptTerms"] = "true" };
        var watch = new MailWatch(app.Mail);

        var existing = await portal.SubmitAsync("/accounts/public/register", new Dictionary<string, string>(fields) { ["Email"] = "deja.inscrit@example.org" });
        var existingUrl = portal.CurrentUrl;
        var fresh = await portal.SubmitAsync("/accounts/public/register", new Dictionary<string, string>(fields) { ["Email"] = "nouvelle.personne@example.org" });

        Assert.Equal(portal.CurrentUrl, existingUrl);
        Assert.Equal(fresh.QuerySelector("main")!.TextContent, existing.QuerySelector("main")!.TextContent);
        var notice = await watch.NextAsync("deja.inscrit@example.org");
        Assert.Equal("Demande de création de compte OpenChorus", notice.Subject);
        var count = await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "deja.inscrit@example.org"));
        Assert.Equal(1, count);
    }
}
