using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Sellercloud.Plugins
{
    /// <summary>
    /// A company's Custom Company Settings (Settings &gt; Company &gt; Toolbox &gt; Custom Settings).
    /// Names are compared case-insensitively, as the host's UI does; values are the raw text a person typed.
    /// </summary>
    public interface ICompanySettings
    {
        /// <summary>All settings of the company, name to raw value.</summary>
        Task<IReadOnlyDictionary<string, string>> GetAllAsync(int companyId, CancellationToken cancellationToken = default);

        /// <summary>One setting's raw value, or <see langword="null"/> when the company does not have it.</summary>
        Task<string?> GetAsync(int companyId, string name, CancellationToken cancellationToken = default);

        /// <summary>
        /// Writes a value a plugin populates (e.g. <c>DSCO_StreamID</c>, <c>DSCO_StreamPosition</c>), creating the
        /// setting when missing. The write is durable when the returned task completes.
        /// </summary>
        Task SetAsync(int companyId, string name, string value, CancellationToken cancellationToken = default);
    }
}
