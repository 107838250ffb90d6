using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dsco.Simulator.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dsco.Simulator.Endpoints;

/// <summary>Inventory: single item (sync), small and large batches (async), get by key, change log.</summary>
internal static class InventoryEndpoints
{
    internal const string UploadPrefix = "/api/v3/_uploads/inventory/";
    private static readonly string[] ItemKeys = ["dscoItemId", "sku", "partnerSku", "upc", "ean", "mpn", "isbn", "gtin"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v3/inventory/singleItem", SingleItemAsync)
            .WithMetadata(new DscoOperation("singleItem", true, null, RateLimit.PerSecond(5), RateLimit.PerMinute(300)));
        app.MapGet("/api/v3/inventory", GetInventory)
            .WithMetadata(new DscoOperation("getInventoryById", true, null, RateLimit.PerSecond(15), RateLimit.PerMinute(300)));
        app.MapPost("/api/v3/inventory/batch/small", SmallBatchAsync).WithMetadata(new DscoOperation("updateInventorySmallBatch", true, null));
        app.MapPost("/api/v3/inventory/batch/large", LargeBatch).WithMetadata(new DscoOperation("updateInventoryLargeBatch", true, null));
        app.MapGet("/api/v3/inventory/log", (HttpContext c, SimulatorRuntime s) => ChangeLogEndpoints.Get(c, s, LogKind.Inventory))
            .WithMetadata(new DscoOperation("getInventoryChangeLog", true, null));

        // Stands in for the pre-signed upload URL DSCO hands out: the signature in the URL is the credential,
        // an Authorization header is neither needed nor checked. Up to 2 GB of JSON Lines.
        app.MapPut(UploadPrefix + "{requestId}", UploadAsync)
            .WithMetadata(new DscoOperation("simulatorLargeBatchUpload", false, 2L * 1024 * 1024 * 1024));
    }

