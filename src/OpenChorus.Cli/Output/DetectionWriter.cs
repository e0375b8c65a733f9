using System.Text.Json;
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
                var rows = results.Select(r => new Dictionary<string, string?>
                {
                    ["file"] = r.Path,
                    ["kind"] = r.Detection.Kind.ToString(),
                    ["profile"] = r.Detection.Profile,
                    ["customizationId"] = r.Detection.CustomizationId,
                    ["embeddedFile"] = r.Detection.EmbeddedFileName,
                    ["reason"] = r.Detection.Reason,
                });
                output.WriteLine(JsonSerializer.Serialize(rows, Indented));
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
