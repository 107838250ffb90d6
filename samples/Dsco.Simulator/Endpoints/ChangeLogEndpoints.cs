using System;
using System.Linq;
using System.Text.Json.Nodes;
using Dsco.Simulator.Internal;
using Microsoft.AspNetCore.Http;

namespace Dsco.Simulator.Endpoints;

/// <summary>The three change logs (<c>/order/log</c>, <c>/invoice/log</c>, <c>/inventory/log</c>) share parameters and shape.</summary>
internal static class ChangeLogEndpoints
{
    private const int PageSize = 1000;

    public static IResult Get(HttpContext context, SimulatorRuntime sim, LogKind kind)
    {
        var now = sim.Now;
        var account = context.Account();
        var query = context.Request.Query;
        var scrollKind = "log-" + kind;
        var scrollId = query["scrollId"].ToString();
        if (!string.IsNullOrEmpty(scrollId))
        {
            lock (sim.State.Gate)
            {
                var page = sim.State.NextPage(account.SupplierId, scrollKind, scrollId);
                return page is null
                    ? DscoHttp.NotFound(now, $"scrollId '{scrollId}' is unknown, finished or expired (pages are kept for 5 minutes).")
                    : DscoHttp.Json(new JsonObject { ["logs"] = new JsonArray(page.ToArray()), ["scrollId"] = scrollId });
            }
        }

        var status = query["status"].ToString();
        if (!string.IsNullOrEmpty(status) && status is not ("pending" or "success" or "failure" or "success_or_failure"))
        {
            return DscoHttp.BadRequest(now, "INVALID_PARAMETER", $"status must be pending, success, failure or success_or_failure, got '{status}'.");
        }

        bool StatusMatches(LogEntry e) => string.IsNullOrEmpty(status) || e.Status == status ||
            (status == "success_or_failure" && e.Status is "success" or "failure");

        var requestId = query["requestId"].ToString();
        if (!string.IsNullOrEmpty(requestId))
        {
            lock (sim.State.Gate)
            {
                var response = new JsonObject();
                if (account.Jobs.TryGetValue(requestId, out var job) && job.Kind == kind)
                {
                    response["status"] = job.Completed ? "COMPLETED" : "PROCESSING";
                }

                response["logs"] = new JsonArray(account.Logs.Where(l => l.Kind == kind && l.RequestId == requestId && StatusMatches(l))
                    .Select(l => (JsonNode)SimulatorState.LogJson(l)).ToArray());
                return DscoHttp.Json(response);
            }
        }

        var startText = query["startDate"].ToString();
        var endText = query["endDate"].ToString();
        if (string.IsNullOrEmpty(startText) || string.IsNullOrEmpty(endText))
        {
            return DscoHttp.BadRequest(now, "MISSING_PARAMETER", "Give scrollId, requestId, or both startDate and endDate.");
        }

        if (!DscoHttp.TryParseDate(startText, out var start) || !DscoHttp.TryParseDate(endText, out var end))
        {
            return DscoHttp.BadRequest(now, "INVALID_PARAMETER", $"startDate and endDate must be ISO 8601 date-times, got '{startText}' and '{endText}'.");
        }

        lock (sim.State.Gate)
        {
            // startDate inclusive, endDate exclusive.
            var entries = account.Logs.Where(l => l.Kind == kind && l.DateProcessed >= start && l.DateProcessed < end && StatusMatches(l))
                .Select(l => (JsonNode)SimulatorState.LogJson(l)).ToList();
            if (entries.Count == 0)
            {
                return DscoHttp.Json(new JsonObject { ["logs"] = new JsonArray() });
            }

            var scroll = sim.State.OpenScroll(account.SupplierId, scrollKind, entries, PageSize);
            var first = sim.State.NextPage(account.SupplierId, scrollKind, scroll)!;
            return DscoHttp.Json(new JsonObject { ["logs"] = new JsonArray(first.ToArray()), ["scrollId"] = scroll });
        }
    }
}
