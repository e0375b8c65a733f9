using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenChorus.Web.Features.Api.Wire;

/// <summary>A string from a string, a number or a boolean; nothing from an object or an array.</summary>
internal sealed class LenientString : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
            case JsonTokenType.True or JsonTokenType.False:
                return reader.GetBoolean() ? "true" : "false";
            default:
                CproJson.SkipValue(ref reader);
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() ?? "";

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);
}

/// <summary>A nullable number from a number or a numeric string; nothing from "", an unreadable string, an object or an array.</summary>
internal sealed class LenientNumber<T>(LenientNumber<T>.FromNumber fromNumber, Func<string, T?> fromString) : JsonConverter<T?>
    where T : struct
{
    public delegate T? FromNumber(ref Utf8JsonReader reader);

    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return fromNumber(ref reader);
            case JsonTokenType.String:
                return reader.GetString() is { Length: > 0 } text ? fromString(text.Trim()) : null;
            default:
                CproJson.SkipValue(ref reader);
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            JsonSerializer.Serialize(writer, v, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>A nullable boolean from true/false, "true"/"false", "OUI"/"NON", 1/0.</summary>
internal sealed class LenientBoolean : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True or JsonTokenType.False:
                return reader.GetBoolean();
            case JsonTokenType.Number:
                return reader.TryGetInt32(out var n) ? n != 0 : null;
            case JsonTokenType.String:
                return reader.GetString()?.Trim().ToUpperInvariant() switch
                {
                    "TRUE" or "OUI" or "1" or "O" or "YES" => true,
                    "FALSE" or "NON" or "0" or "N" or "NO" => false,
                    _ => null,
                };
            default:
                CproJson.SkipValue(ref reader);
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteBooleanValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>A date from "2024-10-08", "2024-10-08T11:30:23.463Z" or "2024-10-08T23:59:59" (the calendar date written).</summary>
internal sealed class LenientDate : JsonConverter<DateOnly?>
{
    public override bool HandleNull => true;

    public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            CproJson.SkipValue(ref reader);
            return null;
        }

        var text = reader.GetString()?.Trim();
        return text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    public override void Write(Utf8JsonWriter writer, DateOnly? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteStringValue(CproDates.Date(v));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>A date-time from an ISO string (with or without offset, read as UTC when it has one) or a bare date.</summary>
internal sealed class LenientDateTime : JsonConverter<DateTime?>
{
    public override bool HandleNull => true;

    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            CproJson.SkipValue(ref reader);
            return null;
        }

        var text = reader.GetString()?.Trim();
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;
    }

    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteStringValue(CproDates.Offset(v));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
