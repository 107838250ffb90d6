using System;
using System.Collections.Generic;
using System.Text;

namespace Dsco.Plugins.Api.Internal;

/// <summary>Builds <c>path?key=value&amp;…</c> with every key, value and path segment percent-encoded exactly once.</summary>
internal sealed class QueryString
{
    private readonly StringBuilder _text;
    private bool _hasQuery;

    public QueryString(string path) => _text = new StringBuilder(path);

    /// <summary>Escapes one path segment; a position such as <c>2026-01-01T00:00:00Z/abc</c> keeps its <c>/</c> and <c>:</c> as data.</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    public QueryString Add(string key, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _text.Append(_hasQuery ? '&' : '?').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        _hasQuery = true;
        return this;
    }

    public QueryString Add(string key, DateTimeOffset? value) => value is null ? this : Add(key, DscoJson.FormatDate(value.Value));

    public QueryString Add(string key, bool? value) => value is null ? this : Add(key, value.Value ? "true" : "false");

    public QueryString Add(string key, int? value) =>
        value is null ? this : Add(key, value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Repeats the key for each value (<c>status=a&amp;status=b</c>), as the spec asks.</summary>
    public QueryString AddEach(string key, IEnumerable<string>? values)
    {
        if (values is not null)
        {
            foreach (var value in values)
            {
                Add(key, value);
            }
        }

        return this;
    }

    public override string ToString() => _text.ToString();
}
