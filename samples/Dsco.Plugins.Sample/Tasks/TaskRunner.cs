using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Sample.Plugins;
using Dsco.Plugins.Sample.Store;
using Microsoft.Extensions.Logging;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Sample.Tasks;

/// <summary>
/// Runs scheduled tasks the way the host's task runner does: picks the task's plugin, runs its saved search,
/// builds the <see cref="PluginRunContext"/>, runs the plugin, then sets the task's marks on the orders that
/// succeeded (and only those).
/// </summary>
internal sealed class TaskRunner
{
    /// <summary>The user the demo tasks run as (the task's "User ID").</summary>
    public const int DemoUserId = 1;

    private readonly SqliteStore _store;
    private readonly PluginCatalog _catalog;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _timeProvider;
    private readonly TextWriter _output;
    private readonly SqliteCompanySettings _settings;
    private readonly SqliteOrderService _orders;
    private readonly SqliteProductService _products;
    private readonly SavedSearchService _searches;
    private readonly WarehouseFulfilment _fulfilment;

    public TaskRunner(SqliteStore store, PluginCatalog catalog, ILoggerFactory loggerFactory, TimeProvider timeProvider, TextWriter output)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _loggerFactory = loggerFactory ?? throw new ArgumentNullException(nameof(loggerFactory));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _settings = new SqliteCompanySettings(store);
        _orders = new SqliteOrderService(store, timeProvider);
        _products = new SqliteProductService(store);
        _searches = new SavedSearchService(store);
        _fulfilment = new WarehouseFulfilment(store, timeProvider);
    }

    /// <summary>Runs the tasks in order; every task runs even when an earlier one failed, as a scheduler's would.</summary>
    public async Task<IReadOnlyList<TaskReport>> RunAllAsync(IReadOnlyList<HostTaskDefinition> tasks, int companyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var reports = new List<TaskReport>();
        foreach (var task in tasks)
        {
            var redactor = new SecretRedactor(await _settings.GetAllAsync(companyId, cancellationToken));
            var report = await RunAsync(task, companyId, redactor, cancellationToken);
            TaskSummary.Write(_output, report, redactor);
            reports.Add(report);
        }

        return reports;
    }

    public async Task<TaskReport> RunAsync(HostTaskDefinition task, int companyId, SecretRedactor redactor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(redactor);
        if (task.Kind == HostTaskKind.Fulfilment)
        {
            var shipped = await _fulfilment.ShipAsync(companyId, cancellationToken);
            return new TaskReport { Task = task, Outcome = TaskOutcome.Ran, Shipped = shipped, Selected = shipped.Count };
        }

        var plugin = ResolvePlugin(_catalog, task);
        if (plugin is null)
        {
            return new TaskReport { Task = task, Outcome = TaskOutcome.NotAvailable, Note = "not available in this plugin assembly" };
        }

        IReadOnlyList<int> orderIds = Array.Empty<int>();
        IReadOnlyList<string> productIds = Array.Empty<string>();
        string? search = null;
        if (task == HostTasks.TrackingExport || task == HostTasks.InvoiceExport)
        {
            var saved = task == HostTasks.TrackingExport ? OrderSavedSearch.TrackingExport(companyId) : OrderSavedSearch.InvoiceExport(companyId);
            search = saved.ToString();
            orderIds = await _searches.FindOrdersAsync(saved, cancellationToken);
        }
        else if (task.Kind == HostTaskKind.OrderExport)
        {
            throw new InvalidOperationException($"Task '{task.Key}' is an order export without a saved search.");
        }
        else if (task.Kind == HostTaskKind.ProductExport)
        {
            var saved = ProductSavedSearch.InventoryExport(companyId, onlyEnabled: true);
            search = saved.ToString();
            productIds = await _searches.FindProductsAsync(saved, cancellationToken);
        }

        var selected = task.Kind == HostTaskKind.ProductExport ? productIds.Count : orderIds.Count;
        if (task.Kind != HostTaskKind.OrderImport && selected == 0)
        {
            return new TaskReport { Task = task, Outcome = TaskOutcome.Ran, PluginName = plugin.DisplayName, Note = $"saved search selected nothing ({search}); plugin not run" };
        }

        var context = new PluginRunContext(companyId, _settings, _orders, _products)
        {
            UserId = DemoUserId,
            SelectedOrderIds = orderIds,
            SelectedProductIds = productIds,
            Options = task.Options,
            Logger = new RedactingLogger(_loggerFactory.CreateLogger("Plugin." + plugin.DisplayName), redactor),
            TimeProvider = _timeProvider,
            Progress = new ConsoleProgress(_output, task.Key, _timeProvider, redactor),
            CancellationToken = cancellationToken,
        };

        var lastOrderIdBefore = task.Kind == HostTaskKind.OrderImport ? await _orders.LastOrderIdAsync(cancellationToken) : 0;
        PluginRunResult? result;
        try
        {
            result = plugin switch
            {
                IOrderImportPlugin import when task.Kind == HostTaskKind.OrderImport => await import.ImportOrdersAsync(context, cancellationToken),
                IOrderExportPlugin export when task.Kind == HostTaskKind.OrderExport => await export.ExportOrdersAsync(context, cancellationToken),
                IProductExportPlugin export when task.Kind == HostTaskKind.ProductExport => await export.ExportProductsAsync(context, cancellationToken),
                _ => throw new InvalidOperationException($"Plugin '{plugin.DisplayName}' does not implement the interface a {task.Kind} task needs."),
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            new RedactingLogger(_loggerFactory.CreateLogger("Dsco.Plugins.Sample"), redactor).LogError(ex, "Task {Task}: plugin {Plugin} threw", task.Key, plugin.DisplayName);
            return new TaskReport
            {
                Task = task,
                Outcome = TaskOutcome.Failed,
                PluginName = plugin.DisplayName,
                Selected = selected,
                Error = redactor.Redact($"the plugin threw {ex.GetType().Name}: {ex.Message}"),
            };
        }

        if (result is null)
        {
            return new TaskReport { Task = task, Outcome = TaskOutcome.Failed, PluginName = plugin.DisplayName, Selected = selected, Error = "the plugin returned no result" };
        }

        // Done items are done even when the run stopped early, so their marks are set either way.
        var marks = await ApplyMarksAsync(task, result, orderIds, cancellationToken);
        return new TaskReport
        {
            Task = task,
            Outcome = result.Completed ? TaskOutcome.Ran : TaskOutcome.Failed,
            PluginName = plugin.DisplayName,
            Selected = selected,
            Result = result,
            LastOrderIdBefore = lastOrderIdBefore,
            Error = result.Completed ? null : redactor.Redact(result.RunError),
            MarksApplied = marks,
        };
    }

    /// <summary>The task's plugin: by its display name, else the only plugin of the right kind whose name fits.</summary>
    internal static ISellercloudPlugin? ResolvePlugin(PluginCatalog catalog, HostTaskDefinition task)
    {
        foreach (var name in task.PluginNames)
        {
            if (catalog.Plugins.TryGetValue(name, out var named) && Fits(task, named))
            {
                return named;
            }
        }

        var candidates = catalog.Plugins.Values.Where(p => Fits(task, p)).ToList();
        if (task.NameHint is not null)
        {
            candidates = candidates.Where(p => p.DisplayName.Contains(task.NameHint, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static bool Fits(HostTaskDefinition task, ISellercloudPlugin plugin) => task.Kind switch
    {
        HostTaskKind.OrderImport => plugin is IOrderImportPlugin,
        HostTaskKind.OrderExport => plugin is IOrderExportPlugin,
        HostTaskKind.ProductExport => plugin is IProductExportPlugin,
        _ => false,
    };

    private async Task<IReadOnlyDictionary<OrderMark, int>> ApplyMarksAsync(HostTaskDefinition task, PluginRunResult result, IReadOnlyList<int> selectedOrderIds, CancellationToken cancellationToken)
    {
        var marks = new Dictionary<OrderMark, int>();
        if (task.Kind != HostTaskKind.OrderExport)
        {
            return marks;
        }

        // Only orders the saved search handed over are flagged: a plugin cannot mark an order it was not given.
        var selected = selectedOrderIds.ToHashSet();
        var succeeded = result.SucceededOrderIds.Where(selected.Contains).ToList();
        if (succeeded.Count == 0)
        {
            return marks;
        }

        var toSet = new List<OrderMark>();
        if (task.Options.IsTrackingExport)
        {
            toSet.Add(OrderMark.TrackingUploaded);
        }

        if (task.Options.IsInvoiceExport)
        {
            toSet.Add(OrderMark.InvoiceUploaded);
        }

        if (task.Options.MarkOrdersAsExported)
        {
            toSet.Add(OrderMark.Exported);
        }

        foreach (var mark in toSet)
        {
            await _orders.SetOrderMarkAsync(succeeded, mark, true, cancellationToken);
            marks[mark] = succeeded.Count;
        }

        return marks;
    }
}
