using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Api.Contract;

/// <summary>
/// Every operation the go-choruspro client encodes (Transverses, Utilisateurs, and its view of Factures and
/// Structures): called with its request, it answers the fields that client decodes, in the types and date formats it
/// expects. A search may find nothing (codeRetour 20000); nothing else may fail.
/// </summary>
[Collection(ContractData.Name)]
public sealed class TransversesContractTests(ContractWorld world)
{
    public static TheoryData<string> Routes()
    {
        var data = new TheoryData<string>();
        foreach (var operation in GoClientDocuments.Operations.Where(o => !o.Route.StartsWith("/cpro/factures", StringComparison.Ordinal)
                                                                      && !o.Route.StartsWith("/cpro/structures", StringComparison.Ordinal)))
        {
            data.Add(operation.Route);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Operation_AnswersTheFieldsClientsDecode(string route)
    {
        if (route.Contains("consulterCR", StringComparison.Ordinal))
        {
            await world.DepositFluxOnceAsync();
        }

        var call = TransversesScenarios.For(route, world);

        using var response = route.EndsWith("health-check", StringComparison.Ordinal)
            ? await call.Client.Http.SendAsync(
                new HttpRequestMessage(HttpMethod.Get, route) { Headers = { { "cpro-account", call.Client.AccountHeader } } }, TestContext.Current.CancellationToken)
            : await call.Client.PostAsync(route, call.Body);
        var answer = await CproClient.ReadJsonAsync(response);

        Assert.True((int)response.StatusCode == 200, $"{route} answered HTTP {(int)response.StatusCode}: {answer}");
        if (answer.TryGetProperty("codeRetour", out var code))
        {
            Assert.True(code.GetInt32() is 0 or 20000, $"{route} answered {answer}");
        }

        Assert.Empty(ApiDocuments.Check(GoClientDocuments.Find(route)!.Response, answer));
    }
}
