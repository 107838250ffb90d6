namespace Dsco.Plugins.Plugins;

/// <summary>
/// Company settings this library adds on top of the product spec's list. They are ours, not DSCO's or the
/// host's, and every one of them is optional.
/// </summary>
public static class DscoPluginSettingNames
{
    /// <summary>
    /// <c>DSCO_ApiBaseUrl</c>: the DSCO API root the plugins call, e.g. <c>https://staging-api.dsco.io/api/v3</c>
    /// or a simulator. Empty means production, <c>https://api.dsco.io/api/v3</c>.
    /// </summary>
    public const string ApiBaseUrl = "DSCO_ApiBaseUrl";

    /// <summary>
    /// <c>DSCO_PendingOrderIds</c>: written by the order import in Stream mode. Comma-separated DSCO order ids
    /// that could not be imported yet (e.g. an unmatched SKU) or whose acknowledgement failed; each run retries
    /// them until they import. Sellers leave it alone; removing an id gives up on that order.
    /// </summary>
    public const string PendingOrderIds = "DSCO_PendingOrderIds";
}
