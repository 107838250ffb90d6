using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace Dsco.Plugins.Api.Models;

/// <summary>A supplier invoice (spec <c>Invoice</c>). Required: <c>invoiceId</c>, <c>totalAmount</c>, plus one order link.</summary>
public sealed class Invoice
{
    /// <summary>The supplier's invoice number.</summary>
    [JsonProperty("invoiceId")] public string InvoiceId { get; set; } = string.Empty;
    /// <summary>DSCO order id.</summary>
    [JsonProperty("dscoOrderId")] public string? DscoOrderId { get; set; }
    /// <summary>PO number.</summary>
    [JsonProperty("poNumber")] public string? PoNumber { get; set; }
    /// <summary>Supplier order number.</summary>
    [JsonProperty("supplierOrderNumber")] public string? SupplierOrderNumber { get; set; }
    /// <summary>Consumer order number.</summary>
    [JsonProperty("consumerOrderNumber")] public string? ConsumerOrderNumber { get; set; }
    /// <summary>Invoice date.</summary>
    [JsonProperty("invoiceDate")] public DateTimeOffset? InvoiceDate { get; set; }
    /// <summary>Currency code.</summary>
    [JsonProperty("currencyCode")] public string? CurrencyCode { get; set; }
    /// <summary>Total amount (required).</summary>
    [JsonProperty("totalAmount")] public decimal TotalAmount { get; set; }
    /// <summary>Sum of the lines.</summary>
    [JsonProperty("lineItemsSubtotal")] public decimal? LineItemsSubtotal { get; set; }
    /// <summary>Subtotal of everything but the lines.</summary>
    [JsonProperty("subtotalExcludingLineItems")] public decimal? SubtotalExcludingLineItems { get; set; }
    /// <summary>Number of lines (number/integer in the spec: read as 3 or 3.0).</summary>
    [JsonProperty("numberOfLineItems")] public int? NumberOfLineItems { get; set; }
    /// <summary>Handling amount.</summary>
    [JsonProperty("handlingAmount")] public decimal? HandlingAmount { get; set; }
    /// <summary>Freight amount.</summary>
    [JsonProperty("freightAmount")] public decimal? FreightAmount { get; set; }
    /// <summary>Sales tax amount.</summary>
    [JsonProperty("salesTaxAmount")] public decimal? SalesTaxAmount { get; set; }
    /// <summary>Sales tax collected.</summary>
    [JsonProperty("amountOfSalesTaxCollected")] public decimal? AmountOfSalesTaxCollected { get; set; }
    /// <summary>Taxable amount.</summary>
    [JsonProperty("taxableAmountOfSale")] public decimal? TaxableAmountOfSale { get; set; }
    /// <summary>Buyer id.</summary>
    [JsonProperty("buyerId")] public string? BuyerId { get; set; }
    /// <summary>Seller id.</summary>
    [JsonProperty("sellerId")] public string? SellerId { get; set; }
    /// <summary>Seller invoice number.</summary>
    [JsonProperty("sellerInvoiceNumber")] public string? SellerInvoiceNumber { get; set; }
    /// <summary>External batch id.</summary>
    [JsonProperty("externalBatchId")] public string? ExternalBatchId { get; set; }
    /// <summary>Expected order total.</summary>
    [JsonProperty("expectedOrderTotalAmount")] public decimal? ExpectedOrderTotalAmount { get; set; }
    /// <summary>Expected order total difference.</summary>
    [JsonProperty("expectedOrderTotalDifference")] public decimal? ExpectedOrderTotalDifference { get; set; }
    /// <summary>Charges.</summary>
    [JsonProperty("charges")] public IList<InvoiceCharge>? Charges { get; set; }
    /// <summary>Credits.</summary>
    [JsonProperty("credits")] public IList<InvoiceCredit>? Credits { get; set; }
    /// <summary>Taxes.</summary>
    [JsonProperty("taxes")] public IList<InvoiceTax>? Taxes { get; set; }
    /// <summary>Payment terms.</summary>
    [JsonProperty("terms")] public InvoiceTerms? Terms { get; set; }
    /// <summary>Ship-from.</summary>
    [JsonProperty("shipFrom")] public InvoiceShipFromTo? ShipFrom { get; set; }
    /// <summary>Ship-to.</summary>
    [JsonProperty("shipTo")] public InvoiceShipFromTo? ShipTo { get; set; }
    /// <summary>Buyer.</summary>
    [JsonProperty("buyer")] public InvoiceShipFromTo? Buyer { get; set; }
    /// <summary>Remit-to.</summary>
    [JsonProperty("remitTo")] public InvoiceShipFromTo? RemitTo { get; set; }
    /// <summary>Seller.</summary>
    [JsonProperty("seller")] public InvoiceShipFromTo? Seller { get; set; }
    /// <summary>Ship info.</summary>
    [JsonProperty("ship")] public InvoiceShipInfo? Ship { get; set; }
    /// <summary>Lines.</summary>
    [JsonProperty("lineItems")] public IList<InvoiceLineItem>? LineItems { get; set; }
    /// <summary><c>Dropship</c>, <c>Marketplace</c>, <c>Wholesale</c> or <c>Mixed</c>.</summary>
    [JsonProperty("orderType")] public string? OrderType { get; set; }
    /// <summary>Origin id.</summary>
    [JsonProperty("originId")] public long? OriginId { get; set; }
    /// <summary>FLSA compliance flag.</summary>
    [JsonProperty("flsaComplianceFlag")] public bool? FlsaComplianceFlag { get; set; }
    /// <summary>Trading partner name.</summary>
    [JsonProperty("dscoTradingPartnerName")] public string? DscoTradingPartnerName { get; set; }
    /// <summary>Trading partner parent id.</summary>
    [JsonProperty("dscoTradingPartnerParentId")] public string? DscoTradingPartnerParentId { get; set; }
    /// <summary>DSCO invoice id (read only).</summary>
    [JsonProperty("dscoInvoiceId")] public string? DscoInvoiceId { get; set; }
    /// <summary>DSCO supplier id (read only).</summary>
    [JsonProperty("dscoSupplierId")] public string? DscoSupplierId { get; set; }
    /// <summary>DSCO retailer id (read only).</summary>
    [JsonProperty("dscoRetailerId")] public string? DscoRetailerId { get; set; }
    /// <summary>DSCO trading partner id (read only).</summary>
    [JsonProperty("dscoTradingPartnerId")] public string? DscoTradingPartnerId { get; set; }
    /// <summary>Created (read only).</summary>
    [JsonProperty("createDate")] public DateTimeOffset? CreateDate { get; set; }
    /// <summary>Last update (read only).</summary>
    [JsonProperty("lastUpdate")] public DateTimeOffset? LastUpdate { get; set; }
}

