using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace Dsco.Plugins.Api.Models;

/// <summary>A DSCO order (spec schema <c>Order</c>). Required by DSCO: <c>poNumber</c>, <c>lineItems</c>, <c>shipping</c>.</summary>
public sealed class Order
{
    /// <summary>The retailer's purchase-order number.</summary>
    [JsonProperty("poNumber")] public string? PoNumber { get; set; }
    /// <summary>DSCO's order id (a string on the order; numeric when used for acknowledge).</summary>
    [JsonProperty("dscoOrderId")] public string? DscoOrderId { get; set; }
    /// <summary>The supplier's own order number, set e.g. while acknowledging.</summary>
    [JsonProperty("supplierOrderNumber")] public string? SupplierOrderNumber { get; set; }
    /// <summary>The consumer-facing order number.</summary>
    [JsonProperty("consumerOrderNumber")] public string? ConsumerOrderNumber { get; set; }
    /// <summary>A second consumer order number.</summary>
    [JsonProperty("secondaryConsumerOrderNumber")] public string? SecondaryConsumerOrderNumber { get; set; }
    /// <summary>Free-text sales channel.</summary>
    [JsonProperty("channel")] public string? Channel { get; set; }
    /// <summary><c>Dropship</c>, <c>Marketplace</c>, <c>Wholesale</c> or <c>Mixed</c> (capitalised).</summary>
    [JsonProperty("orderType")] public string? OrderType { get; set; }
    /// <summary>Deprecated status: <c>created</c>, <c>shipment_pending</c>, <c>shipped</c>, <c>cancelled</c>.</summary>
    [JsonProperty("dscoStatus")] public string? DscoStatus { get; set; }
    /// <summary>Lifecycle: <c>received</c>, <c>created</c>, <c>acknowledged</c>, <c>completed</c>.</summary>
    [JsonProperty("dscoLifecycle")] public string? DscoLifecycle { get; set; }
    /// <summary>True for a test order.</summary>
    [JsonProperty("testFlag")] public bool? TestFlag { get; set; }
    /// <summary>DSCO retailer id (read only).</summary>
    [JsonProperty("dscoRetailerId")] public string? DscoRetailerId { get; set; }
    /// <summary>DSCO supplier id (read only).</summary>
    [JsonProperty("dscoSupplierId")] public string? DscoSupplierId { get; set; }
    /// <summary>DSCO supplier name (read only).</summary>
    [JsonProperty("dscoSupplierName")] public string? DscoSupplierName { get; set; }
    /// <summary>The retailer's id for its relationship with the supplier.</summary>
    [JsonProperty("dscoTradingPartnerId")] public string? DscoTradingPartnerId { get; set; }
    /// <summary>Trading partner name.</summary>
    [JsonProperty("dscoTradingPartnerName")] public string? DscoTradingPartnerName { get; set; }
    /// <summary>Trading partner parent id.</summary>
    [JsonProperty("dscoTradingPartnerParentId")] public string? DscoTradingPartnerParentId { get; set; }
    /// <summary>Onboarding retailer id (read only).</summary>
    [JsonProperty("dscoOnboardingRetailerId")] public string? DscoOnboardingRetailerId { get; set; }
    /// <summary>The retailer asked for cancellation (read only).</summary>
    [JsonProperty("cancelRequested")] public bool? CancelRequested { get; set; }
    /// <summary>Code of the cancellation request (read only).</summary>
    [JsonProperty("cancelRequestedCode")] public string? CancelRequestedCode { get; set; }
    /// <summary>CHub internal control number.</summary>
    [JsonProperty("internalControlNumber")] public string? InternalControlNumber { get; set; }
    /// <summary>Number of line items.</summary>
    [JsonProperty("numberOfLineItems")] public int? NumberOfLineItems { get; set; }
    /// <summary>Currency code of the order.</summary>
    [JsonProperty("currencyCode")] public string? CurrencyCode { get; set; }
    /// <summary>Currency code of the consumer order.</summary>
    [JsonProperty("consumerOrderCurrencyCode")] public string? ConsumerOrderCurrencyCode { get; set; }
    /// <summary><c>in_store_pickup</c> or <c>ship_to_customer</c>.</summary>
    [JsonProperty("deliveryMethod")] public string? DeliveryMethod { get; set; }
    /// <summary>Cross-dock flag.</summary>
    [JsonProperty("crossDockFlag")] public bool? CrossDockFlag { get; set; }
    /// <summary>Cross-dock location.</summary>
    [JsonProperty("crossDockLocation")] public DscoAddress? CrossDockLocation { get; set; }

