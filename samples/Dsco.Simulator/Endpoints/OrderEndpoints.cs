using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dsco.Simulator.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dsco.Simulator.Endpoints;

/// <summary>Order reads, acknowledge and shipments.</summary>
internal static class OrderEndpoints
{
    private static readonly string[] Statuses = ["created", "shipment_pending", "shipped", "cancelled"];

    public static void Map(IEndpointRouteBuilder app)
    {
        var read = new[] { RateLimit.PerSecond(10), RateLimit.PerMinute(500) };
        app.MapGet("/api/v3/order/page", GetOrders).WithMetadata(new DscoOperation("getOrders", true, null, read));
        app.MapGet("/api/v3/order/", GetOrderById).WithMetadata(new DscoOperation("getOrderById", true, null, read));

        // The spec lists only DscoAuth (the static token) for acknowledge; DSCO accepts OAuth access tokens there too,
        // and so does the simulator (the pipeline authenticates both kinds the same way).
        app.MapPost("/api/v3/order/acknowledge", AcknowledgeAsync)
            .WithMetadata(new DscoOperation("acknowledgeOrders", true, null, RateLimit.PerSecond(15), RateLimit.PerMinute(1000)));
        app.MapPost("/api/v3/order/singleShipment", SingleShipmentAsync)
            .WithMetadata(new DscoOperation("singleShipment", true, null, RateLimit.PerSecond(15), RateLimit.PerMinute(300)));
        app.MapPost("/api/v3/order/shipment/batch/small", ShipmentBatchAsync)
            .WithMetadata(new DscoOperation("createShipmentSmallBatch", true, null));
        app.MapGet("/api/v3/order/log", (HttpContext c, SimulatorRuntime s) => ChangeLogEndpoints.Get(c, s, LogKind.Order))
            .WithMetadata(new DscoOperation("getOrderChangeLog", true, null));
    }

