using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>A list of codes written as a JSON array or as one string (AIFE's own example sends
/// <c>"statutCourant": "DEPOSEE"</c> where the Swagger declares an array, README §9); anything else reads as nothing.</summary>
public sealed class StringList : JsonConverter<List<string>?>
{
    public override bool HandleNull => true;

    public override List<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString() is { Length: > 0 } one ? [one] : null;
            case JsonTokenType.StartArray:
                var values = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } value)
                    {
                        values.Add(value);
                    }
                    else if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        reader.Skip();
                    }
                }

                return values;
            case JsonTokenType.StartObject:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, List<string>? value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value?.ToArray(), options);
}