    /// <summary>When the retailer created the order.</summary>
    [JsonProperty("retailerCreateDate")] public DateTimeOffset? RetailerCreateDate { get; set; }
    /// <summary>When DSCO created the order.</summary>
    [JsonProperty("dscoCreateDate")] public DateTimeOffset? DscoCreateDate { get; set; }
    /// <summary>When DSCO last updated the order.</summary>
    [JsonProperty("dscoLastUpdate")] public DateTimeOffset? DscoLastUpdate { get; set; }
    /// <summary>When the consumer placed the order.</summary>
    [JsonProperty("consumerOrderDate")] public DateTimeOffset? ConsumerOrderDate { get; set; }
    /// <summary>Cancel-after date.</summary>
    [JsonProperty("cancelAfterDate")] public DateTimeOffset? CancelAfterDate { get; set; }
    /// <summary>Ship-by date.</summary>
    [JsonProperty("shipByDate")] public DateTimeOffset? ShipByDate { get; set; }
    /// <summary>Acknowledge-by date.</summary>
    [JsonProperty("acknowledgeByDate")] public DateTimeOffset? AcknowledgeByDate { get; set; }
    /// <summary>Invoice-by date.</summary>
    [JsonProperty("invoiceByDate")] public DateTimeOffset? InvoiceByDate { get; set; }
    /// <summary>Expected delivery date.</summary>
    [JsonProperty("expectedDeliveryDate")] public DateTimeOffset? ExpectedDeliveryDate { get; set; }
    /// <summary>Required delivery date.</summary>
    [JsonProperty("requiredDeliveryDate")] public DateTimeOffset? RequiredDeliveryDate { get; set; }
    /// <summary>Expected cross-dock delivery date.</summary>
    [JsonProperty("expectedCrossDockDeliveryDate")] public DateTimeOffset? ExpectedCrossDockDeliveryDate { get; set; }
    /// <summary>Computed ship-late date.</summary>
    [JsonProperty("dscoShipLateDate")] public DateTimeOffset? DscoShipLateDate { get; set; }
    /// <summary>Computed acknowledge-late date.</summary>
    [JsonProperty("dscoAcknowledgeLateDate")] public DateTimeOffset? DscoAcknowledgeLateDate { get; set; }
    /// <summary>Computed cancel-late date.</summary>
    [JsonProperty("dscoCancelLateDate")] public DateTimeOffset? DscoCancelLateDate { get; set; }
    /// <summary>Computed invoice-late date.</summary>
    [JsonProperty("dscoInvoiceLateDate")] public DateTimeOffset? DscoInvoiceLateDate { get; set; }

    /// <summary>Ship-to (required by DSCO).</summary>
    [JsonProperty("shipping")] public OrderShipping? Shipping { get; set; }
    /// <summary>Bill-to.</summary>
    [JsonProperty("billTo")] public OrderBillTo? BillTo { get; set; }
    /// <summary>Buyer party.</summary>
    [JsonProperty("buyer")] public OrderBuyer? Buyer { get; set; }
    /// <summary>Customer party.</summary>
    [JsonProperty("customer")] public DscoAddress? Customer { get; set; }
    /// <summary>Invoice-to party.</summary>
    [JsonProperty("invoiceTo")] public DscoAddress? InvoiceTo { get; set; }

    /// <summary>Carrier the supplier must ship with (use this, not <c>shipping.carrier</c>).</summary>
    [JsonProperty("shipCarrier")] public string? ShipCarrier { get; set; }
    /// <summary>Method the supplier must ship with.</summary>
    [JsonProperty("shipMethod")] public string? ShipMethod { get; set; }
    /// <summary>Shipping service level code.</summary>
    [JsonProperty("shippingServiceLevelCode")] public string? ShippingServiceLevelCode { get; set; }
    /// <summary>Carrier the retailer requested.</summary>
    [JsonProperty("requestedShipCarrier")] public string? RequestedShipCarrier { get; set; }
    /// <summary>Method the retailer requested.</summary>
    [JsonProperty("requestedShipMethod")] public string? RequestedShipMethod { get; set; }
    /// <summary>Service level the retailer requested.</summary>
    [JsonProperty("requestedShippingServiceLevelCode")] public string? RequestedShippingServiceLevelCode { get; set; }
    /// <summary>Unmapped requested service level.</summary>
    [JsonProperty("requestedShippingServiceLevelCodeUnmapped")] public string? RequestedShippingServiceLevelCodeUnmapped { get; set; }
    /// <summary>DSCO ship carrier.</summary>
    [JsonProperty("dscoShipCarrier")] public string? DscoShipCarrier { get; set; }
    /// <summary>DSCO ship method.</summary>
    [JsonProperty("dscoShipMethod")] public string? DscoShipMethod { get; set; }
    /// <summary>DSCO service level code.</summary>
    [JsonProperty("dscoShippingServiceLevelCode")] public string? DscoShippingServiceLevelCode { get; set; }
    /// <summary>Carrier account to ship through (the only third-party billing hint in the spec).</summary>
    [JsonProperty("shippingAccountNumber")] public string? ShippingAccountNumber { get; set; }
    /// <summary>Signature required.</summary>
    [JsonProperty("signatureRequiredFlag")] public bool? SignatureRequiredFlag { get; set; }
    /// <summary>Ship instructions.</summary>
    [JsonProperty("shipInstructions")] public string? ShipInstructions { get; set; }

