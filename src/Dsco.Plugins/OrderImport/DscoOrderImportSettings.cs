using System;
using System.Collections.Generic;
using System.Linq;
using Dsco.Plugins.Settings;

namespace Dsco.Plugins.OrderImport;

/// <summary>
/// The company settings that shape an imported order, already parsed. Built from <c>DscoSettings</c> by the
/// plugin, so the mapper stays pure and is tested without a settings store.
/// </summary>
internal sealed record DscoOrderImportSettings
{
    /// <summary>The host company the orders are created for.</summary>
    public int CompanyId { get; init; }

    /// <summary><c>DSCO_NeimanMarcus</c>: the order source / channel name (default Website).</summary>
    public string OrderSource { get; init; } = "Website";

    /// <summary><c>DSCO_MarkOrdersUnpaid</c>.</summary>
    public bool MarkOrdersUnpaid { get; init; }

    /// <summary><c>DSCO_CreatePayments</c> (default true).</summary>
    public bool CreatePayments { get; init; } = true;

    /// <summary><c>DSCO_LockShippingMethod</c>.</summary>
    public bool LockShippingMethod { get; init; }

    /// <summary><c>DSCO_IncludeWarehouseCodesInOrderImport</c>.</summary>
    public bool IncludeWarehouseCodes { get; init; }

    /// <summary><c>DSCO_WarehouseCodes</c>: DSCO warehouse code to host warehouse id (codes compared case-insensitively).</summary>
    public IReadOnlyDictionary<string, int> WarehouseIdsByCode { get; init; } =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>DSCO_WarehouseCode</c>: the code assumed when an order names none.</summary>
    public string? DefaultWarehouseCode { get; init; }

    /// <summary><c>DSCO_ShippingRequiresThirdPartyBilling</c>.</summary>
    public bool ShippingRequiresThirdPartyBilling { get; init; }

    /// <summary><c>DSCO_AllowShippingUSPS</c>: USPS orders are exempt from third-party billing.</summary>
    public bool AllowShippingUsps { get; init; }

    /// <summary><c>DSCO_AllowShippingUPS</c>: UPS orders are exempt from third-party billing.</summary>
    public bool AllowShippingUps { get; init; }

    /// <summary><c>DSCO_CoopFeePercentage</c>: 2.5 means 2.5 % of each line's price.</summary>
    public decimal CoopFeePercentage { get; init; }

    /// <summary>Reads the order-import settings of a company's parsed settings.</summary>
    public static DscoOrderImportSettings From(int companyId, DscoSettings settings)
    {
        var map = settings.WarehouseCodes;
        var byCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var mapping in map.Mappings.Where(m => !string.IsNullOrWhiteSpace(m.DscoCode)))
        {
            // The first pair wins when a seller lists a code twice, as the tracking export reads it.
            if (!byCode.ContainsKey(mapping.DscoCode.Trim()))
            {
                byCode[mapping.DscoCode.Trim()] = mapping.WarehouseId;
            }
        }

        return new DscoOrderImportSettings
        {
            CompanyId = companyId,
            OrderSource = string.IsNullOrWhiteSpace(settings.ChannelName) ? "Website" : settings.ChannelName.Trim(),
            MarkOrdersUnpaid = settings.MarkOrdersUnpaid,
            CreatePayments = settings.CreatePayments,
            LockShippingMethod = settings.LockShippingMethod,
            IncludeWarehouseCodes = settings.IncludeWarehouseCodesInOrderImport,
            WarehouseIdsByCode = byCode,
            DefaultWarehouseCode = settings.WarehouseCode,
            ShippingRequiresThirdPartyBilling = settings.ShippingRequiresThirdPartyBilling,
            AllowShippingUsps = settings.AllowShippingUsps,
            AllowShippingUps = settings.AllowShippingUps,
            CoopFeePercentage = settings.CoopFeePercentage,
        };
    }

    /// <summary>The host user orders are created for, <c>DSCO_&lt;CompanyID&gt;@sellercloud.com</c>.</summary>
    public string CustomerUser => $"DSCO_{CompanyId}@sellercloud.com";
}
