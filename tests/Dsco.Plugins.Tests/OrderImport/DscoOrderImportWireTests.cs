using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Dsco.Plugins.OrderImport;
using Dsco.Plugins.Tests.Api;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.OrderImport;

/// <summary>The plugin on the real DSCO client over MockHttp: what goes over the wire.</summary>
public sealed class DscoOrderImportWireTests : IDisposable
{
    private const string Base = ApiTestHarness.Base;
    private const string OrderJson =
        """{"dscoOrderId":"5000001","poNumber":"NM-PO-10001","dscoStatus":"created","retailerCreateDate":"2026-03-01T10:00:00Z","shipping":{"name":"Jane Doe","address":["1 Main St"],"city":"Dallas","region":"TX","postal":"75201","country":"US"},"lineItems":[{"lineNumber":1,"sku":"NM-TSHIRT-BLK-M","quantity":2,"expectedCost":10.5}]}""";

    private readonly ApiTestHarness _h = new();
    private readonly FakeHost _host = new(new Journal());

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Legacy_PagesThenAcknowledges_WithTheExactAcknowledgeJson()
    {
        _host.Settings["DSCO_Token"] = ApiTestHarness.StaticToken;
        _host.Settings["DSCO_SupplierId"] = "1000001";
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.OK, "{\"orders\":[" + OrderJson + "],\"scrollId\":\"S1\"}");
        _h.Expect(HttpMethod.Get, Base + "/order/page", HttpStatusCode.OK, "{\"orders\":[],\"scrollId\":\"S1\"}");
        _h.Expect(HttpMethod.Post, Base + "/order/acknowledge", HttpStatusCode.Accepted,
            "{\"status\":\"success\",\"requestId\":\"r-1\",\"eventDate\":\"2026-03-02T12:00:00Z\"}");
        _h.Expect(HttpMethod.Get, Base + "/order/log", HttpStatusCode.OK, "{\"status\":\"PROCESSING\",\"logs\":[]}");

        var result = await RunAsync();

        Assert.True(result.Completed, result.RunError);
        var requests = _h.Requests.ToList();
        Assert.Equal(
            Base + "/order/page?ordersCreatedSince=2026-01-31T12%3A00%3A00Z&until=2026-03-02T11%3A59%3A50Z&status=created&status=shipment_pending",
            requests[0].Url);
        Assert.Equal(Base + "/order/page?scrollId=S1", requests[1].Url);
        var ack = requests[2];
        Assert.Equal("bearer " + ApiTestHarness.StaticToken, ack.Headers["Authorization"], ignoreCase: true);
        var body = JArray.Parse(ack.Body);
        Assert.True(JToken.DeepEquals(JArray.Parse("""[{"id":5000001,"type":"DSCO_ORDER_ID","supplierOrderNumber":"101"}]"""), body), ack.Body);
        Assert.Equal(JTokenType.Integer, body[0]["id"]!.Type);
        Assert.Equal(Base + "/order/log?requestId=r-1", requests[3].Url);
        _h.Http.VerifyNoOutstandingExpectation();