    /// <summary>Requested warehouse (supplier code).</summary>
    [JsonProperty("requestedWarehouseCode")] public string? RequestedWarehouseCode { get; set; }
    /// <summary>Requested warehouse (retailer code).</summary>
    [JsonProperty("requestedWarehouseRetailerCode")] public string? RequestedWarehouseRetailerCode { get; set; }
    /// <summary>Requested warehouse (DSCO id).</summary>
    [JsonProperty("requestedWarehouseDscoId")] public string? RequestedWarehouseDscoId { get; set; }
    /// <summary>DSCO-assigned warehouse (supplier code).</summary>
    [JsonProperty("dscoWarehouseCode")] public string? DscoWarehouseCode { get; set; }
    /// <summary>DSCO-assigned warehouse (retailer code).</summary>
    [JsonProperty("dscoWarehouseRetailerCode")] public string? DscoWarehouseRetailerCode { get; set; }
    /// <summary>DSCO-assigned warehouse (DSCO id).</summary>
    [JsonProperty("dscoWarehouseDscoId")] public string? DscoWarehouseDscoId { get; set; }
    /// <summary>Ship warehouse (supplier code).</summary>
    [JsonProperty("shipWarehouseCode")] public string? ShipWarehouseCode { get; set; }
    /// <summary>Ship warehouse (retailer code).</summary>
    [JsonProperty("shipWarehouseRetailerCode")] public string? ShipWarehouseRetailerCode { get; set; }
    /// <summary>Ship warehouse (DSCO id).</summary>
    [JsonProperty("shipWarehouseDscoId")] public string? ShipWarehouseDscoId { get; set; }

    /// <summary>Full cost of the order including fees.</summary>
    [JsonProperty("orderTotalAmount")] public decimal? OrderTotalAmount { get; set; }
    /// <summary>Extended expected cost total.</summary>
    [JsonProperty("extendedExpectedCostTotal")] public decimal? ExtendedExpectedCostTotal { get; set; }
    /// <summary>Shipping surcharge.</summary>
    [JsonProperty("shippingSurcharge")] public decimal? ShippingSurcharge { get; set; }
    /// <summary>Customer balance due.</summary>
    [JsonProperty("customerBalanceDue")] public decimal? CustomerBalanceDue { get; set; }
    /// <summary>Sum of the line-item sales tax collected.</summary>
    [JsonProperty("amountOfSalesTaxCollected")] public decimal? AmountOfSalesTaxCollected { get; set; }
    /// <summary>Taxable amount of the sale.</summary>
    [JsonProperty("taxableAmountOfSale")] public decimal? TaxableAmountOfSale { get; set; }
    /// <summary>Order-level taxes.</summary>
    [JsonProperty("taxes")] public IList<OrderTax>? Taxes { get; set; }
    /// <summary>Coupons.</summary>
    [JsonProperty("coupons")] public IList<OrderCoupon>? Coupons { get; set; }
    /// <summary>Payments.</summary>
    [JsonProperty("payments")] public IList<OrderPayment>? Payments { get; set; }

    /// <summary>Gift flag.</summary>
    [JsonProperty("giftFlag")] public bool? GiftFlag { get; set; }
    /// <summary>Gift message.</summary>
    [JsonProperty("giftMessage")] public string? GiftMessage { get; set; }
    /// <summary>Gift recipient.</summary>
    [JsonProperty("giftToName")] public string? GiftToName { get; set; }
    /// <summary>Gift sender.</summary>
    [JsonProperty("giftFromName")] public string? GiftFromName { get; set; }
    /// <summary>Gift receipt id.</summary>
    [JsonProperty("giftReceiptId")] public string? GiftReceiptId { get; set; }
    /// <summary>Receipt id.</summary>
    [JsonProperty("receiptId")] public string? ReceiptId { get; set; }
    /// <summary>Secondary receipt id.</summary>
    [JsonProperty("secondaryReceiptId")] public string? SecondaryReceiptId { get; set; }
    /// <summary>Gift wrap flag.</summary>
    [JsonProperty("giftWrapFlag")] public bool? GiftWrapFlag { get; set; }
    /// <summary>Gift wrap message.</summary>
    [JsonProperty("giftWrapMessage")] public string? GiftWrapMessage { get; set; }

