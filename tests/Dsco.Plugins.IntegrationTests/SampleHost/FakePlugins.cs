using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Sellercloud.Plugins;

namespace Dsco.Plugins.IntegrationTests.SampleHost;

// Small plugins that exist only to prove the host's discovery, context building, flagging and summaries.

/// <summary>An order export whose outcome per order is decided by the test.</summary>
public sealed class FakeOrderExportPlugin : IOrderExportPlugin
{
    public FakeOrderExportPlugin()
        : this("Fake Order Export")
    {
    }

    public FakeOrderExportPlugin(string displayName) => DisplayName = displayName;

    public string DisplayName { get; }

    /// <summary>Decides each selected order's result; default: every order succeeds.</summary>
    public Func<int, ItemResult>? Outcome { get; set; }

    /// <summary>Extra results to add (e.g. for orders the plugin was not given).</summary>
    public IReadOnlyList<ItemResult> Extra { get; set; } = Array.Empty<ItemResult>();

    public string? RunError { get; set; }

    public Exception? Throw { get; set; }

    /// <summary>Written to the run's logger before anything else.</summary>
    public string? LogMessage { get; set; }

    public PluginRunContext? LastContext { get; private set; }

    public Task<PluginRunResult> ExportOrdersAsync(PluginRunContext context, CancellationToken cancellationToken = default)
    {
        LastContext = context;
        if (LogMessage is not null)
        {
            context.Logger.LogWarning("{Message}", LogMessage);
        }

        if (Throw is not null)
        {
            throw Throw;
        }

        var builder = new PluginRunResultBuilder(DisplayName);
        foreach (var id in context.SelectedOrderIds)
        {
            builder.Add(Outcome?.Invoke(id) ?? new ItemResult(id.ToString(System.Globalization.CultureInfo.InvariantCulture), ItemOutcome.Succeeded) { OrderId = id });
            context.Progress?.Report(new PluginProgress(builder.Count, context.SelectedOrderIds.Count, "exporting"));
        }

        foreach (var extra in Extra)
        {
            builder.Add(extra);
        }

        return Task.FromResult(builder.Build(RunError));
    }
}

/// <summary>An order import that records the context it was given.</summary>
public sealed class FakeOrderImportPlugin : IOrderImportPlugin
{
    public string DisplayName => "Fake Order Import";

    public PluginRunContext? LastContext { get; private set; }

    /// <summary>Channel order ids to create in the host (or find, when they exist already), each reported succeeded.</summary>
    public IReadOnlyList<string> ChannelOrderIds { get; set; } = Array.Empty<string>();

    public async Task<PluginRunResult> ImportOrdersAsync(PluginRunContext context, CancellationToken cancellationToken = default)
    {
        LastContext = context;
        var builder = new PluginRunResultBuilder(DisplayName);
        foreach (var id in ChannelOrderIds)
        {
            var created = await context.Orders.CreateOrderAsync(TempDatabase.Order(id), cancellationToken);
            var note = created.AlreadyExisted ? $"{id} was already order {created.OrderId}" : $"{id} imported as order {created.OrderId}";
            builder.Add(new ItemResult(id, ItemOutcome.Succeeded, note) { OrderId = created.OrderId });
        }

        return builder.Build();
    }
}

/// <summary>A product export that reports the products it was given, skipping those without DSCOItemID.</summary>
public sealed class FakeProductExportPlugin : IProductExportPlugin
{
    public string DisplayName => "Fake Inventory Export";

    public async Task<PluginRunResult> ExportProductsAsync(PluginRunContext context, CancellationToken cancellationToken = default)
    {
        var builder = new PluginRunResultBuilder(DisplayName);
        var products = await context.Products.GetProductsAsync(context.SelectedProductIds, cancellationToken);
        foreach (var product in products)
        {
            if (product.CustomColumns.ContainsKey("DSCOItemID"))
            {
                builder.Succeeded(product.ProductId, productId: product.ProductId);
            }
            else
            {
                builder.Skipped(product.ProductId, "no DSCOItemID", productId: product.ProductId);
            }
        }

        return builder.Build();
    }
}

/// <summary>Not discoverable: abstract.</summary>
public abstract class AbstractFakePlugin : IOrderImportPlugin
{
    public string DisplayName => "Abstract Fake";

    public abstract Task<PluginRunResult> ImportOrdersAsync(PluginRunContext context, CancellationToken cancellationToken = default);
}

/// <summary>Not discoverable: no public parameterless constructor.</summary>
public sealed class NeedsArgumentsFakePlugin : IOrderImportPlugin
{
    public NeedsArgumentsFakePlugin(string name) => DisplayName = name;

    public string DisplayName { get; }

    public Task<PluginRunResult> ImportOrdersAsync(PluginRunContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(new PluginRunResultBuilder(DisplayName).Build());
}

/// <summary>Not discoverable: internal.</summary>
internal sealed class InternalFakePlugin : IOrderImportPlugin
{
    public string DisplayName => "Internal Fake";

    public Task<PluginRunResult> ImportOrdersAsync(PluginRunContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(new PluginRunResultBuilder(DisplayName).Build());
}
