using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Sellercloud.Plugins
{
    /// <summary>The host's orders, as a plugin needs them.</summary>
    public interface IHostOrderService
    {
        /// <summary>
        /// Ids of the company's orders whose <see cref="HostOrder.ChannelOrderId"/> equals
        /// <paramref name="channelOrderId"/> (exact, case-sensitive). Empty when there is none.
        /// </summary>
        Task<IReadOnlyList<int>> FindOrderIdsByChannelOrderIdAsync(int companyId, string channelOrderId, CancellationToken cancellationToken = default);

        /// <summary>
        /// The lookup of <see cref="FindOrderIdsByChannelOrderIdAsync"/> for many channel order ids in one call:
        /// for each id in <paramref name="channelOrderIds"/> that has orders, its order ids (exact, case-sensitive
        /// match on <see cref="HostOrder.ChannelOrderId"/>, the same ids the single lookup returns). Ids with no
        /// order are absent from the result; an id given more than once appears once.
        /// </summary>
        Task<IReadOnlyDictionary<string, IReadOnlyList<int>>> FindOrderIdsByChannelOrderIdsAsync(int companyId, IReadOnlyCollection<string> channelOrderIds, CancellationToken cancellationToken = default);

        /// <summary>
        /// Creates an order with its items, addresses and (when asked) payment, atomically: either all of it
        /// exists afterwards or none of it. An order with the same company and channel order id is never created
        /// twice: the host returns the existing one with <see cref="OrderCreateResult.AlreadyExisted"/> set.
        /// </summary>
        Task<OrderCreateResult> CreateOrderAsync(NewOrder order, CancellationToken cancellationToken = default);

        /// <summary>
        /// Reads orders with their items (and kit components), packages, split-order children and custom
        /// columns. Ids that do not exist are left out of the result.
        /// </summary>
        Task<IReadOnlyList<HostOrder>> GetOrdersAsync(IReadOnlyCollection<int> orderIds, CancellationToken cancellationToken = default);

        /// <summary>Sets or clears one mark (Tracking Uploaded, Invoice Uploaded, Exported) on the given orders.</summary>
        Task SetOrderMarkAsync(IReadOnlyCollection<int> orderIds, OrderMark mark, bool value, CancellationToken cancellationToken = default);

        /// <summary>Writes custom order columns (e.g. <c>DSCOInvoiceId</c>); a null value clears the column.</summary>
        Task SetCustomColumnsAsync(int orderId, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default);
    }

    /// <summary>What <see cref="IHostOrderService.CreateOrderAsync"/> did.</summary>
    /// <param name="OrderId">The host's order id.</param>
    /// <param name="AlreadyExisted">True when an order with that channel order id existed and nothing was created.</param>
    public sealed record OrderCreateResult(int OrderId, bool AlreadyExisted);

    /// <summary>The per-order marks export tasks filter on.</summary>
    public enum OrderMark
    {
        /// <summary>"Tracking Uploaded" (channel notified of shipping).</summary>
        TrackingUploaded,

        /// <summary>"Invoice Uploaded" (invoice sent to channel).</summary>
        InvoiceUploaded,

        /// <summary>"Exported".</summary>
        Exported,
    }

    /// <summary>Order status codes, with the host's numeric values.</summary>
    public enum OrderStatus
    {
        /// <summary>Canceled.</summary>
        Canceled = -1,

        /// <summary>Shopping cart (being built).</summary>
        ShoppingCart = 1,

        /// <summary>In process: new or not yet shipped.</summary>
        InProcess = 2,

        /// <summary>Completed (shipped).</summary>
        Completed = 3,

        /// <summary>Problem order.</summary>
        ProblemOrder = 100,

        /// <summary>On hold.</summary>
        OnHold = 200,

        /// <summary>Void.</summary>
        Void = 999,
    }

    /// <summary>Payment status, with the host's numeric values.</summary>
    public enum PaymentStatus
    {
        /// <summary>No payment.</summary>
        NoPayment = 10,

        /// <summary>Authorized.</summary>
        Authorized = 20,

        /// <summary>Charged (paid).</summary>
        Charged = 30,
    }

    /// <summary>Shipping status, with the host's numeric values.</summary>
    public enum ShippingStatus
    {
        /// <summary>Unknown.</summary>
        Unknown = 0,

        /// <summary>Unshipped.</summary>
        Unshipped = 1,

        /// <summary>Partially shipped.</summary>
        PartiallyShipped = 2,

        /// <summary>Fully shipped.</summary>
        FullyShipped = 3,
    }

    /// <summary>A postal address with contact data.</summary>
    public sealed record HostAddress
    {
        /// <summary>First name.</summary>
        public string? FirstName { get; init; }

        /// <summary>Last name.</summary>
        public string? LastName { get; init; }

        /// <summary>Company name.</summary>
        public string? Company { get; init; }

        /// <summary>Street line 1.</summary>
        public string? Street1 { get; init; }

        /// <summary>Street line 2.</summary>
        public string? Street2 { get; init; }

        /// <summary>City.</summary>
        public string? City { get; init; }

        /// <summary>State or region code.</summary>
        public string? State { get; init; }

        /// <summary>Postal code.</summary>
        public string? PostalCode { get; init; }

        /// <summary>Country code (e.g. US).</summary>
        public string? Country { get; init; }

        /// <summary>Phone.</summary>
        public string? Phone { get; init; }

        /// <summary>Email.</summary>
        public string? Email { get; init; }

        /// <summary>True for residential, false for commercial, null when unknown.</summary>
        public bool? IsResidential { get; init; }
    }

    /// <summary>An order to create in the host.</summary>
    public sealed record NewOrder
    {
        /// <summary>The company the order belongs to.</summary>
        public int CompanyId { get; init; }

        /// <summary>The channel's unique id for the order (for DSCO, the DSCO order id). Required.</summary>
        public string ChannelOrderId { get; init; } = string.Empty;

        /// <summary>The retailer's purchase order number.</summary>
        public string? PoNumber { get; init; }

        /// <summary>Order source / channel name the order shows (e.g. Website, or a channel name).</summary>
        public string OrderSource { get; init; } = "Website";

        /// <summary>When the customer placed the order.</summary>
        public DateTimeOffset OrderDate { get; init; }

        /// <summary>The host user the order is created for (e.g. DSCO_12@sellercloud.com).</summary>
        public string? CustomerUser { get; init; }

        /// <summary>The customer's email.</summary>
        public string? CustomerEmail { get; init; }

        /// <summary>Ship-to address.</summary>
        public HostAddress ShippingAddress { get; init; } = new HostAddress();

        /// <summary>Bill-to address, when the channel gives one.</summary>
        public HostAddress? BillingAddress { get; init; }

        /// <summary>Requested shipping carrier.</summary>
        public string? ShippingCarrier { get; init; }

        /// <summary>Requested shipping service / method.</summary>
        public string? ShippingService { get; init; }

        /// <summary>When true, the shipping method may not be changed in the host.</summary>
        public bool LockShippingMethod { get; init; }

        /// <summary>"Shipping Requires Third Party" (ship on the channel's carrier account).</summary>
        public bool ShippingRequiresThirdParty { get; init; }

        /// <summary>The host warehouse to ship from, when set by the plugin.</summary>
        public int? ShipFromWarehouseId { get; init; }

        /// <summary>Charged when paid, NoPayment when imported as unpaid.</summary>
        public PaymentStatus PaymentStatus { get; init; } = PaymentStatus.Charged;

        /// <summary>A payment to record with the order, or null for none.</summary>
        public NewPayment? Payment { get; init; }

        /// <summary>Currency code of the amounts.</summary>
        public string? CurrencyCode { get; init; }

        /// <summary>Shipping charged to the customer.</summary>
        public decimal ShippingTotal { get; init; }

        /// <summary>Tax charged to the customer.</summary>
        public decimal TaxTotal { get; init; }

        /// <summary>True when the order is a gift.</summary>
        public bool IsGift { get; init; }

        /// <summary>Gift message.</summary>
        public string? GiftMessage { get; init; }

        /// <summary>Gift "to" name.</summary>
        public string? GiftToName { get; init; }

        /// <summary>Gift "from" name.</summary>
        public string? GiftFromName { get; init; }

        /// <summary>Order notes.</summary>
        public string? Notes { get; init; }

        /// <summary>The order lines.</summary>
        public IReadOnlyList<NewOrderItem> Items { get; init; } = Array.Empty<NewOrderItem>();

        /// <summary>Custom order columns to set (e.g. DSCO_Email).</summary>
        public IReadOnlyDictionary<string, string> CustomColumns { get; init; } = new Dictionary<string, string>();
    }

    /// <summary>A line of a <see cref="NewOrder"/>.</summary>
    public sealed record NewOrderItem
    {
        /// <summary>The host product (ProductID / SKU) the line is for.</summary>
        public string ProductId { get; init; } = string.Empty;

        /// <summary>Display name.</summary>
        public string? Name { get; init; }

        /// <summary>Quantity ordered.</summary>
        public int Quantity { get; init; }

        /// <summary>Unit price charged.</summary>
        public decimal UnitPrice { get; init; }

        /// <summary>Co-op fee for the line, in money.</summary>
        public decimal CoOpFee { get; init; }

        /// <summary>The channel's line reference (for DSCO, the line number), echoed back on exports.</summary>
        public string? ChannelLineId { get; init; }

        /// <summary>The channel's SKU for the line, echoed back on exports.</summary>
        public string? ChannelSku { get; init; }

        /// <summary>The channel's item id for the line (for DSCO, dscoItemId).</summary>
        public string? ChannelItemId { get; init; }

        /// <summary>Personalization text, when the customer gave any.</summary>
        public string? Personalization { get; init; }

        /// <summary>Line notes.</summary>
        public string? Notes { get; init; }
    }

    /// <summary>A payment recorded with a new order.</summary>
    /// <param name="Amount">Amount paid.</param>
    /// <param name="Method">Payment method text (e.g. the channel name).</param>
    /// <param name="Reference">Reference number (e.g. the channel order id).</param>
    public sealed record NewPayment(decimal Amount, string Method, string? Reference);

    /// <summary>An order as the host stores it.</summary>
    public sealed record HostOrder
    {
        /// <summary>The host's order id.</summary>
        public int Id { get; init; }

        /// <summary>The company.</summary>
        public int CompanyId { get; init; }

        /// <summary>The channel's order id (for DSCO, the DSCO order id).</summary>
        public string ChannelOrderId { get; init; } = string.Empty;

        /// <summary>The retailer's purchase order number.</summary>
        public string? PoNumber { get; init; }

        /// <summary>Order source / channel name.</summary>
        public string? OrderSource { get; init; }

        /// <summary>Order date.</summary>
        public DateTimeOffset OrderDate { get; init; }

        /// <summary>Status code.</summary>
        public OrderStatus Status { get; init; } = OrderStatus.InProcess;

        /// <summary>Payment status.</summary>
        public PaymentStatus PaymentStatus { get; init; } = PaymentStatus.Charged;

        /// <summary>Shipping status.</summary>
        public ShippingStatus ShippingStatus { get; init; } = ShippingStatus.Unshipped;

        /// <summary>"Tracking Uploaded".</summary>
        public bool TrackingUploaded { get; init; }

        /// <summary>"Invoice Uploaded".</summary>
        public bool InvoiceUploaded { get; init; }

        /// <summary>"Exported".</summary>
        public bool Exported { get; init; }

        /// <summary>Customer email.</summary>
        public string? CustomerEmail { get; init; }

        /// <summary>Ship-to address.</summary>
        public HostAddress ShippingAddress { get; init; } = new HostAddress();

        /// <summary>Bill-to address.</summary>
        public HostAddress? BillingAddress { get; init; }

        /// <summary>The ship-from warehouse.</summary>
        public int? ShipFromWarehouseId { get; init; }

        /// <summary>The ship-from warehouse's address, when the host knows it.</summary>
        public HostAddress? ShipFromAddress { get; init; }

        /// <summary>Requested or chosen carrier.</summary>
        public string? ShippingCarrier { get; init; }

        /// <summary>Requested or chosen service.</summary>
        public string? ShippingService { get; init; }

        /// <summary>Shipping method locked.</summary>
        public bool LockShippingMethod { get; init; }

        /// <summary>Shipping requires third party.</summary>
        public bool ShippingRequiresThirdParty { get; init; }

        /// <summary>When the order shipped (the last package), if it has.</summary>
        public DateTimeOffset? ShipDate { get; init; }

        /// <summary>Currency code.</summary>
        public string? CurrencyCode { get; init; }

        /// <summary>Sum of line totals.</summary>
        public decimal SubTotal { get; init; }

        /// <summary>Shipping charged.</summary>
        public decimal ShippingTotal { get; init; }

        /// <summary>Tax charged.</summary>
        public decimal TaxTotal { get; init; }

        /// <summary>Grand total.</summary>
        public decimal GrandTotal { get; init; }

        /// <summary>Lines, with kit components.</summary>
        public IReadOnlyList<HostOrderItem> Items { get; init; } = Array.Empty<HostOrderItem>();

        /// <summary>Shipped packages.</summary>
        public IReadOnlyList<HostPackage> Packages { get; init; } = Array.Empty<HostPackage>();

        /// <summary>The parent order when this order was split from another.</summary>
        public int? SplitParentOrderId { get; init; }

        /// <summary>Orders split off this one.</summary>
        public IReadOnlyList<int> SplitChildOrderIds { get; init; } = Array.Empty<int>();

        /// <summary>Custom order columns, name to value (names compared case-insensitively).</summary>
        public IReadOnlyDictionary<string, string> CustomColumns { get; init; } = new Dictionary<string, string>();
    }

    /// <summary>A line of a <see cref="HostOrder"/>.</summary>
    public sealed record HostOrderItem
    {
        /// <summary>The host's order item id.</summary>
        public int Id { get; init; }

        /// <summary>The product (ProductID / SKU).</summary>
        public string ProductId { get; init; } = string.Empty;

        /// <summary>Display name.</summary>
        public string? Name { get; init; }

        /// <summary>Quantity ordered.</summary>
        public int Quantity { get; init; }

        /// <summary>Unit price.</summary>
        public decimal UnitPrice { get; init; }

        /// <summary>Line total.</summary>
        public decimal LineTotal { get; init; }

        /// <summary>Co-op fee.</summary>
        public decimal CoOpFee { get; init; }

        /// <summary>The channel's line reference.</summary>
        public string? ChannelLineId { get; init; }

        /// <summary>The channel's SKU.</summary>
        public string? ChannelSku { get; init; }

        /// <summary>The channel's item id.</summary>
        public string? ChannelItemId { get; init; }

        /// <summary>True when the product is a kit; <see cref="KitComponents"/> lists its parts.</summary>
        public bool IsKit { get; init; }

        /// <summary>Kit components (bundle items) of a kit line.</summary>
        public IReadOnlyList<HostKitComponent> KitComponents { get; init; } = Array.Empty<HostKitComponent>();
    }

    /// <summary>A component of a kit order line.</summary>
    public sealed record HostKitComponent
    {
        /// <summary>The host's bundle item id.</summary>
        public int Id { get; init; }

        /// <summary>The component product.</summary>
        public string ProductId { get; init; } = string.Empty;

        /// <summary>Quantity per kit.</summary>
        public int QuantityPerKit { get; init; }

        /// <summary>Total quantity for the line.</summary>
        public int TotalQuantity { get; init; }
    }

    /// <summary>A shipped package.</summary>
    public sealed record HostPackage
    {
        /// <summary>The host's package id.</summary>
        public int Id { get; init; }

        /// <summary>Tracking number.</summary>
        public string? TrackingNumber { get; init; }

        /// <summary>Carrier.</summary>
        public string? Carrier { get; init; }

        /// <summary>Service / method.</summary>
        public string? Service { get; init; }

        /// <summary>Weight in pounds.</summary>
        public decimal? WeightLbs { get; init; }

        /// <summary>SSCC code (shipping container code).</summary>
        public string? SsccCode { get; init; }

        /// <summary>When it shipped.</summary>
        public DateTimeOffset? ShipDate { get; init; }

        /// <summary>What shipping cost.</summary>
        public decimal? ShippingCost { get; init; }

        /// <summary>What is in the package.</summary>
        public IReadOnlyList<HostPackageItem> Items { get; init; } = Array.Empty<HostPackageItem>();
    }

    /// <summary>One line of a package.</summary>
    public sealed record HostPackageItem
    {
        /// <summary>The order item shipped.</summary>
        public int OrderItemId { get; init; }

        /// <summary>The kit component shipped, when the package holds a component rather than the whole line.</summary>
        public int? KitComponentId { get; init; }

        /// <summary>The product shipped.</summary>
        public string ProductId { get; init; } = string.Empty;

        /// <summary>Quantity.</summary>
        public int Quantity { get; init; }
    }
}
