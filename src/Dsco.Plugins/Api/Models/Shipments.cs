using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace Dsco.Plugins.Api.Models;

/// <summary>Shipments for one order (spec <c>ShipmentsForUpdate</c>): one of dscoOrderId/poNumber/supplierOrderNumber plus shipments.</summary>
public sealed class ShipmentsForUpdate
{
    /// <summary>DSCO order id.</summary>
    [JsonProperty("dscoOrderId")] public string? DscoOrderId { get; set; }
    /// <summary>PO number.</summary>
    [JsonProperty("poNumber")] public string? PoNumber { get; set; }
    /// <summary>Supplier order number.</summary>
    [JsonProperty("supplierOrderNumber")] public string? SupplierOrderNumber { get; set; }
    /// <summary>The packages shipped (required).</summary>
    [JsonProperty("shipments")] public IList<ShipmentForUpdate> Shipments { get; set; } = new List<ShipmentForUpdate>();
}

/// <summary>One package (spec <c>ShipmentForUpdate</c>). Required: <c>trackingNumber</c>, <c>lineItems</c>.</summary>
public sealed class ShipmentForUpdate
{
    /// <summary>Tracking number.</summary>
    [JsonProperty("trackingNumber")] public string TrackingNumber { get; set; } = string.Empty;
    /// <summary>Carrier tracking URL.</summary>
    [JsonProperty("trackingUrl")] public string? TrackingUrl { get; set; }
    /// <summary>Untracked shipment (not nullable in the spec: omitted when null).</summary>
    [JsonProperty("untracked")] public bool? Untracked { get; set; }
    /// <summary>Ship date.</summary>
    [JsonProperty("shipDate")] public DateTimeOffset? ShipDate { get; set; }
    /// <summary>Carrier.</summary>
    [JsonProperty("shipCarrier")] public string? ShipCarrier { get; set; }
    /// <summary>Method.</summary>
    [JsonProperty("shipMethod")] public string? ShipMethod { get; set; }
    /// <summary>Service level code.</summary>
    [JsonProperty("shippingServiceLevelCode")] public string? ShippingServiceLevelCode { get; set; }
    /// <summary>Ship cost.</summary>
    [JsonProperty("shipCost")] public decimal? ShipCost { get; set; }
    /// <summary>Currency code.</summary>
    [JsonProperty("currencyCode")] public string? CurrencyCode { get; set; }
    /// <summary>Package weight.</summary>
    [JsonProperty("shipWeight")] public decimal? ShipWeight { get; set; }
    /// <summary>Weight units.</summary>
    [JsonProperty("shipWeightUnits")] public string? ShipWeightUnits { get; set; }
    /// <summary>Supplier warehouse code.</summary>
    [JsonProperty("warehouseCode")] public string? WarehouseCode { get; set; }
    /// <summary>Retailer warehouse code.</summary>
    [JsonProperty("warehouseRetailerCode")] public string? WarehouseRetailerCode { get; set; }
    /// <summary>DSCO warehouse id.</summary>
    [JsonProperty("warehouseDscoId")] public string? WarehouseDscoId { get; set; }
    /// <summary>SSCC barcode.</summary>
    [JsonProperty("ssccBarcode")] public string? SsccBarcode { get; set; }
    /// <summary>Ship-from address.</summary>
    [JsonProperty("shipFrom")] public PackageShipFrom? ShipFrom { get; set; }
    /// <summary>Ship-to address.</summary>
    [JsonProperty("shipTo")] public PackageShipTo? ShipTo { get; set; }
    /// <summary>LTL manifest id.</summary>
    [JsonProperty("carrierManifestId")] public string? CarrierManifestId { get; set; }
    /// <summary>Reference number qualifier (2I, BM, CN, MB, OC).</summary>
    [JsonProperty("referenceNumberQualifier")] public string? ReferenceNumberQualifier { get; set; }
    /// <summary>Number of line items.</summary>
    [JsonProperty("numberOfLineItems")] public int? NumberOfLineItems { get; set; }
    /// <summary>Transaction id.</summary>
    [JsonProperty("transactionId")] public string? TransactionId { get; set; }
    /// <summary>Transaction date.</summary>
    [JsonProperty("transactionDate")] public DateTimeOffset? TransactionDate { get; set; }
    /// <summary>Vendor invoice number.</summary>
    [JsonProperty("vendorInvoiceNumber")] public string? VendorInvoiceNumber { get; set; }
    /// <summary>Balance due.</summary>
    [JsonProperty("balanceDue")] public decimal? BalanceDue { get; set; }
    /// <summary>Package details.</summary>
    [JsonProperty("packageDetails")] public PackageDetails? PackageDetails { get; set; }
    /// <summary>Items in this package (required).</summary>
    [JsonProperty("lineItems")] public IList<ShipmentLineItemForUpdate> LineItems { get; set; } = new List<ShipmentLineItemForUpdate>();
}

