using System.Text.Json;

namespace OpenChorus.Api.Contract;

/// <summary>
/// Every operation of the two official Swagger documents (Factures, Structures), called as an ERP calls it: its
/// documented request (checked against the request schema) is accepted, and the answer validates against the
/// documented response schema, field names, types and enumerations included.
/// </summary>
[Collection(ContractData.Name)]
public sealed class FacturesAndStructuresContractTests(ContractWorld world)
{
    public static TheoryData<string> Routes() => ApiDocuments.Routes();

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Operation_AcceptsItsDocumentedRequest_AndAnswersItsDocumentedSchema(string route)
    {
        var operation = ApiDocuments.Find(route);
        var call = ContractScenarios.For(route, world)
                   ?? throw new InvalidOperationException($"No documented request is written for {route} in ContractScenarios.");
        var request = JsonSerializer.SerializeToElement(call.Body);
        if (operation.Request is { } requestSchema)
        {
            Assert.Empty(ApiDocuments.Check(requestSchema, request));
        }

        var (status, answer) = await call.Client.CallAsync(route, call.Body);

        Assert.True(status == 200, $"{route} answered HTTP {status}: {answer}");
        Assert.True(answer.TryGetProperty("codeRetour", out var code) && code.GetInt32() == 0, $"{route} answered {answer}");
        Assert.Empty(ApiDocuments.Check(operation.Response, answer));
        if (GoClientDocuments.Find(route) is { } decoded)
        {
            // What the go-choruspro client decodes of the same answer: its types and date formats.
            Assert.Empty(ApiDocuments.Check(decoded.Response, answer));
        }
    }
}

/// <summary>One data set for every contract test: the operations change it, each on its own invoice.</summary>
[CollectionDefinition(Name)]
public sealed class ContractData : ICollectionFixture<ContractWorld>
{
    public const string Name = "Chorus Pro API contract";
}
