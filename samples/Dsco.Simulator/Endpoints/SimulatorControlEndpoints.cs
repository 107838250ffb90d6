using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dsco.Simulator.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dsco.Simulator.Endpoints;

/// <summary>
/// Endpoints under <c>/_simulator</c>. They are not DSCO: they let someone running the simulator standalone look at
/// its state and steer it the way tests do in process (faults, fixture orders, order status changes).
/// </summary>
internal static class SimulatorControlEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/_simulator/state", (SimulatorRuntime sim) => DscoHttp.Json(sim.State.ToJson()));
        app.MapPost("/_simulator/faults", FaultsAsync);
        app.MapPost("/_simulator/orders", AddOrderAsync);
        app.MapPost("/_simulator/orders/{dscoOrderId}/status/{status}", (SimulatorRuntime sim, string dscoOrderId, string status) =>
        {
            try
            {
                sim.State.SetOrderStatus(dscoOrderId, status);
                return DscoHttp.Json(new JsonObject { ["dscoOrderId"] = dscoOrderId, ["dscoStatus"] = status });
            }
            catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException)
            {
                return DscoHttp.BadRequest(sim.Now, "INVALID_REQUEST", ex.Message);
            }
        });
    }

    /// <summary>
    /// Body (every member optional): <c>{"clear":true, "latencyMs":200, "errorRate":0.1, "seed":7,
    /// "force429":{"count":3,"retryAfterSeconds":2,"path":"/order/page"}, "forceStatus":{"count":1,"statusCode":503},
    /// "drop":{"count":1,"timing":"AfterProcessing","path":"/order/acknowledge"}, "expireTokens":true, "revokeTokens":true}</c>.
    /// </summary>
    private static async Task<IResult> FaultsAsync(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        var (body, error) = await DscoHttp.ReadJsonAsync(context, now);
        if (error is not null)
        {
            return error;
        }

        var faults = sim.Faults;
        var applied = new JsonArray();
        try
        {
            if (DscoHttp.IsTrue(body, "clear"))
            {
                faults.Clear();
                applied.Add("clear");
            }

            if (DscoHttp.Num(body, "latencyMs") is { } latency)
            {
                faults.Latency = TimeSpan.FromMilliseconds((double)latency);
                applied.Add("latencyMs");
            }

            if (DscoHttp.Num(body, "seed") is { } seed)
            {
                faults.Reseed((int)seed);
                applied.Add("seed");
            }

            if (DscoHttp.Num(body, "errorRate") is { } rate)
            {
                faults.ErrorRate = (double)rate;
                applied.Add("errorRate");
            }

            if (body?["force429"] is JsonObject force429)
            {
                faults.Force429((int)(DscoHttp.Num(force429, "count") ?? 1), (int)(DscoHttp.Num(force429, "retryAfterSeconds") ?? 1), DscoHttp.Str(force429, "path"));
                applied.Add("force429");
            }

            if (body?["forceStatus"] is JsonObject forceStatus)
            {
                faults.ForceStatus((int)(DscoHttp.Num(forceStatus, "count") ?? 1), (int)(DscoHttp.Num(forceStatus, "statusCode") ?? 500), DscoHttp.Str(forceStatus, "path"));
                applied.Add("forceStatus");
            }

            if (body?["drop"] is JsonObject drop)
            {
                var timingText = DscoHttp.Str(drop, "timing") ?? nameof(DropTiming.BeforeProcessing);
                if (!Enum.TryParse<DropTiming>(timingText, ignoreCase: true, out var timing))
                {
                    return DscoHttp.BadRequest(now, "INVALID_REQUEST", $"drop.timing must be BeforeProcessing or AfterProcessing, got '{timingText}'.");
                }

                faults.DropConnections((int)(DscoHttp.Num(drop, "count") ?? 1), timing, DscoHttp.Str(drop, "path"));
                applied.Add("drop");
            }

            if (DscoHttp.IsTrue(body, "expireTokens"))
            {
                sim.State.ExpireAllAccessTokens();
                applied.Add("expireTokens");
            }

            if (DscoHttp.IsTrue(body, "revokeTokens"))
            {
                sim.State.RevokeAllAccessTokens();
                applied.Add("revokeTokens");
            }
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return DscoHttp.BadRequest(now, "INVALID_REQUEST", ex.Message);
        }

        return DscoHttp.Json(new JsonObject { ["applied"] = applied });
    }

    private static async Task<IResult> AddOrderAsync(HttpContext context, SimulatorRuntime sim)
    {
        var now = sim.Now;
        var (body, error) = await DscoHttp.ReadJsonAsync(context, now);
        if (error is not null)
        {
            return error;
        }

        if (body is not JsonObject order)
        {
            return DscoHttp.BadRequest(now, "INVALID_BODY", "The body must be an Order object.");
        }

        try
        {
            var supplierId = context.Request.Query["supplierId"].ToString();
            var id = sim.State.AddOrder(order, string.IsNullOrEmpty(supplierId) ? null : supplierId);
            return DscoHttp.Json(new JsonObject { ["dscoOrderId"] = id }, StatusCodes.Status201Created);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            return DscoHttp.BadRequest(now, "INVALID_ORDER", ex.Message);
        }
    }
}
