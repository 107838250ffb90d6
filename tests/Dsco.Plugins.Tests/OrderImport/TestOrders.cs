using System;
using System.Collections.Generic;
using Dsco.Plugins.Api.Models;

namespace Dsco.Plugins.Tests.OrderImport;

/// <summary>DSCO orders as the API returns them, shaped like the demo data.</summary>
internal static class TestOrders
{
    public static readonly DateTimeOffset RetailerCreated = new(2026, 12, 1, 15, 30, 0, TimeSpan.Zero);

    public static Order Order(string dscoOrderId = "5000001", string status = "created", params OrderLineItem[] lines) => new()
    {
        DscoOrderId = dscoOrderId,
        PoNumber = "NM-PO-" + dscoOrderId,
        ConsumerOrderNumber = "C-" + dscoOrderId,
        Channel = "neimanmarcus.com",
        DscoStatus = status,
        RetailerCreateDate = RetailerCreated,
        DscoCreateDate = RetailerCreated.AddMinutes(5),
        ShipCarrier = "UPS",
        ShipMethod = "Ground",
        ShippingServiceLevelCode = "UPSG",
        Shipping = new OrderShipping
        {
            Name = "Jane Q Doe",
            Address = new List<string> { "1 Main St", "Apt 4" },
            City = "Dallas",
            Region = "TX",
            Postal = "75201",
            Country = "US",
            Phone = "555-0100",
            Email = "jane@example.com",
            AddressType = "Residential",
        },
        LineItems = lines.Length > 0 ? new List<OrderLineItem>(lines) : new List<OrderLineItem> { Line(1, "NM-TSHIRT-BLK-M", 2, 10.00m) },
    };

    public static OrderLineItem Line(int lineNumber, string? sku, int quantity, decimal? expectedCost, decimal? consumerPrice = 25.00m) => new()
    {
        LineNumber = lineNumber,
        Sku = sku,
        Quantity = quantity,
        ExpectedCost = expectedCost,
        ConsumerPrice = consumerPrice,
        Title = "Item " + sku,
    };
}
