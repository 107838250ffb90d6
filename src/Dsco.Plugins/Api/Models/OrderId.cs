using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Dsco.Plugins.Api.Models;

/// <summary>Which identifier an <see cref="OrderId"/> carries.</summary>
public static class OrderIdType
{
    /// <summary>DSCO's numeric order id.</summary>
    public const string DscoOrderId = "DSCO_ORDER_ID";
    /// <summary>Retailer PO number.</summary>
    public const string PoNumber = "PO_NUMBER";
    /// <summary>Supplier order number.</summary>
    public const string SupplierOrderNumber = "SUPPLIER_ORDER_NUMBER";
}

/// <summary>One order to acknowledge (spec <c>OrderId</c>, body item of <c>POST /order/acknowledge</c>).</summary>
public sealed class OrderId
{
    /// <summary>The identifier value. With <see cref="OrderIdType.DscoOrderId"/> it must be the numeric dscoOrderId.</summary>
    [JsonIgnore] public string Id { get; set; } = string.Empty;

    /// <summary>One of <see cref="OrderIdType"/>.</summary>
    [JsonProperty("type")] public string Type { get; set; } = OrderIdType.DscoOrderId;

    /// <summary>Stored on the order while acknowledging.</summary>
    [JsonProperty("supplierOrderNumber")] public string? SupplierOrderNumber { get; set; }

    /// <summary>Optional EDI-855-like acknowledgement detail, passed through as JSON.</summary>
    [JsonProperty("poAcknowledgement")] public JObject? PoAcknowledgement { get; set; }

    // The spec types id as string|integer and asks for "the numeric dscoOrderId": a DSCO_ORDER_ID made of digits goes out
    // as a JSON integer, everything else as a string. Both forms are read.
    [JsonProperty("id")]
    private JToken IdJson
    {
        get => Type == OrderIdType.DscoOrderId
            && long.TryParse(Id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var numeric)
            ? new JValue(numeric)
            : new JValue(Id);
        set => Id = value.Type == JTokenType.Null ? string.Empty : System.Convert.ToString(((JValue)value).Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