    private static IResult GetOrders(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        var account = context.Account();
        var query = context.Request.Query;
        var scrollId = query["scrollId"].ToString();
        if (!string.IsNullOrEmpty(scrollId))
        {
            // With a scrollId every other parameter is ignored.
            lock (sim.State.Gate)
            {
                var page = sim.State.NextPage(account.SupplierId, "orders", scrollId);
                return page is null
                    ? DscoHttp.NotFound(now, $"scrollId '{scrollId}' is unknown, finished or expired (pages are kept for 5 minutes).")
                    : DscoHttp.Json(new JsonObject { ["orders"] = new JsonArray(page.ToArray()), ["scrollId"] = scrollId });
            }
        }

        var statuses = query["status"].Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList();
        var badStatus = statuses.FirstOrDefault(s => !Statuses.Contains(s));
        if (badStatus is not null)
        {
            return DscoHttp.BadRequest(now, "INVALID_PARAMETER", $"status '{badStatus}' is not one of {string.Join(", ", Statuses)}.");
        }

        if (!DscoHttp.TryGetBool(query, "includeTestOrders", out var includeTest, out var error, now) ||
            !DscoHttp.TryGetBool(query, "returnedOnly", out var returnedOnly, out error, now))
        {
            return error!;
        }

        var pageSize = 1000;
        var perPage = query["ordersPerPage"].ToString();
        if (!string.IsNullOrEmpty(perPage))
        {
            if (!decimal.TryParse(perPage, NumberStyles.Number, CultureInfo.InvariantCulture, out var size) || size != decimal.Truncate(size) || size < 10 || size > 1000)
            {
                return DscoHttp.BadRequest(now, "INVALID_PARAMETER", $"ordersPerPage must be an integer from 10 to 1000, got '{perPage}'.");
            }

            pageSize = (int)size;
        }

        var consumerOrderNumber = query["consumerOrderNumber"].ToString();
        Func<JsonObject, bool> filter;
        Func<JsonObject, DateTimeOffset> sortKey;
        if (!string.IsNullOrEmpty(consumerOrderNumber))
        {
            filter = o => DscoHttp.Str(o, "consumerOrderNumber") == consumerOrderNumber;
            sortKey = o => SimulatorState.DateOf(o, "dscoCreateDate");
        }
        else
        {
            var createdText = query["ordersCreatedSince"].ToString();
            var updatedText = query["ordersUpdatedSince"].ToString();
            var untilText = query["until"].ToString();
            if (string.IsNullOrEmpty(createdText) && string.IsNullOrEmpty(updatedText))
            {
                return DscoHttp.BadRequest(now, "MISSING_PARAMETER", "Give scrollId, consumerOrderNumber, or ordersCreatedSince/ordersUpdatedSince with until.");
            }

            DateTimeOffset? created = null, updated = null;
            if (!string.IsNullOrEmpty(createdText))
            {
                if (!DscoHttp.TryParseDate(createdText, out var c))
                {
                    return DscoHttp.BadRequest(now, "INVALID_PARAMETER", $"ordersCreatedSince must be an ISO 8601 date-time, got '{createdText}'.");
                }

                created = c;
            }

            if (!string.IsNullOrEmpty(updatedText))
            {
                if (!DscoHttp.TryParseDate(updatedText, out var u))
                {
                    return DscoHttp.BadRequest(now, "INVALID_PARAMETER", $"ordersUpdatedSince must be an ISO 8601 date-time, got '{updatedText}'.");
                }

                updated = u;
            }

            if (string.IsNullOrEmpty(untilText))
            {
                return DscoHttp.BadRequest(now, "MISSING_PARAMETER", "until is required for a date search.");
            }

            if (!DscoHttp.TryParseDate(untilText, out var until))
            {
                return DscoHttp.BadRequest(now, "INVALID_PARAMETER", $"until must be an ISO 8601 date-time, got '{untilText}'.");
            }

            if (until > now - TimeSpan.FromSeconds(5))
            {
                return DscoHttp.BadRequest(now, "INVALID_PARAMETER",
                    $"until must be at least 5 seconds in the past; got {DscoHttp.Iso(until)} while the server time is {DscoHttp.Iso(now)}.");
            }

            // ordersCreatedSince is inclusive and ordersUpdatedSince exclusive (spec); until closes each window the
            // matching way, so consecutive windows [since, until) / (since, until] neither overlap nor leave gaps.
            filter = o =>
                (created is null || (SimulatorState.DateOf(o, "dscoCreateDate") >= created && SimulatorState.DateOf(o, "dscoCreateDate") < until)) &&
                (updated is null || (SimulatorState.DateOf(o, "dscoLastUpdate") > updated && SimulatorState.DateOf(o, "dscoLastUpdate") <= until));
            sortKey = o => SimulatorState.DateOf(o, created is not null ? "dscoCreateDate" : "dscoLastUpdate");
        }

        lock (sim.State.Gate)
        {
            var matches = account.Orders
                .Where(filter)
                .Where(o => statuses.Count == 0 || statuses.Contains(DscoHttp.Str(o, "dscoStatus") ?? ""))
                .Where(o => includeTest == true || !DscoHttp.IsTrue(o, "testFlag"))
                .Where(o => returnedOnly is null || IsReturned(o) == returnedOnly)
                .OrderBy(sortKey).ThenBy(o => DscoHttp.Str(o, "dscoOrderId"), StringComparer.Ordinal)
                .Select(o => o.DeepClone())
                .ToList();
            if (matches.Count == 0)
            {
                return DscoHttp.Json(new JsonObject { ["orders"] = new JsonArray() });
            }

            var scroll = sim.State.OpenScroll(account.SupplierId, "orders", matches, pageSize);
            var first = sim.State.NextPage(account.SupplierId, "orders", scroll)!;
            return DscoHttp.Json(new JsonObject { ["orders"] = new JsonArray(first.ToArray()), ["scrollId"] = scroll });
        }
    }