    /// <summary>Marketing message.</summary>
    [JsonProperty("marketingMessage")] public string? MarketingMessage { get; set; }
    /// <summary>Message.</summary>
    [JsonProperty("message")] public string? Message { get; set; }
    /// <summary>Packing instructions.</summary>
    [JsonProperty("packingInstructions")] public string? PackingInstructions { get; set; }
    /// <summary>Packing slip message.</summary>
    [JsonProperty("packingSlipMessage")] public string? PackingSlipMessage { get; set; }
    /// <summary>Packing slip template.</summary>
    [JsonProperty("packingSlipTemplate")] public string? PackingSlipTemplate { get; set; }
    /// <summary>Packing slip email.</summary>
    [JsonProperty("packingSlipEmail")] public string? PackingSlipEmail { get; set; }
    /// <summary>Packing slip phone.</summary>
    [JsonProperty("packingSlipPhone")] public string? PackingSlipPhone { get; set; }
    /// <summary>Returns message.</summary>
    [JsonProperty("returnsMessage")] public string? ReturnsMessage { get; set; }
    /// <summary>Localized returns message.</summary>
    [JsonProperty("returnsMessageI18n")] public IDictionary<string, string>? ReturnsMessageI18n { get; set; }
    /// <summary>Retailer accounts-payable id.</summary>
    [JsonProperty("retailerAccountsPayableId")] public string? RetailerAccountsPayableId { get; set; }
    /// <summary>Authorization-for-expense number.</summary>
    [JsonProperty("authorizationForExpenseNumber")] public string? AuthorizationForExpenseNumber { get; set; }
    /// <summary>Customer membership id.</summary>
    [JsonProperty("customerMembershipId")] public string? CustomerMembershipId { get; set; }
    /// <summary>Release number.</summary>
    [JsonProperty("releaseNumber")] public string? ReleaseNumber { get; set; }
    /// <summary>Issuer division.</summary>
    [JsonProperty("issuerDivision")] public string? IssuerDivision { get; set; }
    /// <summary>Primary batch number.</summary>
    [JsonProperty("primaryBatchNumber")] public string? PrimaryBatchNumber { get; set; }
    /// <summary>Secondary batch number.</summary>
    [JsonProperty("secondaryBatchNumber")] public string? SecondaryBatchNumber { get; set; }
    /// <summary>Business rule code.</summary>
    [JsonProperty("businessRuleCode")] public string? BusinessRuleCode { get; set; }
    /// <summary>Sales revenue center.</summary>
    [JsonProperty("salesRevenueCenter")] public string? SalesRevenueCenter { get; set; }
    /// <summary>Sales agent.</summary>
    [JsonProperty("salesAgent")] public string? SalesAgent { get; set; }
    /// <summary>Department id.</summary>
    [JsonProperty("departmentId")] public string? DepartmentId { get; set; }
    /// <summary>Department name.</summary>
    [JsonProperty("departmentName")] public string? DepartmentName { get; set; }
    /// <summary>Deprecated: use <c>shipping.storeNumber</c>.</summary>
    [JsonProperty("shipToStoreNumber")] public string? ShipToStoreNumber { get; set; }

    /// <summary>Line items (required by DSCO).</summary>
    [JsonProperty("lineItems")] public IList<OrderLineItem>? LineItems { get; set; }
    /// <summary>Packages already shipped on this order.</summary>
    [JsonProperty("packages")] public IList<Package>? Packages { get; set; }
}

