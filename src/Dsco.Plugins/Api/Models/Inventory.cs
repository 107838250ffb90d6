using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace Dsco.Plugins.Api.Models;

/// <summary>Inventory status values (hyphenated).</summary>
public static class InventoryStatus
{
    /// <summary>In stock.</summary>
    public const string InStock = "in-stock";
    /// <summary>Out of stock.</summary>
    public const string OutOfStock = "out-of-stock";
    /// <summary>Discontinued.</summary>
    public const string Discontinued = "discontinued";
    /// <summary>Hidden.</summary>
    public const string Hidden = "hidden";
}

/// <summary>
/// Inventory for one item (spec <c>ItemInventory</c>). Required: <c>sku</c>, <c>warehouses</c> (each with a <c>code</c>);
/// DSCO also expects <c>status</c> and <c>quantityAvailable</c> equal to the sum of the warehouse quantities.
/// </summary>
public sealed class ItemInventory
{
    /// <summary>Supplier SKU.</summary>
    [JsonProperty("sku")] public string Sku { get; set; } = string.Empty;
    /// <summary>DSCO item id.</summary>
    [JsonProperty("dscoItemId")] public string? DscoItemId { get; set; }
    /// <summary>UPC.</summary>
    [JsonProperty("upc")] public string? Upc { get; set; }
    /// <summary>EAN.</summary>
    [JsonProperty("ean")] public string? Ean { get; set; }
    /// <summary>MPN.</summary>
    [JsonProperty("mpn")] public string? Mpn { get; set; }
    /// <summary>ISBN.</summary>
    [JsonProperty("isbn")] public string? Isbn { get; set; }
    /// <summary>GTIN.</summary>
    [JsonProperty("gtin")] public string? Gtin { get; set; }
    /// <summary>Partner SKU (never set for suppliers).</summary>
    [JsonProperty("partnerSku")] public string? PartnerSku { get; set; }
    /// <summary>Retailer SKU mapping.</summary>
    [JsonProperty("partnerSkuMap")] public IList<PartnerSkuMap>? PartnerSkuMap { get; set; }
    /// <summary>Warehouses (at least one).</summary>
    [JsonProperty("warehouses")] public IList<ItemWarehouse> Warehouses { get; set; } = new List<ItemWarehouse>();
    /// <summary>Total available; must equal the sum of warehouse quantities.</summary>
    [JsonProperty("quantityAvailable")] public int? QuantityAvailable { get; set; }
    /// <summary>One of <see cref="InventoryStatus"/>.</summary>
    [JsonProperty("status")] public string? Status { get; set; }
    /// <summary>Cost (at most 2 decimals).</summary>
    [JsonProperty("cost")] public decimal? Cost { get; set; }
    /// <summary>Currency of the cost.</summary>
    [JsonProperty("currencyCode")] public string? CurrencyCode { get; set; }
    /// <summary>MSRP.</summary>
    [JsonProperty("msrp")] public decimal? Msrp { get; set; }
    /// <summary>Estimated availability date.</summary>
    [JsonProperty("estimatedAvailabilityDate")] public DateTimeOffset? EstimatedAvailabilityDate { get; set; }
    /// <summary>Quantity on order.</summary>
    [JsonProperty("quantityOnOrder")] public int? QuantityOnOrder { get; set; }
    /// <summary>Title.</summary>
    [JsonProperty("title")] public string? Title { get; set; }
    /// <summary>Brand.</summary>
    [JsonProperty("brand")] public string? Brand { get; set; }
    /// <summary>Last quantity update (server data).</summary>
    [JsonProperty("dscoLastQuantityUpdateDate")] public DateTimeOffset? DscoLastQuantityUpdateDate { get; set; }
    /// <summary>Last update (server data).</summary>
    [JsonProperty("dscoLastUpdateDate")] public DateTimeOffset? DscoLastUpdateDate { get; set; }
}

/// <summary>A retailer SKU mapping.</summary>
public sealed class PartnerSkuMap
{
    /// <summary>Retailer SKU.</summary>
    [JsonProperty("partnerSku")] public string PartnerSku { get; set; } = string.Empty;
    /// <summary>Retailer id.</summary>
    [JsonProperty("dscoRetailerId")] public string? DscoRetailerId { get; set; }
    /// <summary>Trading partner id.</summary>
    [JsonProperty("dscoTradingPartnerId")] public string? DscoTradingPartnerId { get; set; }
}

/// <summary>Stock in one warehouse (spec <c>ItemWarehouse</c>). Required: code.</summary>
public sealed class ItemWarehouse
{
    /// <summary>The supplier's warehouse id.</summary>
    [JsonProperty("code")] public string Code { get; set; } = string.Empty;
    /// <summary>DSCO warehouse id.</summary>
    [JsonProperty("dscoId")] public string? DscoId { get; set; }
    /// <summary>Retailer code (read only).</summary>
    [JsonProperty("retailerCode")] public string? RetailerCode { get; set; }
    /// <summary>Quantity.</summary>
    [JsonProperty("quantity")] public int? Quantity { get; set; }
    /// <summary>Quantity on order.</summary>
    [JsonProperty("quantityOnOrder")] public int? QuantityOnOrder { get; set; }
    /// <summary>Per-warehouse cost.</summary>
    [JsonProperty("cost")] public decimal? Cost { get; set; }
    /// <summary>Status (free text).</summary>
    [JsonProperty("status")] public string? Status { get; set; }
    /// <summary>Estimated availability date.</summary>
    [JsonProperty("estimatedAvailabilityDate")] public DateTimeOffset? EstimatedAvailabilityDate { get; set; }
}
