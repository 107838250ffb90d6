using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using Dsco.Plugins.Api.Models;

namespace Dsco.Plugins.Api;

/// <summary>
/// A DSCO call failed: an error status, a response we could not read, a timeout or a network failure after all retries.
/// Carries DSCO's <c>messages[]</c> and <c>requestId</c> when the body had them. Never contains a token, secret or header.
/// </summary>
public class DscoApiException : Exception
{
    /// <summary>Longest raw body kept on the exception.</summary>
    public const int MaxRawBodyLength = 4096;

    /// <summary>Creates the exception; prefer the factory methods inside the client.</summary>
    public DscoApiException(
        string message,
        string operation,
        HttpStatusCode? statusCode = null,
        IReadOnlyList<ApiResponseMessage>? messages = null,
        string? requestId = null,
        string? rawBody = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        Messages = messages ?? Array.Empty<ApiResponseMessage>();
        RequestId = requestId;
        RawBody = rawBody;
    }

    /// <summary>The operation, e.g. <c>POST /order/singleShipment</c>.</summary>
    public string Operation { get; }

    /// <summary>HTTP status, or null when no response came back (timeout, network).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>DSCO's messages (code, severity, description), possibly empty.</summary>
    public IReadOnlyList<ApiResponseMessage> Messages { get; }

    /// <summary>DSCO's requestId from the body, if any.</summary>
    public string? RequestId { get; }

    /// <summary>The response body, truncated to <see cref="MaxRawBodyLength"/> characters.</summary>
    public string? RawBody { get; }

    internal static string Truncate(string? body) =>
        body is null || body.Length <= MaxRawBodyLength ? body ?? string.Empty : body.Remove(MaxRawBodyLength) + "…(truncated)";

    internal static string Describe(string operation, HttpStatusCode? status, IReadOnlyList<ApiResponseMessage> messages, string? requestId, string? rawBody, string? reason = null)
    {
        var text = new StringBuilder("DSCO ").Append(operation).Append(" failed");
        if (status is not null)
        {
            text.Append(" with ").Append((int)status.Value);
        }

        if (!string.IsNullOrEmpty(reason))
        {
            text.Append(" (").Append(reason).Append(')');
        }

        if (messages.Count > 0)
        {
            text.Append(": ").Append(string.Join("; ", messages.Select(m => m.ToString())));
        }
        else if (!string.IsNullOrWhiteSpace(rawBody))
        {
            var snippet = rawBody!.Length > 300 ? rawBody.Remove(300) + "…" : rawBody;
            text.Append(": ").Append(snippet.Replace('\n', ' ').Replace('\r', ' '));
        }

        if (!string.IsNullOrEmpty(requestId))
        {
            text.Append(" (requestId ").Append(requestId).Append(')');
        }

        return text.ToString();
    }
}

/// <summary>
/// A non-idempotent create (single shipment, single invoice, stream create, small batches) may or may not have reached
/// DSCO: the attempt timed out, the connection dropped after sending, or DSCO answered 408/5xx. The client did NOT
/// re-send it. Verify first (read the order's packages, <c>GET /invoice</c>, list streams, the change log) and only then retry.
/// </summary>
public sealed class DscoOutcomeUnknownException : DscoApiException
{
    /// <summary>Creates the exception.</summary>
    public DscoOutcomeUnknownException(string message, string operation, HttpStatusCode? statusCode = null, string? rawBody = null, Exception? innerException = null)
        : base(message, operation, statusCode, rawBody: rawBody, innerException: innerException)
    {
    }
}

/// <summary>
/// DSCO answered 404 to a <c>scrollId</c>: the server-side page cache expired (after five minutes) or the id is unknown.
/// Paging cannot continue; start the search again (e.g. from the last checkpoint).
/// </summary>
public sealed class DscoScrollExpiredException : DscoApiException
{
    /// <summary>Wraps the 404.</summary>
    public DscoScrollExpiredException(DscoApiException notFound)
        : base(
            $"DSCO {notFound?.Operation} scrollId expired or unknown (404); paging must start again from the original query.",
            notFound?.Operation ?? string.Empty,
            notFound?.StatusCode,
            notFound?.Messages,
            notFound?.RequestId,
            notFound?.RawBody,
            notFound)
    {
    }
}