/// <summary>An order line (spec <c>OrderLineItem</c>). Only <c>quantity</c> is required.</summary>
public sealed class OrderLineItem
{
    /// <summary>Ordered quantity (at least 1).</summary>
    [JsonProperty("quantity")] public int Quantity { get; set; }
    /// <summary>Unique line number within the order.</summary>
    [JsonProperty("lineNumber")] public int? LineNumber { get; set; }
    /// <summary>Consumer line number.</summary>
    [JsonProperty("consumerLineNumber")] public int? ConsumerLineNumber { get; set; }
    /// <summary>Retailer line id.</summary>
    [JsonProperty("retailerLineId")] public string? RetailerLineId { get; set; }
    /// <summary>DSCO item id.</summary>
    [JsonProperty("dscoItemId")] public string? DscoItemId { get; set; }
    /// <summary>Supplier SKU.</summary>
    [JsonProperty("sku")] public string? Sku { get; set; }
    /// <summary>Retailer SKU.</summary>
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
    /// <summary>Supplier id.</summary>
    [JsonProperty("dscoSupplierId")] public string? DscoSupplierId { get; set; }
    /// <summary>Trading partner id.</summary>
    [JsonProperty("dscoTradingPartnerId")] public string? DscoTradingPartnerId { get; set; }
    /// <summary>Title.</summary>
    [JsonProperty("title")] public string? Title { get; set; }
    /// <summary>Localized title.</summary>
    [JsonProperty("titleI18n")] public IDictionary<string, string>? TitleI18n { get; set; }
    /// <summary>Expected supplier cost per unit.</summary>
    [JsonProperty("expectedCost")] public decimal? ExpectedCost { get; set; }
    /// <summary>Consumer price.</summary>
    [JsonProperty("consumerPrice")] public decimal? ConsumerPrice { get; set; }
    /// <summary>Retail price.</summary>
    [JsonProperty("retailPrice")] public decimal? RetailPrice { get; set; }
    /// <summary>Minimum advertised price.</summary>
    [JsonProperty("map")] public decimal? Map { get; set; }
    /// <summary>MSRP.</summary>
    [JsonProperty("msrp")] public decimal? Msrp { get; set; }
    /// <summary>Consumer price without tax.</summary>
    [JsonProperty("consumerPriceWithoutTax")] public decimal? ConsumerPriceWithoutTax { get; set; }
    /// <summary>Consumer price with tax.</summary>
    [JsonProperty("consumerPriceWithTax")] public decimal? ConsumerPriceWithTax { get; set; }
    /// <summary>Extended expected cost total.</summary>
    [JsonProperty("extendedExpectedCostTotal")] public decimal? ExtendedExpectedCostTotal { get; set; }
    /// <summary>Handling amount.</summary>
    [JsonProperty("handlingAmount")] public decimal? HandlingAmount { get; set; }
    /// <summary>Shipping surcharge.</summary>
    [JsonProperty("shippingSurcharge")] public decimal? ShippingSurcharge { get; set; }
    /// <summary>Consumer balance due.</summary>
    [JsonProperty("consumerBalanceDue")] public decimal? ConsumerBalanceDue { get; set; }
    /// <summary>Consumer credit amount total.</summary>
    [JsonProperty("consumerCreditAmountTotal")] public decimal? ConsumerCreditAmountTotal { get; set; }
    /// <summary>Whether the expected cost may be adjusted.</summary>
    [JsonProperty("expectedCostAdjustmentAllowed")] public bool? ExpectedCostAdjustmentAllowed { get; set; }
    /// <summary>Commission percentage.</summary>
    [JsonProperty("commissionPercentage")] public decimal? CommissionPercentage { get; set; }
    /// <summary>Commission amount.</summary>
    [JsonProperty("commissionAmount")] public decimal? CommissionAmount { get; set; }
    /// <summary>Commission label.</summary>
    [JsonProperty("commissionLabel")] public string? CommissionLabel { get; set; }
    /// <summary>Line taxes.</summary>
    [JsonProperty("taxes")] public IList<OrderTax>? Taxes { get; set; }
    /// <summary>Sales tax collected on the line.</summary>
    [JsonProperty("amountOfSalesTaxCollected")] public decimal? AmountOfSalesTaxCollected { get; set; }
    /// <summary>Taxable amount of the line.</summary>
    [JsonProperty("taxableAmountOfSale")] public decimal? TaxableAmountOfSale { get; set; }
    /// <summary>Personalization text.</summary>
    [JsonProperty("personalization")] public string? Personalization { get; set; }
    /// <summary>Personalization key/value pairs.</summary>
    [JsonProperty("personalizationMap")] public IDictionary<string, string>? PersonalizationMap { get; set; }
    /// <summary>Supplier's warehouse id.</summary>
    [JsonProperty("warehouseCode")] public string? WarehouseCode { get; set; }
    /// <summary>Retailer's warehouse id.</summary>
    [JsonProperty("warehouseRetailerCode")] public string? WarehouseRetailerCode { get; set; }
    /// <summary>DSCO's warehouse id.</summary>
    [JsonProperty("warehouseDscoId")] public string? WarehouseDscoId { get; set; }
    /// <summary><c>accepted</c>, <c>rejected</c> or <c>cancelled</c>.</summary>
    [JsonProperty("status")] public string? Status { get; set; }
    /// <summary>Status reason.</summary>
    [JsonProperty("statusReason")] public string? StatusReason { get; set; }
    /// <summary>Accepted quantity.</summary>
    [JsonProperty("acceptedQuantity")] public int? AcceptedQuantity { get; set; }
    /// <summary>Accepted reason.</summary>
    [JsonProperty("acceptedReason")] public string? AcceptedReason { get; set; }
    /// <summary>Cancelled quantity.</summary>
    [JsonProperty("cancelledQuantity")] public int? CancelledQuantity { get; set; }
    /// <summary>Cancelled reason.</summary>
    [JsonProperty("cancelledReason")] public string? CancelledReason { get; set; }
    /// <summary>Cancel code.</summary>
    [JsonProperty("cancelCode")] public string? CancelCode { get; set; }
    /// <summary>Rejected quantity.</summary>
    [JsonProperty("rejectedQuantity")] public int? RejectedQuantity { get; set; }
    /// <summary>Rejected reason.</summary>
    [JsonProperty("rejectedReason")] public string? RejectedReason { get; set; }
    /// <summary>Cancellation requested (read only).</summary>
    [JsonProperty("cancelRequested")] public bool? CancelRequested { get; set; }
    /// <summary>Cancellation request code (read only).</summary>
    [JsonProperty("cancelRequestedCode")] public string? CancelRequestedCode { get; set; }
    /// <summary>Estimated ship date.</summary>
    [JsonProperty("estimatedShipDate")] public DateTimeOffset? EstimatedShipDate { get; set; }
    /// <summary>Estimated ship reason.</summary>
    [JsonProperty("estimatedShipReason")] public string? EstimatedShipReason { get; set; }
    /// <summary>Requested ship date (exists only on lines).</summary>
    [JsonProperty("requestedShipDate")] public DateTimeOffset? RequestedShipDate { get; set; }
    /// <summary>Line expected delivery date (overrides the order's).</summary>
    [JsonProperty("expectedDeliveryDate")] public DateTimeOffset? ExpectedDeliveryDate { get; set; }
    /// <summary>Line required delivery date.</summary>
    [JsonProperty("requiredDeliveryDate")] public DateTimeOffset? RequiredDeliveryDate { get; set; }
    /// <summary>Line acknowledge-by date.</summary>
    [JsonProperty("acknowledgeByDate")] public DateTimeOffset? AcknowledgeByDate { get; set; }
    /// <summary>Line cancel-after date.</summary>
    [JsonProperty("cancelAfterDate")] public DateTimeOffset? CancelAfterDate { get; set; }
    /// <summary>Line ship-by date.</summary>
    [JsonProperty("shipByDate")] public DateTimeOffset? ShipByDate { get; set; }
    /// <summary>Line invoice-by date.</summary>
    [JsonProperty("invoiceByDate")] public DateTimeOffset? InvoiceByDate { get; set; }
    /// <summary>Line expected cross-dock delivery date.</summary>
    [JsonProperty("expectedCrossDockDeliveryDate")] public DateTimeOffset? ExpectedCrossDockDeliveryDate { get; set; }
    /// <summary>Gift flag.</summary>
    [JsonProperty("giftFlag")] public bool? GiftFlag { get; set; }
    /// <summary>Gift receipt id.</summary>
    [JsonProperty("giftReceiptId")] public string? GiftReceiptId { get; set; }
    /// <summary>Gift recipient.</summary>
    [JsonProperty("giftToName")] public string? GiftToName { get; set; }
    /// <summary>Gift sender.</summary>
    [JsonProperty("giftFromName")] public string? GiftFromName { get; set; }
    /// <summary>Gift message.</summary>
    [JsonProperty("giftMessage")] public string? GiftMessage { get; set; }
    /// <summary>Receipt id.</summary>
    [JsonProperty("receiptId")] public string? ReceiptId { get; set; }
    /// <summary>Secondary receipt id.</summary>
    [JsonProperty("secondaryReceiptId")] public string? SecondaryReceiptId { get; set; }
    /// <summary>Message.</summary>
    [JsonProperty("message")] public string? Message { get; set; }
    /// <summary>Packing instructions.</summary>
    [JsonProperty("packingInstructions")] public string? PackingInstructions { get; set; }
    /// <summary>Ship instructions.</summary>
    [JsonProperty("shipInstructions")] public string? ShipInstructions { get; set; }
    /// <summary>Packing slip title.</summary>
    [JsonProperty("packingSlipTitle")] public string? PackingSlipTitle { get; set; }
    /// <summary>Packing slip SKU.</summary>
    [JsonProperty("packingSlipSku")] public string? PackingSlipSku { get; set; }
    /// <summary>Color.</summary>
    [JsonProperty("color")] public string? Color { get; set; }
    /// <summary>Size.</summary>
    [JsonProperty("size")] public string? Size { get; set; }
    /// <summary>Supplier color.</summary>
    [JsonProperty("supplierColor")] public string? SupplierColor { get; set; }
    /// <summary>Supplier size.</summary>
    [JsonProperty("supplierSize")] public string? SupplierSize { get; set; }
    /// <summary>Supplier title.</summary>
    [JsonProperty("supplierTitle")] public string? SupplierTitle { get; set; }
    /// <summary>Weight.</summary>
    [JsonProperty("weight")] public decimal? Weight { get; set; }
    /// <summary>Weight units.</summary>
    [JsonProperty("weightUnits")] public string? WeightUnits { get; set; }
    /// <summary>Unit of measure (<c>EA</c> when absent).</summary>
    [JsonProperty("unitOfMeasure")] public string? UnitOfMeasure { get; set; }
    /// <summary>BOGO flag.</summary>
    [JsonProperty("bogoFlag")] public bool? BogoFlag { get; set; }
    /// <summary>BOGO instructions.</summary>
    [JsonProperty("bogoInstructions")] public string? BogoInstructions { get; set; }
    /// <summary>Retailer item ids.</summary>
    [JsonProperty("retailerItemIds")] public IList<string>? RetailerItemIds { get; set; }
    /// <summary>Department id.</summary>
    [JsonProperty("departmentId")] public string? DepartmentId { get; set; }
    /// <summary>Department name.</summary>
    [JsonProperty("departmentName")] public string? DepartmentName { get; set; }
    /// <summary>Merchandising account id.</summary>
    [JsonProperty("merchandisingAccountId")] public string? MerchandisingAccountId { get; set; }
    /// <summary>Merchandising account name.</summary>
    [JsonProperty("merchandisingAccountName")] public string? MerchandisingAccountName { get; set; }
    /// <summary>Stream line lifecycle.</summary>
    [JsonProperty("dscoLifecycle")] public string? DscoLifecycle { get; set; }
    /// <summary>Remaining quantity.</summary>
    [JsonProperty("remainingQuantity")] public int? RemainingQuantity { get; set; }
    /// <summary>Shipped quantity.</summary>
    [JsonProperty("shippedQuantity")] public int? ShippedQuantity { get; set; }
}