        var order = Assert.Single(_host.Orders).Order;
        Assert.Equal(("5000001", "NM-PO-10001", 21.00m), (order.ChannelOrderId, order.PoNumber, order.Payment!.Amount));
        Assert.Contains("requestId r-1", Assert.Single(result.Items).Message);
        Assert.DoesNotContain(ApiTestHarness.StaticToken, string.Join(" ", result.Items.Select(i => i.Message)));
    }

    [Fact]
    public async Task Stream_OAuthAgainstTheConfiguredBaseUrl_ReadsEventsAndPutsThePosition()
    {
        const string staging = "https://staging-api.dsco.io/api/v3";
        _host.Settings["DSCO_ClientID"] = ApiTestHarness.ClientId;
        _host.Settings["DSCO_ClientSecret"] = ApiTestHarness.ClientSecret;
        _host.Settings["DSCO_StreamID"] = "st-1";
        _host.Settings["DSCO_ApiBaseUrl"] = staging;
        _h.Expect(HttpMethod.Post, staging + "/oauth2/token", HttpStatusCode.OK, "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        _h.Expect(HttpMethod.Get, staging + "/stream", HttpStatusCode.OK,
            """[{"id":"st-1","objectType":"order","description":"x","query":{"queryType":"order"},"partitions":[{"partitionId":0,"position":"pos-0"}]}]""");
        _h.Expect(HttpMethod.Get, staging + "/stream/st-1/0/pos-0", HttpStatusCode.OK,
            "{\"partitionId\":0,\"events\":[{\"id\":\"ev-1\",\"source\":\"stream\",\"payload\":" + OrderJson + "}]}");
        _h.Expect(HttpMethod.Get, staging + "/stream/st-1/0/ev-1", HttpStatusCode.OK, "{\"partitionId\":0,\"events\":[]}");
        _h.Expect(HttpMethod.Post, staging + "/order/acknowledge", HttpStatusCode.Accepted,
            "{\"status\":\"success\",\"requestId\":\"r-2\",\"eventDate\":\"2026-03-02T12:00:00Z\"}");
        _h.Expect(HttpMethod.Get, staging + "/order/log", HttpStatusCode.OK, "{\"status\":\"COMPLETED\",\"logs\":[]}");
        _h.Expect(HttpMethod.Put, staging + "/stream/st-1/0/ev-1", HttpStatusCode.OK, "{\"status\":\"success\"}");

        var result = await RunAsync();

        Assert.True(result.Completed, result.RunError);
        _h.Http.VerifyNoOutstandingExpectation();
        Assert.Equal("""{"0":"ev-1"}""", _host.Settings["DSCO_StreamPosition"]);
        Assert.Single(_host.Orders);
        Assert.All(_h.Requests, r => Assert.StartsWith(staging, r.Url, StringComparison.Ordinal));
        Assert.All(_h.Requests.Skip(1), r => Assert.Equal("bearer tok-1", r.Headers["Authorization"], ignoreCase: true));
    }

    [Fact]
    public async Task Acknowledge_ManyOrders_SplitUnderTheFiveMegabyteLimitInFewCallsWithNumericIds()
    {
        // ~100,000 acknowledgements are about 6 MB of JSON: more than one call, each under DSCO's 5 MB body limit.
        var orders = Enumerable.Range(0, 100_000)
            .Select(i => new Dsco.Plugins.Api.Models.OrderId
            {
                Id = (10_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Type = Dsco.Plugins.Api.Models.OrderIdType.DscoOrderId,
                SupplierOrderNumber = (500_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .Append(new Dsco.Plugins.Api.Models.OrderId { Id = "NM-PO-1", Type = Dsco.Plugins.Api.Models.OrderIdType.DscoOrderId, SupplierOrderNumber = "9" })
            .ToList();
        var calls = 0;
        _h.Http.When(HttpMethod.Post, Base + "/order/acknowledge").Respond(async request =>
        {
            await _h.RecordAsync(request);
            calls++;
            return new HttpResponseMessage(HttpStatusCode.Accepted)
            {
                Content = new StringContent("{\"status\":\"success\",\"requestId\":\"r-" + calls + "\"}", System.Text.Encoding.UTF8, "application/json"),
            };
        });
        using var dsco = new DscoClientOrderImportDsco(_h.Client());

        var results = await dsco.AcknowledgeOrdersAsync(orders);

        var sent = _h.Sent("/order/acknowledge");
        Assert.InRange(sent.Count, 2, 3);
        Assert.All(sent, r => Assert.True(System.Text.Encoding.UTF8.GetByteCount(r.Body) < 5 * 1024 * 1024, $"{r.Body.Length} bytes"));
        var ids = sent.SelectMany(r => JArray.Parse(r.Body)).ToList();
        Assert.All(ids, o => Assert.Equal(JTokenType.Integer, o["id"]!.Type));
        Assert.Equal(orders.Take(100_000).Select(o => long.Parse(o.Id, System.Globalization.CultureInfo.InvariantCulture)), ids.Select(o => (long)o["id"]!));
        Assert.Equal(orders.Take(100_000).Select(o => o.SupplierOrderNumber), ids.Select(o => (string?)o["supplierOrderNumber"]));

        // The one id that is not a number is reported, not sent; every sent order has the request id of its call.
        var refused = Assert.Single(results, r => r.Error is not null);
        Assert.Equal(new[] { "NM-PO-1" }, refused.DscoOrderIds);
        Assert.Contains("not numeric", refused.Error, StringComparison.Ordinal);
        Assert.Equal(100_000, results.Where(r => r.Error is null).Sum(r => r.DscoOrderIds.Count));
        Assert.All(results.Where(r => r.Error is null), r => Assert.StartsWith("r-", r.RequestId, StringComparison.Ordinal));
    }

    private Task<PluginRunResult> RunAsync()
    {
        var plugin = new DscoOrderImportPlugin(_h.Factory, _h.Time);
        return plugin.ImportOrdersAsync(_host.Context(_h.Time));
    }
}