/// <summary>An invoice charge. Required: title, amount.</summary>
public sealed class InvoiceCharge
{
    /// <summary>Title.</summary>
    [JsonProperty("title")] public string Title { get; set; } = string.Empty;
    /// <summary>Amount.</summary>
    [JsonProperty("amount")] public decimal Amount { get; set; }
}

/// <summary>An invoice credit.</summary>
public sealed class InvoiceCredit
{
    /// <summary>Title.</summary>
    [JsonProperty("title")] public string? Title { get; set; }
    /// <summary>Amount.</summary>
    [JsonProperty("amount")] public decimal? Amount { get; set; }
}

/// <summary>An invoice tax (spec <c>InvoiceTax</c>). Required: amount, description (max 20 chars).</summary>
public sealed class InvoiceTax
{
    /// <summary>Amount.</summary>
    [JsonProperty("amount")] public decimal Amount { get; set; }
    /// <summary>Description, at most 20 characters.</summary>
    [JsonProperty("description")] public string Description { get; set; } = string.Empty;
    /// <summary>Type code, at most 10 characters.</summary>
    [JsonProperty("typeCode")] public string? TypeCode { get; set; }
    /// <summary>Percentage.</summary>
    [JsonProperty("percentage")] public decimal? Percentage { get; set; }
    /// <summary>Jurisdiction qualifier.</summary>
    [JsonProperty("jurisdictionQualifier")] public string? JurisdictionQualifier { get; set; }
    /// <summary>Jurisdiction.</summary>
    [JsonProperty("jurisdiction")] public string? Jurisdiction { get; set; }
    /// <summary>Exempt code.</summary>
    [JsonProperty("exemptCode")] public string? ExemptCode { get; set; }
    /// <summary>Registration number.</summary>
    [JsonProperty("registrationNumber")] public string? RegistrationNumber { get; set; }
}

