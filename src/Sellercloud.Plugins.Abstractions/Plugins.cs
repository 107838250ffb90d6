using System.Threading;
using System.Threading.Tasks;

namespace Sellercloud.Plugins
{
    /// <summary>
    /// A plugin the scheduled-task host can run. A host discovers plugins by these interfaces and shows
    /// <see cref="DisplayName"/> in its "Plugin" / "Export Via" menus, so the name must never change.
    /// </summary>
    public interface ISellercloudPlugin
    {
        /// <summary>The stable name a seller picks the plugin by, e.g. <c>DSCO API v3 Order Import</c>.</summary>
        string DisplayName { get; }
    }

    /// <summary>A plugin for an "Import Orders" scheduled task: brings channel orders into the host.</summary>
    public interface IOrderImportPlugin : ISellercloudPlugin
    {
        /// <summary>Imports new channel orders for <see cref="PluginRunContext.CompanyId"/>.</summary>
        /// <param name="context">The run: company, settings, host services, logger, clock.</param>
        /// <param name="cancellationToken">Stops the run; work already committed stays committed.</param>
        /// <returns>One result per channel order seen, plus a run error if the run ended early.</returns>
        Task<PluginRunResult> ImportOrdersAsync(PluginRunContext context, CancellationToken cancellationToken = default);
    }

    /// <summary>
    /// A plugin for an "Export Orders" scheduled task (tracking and invoice exports are both order exports).
    /// It works on the orders of the task's saved search, <see cref="PluginRunContext.SelectedOrderIds"/>.
    /// </summary>
    public interface IOrderExportPlugin : ISellercloudPlugin
    {
        /// <summary>Exports the selected orders.</summary>
        /// <param name="context">The run, with the saved-search selection and the task options.</param>
        /// <param name="cancellationToken">Stops the run.</param>
        /// <returns>One result per selected order; the host sets flags only on succeeded ones.</returns>
        Task<PluginRunResult> ExportOrdersAsync(PluginRunContext context, CancellationToken cancellationToken = default);
    }

    /// <summary>
    /// A plugin for an "Export Products" scheduled task. It works on
    /// <see cref="PluginRunContext.SelectedProductIds"/>.
    /// </summary>
    public interface IProductExportPlugin : ISellercloudPlugin
    {
        /// <summary>Exports the selected products.</summary>
        /// <param name="context">The run, with the saved-search selection.</param>
        /// <param name="cancellationToken">Stops the run.</param>
        /// <returns>One result per selected product.</returns>
        Task<PluginRunResult> ExportProductsAsync(PluginRunContext context, CancellationToken cancellationToken = default);
    }
}
