using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Dsco.Simulator.Internal;

/// <summary>Response and request helpers shared by every endpoint, so all answers use DSCO's shapes.</summary>
internal static class DscoHttp
{
    internal const string IsoFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    // Relaxed escaping keeps URLs and quotes readable ('&' not '\u0026'); the body is always served as application/json.
    private static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString(IsoFormat, CultureInfo.InvariantCulture);

    internal static IResult Json(JsonNode body, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(WriteOptions), "application/json; charset=utf-8", Encoding.UTF8, statusCode);

    /// <summary>DSCO-style failure body: <c>{status:"failure", requestId, eventDate, messages:[…]}</c>.</summary>
    internal static JsonObject FailureBody(DateTimeOffset now, IEnumerable<SimMessage> messages) => new()
    {
        ["status"] = "failure",
        ["requestId"] = NewRequestId(),
        ["eventDate"] = Iso(now),
        ["messages"] = new JsonArray(messages.Select(m => (JsonNode)m.ToJson()).ToArray()),
    };

    internal static IResult Failure(int statusCode, DateTimeOffset now, params SimMessage[] messages) =>
        Json(FailureBody(now, messages), statusCode);

    internal static IResult Failure(int statusCode, DateTimeOffset now, IEnumerable<SimMessage> messages) =>
        Json(FailureBody(now, messages), statusCode);

    internal static IResult BadRequest(DateTimeOffset now, string code, string description) =>
        Failure(StatusCodes.Status400BadRequest, now, SimMessage.Error(code, description));

    internal static IResult NotFound(DateTimeOffset now, string description) =>
        Failure(StatusCodes.Status404NotFound, now, SimMessage.Error("NOT_FOUND", description));

    internal static string NewRequestId() => Guid.NewGuid().ToString("D");

    /// <summary>Reads a JSON body; returns a 400/415 result instead when the body is not JSON.</summary>
    internal static async Task<(JsonNode? Body, IResult? Error)> ReadJsonAsync(HttpContext context, DateTimeOffset now)
    {
        var contentType = context.Request.ContentType;
        if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Failure(StatusCodes.Status415UnsupportedMediaType, now, SimMessage.Error(
                "UNSUPPORTED_MEDIA_TYPE", $"Content-Type must be application/json, got '{contentType ?? "(none)"}'.")));
        }

        try
        {
            var node = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            if (node is null)
            {
                return (null, BadRequest(now, "INVALID_JSON", "The request body is empty or JSON null."));
            }

            return (node, null);
        }
        catch (JsonException ex)
        {
            return (null, BadRequest(now, "INVALID_JSON", $"The request body is not valid JSON: {ex.Message}"));
        }
    }

    /// <summary>
    /// Reads the body of a batch call: a non-empty JSON array of <paramref name="itemName"/>; a 400/415 result otherwise.
    /// </summary>
    internal static async Task<(JsonArray? Items, IResult? Error)> ReadArrayAsync(HttpContext context, DateTimeOffset now, string itemName)
    {
        var (body, error) = await ReadJsonAsync(context, now);
        if (error is not null)
        {
            return (null, error);
        }

        return body is JsonArray items && items.Count > 0
            ? (items, null)
            : (null, BadRequest(now, "INVALID_BODY", $"The body must be a non-empty array of {itemName}."));
    }

    /// <summary>
    /// The path segments of the request exactly as the client sent them, each percent-decoded once.
    /// Kestrel decodes most escapes in <c>Request.Path</c> but leaves <c>%2F</c> encoded, so route values of a stream
    /// position are half-decoded; unescaping those again would decode a literal <c>%25</c> twice.
    /// </summary>
    internal static string[] RawSegments(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var query = raw.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            raw = raw[..query];
        }

        if (Uri.TryCreate(raw, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal))
        {
            raw = absolute.AbsolutePath;
        }

        return raw.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
    }

    internal static bool TryParseDate(string? text, out DateTimeOffset value)
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    internal static bool TryGetBool(IQueryCollection query, string name, out bool? value, out IResult? error, DateTimeOffset now)
    {
        value = null;
        error = null;
        var text = query[name].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (bool.TryParse(text, out var parsed))
        {
            value = parsed;
            return true;
        }

        error = BadRequest(now, "INVALID_PARAMETER", $"Query parameter '{name}' must be true or false, got '{text}'.");
        return false;
    }

    internal static string? Str(JsonNode? node, string name)
    {
        if (node is not JsonObject obj || !obj.TryGetPropertyValue(name, out var value) || value is null)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        };
    }

    /// <summary>Reads a number that may arrive as <c>10</c> or <c>10.0</c>; null when absent or not a number.</summary>
    internal static decimal? Num(JsonNode? node, string name)
    {
        if (node is not JsonObject obj || !obj.TryGetPropertyValue(name, out var value) || value is null ||
            value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        return ToDecimal(value);
    }

    /// <summary>A JSON number as decimal, whatever CLR type backs the node (parsed text, int, double…).</summary>
    internal static decimal ToDecimal(JsonNode value) =>
        decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    internal static bool IsTrue(JsonNode? node, string name) =>
        node is JsonObject obj && obj.TryGetPropertyValue(name, out var value) && value?.GetValueKind() == JsonValueKind.True;

    internal static bool Has(JsonNode? node, string name) =>
        node is JsonObject obj && obj.TryGetPropertyValue(name, out var value) && value is not null;

    internal static string Describe(JsonNode? node, string name) =>
        node is JsonObject obj && obj.TryGetPropertyValue(name, out var value) && value is not null ? value.ToJsonString() : "(missing)";

    internal static async Task<string> ReadTextAsync(Stream body)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}

/// <summary>One DSCO <c>ApiResponseMessage</c> ({code, severity, description}).</summary>
/// <param name="Code">Machine-readable code.</param>
/// <param name="Severity"><c>info</c>, <c>warn</c> or <c>error</c>.</param>
/// <param name="Description">Human-readable text naming the field, the value and what was expected.</param>
public sealed record SimMessage(string Code, string Severity, string Description)
{
    internal static SimMessage Error(string code, string description) => new(code, "error", description);

    internal static SimMessage Warn(string code, string description) => new(code, "warn", description);

    internal static SimMessage Info(string code, string description) => new(code, "info", description);

    internal JsonObject ToJson() => new() { ["code"] = Code, ["severity"] = Severity, ["description"] = Description };
}
