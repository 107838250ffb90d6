using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Sellercloud.Plugins;

namespace Dsco.Plugins.IntegrationTests.OrderImport;

/// <summary>
/// A host in memory with the demo company's products (see the demo-data brief): settings, orders unique per
/// company and channel order id, and product lookups by ProductID, UPC and custom column.
/// </summary>
internal sealed class InMemoryHost : ICompanySettings, IHostOrderService, IHostProductService
{
    private readonly object _gate = new();
    private int _nextOrderId = 1001;

    public const int CompanyId = 1;

    public Dictionary<string, string> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<(int Id, NewOrder Order)> Orders { get; } = new();

    public List<HostProduct> Products { get; } = new()
    {
        Product("NM-TSHIRT-BLK-M", "012345678905", ("DSCOItemID", "9000001"), ("NeimanMarcus_Enabled", "True"), ("DSCOSafetyQty", "2")),
        Product("NM-SCARF-SILK", "012345678912", ("DSCOItemID", "9000002"), ("NeimanMarcus_Enabled", "True")),
        Product("NM-CANDLE-3PK", "012345678929", ("DSCOItemID", "9000003"), ("NeimanMarcus_Enabled", "True")),
        Product("NM-CANDLE-SINGLE", "012345678936"),
        Product("SC-BAG-001", "012345678943", ("DSCOItemID", "9000004"), ("NeimanMarcus_Enabled", "True"), ("DSCOCost", "120.50")),
        Product("NM-WALLET-BRN", null, ("DSCOItemID", "9000005"), ("NeimanMarcus_Enabled", "True"), ("DSCOIsDiscontinued", "True")),
        Product("SC-NOT-LISTED", "099999999999"),
    };

    public PluginRunContext Context(TimeProvider time) => new(CompanyId, this, this, this) { TimeProvider = time };

    public NewOrder Order(string dscoOrderId) => Orders.Single(o => o.Order.ChannelOrderId == dscoOrderId).Order;

    public Task<IReadOnlyDictionary<string, string>> GetAllAsync(int companyId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(Settings, StringComparer.OrdinalIgnoreCase));
        }
    }

    public Task<string?> GetAsync(int companyId, string name, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(Settings.TryGetValue(name, out var value) ? value : null);
        }
    }

    public Task SetAsync(int companyId, string name, string value, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Settings[name] = value;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<int>> FindOrderIdsByChannelOrderIdAsync(int companyId, string channelOrderId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<int>>(Orders.Where(o => o.Order.CompanyId == companyId && o.Order.ChannelOrderId == channelOrderId).Select(o => o.Id).ToList());
        }
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<int>>> FindOrderIdsByChannelOrderIdsAsync(int companyId, IReadOnlyCollection<string> channelOrderIds, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var found = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
            foreach (var id in channelOrderIds.Distinct(StringComparer.Ordinal))
            {
                var ids = Orders.Where(o => o.Order.CompanyId == companyId && o.Order.ChannelOrderId == id).Select(o => o.Id).ToList();
                if (ids.Count > 0)
                {
                    found[id] = ids;
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<int>>>(found);
        }
    }

    public Task<OrderCreateResult> CreateOrderAsync(NewOrder order, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var existing = Orders.FirstOrDefault(o => o.Order.CompanyId == order.CompanyId && o.Order.ChannelOrderId == order.ChannelOrderId);
            if (existing.Order is not null)
            {
                return Task.FromResult(new OrderCreateResult(existing.Id, true));
            }

            var id = _nextOrderId++;
            Orders.Add((id, order));
            return Task.FromResult(new OrderCreateResult(id, false));
        }
    }

    public Task<IReadOnlyList<HostOrder>> GetOrdersAsync(IReadOnlyCollection<int> orderIds, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("not used by the order import");

    public Task SetOrderMarkAsync(IReadOnlyCollection<int> orderIds, OrderMark mark, bool value, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("not used by the order import");

    public Task SetCustomColumnsAsync(int orderId, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("not used by the order import");

    public Task<IReadOnlyList<string>> FindProductIdsAsync(ProductSearch search, CancellationToken cancellationToken = default)
    {
        var value = search.Value.Trim();
        IEnumerable<HostProduct> hits = search.Field switch
        {
            ProductSearchField.ProductId => Products.Where(p => string.Equals(p.ProductId, value, StringComparison.OrdinalIgnoreCase)),
            ProductSearchField.Upc => Products.Where(p => p.Upc?.Trim() == value),
            _ => Products.Where(p => p.CustomColumns.TryGetValue(search.ColumnName!, out var v) && v.Trim() == value),
        };
        return Task.FromResult<IReadOnlyList<string>>(hits.Select(p => p.ProductId).ToList());
    }

    public Task<IReadOnlyList<HostProduct>> GetProductsAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<HostProduct>>(Products.Where(p => productIds.Contains(p.ProductId)).ToList());

    private static HostProduct Product(string id, string? upc, params (string Name, string Value)[] columns) => new()
    {
        ProductId = id,
        CompanyId = CompanyId,
        Upc = upc,
        CustomColumns = columns.ToDictionary(c => c.Name, c => c.Value, StringComparer.OrdinalIgnoreCase),
    };
}
