using System.Runtime.CompilerServices;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Recues;

/// <summary>/factures-recues/recherche: every filter in SQL on both providers, paging, and bad input.</summary>
public sealed class SearchTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly ConditionalWeakTable<TestApp, Task<SearchData>> Data = new();

    /// <summary>Five invoices, two days apart: T1 (TECHNIQUE, 100), F2 (FINANCES, 1 200), T3 (TECHNIQUE, 1 200,01,
    /// service fait), D4 (another supplier, 50), B5 (the agent's second structure, 75).</summary>
    private sealed record SearchData(RecuesWorld World, string OtherSupplierSiret, int SecondStructure);

    private Task<SearchData> DataAsync() => Data.GetValue(app, a => CreateAsync(a));

    private static async Task<SearchData> CreateAsync(TestApp app)
    {
        var world = await RecuesWorld.CreateAsync(app);
        var s = world.Suffix;
        await world.SendAsync($"T1-{s}", amount: 100m);
        app.Clock.Advance(TimeSpan.FromDays(2));
        await world.SendAsync($"F2-{s}", "FINANCES", 1200m);
        app.Clock.Advance(TimeSpan.FromDays(2));
        var t3 = await world.SendAsync($"T3-{s}", amount: 1200.01m);
        Assert.True((await world.ProcessAsync(t3, RecipientAction.ServiceFait)).Succeeded);

        var durand = await app.CreateUserAsync($"durand-{s}@example.org");
        var otherSiret = TestStructures.NewSiret();
        var other = await app.CreateStructureAsync(durand, $"Éts Bâtiment Durand {s}", siret: otherSiret);
        await app.GrantAsync(other, durand, Space.FacturesEmises);
        await app.SendInvoiceAsync(durand, other, world.RecipientSiret, $"D4-{s}", amount: 50m);

        var principal = await app.CreateUserAsync($"second-{s}@example.org");
        var (second, secondSiret) = await app.CreateRecipientAsync(principal, $"Syndicat {s}");
        await app.GrantAsync(second, world.Agent, Space.FacturesRecues);
        await world.SendAsync($"B5-{s}", amount: 75m, recipientSiret: secondSiret);
        return new SearchData(world, otherSiret, second);
    }

    [Theory]
    [InlineData("status=SERVICE_FAIT", "T3")]
    [InlineData("status=MISE_A_DISPOSITION&structure={recipient}", "D4 F2 T1")]
    [InlineData("minAmount=1200", "T3 F2")]
    [InlineData("maxAmount=1 200,00", "B5 D4 F2 T1")]
    [InlineData("minAmount=1200.01&maxAmount=1200,01", "T3")]
    [InlineData("service={finances}", "F2")]
    [InlineData("supplier={otherSiret}", "D4")]
    [InlineData("supplier=batiment  DURAND", "D4")]
    [InlineData("number=F2-", "F2")]
    [InlineData("from=2026-11-28&to=2026-11-28", "F2")]
    [InlineData("from=2026-11-30", "B5 D4 T3")]
    [InlineData("to=2026-11-26", "T1")]
    [InlineData("structure={second}", "B5")]
    public async Task Search_EachFilter_FindsExactlyTheMatchingInvoicesNewestFirst(string query, string expected)
    {
        var data = await DataAsync();
        var world = data.World;
        var url = "/factures-recues/recherche?" + query
            .Replace("{recipient}", world.Recipient.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{second}", data.SecondStructure.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{finances}", (await world.ServiceIdAsync("FINANCES")).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{otherSiret}", data.OtherSupplierSiret, StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal);

        var page = await (await world.SignInAsync(world.Agent)).GetAsync(url);

        Assert.Equal(expected.Split(' ').Select(n => $"{n}-{world.Suffix}"), RecuesWorld.NumbersOn(page));
    }

    [Fact]
    public async Task Search_OfAUserLimitedToAService_FindsOnlyThatServiceAndOffersOnlyIt()
    {
        var world = (await DataAsync()).World;

        var page = await (await world.SignInAsync(world.Restricted)).GetAsync("/factures-recues/recherche");

        Assert.Equal(["D4", "T3", "T1"], RecuesWorld.NumbersOn(page).Select(n => n.Split('-')[0]));
        Assert.Equal(["", "TECHNIQUE"], page.QuerySelectorAll("#service option").Select(o => o.GetAttribute("value") == "" ? "" : o.TextContent.Split(' ')[0]));
    }

    [Theory]
    [InlineData("minAmount=douze", "MinAmount", "Indiquez un montant en euros, par exemple 1200,50.")]
    [InlineData("minAmount=10&maxAmount=5", "MaxAmount", "Le montant maximum doit être supérieur ou égal au montant minimum.")]
    [InlineData("from=2026-13-45", "From", "Indiquez une date de début valide, au format JJ/MM/AAAA.")]
    [InlineData("from=2026-11-30&to=2026-11-01", "To", "La date de fin doit suivre la date de début.")]
    [InlineData("status=BROUILLON", "Status", "Choisissez un statut de la liste.")]
    public async Task Search_WithUnreadableCriteria_SaysWhyNextToTheFieldAndListsNothing(string query, string field, string message)
    {
        var world = (await DataAsync()).World;

        var page = await (await world.SignInAsync(world.Agent)).GetAsync("/factures-recues/recherche?" + query);

        var id = char.ToLowerInvariant(field[0]) + field[1..];
        Assert.Equal(message, page.QuerySelector($"#{id}-messages")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#selection"));
    }

    [Fact]
    public async Task Search_Paging_ShowsPagesOfTheChosenSizeWithTheTotal()
    {
        var world = await RecuesWorld.CreateAsync(app);
        for (var n = 1; n <= 23; n++)
        {
            await world.SendAsync($"P{n:D2}-{world.Suffix}");
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var agent = await world.SignInAsync(world.Agent);
        var first = await agent.GetAsync($"/factures-recues/recherche?structure={world.Recipient}");
        var next = first.QuerySelector(".fr-pagination__link--next")!.GetAttribute("href")!;
        var second = await agent.GetAsync(next);
        var whole = await agent.GetAsync($"/factures-recues/recherche?structure={world.Recipient}&pageSize=500");
        var beyond = await agent.GetAsync($"/factures-recues/recherche?structure={world.Recipient}&page=9");

        Assert.Equal("23 factures.", first.QuerySelector("#nombre-resultats")!.TextContent.Trim());
        Assert.Equal(Enumerable.Range(4, 20).Reverse().Select(n => $"P{n:D2}-{world.Suffix}"), RecuesWorld.NumbersOn(first));
        Assert.Contains($"structure={world.Recipient}", next, StringComparison.Ordinal);
        Assert.Equal(["P03", "P02", "P01"], RecuesWorld.NumbersOn(second).Select(n => n[..3]));
        Assert.Equal("2", second.QuerySelector(".fr-pagination__link[aria-current=page]")!.TextContent.Trim());
        Assert.Equal(23, RecuesWorld.NumbersOn(whole).Count);
        Assert.Equal(RecuesWorld.NumbersOn(second), RecuesWorld.NumbersOn(beyond));
    }
}
