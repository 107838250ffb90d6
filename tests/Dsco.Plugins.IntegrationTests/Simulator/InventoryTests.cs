using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Dsco.Plugins.IntegrationTests.Simulator;

public sealed class InventoryTests
{
    private const string Tshirt = """{"sku":"NM-TSHIRT-BLK-M","status":"in-stock","quantityAvailable":23,"warehouses":[{"code":"Lakewood","quantity":18},{"code":"BostonWH","quantity":5}]}""";
    private const string Unknown = """{"sku":"SC-NOT-LISTED","status":"in-stock","quantityAvailable":50,"warehouses":[{"code":"Lakewood","quantity":50}]}""";

    [Fact]
    public async Task SingleItem_KnownSku_IsStored()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, body) = await sim.PostAsync("inventory/singleItem", Tshirt);

        Assert.Equal(201, status);
        Assert.True((bool)body!["success"]!);
        var item = Assert.Single(sim.State.Inventory());
        Assert.Equal("9000001", item.DscoItemId);
        Assert.Equal(23, item.QuantityAvailable);
        Assert.Equal(18, item.Warehouses["Lakewood"]);
        Assert.Equal(5, item.Warehouses["BostonWH"]);
    }

    [Fact]
    public async Task SingleItem_HostSkuWithKnownDscoItemId_IsAccepted()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, _) = await sim.PostAsync("inventory/singleItem",
            """{"sku":"SC-BAG-001","dscoItemId":"9000004","status":"in-stock","quantityAvailable":7,"cost":120.50,"warehouses":[{"code":"Lakewood","quantity":7}]}""");

        Assert.Equal(201, status);
        Assert.Equal("NM-BAG-LEATHER", sim.State.Inventory().Single().Sku);
    }

    [Fact]
    public async Task SingleItem_UnknownSku_Is400ItemNotFound()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, body) = await sim.PostAsync("inventory/singleItem", Unknown);

        Assert.Equal(400, status);
        Assert.Equal("ITEM_NOT_FOUND", (string?)body!["messages"]![0]!["code"]);
        Assert.Contains("item not found", (string?)body["messages"]![0]!["description"], StringComparison.Ordinal);
        Assert.Empty(sim.State.Inventory());
    }

    [Theory]
    [InlineData("""{"sku":"NM-SCARF-SILK","quantityAvailable":1,"warehouses":[{"code":"Lakewood","quantity":1}]}""", "MISSING_STATUS")]
    [InlineData("""{"sku":"NM-SCARF-SILK","status":"instock","quantityAvailable":1,"warehouses":[{"code":"Lakewood","quantity":1}]}""", "INVALID_STATUS")]
    [InlineData("""{"status":"in-stock","quantityAvailable":1,"warehouses":[{"code":"Lakewood","quantity":1}]}""", "MISSING_SKU")]
    [InlineData("""{"sku":"NM-SCARF-SILK","status":"in-stock","quantityAvailable":1}""", "MISSING_WAREHOUSES")]
    [InlineData("""{"sku":"NM-SCARF-SILK","status":"in-stock","quantityAvailable":1,"warehouses":[{"quantity":1}]}""", "MISSING_WAREHOUSE_CODE")]
    [InlineData("""{"sku":"NM-SCARF-SILK","status":"in-stock","warehouses":[{"code":"Lakewood"}]}""", "MISSING_QUANTITY")]
    [InlineData("""{"sku":"NM-SCARF-SILK","status":"in-stock","quantityAvailable":4,"warehouses":[{"code":"Lakewood","quantity":1},{"code":"BostonWH","quantity":2}]}""", "QUANTITY_MISMATCH")]
    public async Task SingleItem_InvalidItem_Is400WithTheReason(string body, string code)
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, error) = await sim.PostAsync("inventory/singleItem", body);

        Assert.Equal(400, status);
        Assert.Contains(code, error!["messages"]!.AsArray().Select(m => (string)m!["code"]!));
    }

    [Fact]
    public async Task SmallBatch_UnknownSkuFailsInTheLog_OthersSucceed()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, body) = await sim.PostAsync("inventory/batch/small", $"[{Tshirt},{Unknown}]");

        Assert.Equal(202, status);
        var (_, log) = await sim.GetAsync($"inventory/log?requestId={(string)body!["requestId"]!}");
        Assert.Equal("COMPLETED", (string?)log!["status"]);
        var entries = log["logs"]!.AsArray();
        Assert.Equal(["success", "failure"], entries.Select(e => (string)e!["status"]!));
        Assert.Equal("SC-NOT-LISTED", (string?)entries[1]!["payload"]!["sku"]);
        Assert.Equal("ITEM_NOT_FOUND", (string?)entries[1]!["results"]![0]!["code"]);
        Assert.Single(sim.State.Inventory());
    }

    [Fact]
    public async Task SmallBatch_SkipItemsThatDontExist_FiltersUnknownOut()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (_, body) = await sim.PostAsync("inventory/batch/small?skipItemsThatDontExist=true", $"[{Tshirt},{Unknown}]");

        var (_, log) = await sim.GetAsync($"inventory/log?requestId={(string)body!["requestId"]!}");
        Assert.Equal(["NM-TSHIRT-BLK-M"], log!["logs"]!.AsArray().Select(e => (string)e!["payload"]!["sku"]!));
    }

    [Fact]
    public async Task LargeBatch_TwoStepUpload_OutcomesInTheLog()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);

        var (status, body) = await sim.PostAsync("inventory/batch/large", "{}");
        Assert.Equal(200, status);
        Assert.Equal("success", (string?)body!["status"]);
        var requestId = (string)body["requestId"]!;
        var dataUrl = new Uri((string)body["dataUrl"]!);
        Assert.Equal(sim.Simulator.BaseUrl.Authority, dataUrl.Authority);
        var (_, waiting) = await sim.GetAsync($"inventory/log?requestId={requestId}");
        Assert.Equal("PROCESSING", (string?)waiting!["status"]);

        var lines = string.Join("\n", Tshirt, Unknown, "{not json", """{"sku":"NM-SCARF-SILK","status":"out-of-stock","quantityAvailable":0,"warehouses":[{"code":"Lakewood","quantity":0}]}""");
        using var upload = new HttpClient();
        using var put = await upload.PutAsync(dataUrl, new StringContent(lines, Encoding.UTF8));
        Assert.Equal(200, (int)put.StatusCode);

        var (_, log) = await sim.GetAsync($"inventory/log?requestId={requestId}");
        Assert.Equal("COMPLETED", (string?)log!["status"]);
        var outcome = log["logs"]!.AsArray().ToDictionary(
            e => e!["payload"] is System.Text.Json.Nodes.JsonObject item ? (string)item["sku"]! : "(line 3)", e => (string)e!["status"]!);
        Assert.Equal("success", outcome["NM-TSHIRT-BLK-M"]);
        Assert.Equal("failure", outcome["SC-NOT-LISTED"]);
        Assert.Equal("failure", outcome["(line 3)"]);
        Assert.Equal("success", outcome["NM-SCARF-SILK"]);
        Assert.Equal(["NM-SCARF-SILK", "NM-TSHIRT-BLK-M"], sim.State.Inventory().Select(i => i.Sku).Order());

        using var again = await upload.PutAsync(dataUrl, new StringContent(lines, Encoding.UTF8));
        using var different = await upload.PutAsync(dataUrl, new StringContent(Tshirt, Encoding.UTF8));
        using var forged = await upload.PutAsync(new Uri(dataUrl.GetLeftPart(UriPartial.Path) + "?account=1000001&signature=00"), new StringContent(Tshirt, Encoding.UTF8));
        Assert.Equal(200, (int)again.StatusCode);
        Assert.Equal(409, (int)different.StatusCode);
        Assert.Equal(403, (int)forged.StatusCode);
        Assert.Equal(4, sim.State.ChangeLog().Count(e => e.RequestId == requestId));
    }

    [Fact]
    public async Task InventoryStream_GetsAnEventPerUpdate()
    {
        await using var sim = await SimulatorHarness.StartAsync(seed: true);
        var (_, stream) = await sim.PostAsync("stream", """{"objectType":"inventory","query":{"queryType":"inventory"}}""");

        await sim.PostAsync("inventory/singleItem", Tshirt);

        Assert.Equal(["NM-TSHIRT-BLK-M"], sim.State.Streams().Single(s => s.Id == (string)stream!["id"]!).Partitions[0].EventKeys);
    }
}