    private static bool IsReturned(JsonObject order) =>
        order["packages"] is JsonArray packages && packages.Any(p => DscoHttp.IsTrue(p, "returnedFlag"));

    private static IResult GetOrderById(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        if (!(context.Request.Path.Value ?? "").EndsWith('/'))
        {
            return DscoHttp.NotFound(now, "No such API: Get Order by ID is GET /order/ with a trailing slash.");
        }

        var query = context.Request.Query;
        var key = query["orderKey"].ToString();
        var value = query["value"].ToString();
        if (key is not ("dscoOrderId" or "poNumber" or "supplierOrderNumber"))
        {
            return DscoHttp.BadRequest(now, "INVALID_PARAMETER", $"orderKey must be dscoOrderId, poNumber or supplierOrderNumber, got '{key}'.");
        }

        if (string.IsNullOrEmpty(value))
        {
            return DscoHttp.BadRequest(now, "MISSING_PARAMETER", "value is required.");
        }

        if (!DscoHttp.TryGetBool(query, "returnMultiple", out var multiple, out var error, now))
        {
            return error!;
        }

        var account = context.Account();
        lock (sim.State.Gate)
        {
            var matches = account.Orders.Where(o => DscoHttp.Str(o, key) == value).Select(o => o.DeepClone()).ToList();
            if (matches.Count == 0)
            {
                return DscoHttp.NotFound(now, $"No order with {key} '{value}' exists for supplier {account.SupplierId}.");
            }

            return DscoHttp.Json(multiple == true ? new JsonArray(matches.ToArray()) : matches[0]);
        }
    }

    private static async Task<IResult> AcknowledgeAsync(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        var (items, error) = await DscoHttp.ReadArrayAsync(context, now, "{id, type, supplierOrderNumber}");
        if (items is null)
        {
            return error!;
        }

        var account = context.Account();
        lock (sim.State.Gate)
        {
            var job = sim.State.QueueJob(account, LogKind.Order, "acknowledgeOrders",
                items.Select(i => (i ?? new JsonObject(), (Action<Account, LogEntry>)sim.State.ProcessAcknowledge)));
            return Accepted(job.RequestId, now);
        }
    }

    internal static IResult Accepted(string requestId, DateTimeOffset now) => DscoHttp.Json(new JsonObject
    {
        ["status"] = "pending",
        ["requestId"] = requestId,
        ["eventDate"] = DscoHttp.Iso(now),
    }, StatusCodes.Status202Accepted);

    private static async Task<IResult> SingleShipmentAsync(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        var (body, error) = await DscoHttp.ReadJsonAsync(context, now);
        if (error is not null)
        {
            return error;
        }

        var account = context.Account();
        lock (sim.State.Gate)
        {
            var errors = sim.State.ApplyShipments(account, body, "singleShipment", apply: true);
            return errors.Count > 0
                ? DscoHttp.Failure(StatusCodes.Status400BadRequest, now, errors)
                : DscoHttp.Json(new JsonObject { ["success"] = true }, StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> ShipmentBatchAsync(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        var (items, error) = await DscoHttp.ReadArrayAsync(context, now, "ShipmentsForUpdate");
        if (items is null)
        {
            return error!;
        }

        var account = context.Account();
        lock (sim.State.Gate)
        {
            var job = sim.State.QueueJob(account, LogKind.Order, "createShipmentSmallBatch", items.Select(i => (i ?? new JsonObject(),
                (Action<Account, LogEntry>)((a, entry) =>
                {
                    var errors = sim.State.ApplyShipments(a, entry.Payload, "createShipmentSmallBatch", apply: true);
                    entry.Status = errors.Count > 0 ? "failure" : "success";
                    entry.Results.AddRange(errors);
                }))));
            return Accepted(job.RequestId, now);
        }
    }
}