/// <summary>An item in a shipped package (spec <c>ShipmentLineItemForUpdate</c>). Required: quantity and one item id.</summary>
public sealed class ShipmentLineItemForUpdate
{
    /// <summary>Quantity shipped.</summary>
    [JsonProperty("quantity")] public int Quantity { get; set; }
    /// <summary>Order line number.</summary>
    [JsonProperty("lineNumber")] public int? LineNumber { get; set; }
    /// <summary>DSCO item id.</summary>
    [JsonProperty("dscoItemId")] public string? DscoItemId { get; set; }
    /// <summary>SKU.</summary>
    [JsonProperty("sku")] public string? Sku { get; set; }
    /// <summary>Partner SKU.</summary>
    [JsonProperty("partnerSku")] public string? PartnerSku { get; set; }
    /// <summary>UPC.</summary>
    [JsonProperty("upc")] public string? Upc { get; set; }
    /// <summary>GTIN.</summary>
    [JsonProperty("gtin")] public string? Gtin { get; set; }
    /// <summary>ISBN.</summary>
    [JsonProperty("isbn")] public string? Isbn { get; set; }
    /// <summary>MPN.</summary>
    [JsonProperty("mpn")] public string? Mpn { get; set; }
    /// <summary>EAN.</summary>
    [JsonProperty("ean")] public string? Ean { get; set; }
    /// <summary>Item spans several packages.</summary>
    [JsonProperty("packageSpanFlag")] public bool? PackageSpanFlag { get; set; }
    /// <summary>Retailer item ids.</summary>
    [JsonProperty("retailerItemIds")] public IList<string>? RetailerItemIds { get; set; }
    /// <summary>Serial numbers.</summary>
    [JsonProperty("serialNumbers")] public IList<string>? SerialNumbers { get; set; }
    /// <summary>Title.</summary>
    [JsonProperty("title")] public string? Title { get; set; }
    /// <summary>Notes.</summary>
    [JsonProperty("notes")] public string? Notes { get; set; }
}

/// <summary>Package ship-from (spec <c>PackageShipFrom</c>).</summary>
public class PackageShipFrom
{
    /// <summary>Attention.</summary>
    [JsonProperty("attention")] public string? Attention { get; set; }
    /// <summary>Name.</summary>
    [JsonProperty("name")] public string? Name { get; set; }
    /// <summary>Company.</summary>
    [JsonProperty("company")] public string? Company { get; set; }
    /// <summary>Address lines.</summary>
    [JsonProperty("address")] public IList<string>? Address { get; set; }
    /// <summary>City.</summary>
    [JsonProperty("city")] public string? City { get; set; }
    /// <summary>Region.</summary>
    [JsonProperty("region")] public string? Region { get; set; }
    /// <summary>Postal code.</summary>
    [JsonProperty("postal")] public string? Postal { get; set; }
    /// <summary>Country.</summary>
    [JsonProperty("country")] public string? Country { get; set; }
    /// <summary>Phone.</summary>
    [JsonProperty("phone")] public string? Phone { get; set; }
    /// <summary>Email.</summary>
    [JsonProperty("email")] public string? Email { get; set; }
    /// <summary>Tax exempt number.</summary>
    [JsonProperty("taxExemptNumber")] public string? TaxExemptNumber { get; set; }
    /// <summary>Tax registration number.</summary>
    [JsonProperty("taxRegistrationNumber")] public string? TaxRegistrationNumber { get; set; }
    /// <summary>Location code (ship-from only).</summary>
    [JsonProperty("locationCode")] public string? LocationCode { get; set; }
    /// <summary><c>Residential</c> or <c>Commercial</c>.</summary>
    [JsonProperty("addressType")] public string? AddressType { get; set; }
}

