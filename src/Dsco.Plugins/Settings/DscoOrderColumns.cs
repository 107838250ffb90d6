namespace Dsco.Plugins.Settings
{
    /// <summary>The custom order columns the DSCO plugins read or write. Names are compared case-insensitively.</summary>
    public static class DscoOrderColumns
    {
        /// <summary>The invoice number sent to DSCO; the invoice export writes it after a successful send.</summary>
        public const string InvoiceId = "DSCOInvoiceId";

        /// <summary>The consumer-facing order number from DSCO, stored by the order import.</summary>
        public const string ConsumerOrderNumber = "DSCOConsumerOrderNumber";

        /// <summary>Coupon codes from the DSCO order, stored by the order import.</summary>
        public const string Coupons = "DSCO_Coupons";

        /// <summary>The ship-to email address from the DSCO order, stored by the order import.</summary>
        public const string Email = "DSCO_Email";

        /// <summary>The sales channel named on the DSCO order, stored by the order import.</summary>
        public const string Channel = "DSCO_Channel";
    }
}
