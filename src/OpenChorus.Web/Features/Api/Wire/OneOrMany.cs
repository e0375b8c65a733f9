using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenChorus.Web.Features.Api.Wire;

/// <summary>
/// A list written as a JSON array or as its one value alone, as clients send them where the Swagger declares an array
/// (<c>"statutCourant": "DEPOSEE"</c>, AIFE's own example) or an object (<c>pieceJointePrincipale</c> as an array,
/// README §9).
/// <list type="bullet">
/// <item>An array: each item read as <typeparamref name="T"/> with <see cref="CproJson"/>'s lenient converters; items
/// that read as nothing (<c>null</c>, <c>""</c>, and for strings an object or an array) are left out, so <c>[]</c>
/// and <c>[""]</c> of strings are an empty list. An item that cannot be a <typeparamref name="T"/> at all (<c>""</c>
/// or a number where an object is expected) makes the JSON unreadable, as anywhere else.</item>
/// <item>A value of <typeparamref name="T"/>'s own kind (a string for strings, an object otherwise): a list of that
/// one item; <c>""</c> alone is nothing.</item>
/// <item>Anything else (<c>null</c>, a number, an object where strings are expected, a string where objects are):
/// nothing.</item>
/// </list>
/// </summary>
public sealed class OneOrMany<T> : JsonConverter<List<T>?>
    where T : class
{
    private static readonly JsonTokenType OneKind = typeof(T) == typeof(string) ? JsonTokenType.String : JsonTokenType.StartObject;

    public override bool HandleNull => true;

    public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (ReadItem(ref reader, options) is { } item)
                {
                    items.Add(item);
                }
            }

            return items;
        }

        if (reader.TokenType == OneKind)
        {
            return ReadItem(ref reader, options) is { } one ? [one] : null;
        }

        CproJson.SkipValue(ref reader);
        return null;
    }

    public override void Write(Utf8JsonWriter writer, List<T>? value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value?.ToArray(), options);

    private static T? ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<T>(ref reader, options) is { } item && item is not string { Length: 0 } ? item : null;
}