/// <summary>Package ship-to (spec <c>PackageShipTo</c>).</summary>
public sealed class PackageShipTo
{
    /// <summary>Attention.</summary>
    [JsonProperty("attention")] public string? Attention { get; set; }
    /// <summary>Name.</summary>
    [JsonProperty("name")] public string? Name { get; set; }
    /// <summary>Company.</summary>
    [JsonProperty("company")] public string? Company { get; set; }
    /// <summary>Address lines.</summary>
    [JsonProperty("address")] public IList<string>? Address { get; set; }
    /// <summary>City.</summary>
    [JsonProperty("city")] public string? City { get; set; }
    /// <summary>Region.</summary>
    [JsonProperty("region")] public string? Region { get; set; }
    /// <summary>Postal code.</summary>
    [JsonProperty("postal")] public string? Postal { get; set; }
    /// <summary>Country.</summary>
    [JsonProperty("country")] public string? Country { get; set; }
    /// <summary>Phone.</summary>
    [JsonProperty("phone")] public string? Phone { get; set; }
    /// <summary>Email.</summary>
    [JsonProperty("email")] public string? Email { get; set; }
    /// <summary>Store number.</summary>
    [JsonProperty("storeNumber")] public string? StoreNumber { get; set; }
    /// <summary>Tax exempt number.</summary>
    [JsonProperty("taxExemptNumber")] public string? TaxExemptNumber { get; set; }
    /// <summary>Tax registration number.</summary>
    [JsonProperty("taxRegistrationNumber")] public string? TaxRegistrationNumber { get; set; }
    /// <summary><c>Residential</c> or <c>Commercial</c>.</summary>
    [JsonProperty("addressType")] public string? AddressType { get; set; }
}

/// <summary>Extra package facts (spec <c>packageDetails</c>).</summary>
public sealed class PackageDetails
{
    /// <summary>Notes.</summary>
    [JsonProperty("notes")] public string? Notes { get; set; }
    /// <summary>Estimated delivery date.</summary>
    [JsonProperty("estimatedDeliveryDate")] public DateTimeOffset? EstimatedDeliveryDate { get; set; }
    /// <summary>Ship cost.</summary>
    [JsonProperty("shipCost")] public decimal? ShipCost { get; set; }
    /// <summary>Bill of lading number (a number in the spec).</summary>
    [JsonProperty("billOfLadingNumber")] public decimal? BillOfLadingNumber { get; set; }
    /// <summary>Dimensions.</summary>
    [JsonProperty("dimensions")] public PackageDimensions? Dimensions { get; set; }
    /// <summary>Weight.</summary>
    [JsonProperty("weight")] public decimal? Weight { get; set; }
    /// <summary>Units.</summary>
    [JsonProperty("units")] public PackageUnits? Units { get; set; }
}

/// <summary>Package dimensions.</summary>
public sealed class PackageDimensions
{
    /// <summary>Length.</summary>
    [JsonProperty("length")] public decimal? Length { get; set; }
    /// <summary>Width.</summary>
    [JsonProperty("width")] public decimal? Width { get; set; }
    /// <summary>Height.</summary>
    [JsonProperty("height")] public decimal? Height { get; set; }
}

/// <summary>Units of the package weight and dimensions.</summary>
public sealed class PackageUnits
{
    /// <summary>Weight unit.</summary>
    [JsonProperty("weight")] public string? Weight { get; set; }
    /// <summary>Dimension unit.</summary>
    [JsonProperty("dimensions")] public string? Dimensions { get; set; }
}
