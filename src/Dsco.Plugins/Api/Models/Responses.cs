using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Dsco.Plugins.Api.Models;

/// <summary>A DSCO message (spec <c>ApiResponseMessage</c>): used for errors, warnings and change-log results.</summary>
public sealed class ApiResponseMessage
{
    /// <summary>What happened, e.g. <c>MISSING_FIELD</c>.</summary>
    [JsonProperty("code")] public string? Code { get; set; }
    /// <summary><c>info</c>, <c>warn</c> or <c>error</c>.</summary>
    [JsonProperty("severity")] public string? Severity { get; set; }
    /// <summary>The description as sent: DSCO allows a string, an object or a string array.</summary>
    [JsonProperty("description")] public JToken? Description { get; set; }

    /// <summary>The description flattened to text: a string as is, an array joined with "; ", an object as compact JSON.</summary>
    [JsonIgnore]
    public string? DescriptionText => Description switch
    {
        null => null,
        JValue { Type: JTokenType.Null } => null,
        JValue value => Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture),
        JArray array => string.Join("; ", array.Select(t => t.Type == JTokenType.String ? (string?)t : t.ToString(Formatting.None))),
        _ => Description.ToString(Formatting.None),
    };

    /// <summary>"[severity] code description", as used in exception messages.</summary>
    public override string ToString()
    {
        var text = DescriptionText;
        var severity = string.IsNullOrEmpty(Severity) ? string.Empty : "[" + Severity + "] ";
        return severity + (Code ?? "(no code)") + (string.IsNullOrEmpty(text) ? string.Empty : " " + text);
    }
}

/// <summary>Shared shape of <c>AsyncUpdateResponse</c> and <c>SyncUpdateResponse</c>.</summary>
public abstract class UpdateResponseBase
{
    /// <summary><c>success</c>, <c>failure</c> or <c>pending</c> (normally <c>pending</c>).</summary>
    [JsonProperty("status")] public string? Status { get; set; }
    /// <summary>Pass to the change-log API to read the per-item outcome.</summary>
    [JsonProperty("requestId")] public string? RequestId { get; set; }
    /// <summary>When DSCO received the request.</summary>
    [JsonProperty("eventDate")] public DateTimeOffset? EventDate { get; set; }
    /// <summary>Messages, if any.</summary>
    [JsonProperty("messages")] public IList<ApiResponseMessage>? Messages { get; set; }
}

/// <summary>202 answer of the async small-batch endpoints (spec <c>AsyncUpdateResponse</c>).</summary>
public sealed class AsyncUpdateResponse : UpdateResponseBase
{
}

/// <summary>202 answer of <c>POST /order/acknowledge</c> (spec <c>SyncUpdateResponse</c>; still confirm through <c>/order/log</c>).</summary>
public sealed class SyncUpdateResponse : UpdateResponseBase
{
}

/// <summary>
/// 201 answer of singleShipment, POST /invoice and inventory singleItem (spec <c>SuccessFailResponse</c> <c>*a2</c>). The
/// spec declares <c>success</c> but requires <c>status</c>, so both are read; the HTTP status is what counts.
/// </summary>
public sealed class SuccessFailResponse
{
    /// <summary>Declared boolean.</summary>
    [JsonProperty("success")] public bool? Success { get; set; }
    /// <summary>Required-but-undeclared status.</summary>
    [JsonProperty("status")] public string? Status { get; set; }
    /// <summary>Messages DSCO may add.</summary>
    [JsonProperty("messages")] public IList<ApiResponseMessage>? Messages { get; set; }
}

/// <summary>200 answer of the stream position update (the other <c>SuccessFailResponse</c>, <c>*a80</c>).</summary>
public sealed class StreamPositionResponse
{
    /// <summary><c>success</c> or <c>failure</c>.</summary>
    [JsonProperty("status")] public string? Status { get; set; }
}

/// <summary>200 answer of <c>POST /inventory/batch/large</c>.</summary>
public sealed class LargeBatchUpdateResponse
{
    /// <summary><c>success</c> or <c>failure</c>.</summary>
    [JsonProperty("status")] public string? Status { get; set; }
    /// <summary>Pass to <c>/inventory/log</c>.</summary>
    [JsonProperty("requestId")] public string? RequestId { get; set; }
    /// <summary>When DSCO received the request.</summary>
    [JsonProperty("eventDate")] public DateTimeOffset? EventDate { get; set; }
    /// <summary>Where to PUT the JSON Lines file.</summary>
    [JsonProperty("dataUrl")] public string? DataUrl { get; set; }
    /// <summary>Messages.</summary>
    [JsonProperty("messages")] public IList<ApiResponseMessage>? Messages { get; set; }
}

/// <summary>200 answer of <c>POST /oauth2/token</c>.</summary>
public sealed class AccessTokenResponse
{
    /// <summary>The access token. Never log it.</summary>
    [JsonProperty("access_token")] public string? AccessToken { get; set; }
    /// <summary>Always <c>Bearer</c> today.</summary>
    [JsonProperty("token_type")] public string? TokenType { get; set; }
    /// <summary>Lifetime in seconds (3600 today).</summary>
    [JsonProperty("expires_in")] public long? ExpiresIn { get; set; }
    /// <summary>Unused today.</summary>
    [JsonProperty("scope")] public string? Scope { get; set; }

    /// <summary>Does not reveal the token.</summary>
    public override string ToString() => $"AccessTokenResponse(token_type={TokenType}, expires_in={ExpiresIn})";
}

/// <summary>Answer of <c>GET /hello</c>.</summary>
public sealed class HelloResponse
{
    /// <summary><c>World!</c>.</summary>
    [JsonProperty("hello")] public string? Hello { get; set; }
}
