using System;
using System.Text.Json.Nodes;

namespace Dsco.Simulator.Internal;

/// <summary>The demo supplier's catalog and orders (values shared with the sample host; see the demo-data brief).</summary>
internal static class DemoData
{
    public const string RetailerId = "2000001";
    public const string TradingPartnerId = "NM01";
    public const string RetailerName = "Neiman Marcus";

    public static void Seed(SimulatorState state, Account account)
    {
        account.SupplierName = "Demo Supplier";
        account.Catalog.Add(new CatalogItem("NM-TSHIRT-BLK-M", "9000001", "012345678905", "NMP-1001", "Cotton T-Shirt, Black, M"));
        account.Catalog.Add(new CatalogItem("NM-SCARF-SILK", "9000002", "012345678912", "NMP-1002", "Silk Scarf"));
        account.Catalog.Add(new CatalogItem("NM-CANDLE-3PK", "9000003", "012345678929", "NMP-1003", "Scented Candle, 3-Pack"));
        account.Catalog.Add(new CatalogItem("NM-BAG-LEATHER", "9000004", "012345678943", "NMP-1004", "Leather Tote Bag"));
        account.Catalog.Add(new CatalogItem("NM-WALLET-BRN", "9000005", "012345678950", "NMP-1005", "Leather Wallet, Brown"));

        var now = state.Now;
        Add(state, account, now, 1, "created", ("UPS", "Ground", "UPSG"), Ship("Emily Carter", "1200 Main Street", "Apt 4B", "Dallas", "TX", "75201", "214-555-0101", "emily.carter@example.com"),
            Line(1, 2, 18.00m, 45.00m, "Cotton T-Shirt, Black, M", sku: "NM-TSHIRT-BLK-M"),
            Line(2, 1, 60.00m, 195.00m, "Silk Scarf", sku: "NM-SCARF-SILK"));

        var second = Add(state, account, now, 2, "created", ("FedEx", "Home Delivery", "FEHD"), Ship("Michael Nguyen", "88 Beacon Street", null, "Boston", "MA", "02108", "617-555-0102", "m.nguyen@example.com"),
            Line(1, 1, 120.50m, 495.00m, "Leather Tote Bag", sku: "012345678943"));
        second["coupons"] = new JsonArray(new JsonObject { ["amount"] = 25.00m, ["percentage"] = null });
        second["giftFlag"] = true;
        second["giftMessage"] = "Happy birthday, Anna! Love, Michael";
        second["giftToName"] = "Anna Nguyen";
        second["giftFromName"] = "Michael Nguyen";

        var third = Add(state, account, now, 3, "created", ("USPS", "Priority Mail", "USPM"), Ship("Sofia Ramirez", "450 Ocean Drive", null, "Miami", "FL", "33139", "305-555-0103", "sofia.ramirez@example.com"),
            Line(1, 1, 22.00m, 58.00m, "Scented Candle, 3-Pack", sku: "NM-CANDLE-3PK"),
            Line(2, 1, 40.00m, 125.00m, "Leather Wallet, Brown", sku: "NM-WALLET-BRN"));
        ((JsonObject)third["lineItems"]![1]!)["personalization"] = "J.D.";

        Add(state, account, now, 4, "created", ("UPS", "2nd Day Air", "UPS2"), Ship("David Kim", "77 Lake Shore Drive", "Suite 900", "Chicago", "IL", "60611", "312-555-0104", "david.kim@example.com"),
            Line(1, 1, 120.50m, 495.00m, "Leather Tote Bag", sku: "NM-BAG-LEATHER", upc: "012345678943"),
            Line(2, 1, 18.00m, 45.00m, "Cotton T-Shirt, Black, M", dscoItemId: "9000001"));

        Add(state, account, now, 5, "created", ("UPS", "Ground", "UPSG"), Ship("Olivia Brown", "19 Pine Street", null, "Seattle", "WA", "98101", "206-555-0105", "olivia.brown@example.com"),
            Line(1, 1, 15.00m, 39.00m, "Mystery Item", sku: "NM-UNKNOWN-SKU"));

        Add(state, account, now, 6, "shipment_pending", ("UPS", "Ground", "UPSG"), Ship("James Wilson", "300 Congress Avenue", null, "Austin", "TX", "78701", "512-555-0106", "james.wilson@example.com"),
            Line(1, 1, 60.00m, 195.00m, "Silk Scarf", sku: "NM-SCARF-SILK"));
    }

