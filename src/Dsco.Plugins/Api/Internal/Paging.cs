using System;
using System.Collections.Generic;
using System.Net;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Dsco.Plugins.Api.Internal;

internal static class Paging
{
    /// <summary>
    /// Pages with a scrollId until an empty page or a page without scrollId. The scrollId does not change between pages,
    /// so an unchanged value does not mean the end.
    /// </summary>
    public static async IAsyncEnumerable<TPage> PagesAsync<TPage>(
        Func<string?, CancellationToken, Task<TPage>> fetch,
        Func<TPage, int> count,
        Func<TPage, string?> scrollIdOf,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? scrollId = null;
        while (true)
        {
            var page = await fetch(scrollId, cancellationToken).ConfigureAwait(false);
            var items = count(page);
            if (items > 0)
            {
                yield return page;
            }

            scrollId = scrollIdOf(page);
            if (items == 0 || string.IsNullOrEmpty(scrollId))
            {
                yield break;
            }
        }
    }

    /// <summary>A 404 on a scrollId means the page cache expired.</summary>
    public static async Task<T> WithScrollExpiryAsync<T>(string? scrollId, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (DscoApiException ex) when (scrollId is not null && ex.StatusCode == HttpStatusCode.NotFound && ex is not DscoScrollExpiredException)
        {
            throw new DscoScrollExpiredException(ex);
        }
    }

    public static string ChangeLogPath(string path, Models.ChangeLogRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var query = new QueryString(path);
        if (!string.IsNullOrEmpty(request.ScrollId))
        {
            return query.Add("scrollId", request.ScrollId).ToString();
        }

        if (string.IsNullOrEmpty(request.RequestId) && (request.StartDate is null || request.EndDate is null))
        {
            throw new ArgumentException(
                $"A change-log query ({path}) needs a ScrollId, a RequestId, or both StartDate and EndDate; got StartDate={request.StartDate?.ToString("o") ?? "null"}, EndDate={request.EndDate?.ToString("o") ?? "null"}.",
                nameof(request));
        }

        if (request.StartDate is not null && request.EndDate is not null && request.EndDate <= request.StartDate)
        {
            throw new ArgumentException($"ChangeLogRequest.EndDate ({request.EndDate:o}) must be after StartDate ({request.StartDate:o}); EndDate is exclusive.", nameof(request));
        }

        return query
            .Add("requestId", request.RequestId)
            .Add("startDate", request.StartDate)
            .Add("endDate", request.EndDate)
            .Add("status", request.Status)
            .ToString();
    }
}
