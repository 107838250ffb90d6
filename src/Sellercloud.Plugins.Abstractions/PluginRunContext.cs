using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Sellercloud.Plugins
{
    /// <summary>
    /// Everything the host hands a plugin for one run of a scheduled task. Immutable.
    /// </summary>
    public sealed class PluginRunContext
    {
        /// <summary>Creates a context for a run of a task that belongs to <paramref name="companyId"/>.</summary>
        public PluginRunContext(int companyId, ICompanySettings settings, IHostOrderService orders, IHostProductService products)
        {
            CompanyId = companyId;
            Settings = settings ?? throw new ArgumentNullException(nameof(settings));
            Orders = orders ?? throw new ArgumentNullException(nameof(orders));
            Products = products ?? throw new ArgumentNullException(nameof(products));
        }

        /// <summary>The company the task runs for ("Create Orders for Company" / the task's company).</summary>
        public int CompanyId { get; }

        /// <summary>The user the task runs as (the task's "User ID"); 0 when the task has none.</summary>
        public int UserId { get; init; }

        /// <summary>Order ids the task's saved search selected (export tasks). Empty for import tasks.</summary>
        public IReadOnlyList<int> SelectedOrderIds { get; init; } = Array.Empty<int>();

        /// <summary>Product ids the task's saved search selected (product export tasks).</summary>
        public IReadOnlyList<string> SelectedProductIds { get; init; } = Array.Empty<string>();

        /// <summary>The task's check boxes and options.</summary>
        public TaskOptions Options { get; init; } = new TaskOptions();

        /// <summary>The Custom Company Settings, readable and (for plugin-populated values) writable.</summary>
        public ICompanySettings Settings { get; }

        /// <summary>The host's orders.</summary>
        public IHostOrderService Orders { get; }

        /// <summary>The host's products and inventory.</summary>
        public IHostProductService Products { get; }

        /// <summary>Where the plugin writes what it did; the host shows it in the task's log.</summary>
        public ILogger Logger { get; init; } = NullLogger.Instance;

        /// <summary>The clock. Plugins never read the wall clock directly.</summary>
        public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

        /// <summary>Optional progress sink for long runs.</summary>
        public IProgress<PluginProgress>? Progress { get; init; }

        /// <summary>
        /// The host's stop signal for the task (e.g. the task was disabled mid-run). Plugins honour it
        /// together with the token passed to the run method.
        /// </summary>
        public CancellationToken CancellationToken { get; init; }
    }

    /// <summary>The options a seller ticks on a scheduled task.</summary>
    public sealed class TaskOptions
    {
        /// <summary>"This Is Tracking Export": the host sets Tracking Uploaded on orders that succeeded.</summary>
        public bool IsTrackingExport { get; init; }

        /// <summary>"This Is Invoice Export": the host sets Invoice Uploaded on orders that succeeded.</summary>
        public bool IsInvoiceExport { get; init; }

        /// <summary>"Mark Orders As Exported": the host sets Exported on orders that succeeded.</summary>
        public bool MarkOrdersAsExported { get; init; }

        /// <summary>"Import From" of an import task; DSCO import tasks use <c>None</c>.</summary>
        public string ImportFrom { get; init; } = "None";
    }

    /// <summary>How far a run has got.</summary>
    /// <param name="Processed">Items handled so far.</param>
    /// <param name="Total">Items expected, when known.</param>
    /// <param name="Message">What is happening now.</param>
    public sealed record PluginProgress(int Processed, int? Total, string? Message);
}
