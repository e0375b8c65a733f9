using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>A list read from an array, from a single object (one item), or from nothing (null, "", a number).</summary>
internal sealed class OneOrMany<T> : JsonConverter<List<T>?>
    where T : class
{
    public override bool HandleNull => true;

    public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                return JsonSerializer.Deserialize<List<T?>>(ref reader, options)?.OfType<T>().ToList();
            case JsonTokenType.StartObject:
                return JsonSerializer.Deserialize<T>(ref reader, options) is { } one ? [one] : null;
            default:
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, List<T>? value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
