using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenChorus.Web.Features.Api.Wire;

/// <summary>
/// JSON as Chorus Pro clients write it, read tolerantly (README §2, §9): names in any case, unknown fields ignored,
/// numbers in strings and strings as numbers, <c>null</c>, <c>""</c> and <c>0</c> everywhere, an object or array where a
/// scalar is expected read as nothing, dates as <c>yyyy-MM-dd</c> or ISO date-times. Answers are camelCase without nulls.
/// Request types declare their fields nullable.
/// </summary>
public static class CproJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.Converters.Add(new LenientString());
        options.Converters.Add(new LenientNumber<int>((ref Utf8JsonReader r) => r.TryGetInt32(out var v) ? v : null, s => int.TryParse(s, out var v) ? v : null));
        options.Converters.Add(new LenientNumber<long>((ref Utf8JsonReader r) => r.TryGetInt64(out var v) ? v : null, s => long.TryParse(s, out var v) ? v : null));
        options.Converters.Add(new LenientNumber<decimal>(
            (ref Utf8JsonReader r) => r.TryGetDecimal(out var v) ? v : null,
            s => decimal.TryParse(s.Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null));
        options.Converters.Add(new LenientBoolean());
        options.Converters.Add(new LenientDate());
        options.Converters.Add(new LenientDateTime());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Skips whatever value the reader is on (an object or array where a scalar was expected).</summary>
    internal static void SkipValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
        }
    }
}
