using System;
using System.Linq;
using System.Text;
using Dsco.Plugins.Api;
using Dsco.Plugins.Api.Models;
using Newtonsoft.Json;

namespace Dsco.Plugins.Tests.Api;

public sealed class DscoBatchingTests
{
    private static ItemInventory Item(int i, int padding = 0) => new()
    {
        Sku = "SKU-" + i + new string('x', padding),
        QuantityAvailable = i,
        Status = InventoryStatus.InStock,
        Warehouses = { new ItemWarehouse { Code = "W", Quantity = i } },
    };

    private static int JsonArrayBytes<T>(System.Collections.Generic.IReadOnlyList<T> items) =>
        Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(items, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));

    [Fact]
    public void SplitBySize_KeepsEveryBatchUnderBudget_AndOrder()
    {
        var items = Enumerable.Range(0, 1000).Select(i => Item(i, i % 7 * 10)).ToList();

        var batches = DscoBatching.SplitBySize(items, maxBytes: 10_000);

        Assert.True(batches.Count > 5);
        Assert.Equal(items.Select(i => i.Sku), batches.SelectMany(b => b.Items).Select(i => i.Sku));
        foreach (var batch in batches)
        {
            var actual = JsonArrayBytes(batch.Items);
            Assert.Equal(actual, batch.SerializedBytes);
            Assert.True(actual <= 10_000, $"batch of {batch.Items.Count} is {actual} bytes");
        }

        // Greedy: adding the next item's first element would have broken the budget.
        for (var i = 0; i < batches.Count - 1; i++)
        {
            var withNext = batches[i].Items.Concat(new[] { batches[i + 1].Items[0] }).ToList();
            Assert.True(JsonArrayBytes(withNext) > 10_000);
        }
    }

    [Fact]
    public void SplitBySize_DefaultBudgetIsUnderFiveMegabytes()
    {
        var items = Enumerable.Range(0, 30_000).Select(i => Item(i, 200)).ToList();

        var batches = DscoBatching.SplitBySize(items);

        Assert.True(batches.Count >= 2);
        Assert.All(batches, b => Assert.True(b.SerializedBytes <= 5 * 1024 * 1024));
    }

    [Fact]
    public void SplitBySize_MaxItems_AlsoLimitsCount()
    {
        var batches = DscoBatching.SplitBySize(Enumerable.Range(0, 25).Select(i => Item(i)).ToList(), maxItems: 10);

        Assert.Equal(new[] { 10, 10, 5 }, batches.Select(b => b.Items.Count));
    }

    [Fact]
    public void SplitBySize_ItemLargerThanBudget_ThrowsNamingIndex()
    {
        var items = new[] { Item(0), Item(1, 5000), Item(2) };

        var ex = Assert.Throws<ArgumentException>(() => DscoBatching.SplitBySize(items, maxBytes: 1000));

        Assert.Contains("Item 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1,000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitBySize_Empty_ReturnsNoBatches()
    {
        Assert.Empty(DscoBatching.SplitBySize(Array.Empty<OrderId>()));
    }
}