    private static JsonObject Add(SimulatorState state, Account account, DateTimeOffset now, int n, string status, (string Carrier, string Method, string Level) ship,
        JsonObject shipping, params JsonObject[] lines)
    {
        // Orders arrived over the last few hours, oldest first; all well before any `until` a client may send.
        var created = now.AddHours(-7 + n).AddMinutes(-n * 3);
        var lineArray = new JsonArray();
        decimal cost = 0, total = 0;
        foreach (var line in lines)
        {
            var quantity = (int)DscoHttp.Num(line, "quantity")!.Value;
            cost += DscoHttp.Num(line, "expectedCost")!.Value * quantity;
            total += DscoHttp.Num(line, "consumerPrice")!.Value * quantity;
            lineArray.Add(line);
        }

        var order = new JsonObject
        {
            ["dscoOrderId"] = (5000000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["poNumber"] = $"NM-PO-1000{n}",
            ["consumerOrderNumber"] = $"NM-C-88{n:000}",
            ["channel"] = "neimanmarcus.com",
            ["orderType"] = "Dropship",
            ["dscoStatus"] = status,
            ["dscoLifecycle"] = SimulatorState.LifecycleOf(status),
            ["testFlag"] = false,
            ["dscoRetailerId"] = RetailerId,
            ["dscoTradingPartnerId"] = TradingPartnerId,
            ["dscoTradingPartnerName"] = RetailerName,
            ["currencyCode"] = "USD",
            ["consumerOrderDate"] = DscoHttp.Iso(created.AddMinutes(-20)),
            ["retailerCreateDate"] = DscoHttp.Iso(created.AddMinutes(-5)),
            ["dscoCreateDate"] = DscoHttp.Iso(created),
            ["dscoLastUpdate"] = DscoHttp.Iso(status == "created" ? created : created.AddMinutes(2)),
            ["acknowledgeByDate"] = DscoHttp.Iso(created.AddDays(1)),
            ["shipByDate"] = DscoHttp.Iso(created.AddDays(3)),
            ["cancelAfterDate"] = DscoHttp.Iso(created.AddDays(10)),
            ["shipCarrier"] = ship.Carrier,
            ["shipMethod"] = ship.Method,
            ["shippingServiceLevelCode"] = ship.Level,
            ["requestedShipCarrier"] = ship.Carrier,
            ["requestedShipMethod"] = ship.Method,
            ["requestedShippingServiceLevelCode"] = ship.Level,
            ["shipping"] = shipping,
            ["billTo"] = new JsonObject
            {
                ["name"] = shipping["name"]!.DeepClone(),
                ["address"] = shipping["address"]!.DeepClone(),
                ["city"] = shipping["city"]!.DeepClone(),
                ["region"] = shipping["region"]!.DeepClone(),
                ["postal"] = shipping["postal"]!.DeepClone(),
                ["country"] = "US",
                ["phone"] = shipping["phone"]!.DeepClone(),
                ["email"] = shipping["email"]!.DeepClone(),
            },
            ["lineItems"] = lineArray,
            ["numberOfLineItems"] = lines.Length,
            ["extendedExpectedCostTotal"] = cost,
            ["orderTotalAmount"] = total,
            ["packages"] = new JsonArray(),
        };
        state.AddOrderUnlocked(account, order);
        return account.Orders[^1];
    }

    private static JsonObject Ship(string name, string street, string? unit, string city, string region, string postal, string phone, string email)
    {
        var address = new JsonArray(street);
        if (unit is not null)
        {
            address.Add(unit);
        }

        return new JsonObject
        {
            ["name"] = name,
            ["address"] = address,
            ["city"] = city,
            ["region"] = region,
            ["postal"] = postal,
            ["country"] = "US",
            ["phone"] = phone,
            ["email"] = email,
            ["addressType"] = "Residential",
        };
    }

    private static JsonObject Line(int lineNumber, int quantity, decimal expectedCost, decimal consumerPrice, string title,
        string? sku = null, string? upc = null, string? dscoItemId = null)
    {
        var line = new JsonObject { ["lineNumber"] = lineNumber, ["quantity"] = quantity };
        if (dscoItemId is not null)
        {
            line["dscoItemId"] = dscoItemId;
        }

        if (sku is not null)
        {
            line["sku"] = sku;
        }

        if (upc is not null)
        {
            line["upc"] = upc;
        }

        line["title"] = title;
        line["expectedCost"] = expectedCost;
        line["consumerPrice"] = consumerPrice;
        line["retailPrice"] = consumerPrice;
        return line;
    }
}
