namespace Dsco.Plugins.Settings
{
    /// <summary>The custom product columns the DSCO plugins read. Names are compared case-insensitively.</summary>
    public static class DscoProductColumns
    {
        /// <summary>The product's DSCO item id; without it the product is left out of inventory updates unless DSCO_DontSendItemID is on.</summary>
        public const string ItemId = "DSCOItemID";

        /// <summary>A per-product safety quantity held back from DSCO.</summary>
        public const string SafetyQty = "DSCOSafetyQty";

        /// <summary>True to report the product to DSCO as discontinued.</summary>
        public const string IsDiscontinued = "DSCOIsDiscontinued";

        /// <summary>Limits the inventory export to products with this column set to true, when the column exists.</summary>
        public const string NeimanMarcusEnabled = "NeimanMarcus_Enabled";

        /// <summary>The restock date sent when DSCOUseExpectedDeliveryDate is on.</summary>
        public const string ExpectedDeliveryDate = "DSCOEXPECTEDDELIVERYDATE";

        /// <summary>The cost sent when DSCOSendCost is on.</summary>
        public const string Cost = "DSCOCost";

        /// <summary>A partner SKU sent to DSCO with the product when filled.</summary>
        public const string PartnerSku = "DSCOPartnerSKU";

        /// <summary>The SKU sent to DSCO instead of the ProductID when filled.</summary>
        public const string MerchantSku = "DSCO_MerchantSKU";
    }
}
