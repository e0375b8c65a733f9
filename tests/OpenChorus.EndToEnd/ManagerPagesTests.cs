using Microsoft.Playwright;
using OpenChorus.EndToEnd.Steps;
using static Microsoft.Playwright.Assertions;

namespace OpenChorus.EndToEnd;

/// <summary>"Activités du gestionnaire" and its sub-pages, with pending requests and members, under axe-core.</summary>
public sealed class ManagerPagesTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task ManagerPages_WithPendingRequests_HaveNoSeriousViolation()
    {
        var manager = Seed.NewEmail("jade");
        var member = Seed.NewEmail("karim");
        var applicant = Seed.NewEmail("lea");
        var managerId = await server.UserAsync(manager);
        var memberId = await server.UserAsync(member);
        await server.UserAsync(applicant);
        var siret = Seed.NewSiret();
        var structure = await server.StructureAsync(managerId, "Jade Services", isPublic: true, siret);
        await server.MemberAsync(structure, memberId);

        var asker = await browser.SignedInPageAsync(server, applicant);
        await asker.RequestAttachmentAsync(siret, "Jade Services");
        var memberPage = await browser.SignedInPageAsync(server, member);
        await memberPage.GotoAsync("/structures/mine/subscriptions/add?structureId=" + structure);
        await memberPage.GetByLabel("Espace").SelectOptionAsync(new SelectOptionValue { Label = "Factures reçues" });
        await memberPage.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(memberPage.GetByRole(AriaRole.Status)).ToContainTextAsync("transmise aux gestionnaires");

        var page = await browser.SignedInPageAsync(server, manager);
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = "Activités du gestionnaire" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Accepter la demande de {applicant}" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Accepter l'abonnement de {member}" })).ToBeVisibleAsync();
        await page.ExpectPageAsync("Activités du gestionnaire");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Refuser la demande de {applicant}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await page.ExpectPageAsync("Activités du gestionnaire");
        await page.GetByLabel("Motif du refus").First.FillAsync("Vous ne faites pas partie de nos équipes.");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Refuser la demande de {applicant}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Accepter l'abonnement de {member}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await page.ExpectPageAsync("Activités du gestionnaire");

        await page.OpenManagedStructureAsync("Jade Services");
        await page.AssertNoSeriousViolationsAsync();
        await page.OpenSpaceAsync("Engagements");
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByLabel($"Rôle de {member}").SelectOptionAsync(new SelectOptionValue { Label = "Gestionnaire secondaire" });
        await page.GetByRole(AriaRole.Button, new() { Name = $"Modifier le rôle de {member}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await page.GetByLabel("Adresse de connexion d'un compte actif").FillAsync(Seed.NewEmail("inconnu"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Rattacher l'utilisateur" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await page.ExpectPageAsync("Jade Services");

        await page.GetByRole(AriaRole.Link, new() { Name = $"Abonnements de {member}" }).ClickAsync();
        await page.ExpectPageAsync($"Abonnements de {member}");

        await page.GotoAsync($"/structures/manage/{structure}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Duplication des droits" }).ClickAsync();
        await page.ExpectPageAsync("Duplication des droits");
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await page.ExpectPageAsync("Duplication des droits");

        await page.GotoAsync($"/structures/manage/{structure}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Historique des actions du gestionnaire" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(member);
        await page.ExpectPageAsync("Historique des actions du gestionnaire");

        await page.GotoAsync("/structures/manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rattacher un utilisateur à plusieurs structures" }).ClickAsync();
        await page.ExpectPageAsync("Rattacher un utilisateur à mes structures");
        await page.GetByLabel("Adresse de connexion d'un compte actif").FillAsync(applicant);
        await page.GetByRole(AriaRole.Group, new() { Name = "Structures" }).GetByLabel("Jade Services").TickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rattacher l'utilisateur" }).ClickAsync();
        await Expect(page.Locator(".oc-attach-results")).ToBeVisibleAsync();
        await page.ExpectPageAsync("Rattacher un utilisateur à mes structures");

        foreach (var space in new[] { "Factures émises", "Factures reçues", "Sollicitations émises", "Sollicitations reçues" })
        {
            await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = space }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Jade Services" })).ToHaveCountAsync(1);
            await page.ExpectPageAsync(space);
        }
    }
}
