using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Dsco.Plugins.Api.Internal;

/// <summary>The one JSON configuration used for every DSCO body: spec names come from [JsonProperty].</summary>
internal static class DscoJson
{
    public static readonly JsonSerializerSettings Settings = CreateSettings();

    public static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static JsonSerializerSettings CreateSettings()
    {
        var settings = new JsonSerializerSettings
        {
            // Optional members are left out rather than sent as null.
            NullValueHandling = NullValueHandling.Ignore,
            // DSCO may add attributes at any time.
            MissingMemberHandling = MissingMemberHandling.Ignore,
            DateParseHandling = DateParseHandling.DateTimeOffset,
            FloatParseHandling = FloatParseHandling.Decimal,
            Formatting = Formatting.None,
            Culture = CultureInfo.InvariantCulture,
        };
        settings.Converters.Add(new UtcDateTimeOffsetConverter());
        settings.Converters.Add(new FlexibleIntegerConverter());
        settings.Converters.Add(new NormalizedDecimalConverter());
        return settings;
    }

    public static byte[] SerializeToUtf8(object value)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Utf8NoBom, 16 * 1024, leaveOpen: true))
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.None })
        {
            Serializer.Serialize(json, value);
        }

        return stream.ToArray();
    }

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static T Deserialize<T>(string json) => JsonConvert.DeserializeObject<T>(json, Settings)!;

    /// <summary>ISO 8601 in UTC with a Z, as the spec's examples show.</summary>
    public static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}

/// <summary>Writes dates as UTC ISO 8601 with a Z.</summary>
internal sealed class UtcDateTimeOffsetConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => objectType == typeof(DateTimeOffset) || objectType == typeof(DateTimeOffset?);

    public override bool CanRead => false;

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        throw new NotSupportedException();

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is DateTimeOffset date)
        {
            writer.WriteValue(DscoJson.FormatDate(date));
        }
        else
        {
            writer.WriteNull();
        }
    }
}

/// <summary>
/// Several spec fields are <c>type: number, format: integer</c>, so DSCO may send <c>10.0</c>. Whole numbers in either form
/// are accepted; a fraction is refused instead of being rounded silently. Integers are always written as integers.
/// </summary>
internal sealed class FlexibleIntegerConverter : JsonConverter
{
    public override bool CanWrite => false;

    public override bool CanConvert(Type objectType) =>
        objectType == typeof(int) || objectType == typeof(int?) || objectType == typeof(long) || objectType == typeof(long?);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var nullable = Nullable.GetUnderlyingType(objectType) is not null;
        var isLong = objectType == typeof(long) || objectType == typeof(long?);
        decimal number;
        switch (reader.TokenType)
        {
            case JsonToken.Null:
                if (nullable)
                {
                    return null;
                }

                throw new JsonSerializationException($"Expected a whole number at '{reader.Path}' but found null.");
            case JsonToken.Integer:
            case JsonToken.Float:
                number = Convert.ToDecimal(reader.Value, CultureInfo.InvariantCulture);
                break;
            case JsonToken.String when decimal.TryParse((string?)reader.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed):
                number = parsed;
                break;
            default:
                throw new JsonSerializationException($"Expected a whole number at '{reader.Path}' but found {reader.TokenType} '{reader.Value}'.");
        }

        if (decimal.Truncate(number) != number)
        {
            throw new JsonSerializationException($"Expected a whole number at '{reader.Path}' but found {number.ToString(CultureInfo.InvariantCulture)}.");
        }

        try
        {
            return isLong ? (object)decimal.ToInt64(number) : decimal.ToInt32(number);
        }
        catch (OverflowException)
        {
            throw new JsonSerializationException($"Number {number.ToString(CultureInfo.InvariantCulture)} at '{reader.Path}' is out of range.");
        }
    }
}

/// <summary>Reads a string or a string array into a list (e.g. <c>eventReasons</c>); writes an array.</summary>
internal sealed class SingleOrArrayConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => typeof(IList<string>).IsAssignableFrom(objectType);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var token = JToken.Load(reader);
        return token.Type switch
        {
            JTokenType.Null => null,
            JTokenType.Array => token.ToObject<List<string>>(serializer),
            _ => new List<string> { token.ToString() },
        };
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is IList<string> list)
        {
            serializer.Serialize(writer, new List<string>(list));
        }
        else
        {
            writer.WriteNull();
        }
    }
}

/// <summary>
/// Writes decimals without trailing zeros (<c>10</c>, <c>12.5</c>) instead of Newtonsoft's <c>10.0</c>/<c>12.50</c>: DSCO
/// checks e.g. inventory cost for at most two decimal places, so no zeros are added that the caller did not have.
/// </summary>
internal sealed class NormalizedDecimalConverter : JsonConverter
{
    public override bool CanRead => false;

    public override bool CanConvert(Type objectType) => objectType == typeof(decimal) || objectType == typeof(decimal?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        throw new NotSupportedException();

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is decimal number)
        {
            // Dividing by 1.000… with 28 decimals keeps the value and drops the trailing zeros of its scale.
            var normalized = number / 1.0000000000000000000000000000m;
            writer.WriteRawValue(normalized.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull();
        }
    }
}
