using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dsco.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace Dsco.Plugins.IntegrationTests.Simulator;

/// <summary>
/// One in-process simulator on a free loopback port with a fake clock, plus a raw HttpClient that talks to it the
/// way DSCO documents it (these tests deliberately do not use our own client: they check the simulator itself).
/// </summary>
internal sealed class SimulatorHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 4, 7, 30, 0, TimeSpan.Zero);

    private SimulatorHarness(DscoSimulator simulator, FakeTimeProvider time, HttpClient http)
    {
        Simulator = simulator;
        Time = time;
        Http = http;
    }

    public DscoSimulator Simulator { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>Base address is <c>…/api/v3/</c>; the demo static token is sent on every request.</summary>
    public HttpClient Http { get; }

    public SimulatorState State => Simulator.State;

    public static async Task<SimulatorHarness> StartAsync(bool seed = true, Action<SimulatorOptions>? configure = null)
    {
        var time = new FakeTimeProvider(Start);
        var options = new SimulatorOptions { SeedDemoData = seed, TimeProvider = time };
        configure?.Invoke(options);
        var simulator = await DscoSimulator.StartAsync(options);
        var http = new HttpClient { BaseAddress = new Uri(simulator.BaseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("bearer", DemoCredentials.Token);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return new SimulatorHarness(simulator, time, http);
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(JsonNode json) => Json(json.ToJsonString());

    public async Task<(int Status, JsonNode? Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadAsync(response);
    }

    public async Task<(int Status, JsonNode? Body)> PostAsync(string path, string json)
    {
        using var response = await Http.PostAsync(new Uri(path, UriKind.Relative), Json(json));
        return await ReadAsync(response);
    }

    public async Task<(int Status, JsonNode? Body)> PutAsync(string path, string? json = null)
    {
        using var response = await Http.PutAsync(new Uri(path, UriKind.Relative), json is null ? null : Json(json));
        return await ReadAsync(response);
    }

    public static async Task<(int Status, JsonNode? Body)> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text));
    }

    /// <summary>ISO 8601 "until" a safe distance in the past of the fake clock.</summary>
    public string UntilNow(int secondsAgo = 10) => Iso(Time.GetUtcNow().AddSeconds(-secondsAgo));

    public static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A minimal valid order for fixtures; DSCO fills in the rest.</summary>
    public static JsonObject Order(string poNumber, string sku = "NM-TSHIRT-BLK-M", int quantity = 1, DateTimeOffset? created = null, string? status = null,
        bool test = false, string orderType = "Dropship", string? consumerOrderNumber = null)
    {
        var order = new JsonObject
        {
            ["poNumber"] = poNumber,
            ["orderType"] = orderType,
            ["testFlag"] = test,
            ["consumerOrderNumber"] = consumerOrderNumber ?? "C-" + poNumber,
            ["dscoRetailerId"] = "2000001",
            ["dscoTradingPartnerId"] = "NM01",
            ["shipping"] = new JsonObject { ["name"] = "Test Buyer", ["address"] = new JsonArray("1 Test Street"), ["city"] = "Dallas", ["region"] = "TX", ["postal"] = "75201" },
            ["shipCarrier"] = "UPS",
            ["shipMethod"] = "Ground",
            ["lineItems"] = new JsonArray(new JsonObject { ["lineNumber"] = 1, ["sku"] = sku, ["quantity"] = quantity, ["expectedCost"] = 10.0, ["consumerPrice"] = 20.0 }),
        };
        if (created is not null)
        {
            order["dscoCreateDate"] = Iso(created.Value);
        }

        if (status is not null)
        {
            order["dscoStatus"] = status;
        }

        return order;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }
}
