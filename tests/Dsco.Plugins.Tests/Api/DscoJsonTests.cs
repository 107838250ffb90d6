using System;
using Dsco.Plugins.Api.Internal;
using Dsco.Plugins.Api.Models;
using Newtonsoft.Json;

namespace Dsco.Plugins.Tests.Api;

/// <summary>Spec quirks in reading and writing JSON.</summary>
public sealed class DscoJsonTests
{
    [Theory]
    [InlineData("{\"netDays\":30}", 30)]
    [InlineData("{\"netDays\":30.0}", 30)]
    [InlineData("{\"netDays\":\"30\"}", 30)]
    public void IntegerTypedAsNumber_AcceptsWholeNumbersInEitherForm(string json, int expected)
    {
        Assert.Equal(expected, DscoJson.Deserialize<InvoiceTerms>(json).NetDays);
    }

    [Fact]
    public void IntegerTypedAsNumber_Fraction_RefusedNotRounded()
    {
        var ex = Assert.Throws<JsonSerializationException>(() => DscoJson.Deserialize<InvoiceTerms>("{\"netDays\":30.5}"));

        Assert.Contains("netDays", ex.Message, StringComparison.Ordinal);
        Assert.Contains("30.5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownMembers_Ignored_AndMoneyIsDecimalExact()
    {
        var order = DscoJson.Deserialize<Order>("{\"poNumber\":\"P\",\"orderTotalAmount\":0.1,\"someFutureField\":{\"a\":[1,2]},\"lineItems\":[{\"quantity\":1,\"consumerPrice\":19.99}]}");

        Assert.Equal(0.1m, order.OrderTotalAmount);
        Assert.Equal(19.99m, order.LineItems![0].ConsumerPrice);
    }

    [Fact]
    public void Send_OmitsNulls_WritesUtcDatesWithZ_AndNoAddedTrailingZeros()
    {
        var json = DscoJson.Serialize(new ItemInventory
        {
            Sku = "S",
            Cost = 12.500m,
            EstimatedAvailabilityDate = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(2)),
        });

        Assert.Equal("{\"sku\":\"S\",\"warehouses\":[],\"cost\":12.5,\"estimatedAvailabilityDate\":\"2026-03-02T06:00:00Z\"}", json);
    }

    [Fact]
    public void ApiResponseMessage_DescriptionMayBeStringObjectOrArray()
    {
        var messages = DscoJson.Deserialize<ApiResponseMessage[]>(
            "[{\"code\":\"A\",\"description\":\"text\"},{\"code\":\"B\",\"description\":{\"k\":1}},{\"code\":\"C\",\"severity\":\"warn\",\"description\":[\"x\",\"y\"]},{\"code\":\"D\"}]");

        Assert.Equal("text", messages[0].DescriptionText);
        Assert.Equal("{\"k\":1}", messages[1].DescriptionText);
        Assert.Equal("x; y", messages[2].DescriptionText);
        Assert.Equal("[warn] C x; y", messages[2].ToString());
        Assert.Null(messages[3].DescriptionText);
    }

    [Fact]
    public void SuccessFailResponse_ReadsEitherTwin()
    {
        Assert.True(DscoJson.Deserialize<SuccessFailResponse>("{\"success\":true}").Success);
        Assert.Equal("success", DscoJson.Deserialize<SuccessFailResponse>("{\"status\":\"success\"}").Status);
    }

    [Fact]
    public void OrderId_ReadsStringOrIntegerId()
    {
        Assert.Equal("42", DscoJson.Deserialize<OrderId>("{\"id\":42,\"type\":\"DSCO_ORDER_ID\"}").Id);
        Assert.Equal("PO-1", DscoJson.Deserialize<OrderId>("{\"id\":\"PO-1\",\"type\":\"PO_NUMBER\"}").Id);
    }

    [Fact]
    public void AccessTokenResponse_ToString_HidesToken()
    {
        var token = DscoJson.Deserialize<AccessTokenResponse>("{\"access_token\":\"secret-access\",\"token_type\":\"Bearer\",\"expires_in\":3600}");

        Assert.Equal(3600, token.ExpiresIn);
        Assert.DoesNotContain("secret-access", token.ToString(), StringComparison.Ordinal);
    }
}
