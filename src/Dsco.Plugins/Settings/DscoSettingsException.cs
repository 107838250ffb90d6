using System;
using System.Collections.Generic;
using System.Linq;

namespace Dsco.Plugins.Settings
{
    /// <summary>
    /// One or more Custom Company Settings are missing or malformed. The message lists every problem (setting,
    /// value — redacted for secrets — and what was expected), one per line.
    /// </summary>
    public sealed class DscoSettingsException : Exception
    {
        /// <summary>Creates an exception for the given problems.</summary>
        public DscoSettingsException(IReadOnlyList<DscoSettingProblem> problems)
            : this(problems, null)
        {
        }

        /// <summary>Creates an exception for the given problems, with a heading such as the plugin's name.</summary>
        public DscoSettingsException(IReadOnlyList<DscoSettingProblem> problems, string? heading)
            : base(BuildMessage(problems, heading))
        {
            Problems = problems;
        }

        /// <summary>Creates an exception for a single problem.</summary>
        public DscoSettingsException(DscoSettingProblem problem)
            : this(new[] { problem ?? throw new ArgumentNullException(nameof(problem)) })
        {
        }

        /// <summary>Every problem found.</summary>
        public IReadOnlyList<DscoSettingProblem> Problems { get; }

        /// <summary>The setting at fault when there is exactly one, otherwise <see langword="null"/>.</summary>
        public string? SettingName => Problems.Select(p => p.SettingName).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1
            ? Problems[0].SettingName
            : null;

        private static string BuildMessage(IReadOnlyList<DscoSettingProblem> problems, string? heading)
        {
            if (problems is null)
            {
                throw new ArgumentNullException(nameof(problems));
            }

            if (problems.Count == 0)
            {
                throw new ArgumentException("At least one problem is needed.", nameof(problems));
            }

            var lines = problems.Select(p => p.Message);
            if (problems.Count == 1 && heading is null)
            {
                return problems[0].Message;
            }

            var title = heading ?? $"{problems.Count} DSCO company settings need fixing (Settings > Company > Toolbox > Custom Settings):";
            return title + Environment.NewLine + string.Join(Environment.NewLine, lines.Select(l => "  - " + l));
        }
    }
}
