using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace OpenChorus.Api.Contract;

/// <summary>One operation as the go-choruspro client encodes it: route, request fields and the answer it decodes.</summary>
public sealed record GoOperation(string Name, string Route, JsonSchema Response)
{
    public override string ToString() => Route;
}

/// <summary>
/// transverses-utilisateurs-and-more.md: the request/response trees of the go-choruspro client, the only detailed
/// source for Transverses and Utilisateurs. Each answer tree becomes a JSON Schema checking what that client decodes:
/// field types, enumerations and date formats (a date "YYYY-MM-DD", a date-time "YYYY-MM-DD HH:MM", RFC 3339).
/// Fields it does not know are allowed, as its decoder ignores them.
/// </summary>
public static partial class GoClientDocuments
{
    private static readonly Lazy<IReadOnlyList<GoOperation>> Loaded = new(Load);

    public static IReadOnlyList<GoOperation> Operations => Loaded.Value;

    public static GoOperation? Find(string route) => Operations.FirstOrDefault(o => o.Route == route);

    private static List<GoOperation> Load()
    {
        var lines = File.ReadAllLines(Path.Combine(ApiDocuments.Folder(), "transverses-utilisateurs-and-more.md"));
        var operations = new List<GoOperation>();
        for (var i = 0; i < lines.Length; i++)
        {
            var heading = Heading().Match(lines[i]);
            if (!heading.Success)
            {
                continue;
            }

            var start = Array.FindIndex(lines, i + 1, l => l.StartsWith("Response", StringComparison.Ordinal) || l.StartsWith("## ", StringComparison.Ordinal));
            var fields = new List<string>();
            for (var j = start + 1; start > 0 && lines[start].StartsWith("Response", StringComparison.Ordinal) && j < lines.Length && !lines[j].StartsWith("## ", StringComparison.Ordinal); j++)
            {
                if (lines[j].TrimStart().StartsWith("- `", StringComparison.Ordinal))
                {
                    fields.Add(lines[j]);
                }
            }

            var position = 0;
            var schema = new JsonObject { ["$schema"] = "http://json-schema.org/draft-07/schema#", ["type"] = "object", ["properties"] = Properties(fields, ref position, 0) };
            operations.Add(new GoOperation(heading.Groups["name"].Value, heading.Groups["route"].Value, JsonSchema.FromText(schema.ToJsonString())));
        }

        return operations;
    }

    /// <summary>The fields at <paramref name="depth"/> (two spaces a level) from <paramref name="position"/> on.</summary>
    private static JsonObject Properties(List<string> fields, ref int position, int depth)
    {
        var properties = new JsonObject();
        while (position < fields.Count)
        {
            var field = Field().Match(fields[position]);
            var level = field.Groups["indent"].Length / 2;
            if (level < depth)
            {
                break;
            }

            position++;
            var type = field.Groups["type"].Value.Trim();
            var name = field.Groups["name"].Value;
            if (type.StartsWith("object", StringComparison.Ordinal))
            {
                properties[name] = new JsonObject { ["type"] = "object", ["properties"] = Properties(fields, ref position, level + 1) };
            }
            else if (type.StartsWith("array of object", StringComparison.Ordinal))
            {
                var items = new JsonObject { ["type"] = "object", ["properties"] = Properties(fields, ref position, level + 1) };
                properties[name] = new JsonObject { ["type"] = "array", ["items"] = items };
            }
            else if (type.StartsWith("array of ", StringComparison.Ordinal))
            {
                properties[name] = new JsonObject { ["type"] = "array", ["items"] = Scalar(type["array of ".Length..]) };
            }
            else
            {
                properties[name] = Scalar(type);
            }
        }

        return properties;
    }

    private static JsonObject Scalar(string type) => type switch
    {
        "integer" => new JsonObject { ["type"] = "integer" },
        "number" => new JsonObject { ["type"] = "number" },
        "boolean" => new JsonObject { ["type"] = "boolean" },
        "string(date YYYY-MM-DD)" => Pattern(@"^\d{4}-\d{2}-\d{2}$"),
        "string(datetime \"YYYY-MM-DD HH:MM\")" => Pattern(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$"),
        "string(RFC3339 datetime)" => Pattern(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"),
        _ when type.StartsWith("string enum{", StringComparison.Ordinal) => new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray(type["string enum{".Length..^1].Split('|').Select(v => (JsonNode)v.Trim()).ToArray()),
        },
        _ => new JsonObject { ["type"] = "string" },
    };

    private static JsonObject Pattern(string pattern) => new() { ["type"] = "string", ["pattern"] = pattern };

    [GeneratedRegex(@"^## (?<name>\w+)\s+—\s+(POST|GET) (?<route>\S+)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<indent>\s*)- `(?<name>[^`]+)`(?: \(required\))?: (?<type>.*?)(?: — .*)?$")]
    private static partial Regex Field();
}
