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

    private Task<PluginRunResult> RunAsync()
    {
        var plugin = new DscoOrderImportPlugin(_h.Factory, _h.Time);
        return plugin.ImportOrdersAsync(_host.Context(_h.Time));
    }
}