/// <summary>Order ship-to (spec <c>OrderShipping</c>). Prefer <c>name</c>/<c>address[]</c>/<c>region</c>.</summary>
public sealed class OrderShipping
{
    /// <summary>Full name.</summary>
    [JsonProperty("name")] public string? Name { get; set; }
    /// <summary>Deprecated first name.</summary>
    [JsonProperty("firstName")] public string? FirstName { get; set; }
    /// <summary>Deprecated last name.</summary>
    [JsonProperty("lastName")] public string? LastName { get; set; }
    /// <summary>Company.</summary>
    [JsonProperty("company")] public string? Company { get; set; }
    /// <summary>Attention.</summary>
    [JsonProperty("attention")] public string? Attention { get; set; }
    /// <summary>Address lines.</summary>
    [JsonProperty("address")] public IList<string>? Address { get; set; }
    /// <summary>Deprecated address line 1.</summary>
    [JsonProperty("address1")] public string? Address1 { get; set; }
    /// <summary>Deprecated address line 2.</summary>
    [JsonProperty("address2")] public string? Address2 { get; set; }
    /// <summary>City.</summary>
    [JsonProperty("city")] public string? City { get; set; }
    /// <summary>Region (state in the US).</summary>
    [JsonProperty("region")] public string? Region { get; set; }
    /// <summary>Deprecated state.</summary>
    [JsonProperty("state")] public string? State { get; set; }
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
    /// <summary><c>Residential</c> or <c>Commercial</c>.</summary>
    [JsonProperty("addressType")] public string? AddressType { get; set; }
    /// <summary>Night phone.</summary>
    [JsonProperty("shipNightPhone")] public string? ShipNightPhone { get; set; }
    /// <summary>Customer number.</summary>
    [JsonProperty("shipCustomerNumber")] public string? ShipCustomerNumber { get; set; }
    /// <summary>Site type.</summary>
    [JsonProperty("shipSiteType")] public string? ShipSiteType { get; set; }
    /// <summary>Deprecated: read <see cref="Order.ShipCarrier"/>.</summary>
    [JsonProperty("carrier")] public string? Carrier { get; set; }
    /// <summary>Deprecated: read <see cref="Order.ShipMethod"/>.</summary>
    [JsonProperty("method")] public string? Method { get; set; }
}

