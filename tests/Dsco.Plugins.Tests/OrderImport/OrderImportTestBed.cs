using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api.Models;
using Dsco.Plugins.OrderImport;
using Microsoft.Extensions.Time.Testing;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.OrderImport;

/// <summary>The plugin wired to a fake host and a fake DSCO, with a fixed clock.</summary>
internal sealed class OrderImportTestBed
{
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    public OrderImportTestBed(bool stream)
    {
        Host = new FakeHost(Journal);
        Dsco = new FakeDsco(Journal);
        if (stream)
        {
            Host.Settings["DSCO_ClientID"] = "client-id";
            Host.Settings["DSCO_ClientSecret"] = "client-secret-value";
        }
        else
        {
            Host.Settings["DSCO_Token"] = "legacy-token-value";
            Host.Settings["DSCO_SupplierId"] = "1000001";
        }

        Plugin = new DscoOrderImportPlugin(_ => Dsco, Time);
    }

    public Journal Journal { get; } = new();

    public FakeHost Host { get; }

    public FakeDsco Dsco { get; }

    public FakeTimeProvider Time { get; } = new(Now);

    public DscoOrderImportPlugin Plugin { get; }

    public Task<PluginRunResult> RunAsync(CancellationToken cancellationToken = default) => Plugin.ImportOrdersAsync(Host.Context(Time), cancellationToken);

    /// <summary>A DSCO order created an hour ago, shaped like the demo data.</summary>
    public Order AddOrder(string dscoOrderId, string status = "created", string sku = "NM-TSHIRT-BLK-M")
    {
        var order = TestOrders.Order(dscoOrderId, status, TestOrders.Line(1, sku, 1, 12.00m));
        order.DscoCreateDate = Now.AddHours(-1);
        Dsco.Add(order);
        return order;
    }

    public int HostOrderCount(string dscoOrderId) => Host.Orders.Count(o => o.Order.ChannelOrderId == dscoOrderId);

    public string[] AcknowledgedIds() => Dsco.AcknowledgeCalls.SelectMany(c => c.Select(o => o.Id)).ToArray();
}
