using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace OpenChorus.Api.Contract;

/// <summary>One operation of an official Swagger document: its route, and the schemas of its body and its 200 answer.</summary>
public sealed record ApiOperation(string Api, string Route, string OperationId, JsonSchema? Request, JsonSchema Response)
{
    public override string ToString() => Route;
}

/// <summary>
/// The official Chorus Pro Swagger documents (../shared/api), found through OPENCHORUS_API. Each operation's schemas are
/// the Swagger definitions as JSON Schema: the body and answer of every call are checked against them.
/// </summary>
public static class ApiDocuments
{
    public const string Variable = "OPENCHORUS_API";

    private static readonly Lazy<IReadOnlyList<ApiOperation>> Loaded = new(Load);

    public static IReadOnlyList<ApiOperation> Operations => Loaded.Value;

    public static ApiOperation Find(string route) => Operations.Single(o => o.Route == route);

    /// <summary>The routes of both documents, for the tests' data.</summary>
    public static TheoryData<string> Routes()
    {
        var data = new TheoryData<string>();
        foreach (var operation in Operations)
        {
            data.Add(operation.Route);
        }

        return data;
    }

    private static List<ApiOperation> Load()
    {
        var folder = Folder();
        string[] apis = ["factures", "structures"];
        return apis.SelectMany(api => Read(api, Path.Combine(folder, $"chorus-pro-{api}.swagger.json")))
            .ToList();
    }

    private static IEnumerable<ApiOperation> Read(string api, string file)
    {
        var document = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        AllowUnreadOcrFields(document["definitions"]!.AsObject());
        var definitions = document["definitions"]!.ToJsonString();
        var basePath = document["basePath"]!.GetValue<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var post = item!["post"]!;
            var body = post["parameters"]!.AsArray().FirstOrDefault(p => p!["in"]!.GetValue<string>() == "body");
            yield return new ApiOperation(
                api,
                basePath + path,
                post["operationId"]!.GetValue<string>(),
                body is null ? null : Schema(definitions, body["schema"]!),
                Schema(definitions, post["responses"]!["200"]!["schema"]!));
        }
    }

    /// <summary>
    /// deposerPdfFacture's answer (WsRetourDeposerPdfFacture, used by no other operation) marks every field of the
    /// character recognition required and typed, yet AIFE's own published example answers <c>null</c> for what was not
    /// read (published-examples.md, "factures/v1/deposer/pdf": <c>"codeDestinataire": null, "numeroBonCommande": null</c>…).
    /// These fields, and only these, may therefore be null; they stay required, and typed when present.
    /// </summary>
    private static void AllowUnreadOcrFields(JsonObject definitions)
    {
        if (definitions["WsRetourDeposerPdfFacture"]?["properties"] is not JsonObject properties)
        {
            return;
        }

        string[] read = ["numeroFacture", "dateFacture", "codeDestinataire", "codeServiceExecutant", "codeFournisseur", "codeDeviseFacture",
            "numeroBonCommande", "montantTtcAvantRemiseGlobalTTC", "montantAPayer", "montantHtTotal", "montantTVA"];
        foreach (var name in read)
        {
            if (properties[name] is JsonObject property && property["type"] is JsonValue type)
            {
                property["type"] = new JsonArray(type.GetValue<string>(), "null");
            }
        }
    }

    /// <summary>A JSON Schema whose root is the Swagger schema, with every definition beside it for its references.</summary>
    private static JsonSchema Schema(string definitions, JsonNode schema)
    {
        var root = JsonNode.Parse(schema.ToJsonString())!.AsObject();
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        root["definitions"] = JsonNode.Parse(definitions);
        return JsonSchema.FromText(root.ToJsonString());
    }

    public static string Folder()
    {
        var folder = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set. The contract lane needs the official Swagger documents: run it as " +
                $"{Variable}=/path/to/shared/api dotnet test --project tests/OpenChorus.Api.Contract " +
                "(scripts/test.sh sets it when ../shared/api exists).");
        }

        folder = Path.GetFullPath(folder);
        return File.Exists(Path.Combine(folder, "chorus-pro-factures.swagger.json"))
            ? folder
            : throw new InvalidOperationException($"{Variable}={folder} holds no chorus-pro-factures.swagger.json.");
    }

    /// <summary>The errors of <paramref name="value"/> against <paramref name="schema"/>, one line each.</summary>
    public static IReadOnlyList<string> Check(JsonSchema schema, JsonElement value)
    {
        var result = schema.Evaluate(value, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
                .Distinct().ToList();
    }
}