/// <summary>Order bill-to (spec <c>OrderBillTo</c>).</summary>
public sealed class OrderBillTo
{
    /// <summary>Full name.</summary>
    [JsonProperty("name")] public string? Name { get; set; }
    /// <summary>Deprecated first name.</summary>
    [JsonProperty("firstName")] public string? FirstName { get; set; }
    /// <summary>Deprecated last name.</summary>
    [JsonProperty("lastName")] public string? LastName { get; set; }
    /// <summary>Company.</summary>
    [JsonProperty("company")] public string? Company { get; set; }
    /// <summary>Attention.</summary>
    [JsonProperty("attention")] public string? Attention { get; set; }
    /// <summary>Address lines.</summary>
    [JsonProperty("address")] public IList<string>? Address { get; set; }
    /// <summary>Deprecated address line 1.</summary>
    [JsonProperty("address1")] public string? Address1 { get; set; }
    /// <summary>Deprecated address line 2.</summary>
    [JsonProperty("address2")] public string? Address2 { get; set; }
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
    /// <summary><c>Residential</c> or <c>Commercial</c>.</summary>
    [JsonProperty("addressType")] public string? AddressType { get; set; }
}

/// <summary>Generic DSCO address/party (spec <c>*a36</c>); <c>addressType</c> is lowercase here.</summary>
public class DscoAddress
{
    /// <summary>Address lines.</summary>
    [JsonProperty("address")] public IList<string>? Address { get; set; }
    /// <summary>City.</summary>
    [JsonProperty("city")] public string? City { get; set; }
    /// <summary>Region.</summary>
    [JsonProperty("region")] public string? Region { get; set; }
    /// <summary>Postal code.</summary>
    [JsonProperty("postal")] public string? Postal { get; set; }
    /// <summary>County.</summary>
    [JsonProperty("county")] public string? County { get; set; }
    /// <summary>Country.</summary>
    [JsonProperty("country")] public string? Country { get; set; }
    /// <summary>Name.</summary>
    [JsonProperty("name")] public string? Name { get; set; }
    /// <summary>Email.</summary>
    [JsonProperty("email")] public string? Email { get; set; }
    /// <summary>Phone.</summary>
    [JsonProperty("phone")] public string? Phone { get; set; }
    /// <summary>Night phone.</summary>
    [JsonProperty("nightPhone")] public string? NightPhone { get; set; }
    /// <summary>Company.</summary>
    [JsonProperty("company")] public string? Company { get; set; }
    /// <summary>Customer number.</summary>
    [JsonProperty("customerNumber")] public string? CustomerNumber { get; set; }
    /// <summary><c>commercial</c> or <c>residential</c> (lowercase in this schema).</summary>
    [JsonProperty("addressType")] public string? AddressType { get; set; }
    /// <summary>Attention.</summary>
    [JsonProperty("attention")] public string? Attention { get; set; }
    /// <summary>Location code.</summary>
    [JsonProperty("locationCode")] public string? LocationCode { get; set; }
    /// <summary>Store number.</summary>
    [JsonProperty("storeNumber")] public string? StoreNumber { get; set; }
}

/// <summary>Order buyer (spec <c>OrderBuyer</c>).</summary>
public sealed class OrderBuyer : DscoAddress
{
    /// <summary>Tax registration number.</summary>
    [JsonProperty("taxRegistrationNumber")] public string? TaxRegistrationNumber { get; set; }
    /// <summary>Buying contract agreement id.</summary>
    [JsonProperty("buyingContractAgreementId")] public string? BuyingContractAgreementId { get; set; }
    /// <summary>Consumer credit amount total (a string in the spec).</summary>
    [JsonProperty("consumerCreditAmountTotal")] public string? ConsumerCreditAmountTotal { get; set; }
}

