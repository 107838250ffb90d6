namespace Dsco.Plugins.Settings
{
    /// <summary>How the plugins authenticate with DSCO, chosen from which credentials are filled.</summary>
    public enum DscoAuthMode
    {
        /// <summary>The legacy API token (<c>DSCO_Token</c>), for accounts without the Stream API.</summary>
        LegacyToken,

        /// <summary>OAuth client credentials (<c>DSCO_ClientID</c> + <c>DSCO_ClientSecret</c>), for Stream API accounts.</summary>
        StreamOAuth,
    }
}