/// <summary>Invoice terms (the kind of terms is <c>type</c>, not termsType).</summary>
public sealed class InvoiceTerms
{
    /// <summary>Terms type.</summary>
    [JsonProperty("type")] public string? Type { get; set; }
    /// <summary>Basis date.</summary>
    [JsonProperty("basisDate")] public DateTimeOffset? BasisDate { get; set; }
    /// <summary>Discount percent.</summary>
    [JsonProperty("discountPercent")] public decimal? DiscountPercent { get; set; }
    /// <summary>Discount due date.</summary>
    [JsonProperty("discountDueDate")] public DateTimeOffset? DiscountDueDate { get; set; }
    /// <summary>Discount days due.</summary>
    [JsonProperty("discountDaysDue")] public int? DiscountDaysDue { get; set; }
    /// <summary>Net due date.</summary>
    [JsonProperty("netDueDate")] public DateTimeOffset? NetDueDate { get; set; }
    /// <summary>Net days.</summary>
    [JsonProperty("netDays")] public int? NetDays { get; set; }
    /// <summary>Discount amount.</summary>
    [JsonProperty("discountAmount")] public decimal? DiscountAmount { get; set; }
    /// <summary>Day of month.</summary>
    [JsonProperty("dayOfMonth")] public int? DayOfMonth { get; set; }
    /// <summary>Total subject to discount.</summary>
    [JsonProperty("totalAmountSubjectToDiscount")] public decimal? TotalAmountSubjectToDiscount { get; set; }
}

/// <summary>Invoice party address (spec <c>InvoiceShipFromTo</c>). Required: city, country, postal.</summary>
public sealed class InvoiceShipFromTo
{
    /// <summary>Name.</summary>
    [JsonProperty("name")] public string? Name { get; set; }
    /// <summary>Company.</summary>
    [JsonProperty("company")] public string? Company { get; set; }
    /// <summary>Attention.</summary>
    [JsonProperty("attention")] public string? Attention { get; set; }
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
    /// <summary>Location code.</summary>
    [JsonProperty("locationCode")] public string? LocationCode { get; set; }
    /// <summary>Email.</summary>
    [JsonProperty("email")] public string? Email { get; set; }
    /// <summary>Phone.</summary>
    [JsonProperty("phone")] public string? Phone { get; set; }
    /// <summary>Store number.</summary>
    [JsonProperty("storeNumber")] public string? StoreNumber { get; set; }
    /// <summary>Customer number.</summary>
    [JsonProperty("customerNumber")] public string? CustomerNumber { get; set; }
    /// <summary><c>Residential</c> or <c>Commercial</c>.</summary>
    [JsonProperty("addressType")] public string? AddressType { get; set; }
    /// <summary>Tax exempt number.</summary>
    [JsonProperty("taxExemptNumber")] public string? TaxExemptNumber { get; set; }
    /// <summary>Tax registration number.</summary>
    [JsonProperty("taxRegistrationNumber")] public string? TaxRegistrationNumber { get; set; }
}

