using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Dsco.Plugins.Api.Models;
using Dsco.Plugins.OrderImport;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.OrderImport;

public class DscoOrderMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    private static readonly DscoProductMatcherTests.InMemoryProducts Products = new(
        new HostProduct { ProductId = "NM-TSHIRT-BLK-M", Upc = "012345678905" },
        new HostProduct { ProductId = "NM-SCARF-SILK", Upc = "012345678912" },
        new HostProduct { ProductId = "SC-BAG-001", Upc = "012345678943", CustomColumns = new Dictionary<string, string> { ["DSCOItemID"] = "9000004" } });

    private static readonly DscoOrderImportSettings Defaults = new() { CompanyId = 12 };

    private static async Task<DscoOrderMapping> MapAsync(Order order, DscoOrderImportSettings? settings = null) =>
        await new DscoOrderMapper(settings ?? Defaults).MapAsync(order, new DscoProductMatcher(Products), Now);

    private static async Task<NewOrder> MappedAsync(Order order, DscoOrderImportSettings? settings = null)
    {
        var mapping = await MapAsync(order, settings);
        Assert.True(mapping.Order is not null, string.Join(" | ", mapping.Errors));
        return mapping.Order!;
    }

    [Fact]
    public async Task Map_DemoOrder_FillsIdentityCustomerAddressAndLines()
    {
        var order = await MappedAsync(TestOrders.Order("5000001", "created",
            TestOrders.Line(1, "NM-TSHIRT-BLK-M", 2, 10.00m), TestOrders.Line(2, "NM-SCARF-SILK", 1, null, 40.00m)));

        Assert.Equal(12, order.CompanyId);
        Assert.Equal("5000001", order.ChannelOrderId);
        Assert.Equal("NM-PO-5000001", order.PoNumber);
        Assert.Equal(TestOrders.RetailerCreated, order.OrderDate);
        Assert.Equal("DSCO_12@sellercloud.com", order.CustomerUser);
        Assert.Equal("jane@example.com", order.CustomerEmail);
        Assert.Equal("Website", order.OrderSource);
        Assert.Equal(
            new HostAddress
            {
                FirstName = "Jane Q", LastName = "Doe", Street1 = "1 Main St", Street2 = "Apt 4", City = "Dallas", State = "TX",
                PostalCode = "75201", Country = "US", Phone = "555-0100", Email = "jane@example.com", IsResidential = true,
            },
            order.ShippingAddress);
        Assert.Null(order.BillingAddress);
        Assert.Equal("UPS", order.ShippingCarrier);
        Assert.Equal("Ground", order.ShippingService);
        Assert.Contains("UPSG", order.Notes);

        Assert.Collection(order.Items,
            first =>
            {
                Assert.Equal(("NM-TSHIRT-BLK-M", 2, 10.00m), (first.ProductId, first.Quantity, first.UnitPrice));
                Assert.Equal(("1", "NM-TSHIRT-BLK-M", "Item NM-TSHIRT-BLK-M"), (first.ChannelLineId, first.ChannelSku, first.Name));
                Assert.Equal(0m, first.CoOpFee);
            },
            second =>
            {
                // No expectedCost: the consumer price is the fallback.
                Assert.Equal(("NM-SCARF-SILK", 1, 40.00m), (second.ProductId, second.Quantity, second.UnitPrice));
            });

        Assert.Equal(new Dictionary<string, string>
        {
            ["DSCOConsumerOrderNumber"] = "C-5000001",
            ["DSCO_Email"] = "jane@example.com",
            ["DSCO_Channel"] = "neimanmarcus.com",
        }, order.CustomColumns);
    }

    [Fact]
    public async Task Map_DefaultSettings_PaidWithAPaymentOfTheOrderTotal()
    {
        var dsco = TestOrders.Order();
        dsco.ShippingSurcharge = 7.50m;
        dsco.Taxes = new List<OrderTax> { new() { Amount = 1.25m }, new() { Amount = 0.75m } };

        var order = await MappedAsync(dsco);

        Assert.Equal(PaymentStatus.Charged, order.PaymentStatus);
        Assert.Equal(7.50m, order.ShippingTotal);
        Assert.Equal(2.00m, order.TaxTotal);
        Assert.Equal(new NewPayment(2 * 10.00m + 7.50m + 2.00m, "Website", "NM-PO-5000001"), order.Payment);
    }

    [Fact]
    public async Task Map_ChannelNameSetting_IsTheOrderSourceAndPaymentMethod()
    {
        var order = await MappedAsync(TestOrders.Order(), Defaults with { OrderSource = "NeimanMarcus" });

        Assert.Equal("NeimanMarcus", order.OrderSource);
        Assert.Equal("NeimanMarcus", order.Payment!.Method);
    }

    [Fact]
    public async Task Map_MarkOrdersUnpaid_NoPaymentStatusAndNoPaymentEvenWhenPaymentsAreOn()
    {
        var order = await MappedAsync(TestOrders.Order(), Defaults with { MarkOrdersUnpaid = true, CreatePayments = true });

        Assert.Equal(PaymentStatus.NoPayment, order.PaymentStatus);
        Assert.Null(order.Payment);
    }

    [Fact]
    public async Task Map_CreatePaymentsFalse_PaidButNoPayment()
    {
        var order = await MappedAsync(TestOrders.Order(), Defaults with { CreatePayments = false });

        Assert.Equal(PaymentStatus.Charged, order.PaymentStatus);
        Assert.Null(order.Payment);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Map_LockShippingMethod_FollowsTheSetting(bool locked)
    {
        var order = await MappedAsync(TestOrders.Order(), Defaults with { LockShippingMethod = locked });

        Assert.Equal(locked, order.LockShippingMethod);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2.5, 0.50)] // 2.5 % of 2 × 10.00
    [InlineData(3.333, 0.67)] // 0.6666 rounds away from zero at 2 decimals
    public async Task Map_CoopFeePercentage_IsAPercentOfTheLinePrice(double percent, double expectedFee)
    {
        var order = await MappedAsync(TestOrders.Order(), Defaults with { CoopFeePercentage = (decimal)percent });

        Assert.Equal((decimal)expectedFee, order.Items.Single().CoOpFee);
    }

    [Fact]
    public async Task Map_CoopFee_MidpointRoundsAwayFromZero()
    {
        // 1 × 0.50 × 5 % = 0.025 → 0.03 (banker's rounding would give 0.02).
        var order = await MappedAsync(TestOrders.Order("1", "created", TestOrders.Line(1, "NM-SCARF-SILK", 1, 0.50m)), Defaults with { CoopFeePercentage = 5m });

        Assert.Equal(0.03m, order.Items.Single().CoOpFee);
    }

    [Theory]
    [InlineData(false, false, false, "UPS", "UPSG", false)]
    [InlineData(true, false, false, "UPS", "UPSG", true)]
    [InlineData(true, false, true, "UPS", "UPSG", false)]
    [InlineData(true, true, false, "UPS", "UPSG", true)] // the USPS exemption does not apply to UPS
    [InlineData(true, true, false, "USPS", "USPSPRI", false)]
    [InlineData(true, false, true, "USPS", "USPSPRI", true)] // the UPS exemption does not apply to USPS
    [InlineData(true, false, true, "United Parcel Service", null, false)]
    [InlineData(true, true, false, "U.S.P.S.", null, false)]
    [InlineData(true, true, true, "FedEx", "FEHD", true)]
    [InlineData(true, false, true, null, "UPS2", false)] // no carrier: the service level code tells
    [InlineData(true, true, false, null, "USPSPRI", false)]
    [InlineData(true, false, true, null, "USPSPRI", true)]
    public async Task Map_ThirdPartyBilling_HonoursTheUspsAndUpsExemptions(
        bool thirdParty, bool allowUsps, bool allowUps, string? carrier, string? serviceLevel, bool expected)
    {
        var dsco = TestOrders.Order();
        dsco.ShipCarrier = carrier;
        dsco.ShippingServiceLevelCode = serviceLevel;

        var order = await MappedAsync(dsco, Defaults with { ShippingRequiresThirdPartyBilling = thirdParty, AllowShippingUsps = allowUsps, AllowShippingUps = allowUps });

        Assert.Equal(expected, order.ShippingRequiresThirdParty);
    }

    [Fact]
    public async Task Map_WarehouseCodesOff_LeavesShipFromUnset()
    {
        var dsco = TestOrders.Order();
        dsco.ShipWarehouseCode = "BostonWH";

        var order = await MappedAsync(dsco, WarehouseSettings() with { IncludeWarehouseCodes = false });

        Assert.Null(order.ShipFromWarehouseId);
    }

    [Fact]
    public async Task Map_WarehouseCodesOn_LineCodesThatAgreeWinOverTheOrderCode()
    {
        var dsco = TestOrders.Order("1", "created", TestOrders.Line(1, "NM-TSHIRT-BLK-M", 1, 1m), TestOrders.Line(2, "NM-SCARF-SILK", 1, 1m));
        dsco.LineItems![0].WarehouseCode = "bostonwh";
        dsco.LineItems[1].WarehouseCode = "BostonWH";
        dsco.ShipWarehouseCode = "Lakewood";

        var mapping = await MapAsync(dsco, WarehouseSettings());

        Assert.Equal(2, mapping.Order!.ShipFromWarehouseId);
        Assert.Empty(mapping.Warnings);
    }

    [Fact]
    public async Task Map_WarehouseCodesOn_LinesThatDisagreeFallBackToTheOrderCode()
    {
        var dsco = TestOrders.Order("1", "created", TestOrders.Line(1, "NM-TSHIRT-BLK-M", 1, 1m), TestOrders.Line(2, "NM-SCARF-SILK", 1, 1m));
        dsco.LineItems![0].WarehouseCode = "BostonWH";
        dsco.LineItems[1].WarehouseCode = "Lakewood";
        dsco.DscoWarehouseCode = "Lakewood";

        var order = await MappedAsync(dsco, WarehouseSettings());

        Assert.Equal(1, order.ShipFromWarehouseId);
    }

    [Fact]
    public async Task Map_WarehouseCodesOn_NoCodeOnTheOrderUsesTheDefaultCode()
    {
        var order = await MappedAsync(TestOrders.Order(), WarehouseSettings() with { DefaultWarehouseCode = "BostonWH" });

        Assert.Equal(2, order.ShipFromWarehouseId);
    }

    [Fact]
    public async Task Map_WarehouseCodesOn_UnmappedCodeLeavesShipFromUnsetWithAWarning()
    {
        var dsco = TestOrders.Order();
        dsco.RequestedWarehouseCode = "Denver";

        var mapping = await MapAsync(dsco, WarehouseSettings());

        Assert.Null(mapping.Order!.ShipFromWarehouseId);
        var warning = Assert.Single(mapping.Warnings);
        Assert.Contains("'Denver'", warning);
        Assert.Contains("DSCO_WarehouseCodes", warning);
    }

    [Fact]
    public async Task Map_CouponsGiftAndPersonalization_AreCarried()
    {
        var dsco = TestOrders.Order("5000002", "created", TestOrders.Line(1, "012345678943", 1, 120.50m));
        dsco.Coupons = new List<OrderCoupon> { new() { Amount = 10m }, new() { Percentage = 15m } };
        dsco.LineItems![0].GiftMessage = "Happy birthday";
        dsco.LineItems[0].GiftToName = "Ann";
        dsco.GiftFromName = "Bob";
        dsco.LineItems[0].PersonalizationMap = new Dictionary<string, string> { ["Initials"] = "J.D.", ["Color"] = "Gold" };

        var order = await MappedAsync(dsco);

        Assert.Equal("10.00 off; 15% off", order.CustomColumns["DSCO_Coupons"]);
        Assert.True(order.IsGift);
        Assert.Equal(("Happy birthday", "Ann", "Bob"), (order.GiftMessage, order.GiftToName, order.GiftFromName));
        Assert.Equal("Initials: J.D.; Color: Gold", order.Items.Single().Personalization);
        Assert.Equal("SC-BAG-001", order.Items.Single().ProductId); // SKU → UPC
    }

    [Fact]
    public async Task Map_NoGiftData_IsNotAGift()
    {
        var order = await MappedAsync(TestOrders.Order());

        Assert.False(order.IsGift);
        Assert.False(order.CustomColumns.ContainsKey("DSCO_Coupons"));
    }

    [Fact]
    public async Task Map_DeprecatedShippingFieldsAndBillTo_AreRead()
    {
        var dsco = TestOrders.Order();
        dsco.Shipping = new OrderShipping { FirstName = "Al", LastName = "Smith", Address1 = "9 Elm", City = "Reno", State = "NV", Postal = "89501", AddressType = "Commercial" };
        dsco.BillTo = new OrderBillTo { Name = "Billy", Address = new List<string> { "2 Oak" }, City = "Austin", Region = "TX", Postal = "73301", Country = "US", Email = "bill@example.com" };

        var order = await MappedAsync(dsco);

        Assert.Equal(("Al", "Smith", "9 Elm", "NV", "US", false), (order.ShippingAddress.FirstName, order.ShippingAddress.LastName, order.ShippingAddress.Street1, order.ShippingAddress.State, order.ShippingAddress.Country, order.ShippingAddress.IsResidential));
        Assert.Equal(("Billy", null, "2 Oak", "Austin"), (order.BillingAddress!.FirstName, order.BillingAddress.LastName, order.BillingAddress.Street1, order.BillingAddress.City));
        Assert.Equal("bill@example.com", order.CustomerEmail); // no ship-to email
        Assert.Equal("bill@example.com", order.CustomColumns["DSCO_Email"]);
    }

    [Fact]
    public async Task Map_MissingAddressFields_FailsNamingEachField()
    {
        var dsco = TestOrders.Order();
        dsco.Shipping!.Name = null;
        dsco.Shipping.Address = null;
        dsco.Shipping.Postal = " ";

        var mapping = await MapAsync(dsco);

        Assert.Null(mapping.Order);
        var error = Assert.Single(mapping.Errors);
        Assert.Contains("name, address, postal", error);
    }

    [Fact]
    public async Task Map_UnmatchedLineAndBadQuantity_FailWithLineNumbersAndIdentifiers()
    {
        var dsco = TestOrders.Order("5000005", "created",
            TestOrders.Line(1, "NM-TSHIRT-BLK-M", 1, 1m),
            TestOrders.Line(2, "NM-UNKNOWN-SKU", 1, 1m),
            TestOrders.Line(3, "NM-SCARF-SILK", 0, 1m));

        var mapping = await MapAsync(dsco);

        Assert.Null(mapping.Order);
        Assert.Equal(2, mapping.Errors.Count);
        Assert.StartsWith("line 2, lineNumber 2 (sku 'NM-UNKNOWN-SKU'): no host product matches", mapping.Errors[0]);
        Assert.StartsWith("line 3, lineNumber 3 (sku 'NM-SCARF-SILK'): quantity 0 is not valid; expected 1 or more", mapping.Errors[1]);
    }

    [Fact]
    public async Task Map_CancelledAndRejectedLines_AreLeftOutAndNotMatched()
    {
        var dsco = TestOrders.Order("1", "created",
            TestOrders.Line(1, "NM-TSHIRT-BLK-M", 1, 1m),
            TestOrders.Line(2, "NM-UNKNOWN-SKU", 1, 1m));
        dsco.LineItems![1].Status = "cancelled";

        var order = await MappedAsync(dsco);

        Assert.Equal("NM-TSHIRT-BLK-M", Assert.Single(order.Items).ProductId);
    }

    [Fact]
    public async Task Map_EveryLineCancelledOrRejected_SkipsTheOrder()
    {
        var dsco = TestOrders.Order("1", "created", TestOrders.Line(1, "NM-TSHIRT-BLK-M", 1, 1m), TestOrders.Line(2, "NM-SCARF-SILK", 1, 1m));
        dsco.LineItems![0].Status = "cancelled";
        dsco.LineItems[1].Status = "Rejected";

        var mapping = await MapAsync(dsco);

        Assert.Null(mapping.Order);
        Assert.Empty(mapping.Errors);
        Assert.Contains("cancelled or rejected", mapping.SkipReason);
    }

    [Fact]
    public async Task Map_DateFallbacks_ConsumerDateThenDscoDateThenImportTime()
    {
        var dsco = TestOrders.Order();
        dsco.RetailerCreateDate = null;
        dsco.ConsumerOrderDate = TestOrders.RetailerCreated.AddHours(-1);
        Assert.Equal(TestOrders.RetailerCreated.AddHours(-1), (await MappedAsync(dsco)).OrderDate);

        dsco.ConsumerOrderDate = null;
        Assert.Equal(TestOrders.RetailerCreated.AddMinutes(5), (await MappedAsync(dsco)).OrderDate);

        dsco.DscoCreateDate = null;
        var mapping = await MapAsync(dsco);
        Assert.Equal(Now, mapping.Order!.OrderDate);
        Assert.Contains(mapping.Warnings, w => w.Contains("no order date", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Map_NoShipMethod_UsesTheServiceLevelCodeAsService()
    {
        var dsco = TestOrders.Order();
        dsco.ShipCarrier = null;
        dsco.ShipMethod = null;
        dsco.ShippingServiceLevelCode = null;
        dsco.RequestedShippingServiceLevelCode = "FEHD";

        var order = await MappedAsync(dsco);

        Assert.Null(order.ShippingCarrier);
        Assert.Equal("FEHD", order.ShippingService);
    }

    [Fact]
    public async Task Map_NoShipCarrierOrMethod_RequestedCarrierAndMethodAreUsed()
    {
        var dsco = TestOrders.Order();
        dsco.ShipCarrier = null;
        dsco.ShipMethod = null;
        dsco.RequestedShipCarrier = "FedEx";
        dsco.RequestedShipMethod = "Home Delivery";
        dsco.ShippingServiceLevelCode = "FEHD";

        var order = await MappedAsync(dsco);

        Assert.Equal(("FedEx", "Home Delivery"), (order.ShippingCarrier, order.ShippingService));
        Assert.Contains("DSCO shipping service level code: FEHD", order.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_LineIdentifiersPlainPersonalizationAndGiftFlag_AreCarried()
    {
        var dsco = TestOrders.Order("5000003", "created", TestOrders.Line(7, "NM-TSHIRT-BLK-M", 3, 4.00m));
        dsco.LineItems![0].DscoItemId = "9000001";
        dsco.LineItems[0].Personalization = " Monogram: ABC ";
        dsco.LineItems[0].PersonalizationMap = new Dictionary<string, string> { ["ignored"] = "because the text wins" };
        dsco.LineItems[0].GiftFlag = true;

        var order = await MappedAsync(dsco);

        var item = Assert.Single(order.Items);
        Assert.Equal(("7", "NM-TSHIRT-BLK-M", "9000001", 3, 4.00m), (item.ChannelLineId, item.ChannelSku, item.ChannelItemId, item.Quantity, item.UnitPrice));
        Assert.Equal("Monogram: ABC", item.Personalization);
        Assert.True(order.IsGift);
        Assert.Null(order.GiftMessage);
    }

    [Fact]
    public async Task Map_LineShippingAndCollectedTax_MakeTheTotals()
    {
        var dsco = TestOrders.Order("1", "created", TestOrders.Line(1, "NM-TSHIRT-BLK-M", 1, 10m), TestOrders.Line(2, "NM-SCARF-SILK", 2, 5m));
        dsco.LineItems![0].ShippingSurcharge = 3.00m;
        dsco.LineItems[1].ShippingSurcharge = 1.50m;
        dsco.AmountOfSalesTaxCollected = 1.60m;

        var order = await MappedAsync(dsco);

        Assert.Equal((4.50m, 1.60m), (order.ShippingTotal, order.TaxTotal));
        Assert.Equal(10m + 2 * 5m + 4.50m + 1.60m, order.Payment!.Amount);
    }

    private static DscoOrderImportSettings WarehouseSettings() => Defaults with
    {
        IncludeWarehouseCodes = true,
        WarehouseIdsByCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Lakewood"] = 1, ["BostonWH"] = 2 },
    };
}