/// <summary>An order or line tax (spec <c>OrderTax</c>).</summary>
public sealed class OrderTax
{
    /// <summary>Percentage.</summary>
    [JsonProperty("percentage")] public decimal? Percentage { get; set; }
    /// <summary>Type code.</summary>
    [JsonProperty("typeCode")] public string? TypeCode { get; set; }
    /// <summary>Amount.</summary>
    [JsonProperty("amount")] public decimal? Amount { get; set; }
    /// <summary>Jurisdiction qualifier.</summary>
    [JsonProperty("jurisdictionQualifier")] public string? JurisdictionQualifier { get; set; }
    /// <summary>Jurisdiction.</summary>
    [JsonProperty("jurisdiction")] public string? Jurisdiction { get; set; }
    /// <summary>Exempt code.</summary>
    [JsonProperty("exemptCode")] public string? ExemptCode { get; set; }
    /// <summary>Registration number.</summary>
    [JsonProperty("registrationNumber")] public string? RegistrationNumber { get; set; }
    /// <summary>Description.</summary>
    [JsonProperty("description")] public string? Description { get; set; }
}

/// <summary>A coupon (spec <c>OrderCoupon</c>).</summary>
public sealed class OrderCoupon
{
    /// <summary>Amount.</summary>
    [JsonProperty("amount")] public decimal? Amount { get; set; }
    /// <summary>Percentage.</summary>
    [JsonProperty("percentage")] public decimal? Percentage { get; set; }
}

/// <summary>A payment (spec <c>OrderPayment</c>).</summary>
public sealed class OrderPayment
{
    /// <summary>Card type.</summary>
    [JsonProperty("cardType")] public string? CardType { get; set; }
    /// <summary>Last four digits.</summary>
    [JsonProperty("cardLastFour")] public string? CardLastFour { get; set; }
    /// <summary>Description.</summary>
    [JsonProperty("description")] public string? Description { get; set; }
    /// <summary>Card type details.</summary>
    [JsonProperty("cardTypeDetails")] public string? CardTypeDetails { get; set; }
}

/// <summary>A package already on an order (spec <c>Package</c>).</summary>
public sealed class Package
{
    /// <summary>Tracking number.</summary>
    [JsonProperty("trackingNumber")] public string? TrackingNumber { get; set; }
    /// <summary>Tracking URL.</summary>
    [JsonProperty("trackingUrl")] public string? TrackingUrl { get; set; }
    /// <summary>Untracked shipment.</summary>
    [JsonProperty("untracked")] public bool? Untracked { get; set; }
    /// <summary>Ship cost.</summary>
    [JsonProperty("shipCost")] public decimal? ShipCost { get; set; }
    /// <summary>Ship date.</summary>
    [JsonProperty("shipDate")] public DateTimeOffset? ShipDate { get; set; }
    /// <summary>Carrier.</summary>
    [JsonProperty("shipCarrier")] public string? ShipCarrier { get; set; }
    /// <summary>Method.</summary>
    [JsonProperty("shipMethod")] public string? ShipMethod { get; set; }
    /// <summary>Service level.</summary>
    [JsonProperty("shippingServiceLevelCode")] public string? ShippingServiceLevelCode { get; set; }
    /// <summary>Currency code.</summary>
    [JsonProperty("currencyCode")] public string? CurrencyCode { get; set; }
    /// <summary>DSCO package id.</summary>
    [JsonProperty("dscoPackageId")] public long? DscoPackageId { get; set; }
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
    /// <summary>Returned flag.</summary>
    [JsonProperty("returnedFlag")] public bool? ReturnedFlag { get; set; }
    /// <summary>Ship-from.</summary>
    [JsonProperty("packageShipFrom")] public PackageShipFrom? PackageShipFrom { get; set; }
    /// <summary>Ship-to.</summary>
    [JsonProperty("packageShipTo")] public PackageShipTo? PackageShipTo { get; set; }
    /// <summary>Items in the package.</summary>
    [JsonProperty("items")] public IList<PackageLineItem>? Items { get; set; }
}

/// <summary>An item inside a package (spec <c>PackageLineItem</c>).</summary>
public sealed class PackageLineItem
{
    /// <summary>Quantity.</summary>
    [JsonProperty("quantity")] public int Quantity { get; set; }
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
    /// <summary>Line number.</summary>
    [JsonProperty("lineNumber")] public int? LineNumber { get; set; }
    /// <summary>Original line number.</summary>
    [JsonProperty("originalLineNumber")] public int? OriginalLineNumber { get; set; }
    /// <summary>Original order quantity.</summary>
    [JsonProperty("originalOrderQuantity")] public int? OriginalOrderQuantity { get; set; }
    /// <summary>Retailer line id.</summary>
    [JsonProperty("retailerLineId")] public string? RetailerLineId { get; set; }
    /// <summary>Serial numbers.</summary>
    [JsonProperty("serialNumbers")] public IList<string>? SerialNumbers { get; set; }
}

/// <summary>A page of orders from <c>GET /order/page</c>.</summary>
public sealed class PagedOrderResult
{
    /// <summary>The orders of this page; empty means there are no more pages.</summary>
    [JsonProperty("orders")] public IList<Order> Orders { get; set; } = new List<Order>();
    /// <summary>Pass back to get the next page (stable between pages; expires after five minutes).</summary>
    [JsonProperty("scrollId")] public string? ScrollId { get; set; }
}