/// <summary>Invoice ship info (<c>ship</c>). Note the names carrier/method/serviceLevelCode.</summary>
public sealed class InvoiceShipInfo
{
    /// <summary>Units shipped.</summary>
    [JsonProperty("numberOfUnitsShipped")] public int? NumberOfUnitsShipped { get; set; }
    /// <summary>Unit of measure.</summary>
    [JsonProperty("unitOfMeasure")] public string? UnitOfMeasure { get; set; }
    /// <summary>Weight.</summary>
    [JsonProperty("weight")] public decimal? Weight { get; set; }
    /// <summary><c>lb</c>, <c>oz</c>, <c>g</c> or <c>kg</c>.</summary>
    [JsonProperty("weightUnits")] public string? WeightUnits { get; set; }
    /// <summary>Ship date.</summary>
    [JsonProperty("date")] public DateTimeOffset? Date { get; set; }
    /// <summary>Tracking number.</summary>
    [JsonProperty("trackingNumber")] public string? TrackingNumber { get; set; }
    /// <summary>Carrier.</summary>
    [JsonProperty("carrier")] public string? Carrier { get; set; }
    /// <summary>Method.</summary>
    [JsonProperty("method")] public string? Method { get; set; }
    /// <summary>Service level code.</summary>
    [JsonProperty("serviceLevelCode")] public string? ServiceLevelCode { get; set; }
    /// <summary>Transportation method code.</summary>
    [JsonProperty("transportationMethodCode")] public string? TransportationMethodCode { get; set; }
    /// <summary>Reference number qualifier.</summary>
    [JsonProperty("referenceNumberQualifier")] public string? ReferenceNumberQualifier { get; set; }
    /// <summary>Supplier warehouse code.</summary>
    [JsonProperty("warehouseCode")] public string? WarehouseCode { get; set; }
    /// <summary>Retailer warehouse code.</summary>
    [JsonProperty("warehouseRetailerCode")] public string? WarehouseRetailerCode { get; set; }
    /// <summary>DSCO warehouse id.</summary>
    [JsonProperty("warehouseDscoId")] public string? WarehouseDscoId { get; set; }
    /// <summary>SSCC barcode.</summary>
    [JsonProperty("ssccBarcode")] public string? SsccBarcode { get; set; }
    /// <summary>Carrier manifest id.</summary>
    [JsonProperty("carrierManifestId")] public string? CarrierManifestId { get; set; }
    /// <summary>Store number.</summary>
    [JsonProperty("storeNumber")] public string? StoreNumber { get; set; }
}

