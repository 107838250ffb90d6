using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dsco.Simulator.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dsco.Simulator.Endpoints;

/// <summary>Invoices: single (sync), small batch (async), get by key, change log.</summary>
internal static class InvoiceEndpoints
{
    private static readonly string[] Keys = ["dscoInvoiceId", "invoiceId", "poNumber", "supplierOrderNumber", "consumerOrderNumber", "trackingNumber"];

    public static void Map(IEndpointRouteBuilder app)
    {
        var limits = new[] { RateLimit.PerSecond(15), RateLimit.PerMinute(1000) };
        app.MapPost("/api/v3/invoice", SingleInvoiceAsync).WithMetadata(new DscoOperation("singleInvoice", true, null, limits));
        app.MapGet("/api/v3/invoice", GetInvoice).WithMetadata(new DscoOperation("getInvoiceById", true, null, limits));
        app.MapPost("/api/v3/invoice/batch/small", InvoiceBatchAsync).WithMetadata(new DscoOperation("createInvoiceSmallBatch", true, null));
        app.MapGet("/api/v3/invoice/log", (HttpContext c, SimulatorRuntime s) => ChangeLogEndpoints.Get(c, s, LogKind.Invoice))
            .WithMetadata(new DscoOperation("getInvoiceChangeLog", true, null));
    }

    private static async Task<IResult> SingleInvoiceAsync(HttpContext context, SimulatorRuntime sim)
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
            var errors = sim.State.ApplyInvoice(account, body, apply: true);
            return errors.Count > 0
                ? DscoHttp.Failure(StatusCodes.Status400BadRequest, now, errors)
                : DscoHttp.Json(new JsonObject { ["success"] = true }, StatusCodes.Status201Created);
        }
    }

    private static IResult GetInvoice(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        var key = context.Request.Query["key"].ToString();
        var value = context.Request.Query["value"].ToString();
        if (!Keys.Contains(key))
        {
            return DscoHttp.BadRequest(now, "INVALID_PARAMETER", $"key must be one of {string.Join(", ", Keys)}, got '{key}'.");
        }

        if (string.IsNullOrEmpty(value))
        {
            return DscoHttp.BadRequest(now, "MISSING_PARAMETER", "value is required.");
        }

        var account = context.Account();
        lock (sim.State.Gate)
        {
            return DscoHttp.Json(new JsonObject
            {
                ["invoices"] = new JsonArray(SimulatorState.FindInvoices(account, key, value).Select(i => i.DeepClone()).ToArray()),
            });
        }
    }

    private static async Task<IResult> InvoiceBatchAsync(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        var (items, error) = await DscoHttp.ReadArrayAsync(context, now, "Invoice");
        if (items is null)
        {
            return error!;
        }

        var account = context.Account();
        lock (sim.State.Gate)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var job = sim.State.QueueJob(account, LogKind.Invoice, "createInvoiceSmallBatch", items.Select(i => (i ?? new JsonObject(),
                (Action<Account, LogEntry>)((a, entry) =>
                {
                    var errors = sim.State.ApplyInvoice(a, entry.Payload, apply: true, seen);
                    entry.Status = errors.Count > 0 ? "failure" : "success";
                    entry.Results.AddRange(errors);
                }))));
            return OrderEndpoints.Accepted(job.RequestId, now);
        }
    }
}
