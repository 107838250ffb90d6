using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Dsco.Plugins.Sample.Store;
using Microsoft.Extensions.Time.Testing;
using Sellercloud.Plugins;

namespace Dsco.Plugins.IntegrationTests.SampleHost;

/// <summary>A seeded sample-host database in its own temp file, deleted on dispose.</summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    private TempDatabase(string directory, SqliteStore store, FakeTimeProvider time)
    {
        Directory = directory;
        Store = store;
        Time = time;
        Settings = new SqliteCompanySettings(store);
        Orders = new SqliteOrderService(store, time);
        Products = new SqliteProductService(store);
        Searches = new SavedSearchService(store);
    }

    public string Directory { get; }

    public SqliteStore Store { get; }

    public FakeTimeProvider Time { get; }

    public SqliteCompanySettings Settings { get; }

    public SqliteOrderService Orders { get; }

    public SqliteProductService Products { get; }

    public SavedSearchService Searches { get; }

    public static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "dsco-sample-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    public static async Task<TempDatabase> CreateAsync()
    {
        var directory = NewDirectory();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        var (store, seeded) = await SqliteStore.OpenAsync(Path.Combine(directory, "sample.db"), time);
        Assert.True(seeded);
        return new TempDatabase(directory, store, time);
    }

    /// <summary>Runs one SQL statement against the file (for arranging states the services do not offer).</summary>
    public async Task<long?> SqlAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await Store.OpenConnectionAsync();
        await using var command = connection.Command(null, sql, parameters);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static NewOrder Order(string channelOrderId, params NewOrderItem[] items) => new()
    {
        CompanyId = 1,
        ChannelOrderId = channelOrderId,
        PoNumber = "PO-" + channelOrderId,
        OrderSource = "Neiman Marcus",
        OrderDate = new DateTimeOffset(2026, 12, 1, 15, 30, 0, TimeSpan.Zero),
        CustomerEmail = "jane@example.com",
        ShippingAddress = new HostAddress { FirstName = "Jane", LastName = "Doe", Street1 = "1 Main St", City = "Dallas", State = "TX", PostalCode = "75201", Country = "US" },
        ShippingCarrier = "UPS",
        ShippingService = "Ground",
        CurrencyCode = "USD",
        ShippingTotal = 5m,
        TaxTotal = 1.25m,
        Items = items.Length > 0 ? items : new[] { Item("NM-TSHIRT-BLK-M", 2, 19.99m, "1") },
        CustomColumns = new Dictionary<string, string> { ["DSCO_Email"] = "jane@example.com" },
    };

    public static NewOrderItem Item(string productId, int quantity, decimal price, string line) => new()
    {
        ProductId = productId,
        Quantity = quantity,
        UnitPrice = price,
        ChannelLineId = line,
        ChannelSku = productId,
    };

    public async ValueTask DisposeAsync()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: the temp folder is cleaned by the OS later.
        }

        await Task.CompletedTask;
    }
}
