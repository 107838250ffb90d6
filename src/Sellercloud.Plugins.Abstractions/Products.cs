using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Sellercloud.Plugins
{
    /// <summary>The host's products and inventory, as a plugin needs them.</summary>
    public interface IHostProductService
    {
        /// <summary>ProductIDs matching the search (exact match; UPC and custom column values compared as trimmed text).</summary>
        Task<IReadOnlyList<string>> FindProductIdsAsync(ProductSearch search, CancellationToken cancellationToken = default);

        /// <summary>Reads products with quantities, warehouse quantities, kit data and custom columns. Unknown ids are left out.</summary>
        Task<IReadOnlyList<HostProduct>> GetProductsAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken = default);
    }

    /// <summary>What a product lookup matches on.</summary>
    public enum ProductSearchField
    {
        /// <summary>The ProductID (SKU).</summary>
        ProductId,

        /// <summary>The UPC.</summary>
        Upc,

        /// <summary>A custom product column, named by <see cref="ProductSearch.ColumnName"/>.</summary>
        CustomColumn,
    }

    /// <summary>A product lookup: one field and the value it must equal.</summary>
    public sealed record ProductSearch
    {
        private ProductSearch(ProductSearchField field, string value, string? columnName)
        {
            Field = field;
            Value = value;
            ColumnName = columnName;
        }

        /// <summary>The field matched.</summary>
        public ProductSearchField Field { get; }

        /// <summary>The value it must equal.</summary>
        public string Value { get; }

        /// <summary>The custom column name, for <see cref="ProductSearchField.CustomColumn"/>.</summary>
        public string? ColumnName { get; }

        /// <summary>Products whose ProductID is <paramref name="productId"/>.</summary>
        public static ProductSearch ByProductId(string productId) => new(ProductSearchField.ProductId, productId, null);

        /// <summary>Products whose UPC is <paramref name="upc"/>.</summary>
        public static ProductSearch ByUpc(string upc) => new(ProductSearchField.Upc, upc, null);

        /// <summary>Products whose custom column <paramref name="columnName"/> is <paramref name="value"/>.</summary>
        public static ProductSearch ByCustomColumn(string columnName, string value) => new(ProductSearchField.CustomColumn, value, columnName);
    }

    /// <summary>A product with its inventory.</summary>
    public sealed record HostProduct
    {
        /// <summary>ProductID (the SKU).</summary>
        public string ProductId { get; init; } = string.Empty;

        /// <summary>The company the product belongs to.</summary>
        public int CompanyId { get; init; }

        /// <summary>Name.</summary>
        public string? Name { get; init; }

        /// <summary>UPC.</summary>
        public string? Upc { get; init; }

        /// <summary>Available quantity (physical − reserved − non-sellable), over all sellable warehouses. May be negative.</summary>
        public int AvailableQuantity { get; init; }

        /// <summary>Quantity on open purchase orders.</summary>
        public int OnOrderQuantity { get; init; }

        /// <summary>Available quantity per warehouse.</summary>
        public IReadOnlyList<WarehouseQuantity> Warehouses { get; init; } = Array.Empty<WarehouseQuantity>();

        /// <summary>True when the product is a kit.</summary>
        public bool IsKit { get; init; }

        /// <summary>Components of a kit.</summary>
        public IReadOnlyList<KitComponent> KitComponents { get; init; } = Array.Empty<KitComponent>();

        /// <summary>Discontinued in the host.</summary>
        public bool IsDiscontinued { get; init; }

        /// <summary>Replenishable: sold regardless of stock.</summary>
        public bool IsReplenishable { get; init; }

        /// <summary>Site cost.</summary>
        public decimal? Cost { get; init; }

        /// <summary>Custom product columns, name to value (names compared case-insensitively).</summary>
        public IReadOnlyDictionary<string, string> CustomColumns { get; init; } = new Dictionary<string, string>();
    }

    /// <summary>A product's quantities in one warehouse.</summary>
    /// <param name="WarehouseId">The host warehouse id.</param>
    /// <param name="WarehouseName">Its name.</param>
    /// <param name="AvailableQuantity">Available there.</param>
    /// <param name="OnOrderQuantity">On order for that warehouse.</param>
    public sealed record WarehouseQuantity(int WarehouseId, string? WarehouseName, int AvailableQuantity, int OnOrderQuantity);

    /// <summary>A component of a kit product.</summary>
    /// <param name="ProductId">The component.</param>
    /// <param name="QuantityPerKit">How many go into one kit.</param>
    public sealed record KitComponent(string ProductId, int QuantityPerKit);
}
