namespace Dsco.Plugins.Settings
{
    /// <summary>How the raw text of a company setting is read.</summary>
    public enum DscoSettingType
    {
        /// <summary>True or False; also 1/0, yes/no, y/n in any case.</summary>
        Boolean,

        /// <summary>A whole number, zero or more.</summary>
        WholeNumber,

        /// <summary>A number with a dot as decimal separator, within the setting's range.</summary>
        DecimalNumber,

        /// <summary>Free text, trimmed.</summary>
        Text,

        /// <summary>Free text, trimmed, that never appears in messages or <c>ToString()</c>.</summary>
        Secret,

        /// <summary>A comma-separated list of <c>warehouseId-DSCOCode</c> pairs.</summary>
        WarehouseMap,

        /// <summary>A DSCO stream position, opaque except for the documented reset form <c>z/yyyy/MM/dd/HH/mm/000</c>.</summary>
        StreamPosition,
    }
}
