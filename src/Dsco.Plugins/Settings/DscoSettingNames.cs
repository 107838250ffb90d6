namespace Dsco.Plugins.Settings
{
    /// <summary>
    /// The names of the Custom Company Settings the DSCO plugins read, spelled as sellers create them.
    /// The host compares names case-insensitively; so does <see cref="DscoSettings"/>.
    /// </summary>
    public static class DscoSettingNames
    {
        /// <summary>Legacy (pre-Stream) API token issued by DSCO support. Secret.</summary>
        public const string Token = "DSCO_Token";

        /// <summary>The seller's DSCO supplier account id, used with the legacy token.</summary>
        public const string SupplierId = "DSCO_SupplierId";

        /// <summary>OAuth client id for accounts on the Stream API.</summary>
        public const string ClientId = "DSCO_ClientID";

        /// <summary>OAuth client secret paired with <see cref="ClientId"/>. Secret.</summary>
        public const string ClientSecret = "DSCO_ClientSecret";

        /// <summary>Id of the DSCO order stream; written by the order import plugin, sellers leave it empty.</summary>
        public const string StreamId = "DSCO_StreamID";

        /// <summary>Where the order stream was last read up to; written by the order import plugin, or set by a seller to re-read from a date.</summary>
        public const string StreamPosition = "DSCO_StreamPosition";

        /// <summary>Turns on sending a fixed quantity for replenishable products that have no stock.</summary>
        public const string ConsiderReplenishableProducts = "Consider replenishable products";

        /// <summary>The quantity sent for a replenishable product whose available quantity is zero or below.</summary>
        public const string ReplenishableQty = "Replenishable qty";

        /// <summary>Send each product's DSCOEXPECTEDDELIVERYDATE column instead of "today plus seven days".</summary>
        public const string UseExpectedDeliveryDate = "DSCOUseExpectedDeliveryDate";

        /// <summary>The DSCO warehouse code to use when <see cref="WarehouseCodes"/> is empty.</summary>
        public const string WarehouseCode = "DSCO_WarehouseCode";

        /// <summary>Pairs of host warehouse id and DSCO warehouse code, e.g. <c>123-Lakewood, 245-BostonWH</c>.</summary>
        public const string WarehouseCodes = "DSCO_WarehouseCodes";

        /// <summary>Leave the DSCO item id out of inventory updates so DSCO matches on SKU.</summary>
        public const string DontSendItemId = "DSCO_DontSendItemID";

        /// <summary>Send each product's DSCOCost column with inventory.</summary>
        public const string SendCost = "DSCOSendCost";

        /// <summary>Send each product's DSCOIsDiscontinued column with inventory.</summary>
        public const string SendDiscontinued = "DSCO_SendDiscontinued";

        /// <summary>Send the product's UPC with inventory.</summary>
        public const string SendUpc = "DSCO_SendUPC";

        /// <summary>Send the product's quantity on open purchase orders with inventory.</summary>
        public const string SendQtyOnOrder = "DSCO_SendQtyOnOrder";

        /// <summary>Send each package's SSCC barcode with tracking.</summary>
        public const string ExportSsccCode = "DSCO_ExportSsccCode";

        /// <summary>The DSCO standard warehouse code the tracking export can send.</summary>
        public const string StandardWarehouseCode = "DSCO_StandardWarehouseCode";

        /// <summary>Send <see cref="StandardWarehouseCode"/> with tracking.</summary>
        public const string IncludeWarehouseCodeInTracking = "DSCO_IncludeWarehouseCodeInTracking";

        /// <summary>Report every kit parent as its own package in tracking.</summary>
        public const string SendOnePackagePerKitParent = "DSCO_SendOnePackagePerKitParent";

        /// <summary>Report only the kit parent SKU in tracking, not its components.</summary>
        public const string SendKitParentOnly = "DSCO_SendKitParentOnly";

        /// <summary>Send the order's ship-from address with tracking.</summary>
        public const string SendShipFromInfo = "DSCO_SendShipFromInfo";

        /// <summary>Send package weights with tracking.</summary>
        public const string SendPackageWeight = "DSCO_SendPackageWeight";

        /// <summary>Send an invoice date with the invoice.</summary>
        public const string SendInvoiceDate = "DSCO_SendInvoiceDate";

        /// <summary>Send the order's currency code with the invoice.</summary>
        public const string SendCurrencyCode = "DSCO_SendCurrencyCode";

        /// <summary>Payment terms in days, sent with the invoice when set.</summary>
        public const string NetTermDays = "DSCO_NetTermDays";

        /// <summary>Payment terms type, sent with the invoice when <see cref="NetTermDays"/> is set and not zero.</summary>
        public const string NetTermType = "DSCO_NetTermType";

        /// <summary>Send the order's ship-to address with the invoice.</summary>
        public const string SendShipToInfo = "DSCO_SendShipToInfo";

        /// <summary>Send each line's subtotal with the invoice.</summary>
        public const string SendSubtotal = "DSCO_SendSubtotal";

        /// <summary>The host channel name imported orders get as their order source (default Website).</summary>
        public const string NeimanMarcus = "DSCO_NeimanMarcus";

        /// <summary>Import orders as unpaid instead of paid.</summary>
        public const string MarkOrdersUnpaid = "DSCO_MarkOrdersUnpaid";

        /// <summary>Lock the shipping method on imported orders.</summary>
        public const string LockShippingMethod = "DSCO_LockShippingMethod";

        /// <summary>Set the ship-from warehouse on imported orders from the DSCO warehouse code, via <see cref="WarehouseCodes"/>.</summary>
        public const string IncludeWarehouseCodesInOrderImport = "DSCO_IncludeWarehouseCodesInOrderImport";

        /// <summary>Mark imported orders as shipping on a third-party (retailer) account.</summary>
        public const string ShippingRequiresThirdPartyBilling = "DSCO_ShippingRequiresThirdPartyBilling";

        /// <summary>Exempt USPS orders from <see cref="ShippingRequiresThirdPartyBilling"/>.</summary>
        public const string AllowShippingUsps = "DSCO_AllowShippingUSPS";

        /// <summary>Exempt UPS orders from <see cref="ShippingRequiresThirdPartyBilling"/>.</summary>
        public const string AllowShippingUps = "DSCO_AllowShippingUPS";

        /// <summary>Record a payment on imported orders (default true).</summary>
        public const string CreatePayments = "DSCO_CreatePayments";

        /// <summary>Percentage of each line's price added to its co-op fee; 2.5 means 2.5 %.</summary>
        public const string CoopFeePercentage = "DSCO_CoopFeePercentage";
    }
}