    private static async Task<IResult> SingleItemAsync(HttpContext context, SimulatorRuntime sim)
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
            var messages = sim.State.ApplyInventory(account, body, apply: true);
            return messages.Any(m => m.Severity == "error")
                ? DscoHttp.Failure(StatusCodes.Status400BadRequest, now, messages)
                : DscoHttp.Json(new JsonObject { ["success"] = true }, StatusCodes.Status201Created);
        }
    }

    private static IResult GetInventory(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        var key = context.Request.Query["itemKey"].ToString();
        var value = context.Request.Query["value"].ToString();
        if (!ItemKeys.Contains(key))
        {
            return DscoHttp.BadRequest(now, "INVALID_PARAMETER", $"itemKey must be one of {string.Join(", ", ItemKeys)}, got '{key}'.");
        }

        if (string.IsNullOrEmpty(value))
        {
            return DscoHttp.BadRequest(now, "MISSING_PARAMETER", "value is required.");
        }

        var account = context.Account();
        lock (sim.State.Gate)
        {
            var record = account.Inventory.Values.FirstOrDefault(r => key switch
            {
                "sku" => r.Item.Sku == value,
                "dscoItemId" => r.Item.DscoItemId == value,
                "upc" => r.Item.Upc == value,
                "partnerSku" => r.Item.PartnerSku == value,
                _ => DscoHttp.Str(r.Document, key) == value,
            });
            return record is null
                ? DscoHttp.NotFound(now, $"No inventory with {key} '{value}' exists for supplier {account.SupplierId}.")
                : DscoHttp.Json(record.Document.DeepClone());
        }
    }

    private static async Task<IResult> SmallBatchAsync(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        if (!DscoHttp.TryGetBool(context.Request.Query, "skipItemsThatDontExist", out var skip, out var queryError, now))
        {
            return queryError!;
        }

        var (items, error) = await DscoHttp.ReadArrayAsync(context, now, "ItemInventory");
        if (items is null)
        {
            return error!;
        }

        var account = context.Account();
        lock (sim.State.Gate)
        {
            var job = sim.State.QueueJob(account, LogKind.Inventory, "updateInventorySmallBatch", Items(sim, account, items, skip == true));
            return OrderEndpoints.Accepted(job.RequestId, now);
        }
    }

    /// <summary>
    /// The work items of a batch. With skipItemsThatDontExist, items unknown to the catalog are filtered out before
    /// processing and so leave no change-log entry (the spec: "filtered out, and not passed along for processing").
    /// </summary>
    private static List<(JsonNode, Action<Account, LogEntry>)> Items(SimulatorRuntime sim, Account account, IEnumerable<JsonNode?> items, bool skipUnknown) =>
        items.Select(i => i ?? new JsonObject())
            .Where(i => !skipUnknown || SimulatorState.IsKnownItem(account, i))
            .Select(i => ((JsonNode)i, (Action<Account, LogEntry>)((a, entry) =>
            {
                var messages = sim.State.ApplyInventory(a, entry.Payload, apply: true);
                entry.Status = messages.Any(m => m.Severity == "error") ? "failure" : "success";
                entry.Results.AddRange(messages);
            })))
            .ToList();

    private static IResult LargeBatch(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        if (!DscoHttp.TryGetBool(context.Request.Query, "skipItemsThatDontExist", out var skip, out var queryError, now))
        {
            return queryError!;
        }

        var account = context.Account();
        lock (sim.State.Gate)
        {
            var job = sim.State.QueueJob(account, LogKind.Inventory, "updateInventoryLargeBatch", [], ready: false);
            var signature = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            account.Uploads[job.RequestId] = new LargeUpload { RequestId = job.RequestId, Signature = signature, SkipItemsThatDontExist = skip == true };
            var request = context.Request;
            var dataUrl = $"{request.Scheme}://{request.Host}{UploadPrefix}{job.RequestId}?account={Uri.EscapeDataString(account.SupplierId)}&signature={signature}";
            return DscoHttp.Json(new JsonObject
            {
                ["status"] = "success",
                ["requestId"] = job.RequestId,
                ["eventDate"] = DscoHttp.Iso(now),
                ["dataUrl"] = dataUrl,
            });
        }
    }

    private static async Task<IResult> UploadAsync(HttpContext context, SimulatorRuntime sim, string requestId)
    {
        var now = sim.Now;
        var supplierId = context.Request.Query["account"].ToString();
        var signature = context.Request.Query["signature"].ToString();
        var text = await DscoHttp.ReadTextAsync(context.Request.Body);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        lock (sim.State.Gate)
        {
            var account = sim.State.Accounts.FirstOrDefault(a => a.SupplierId == supplierId);
            if (account is null || !account.Uploads.TryGetValue(requestId, out var upload) ||
                !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(upload.Signature), Encoding.UTF8.GetBytes(signature)))
            {
                return DscoHttp.Failure(StatusCodes.Status403Forbidden, now, SimMessage.Error("INVALID_SIGNATURE", "The upload URL is unknown or its signature does not match."));
            }

            if (upload.ContentHash is not null)
            {
                // A repeated PUT of the same file (a retry) is accepted once; a different file for the same batch is not.
                return upload.ContentHash == hash
                    ? Results.Ok()
                    : DscoHttp.Failure(StatusCodes.Status409Conflict, now, SimMessage.Error("ALREADY_UPLOADED",
                        $"Batch {requestId} already received its data; start a new large batch for different data."));
            }

            upload.ContentHash = hash;
            var job = account.Jobs[requestId];
            var items = new List<(JsonNode, Action<Account, LogEntry>)>();
            var lineNumber = 0;
            var good = new List<JsonNode?>();
            foreach (var line in text.Split('\n'))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    good.Add(JsonNode.Parse(line));
                }
                catch (JsonException ex)
                {
                    var number = lineNumber;
                    items.Add((JsonValue.Create(line.TrimEnd('\r')), (_, entry) =>
                    {
                        entry.Status = "failure";
                        entry.Results.Add(SimMessage.Error("INVALID_JSON", string.Create(CultureInfo.InvariantCulture, $"Line {number} is not a JSON object: {ex.Message}")));
                    }));
                }
            }

            items.AddRange(Items(sim, account, good, upload.SkipItemsThatDontExist));
            sim.State.AddJobItems(account, job, "updateInventoryLargeBatch", items);
            job.DueAt = now + sim.Options.AsyncProcessingDelay;
            job.Ready = true;
            sim.State.ProcessDueJobs();
            return Results.Ok();
        }
    }
}