/// <summary>An invoice line (spec <c>InvoiceLineItem</c>). Required: quantity, unitPrice.</summary>
public sealed class InvoiceLineItem
{
    /// <summary>Quantity.</summary>
    [JsonProperty("quantity")] public int Quantity { get; set; }
    /// <summary>Unit price (required, never null).</summary>
    [JsonProperty("unitPrice")] public decimal UnitPrice { get; set; }
    /// <summary>Basis of unit price.</summary>
    [JsonProperty("basisOfUnitPrice")] public string? BasisOfUnitPrice { get; set; }
    /// <summary>Line number.</summary>
    [JsonProperty("lineNumber")] public int? LineNumber { get; set; }
    /// <summary>DSCO item id.</summary>
    [JsonProperty("dscoItemId")] public string? DscoItemId { get; set; }
    /// <summary>SKU.</summary>
    [JsonProperty("sku")] public string? Sku { get; set; }
    /// <summary>Partner SKU.</summary>
    [JsonProperty("partnerSku")] public string? PartnerSku { get; set; }
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
    /// <summary>Title.</summary>
    [JsonProperty("title")] public string? Title { get; set; }
    /// <summary>Unit of measure.</summary>
    [JsonProperty("unitOfMeasure")] public string? UnitOfMeasure { get; set; }
    /// <summary>Extended amount.</summary>
    [JsonProperty("extendedAmount")] public decimal? ExtendedAmount { get; set; }
    /// <summary>Subtotal.</summary>
    [JsonProperty("subtotal")] public decimal? Subtotal { get; set; }
    /// <summary>Handling amount.</summary>
    [JsonProperty("handlingAmount")] public decimal? HandlingAmount { get; set; }
    /// <summary>Ship amount.</summary>
    [JsonProperty("shipAmount")] public decimal? ShipAmount { get; set; }
    /// <summary>Promotion reference.</summary>
    [JsonProperty("promotionReference")] public string? PromotionReference { get; set; }
    /// <summary>Promotion amount.</summary>
    [JsonProperty("promotionAmount")] public decimal? PromotionAmount { get; set; }
    /// <summary>Deprecated: use <see cref="Taxes"/>.</summary>
    [JsonProperty("taxAmount")] public decimal? TaxAmount { get; set; }
    /// <summary>Line taxes.</summary>
    [JsonProperty("taxes")] public IList<InvoiceTax>? Taxes { get; set; }
    /// <summary>Sales tax collected.</summary>
    [JsonProperty("amountOfSalesTaxCollected")] public decimal? AmountOfSalesTaxCollected { get; set; }
    /// <summary>Taxable amount.</summary>
    [JsonProperty("taxableAmountOfSale")] public decimal? TaxableAmountOfSale { get; set; }
    /// <summary>Ship date.</summary>
    [JsonProperty("shipDate")] public DateTimeOffset? ShipDate { get; set; }
    /// <summary>Tracking number.</summary>
    [JsonProperty("trackingNumber")] public string? TrackingNumber { get; set; }
    /// <summary>Carrier.</summary>
    [JsonProperty("shipCarrier")] public string? ShipCarrier { get; set; }
    /// <summary>Method.</summary>
    [JsonProperty("shipMethod")] public string? ShipMethod { get; set; }
    /// <summary>Service level code.</summary>
    [JsonProperty("shippingServiceLevelCode")] public string? ShippingServiceLevelCode { get; set; }
    /// <summary>Ship weight.</summary>
    [JsonProperty("shipWeight")] public decimal? ShipWeight { get; set; }
    /// <summary>Ship weight units.</summary>
    [JsonProperty("shipWeightUnits")] public string? ShipWeightUnits { get; set; }
    /// <summary>Supplier warehouse code.</summary>
    [JsonProperty("warehouseCode")] public string? WarehouseCode { get; set; }
    /// <summary>Retailer warehouse code.</summary>
    [JsonProperty("warehouseRetailerCode")] public string? WarehouseRetailerCode { get; set; }
    /// <summary>DSCO warehouse id.</summary>
    [JsonProperty("warehouseDscoId")] public string? WarehouseDscoId { get; set; }
    /// <summary>SSCC barcode.</summary>
    [JsonProperty("ssccBarcode")] public string? SsccBarcode { get; set; }
    /// <summary>DSCO package id.</summary>
    [JsonProperty("dscoPackageId")] public long? DscoPackageId { get; set; }
    /// <summary>MSRP.</summary>
    [JsonProperty("msrp")] public decimal? Msrp { get; set; }
    /// <summary>Reference number qualifier.</summary>
    [JsonProperty("shipReferenceNumberQualifier")] public string? ShipReferenceNumberQualifier { get; set; }
    /// <summary>Transportation method code.</summary>
    [JsonProperty("shipTransportationMethodCode")] public string? ShipTransportationMethodCode { get; set; }
    /// <summary>Ship unit of measure.</summary>
    [JsonProperty("shipUnitOfMeasure")] public string? ShipUnitOfMeasure { get; set; }
    /// <summary>Carrier manifest id.</summary>
    [JsonProperty("carrierManifestId")] public string? CarrierManifestId { get; set; }
    /// <summary>Store number.</summary>
    [JsonProperty("storeNumber")] public string? StoreNumber { get; set; }
    /// <summary>Serial numbers.</summary>
    [JsonProperty("serialNumbers")] public IList<string>? SerialNumbers { get; set; }
    /// <summary>Original line number (read only).</summary>
    [JsonProperty("originalLineNumber")] public int? OriginalLineNumber { get; set; }
    /// <summary>Retailer line id (read only).</summary>
    [JsonProperty("retailerLineId")] public string? RetailerLineId { get; set; }
}

/// <summary>Answer of <c>GET /invoice</c>.</summary>
public sealed class InvoiceLookupResult
{
    /// <summary>Matching invoices (may be empty).</summary>
    [JsonProperty("invoices")] public IList<Invoice> Invoices { get; set; } = new List<Invoice>();
}
