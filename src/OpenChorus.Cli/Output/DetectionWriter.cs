using System.Text.Json;
using System.Text.Json.Nodes;
using OpenChorus.Formats.Detection;

namespace OpenChorus.Cli.Output;

/// <summary>Writes detection results as text, JSON or CSV.</summary>
internal static class DetectionWriter
{
    public static void Write(IReadOnlyList<(string Path, DetectionResult Detection)> results, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                // JSON nodes rather than serialised dictionaries: no reflection, so the native (AOT) build writes it too.
                var rows = new JsonArray();
                foreach (var (path, d) in results)
                {
                    rows.Add((JsonNode)new JsonObject
                    {
                        ["file"] = path,
                        ["kind"] = d.Kind.ToString(),
                        ["profile"] = d.Profile,
                        ["customizationId"] = d.CustomizationId,
                        ["embeddedFile"] = d.EmbeddedFileName,
                        ["reason"] = d.Reason,
                    });
                }

                output.WriteLine(rows.ToJsonString(Indented));
                break;
            case "csv":
                output.WriteLine("file,kind,profile,embedded_file");
                foreach (var (path, d) in results)
                {
                    output.WriteLine(string.Join(',', path, d.Kind, d.Profile ?? "", d.EmbeddedFileName ?? ""));
                }

                break;
            default:
                foreach (var (path, d) in results)
                {
                    var profile = d.Profile is null ? "" : " " + d.Profile;
                    output.WriteLine(path + ": " + d.Kind + profile + " — " + d.Reason);
                }

                break;
        }
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
