using System;
using System.Collections.Generic;
using System.Linq;

namespace Dsco.Plugins.Settings
{
    /// <summary>Why one custom column of one product or order cannot be used.</summary>
    public sealed class DscoColumnProblem
    {
        /// <summary>Creates a problem.</summary>
        public DscoColumnProblem(string itemId, string columnName, string message)
        {
            ItemId = itemId;
            ColumnName = columnName;
            Message = message;
        }

        /// <summary>The product (ProductID) or order the column belongs to.</summary>
        public string ItemId { get; }

        /// <summary>The column's canonical name.</summary>
        public string ColumnName { get; }

        /// <summary>A message naming the item, the column, the value and what was expected.</summary>
        public string Message { get; }

        /// <inheritdoc />
        public override string ToString() => Message;
    }

    /// <summary>
    /// A custom column of a product or order holds a value the plugins cannot read. Plugins report it as that
    /// item's failure and carry on with the others.
    /// </summary>
    public sealed class DscoCustomColumnException : Exception
    {
        /// <summary>Creates an exception for the given problems (at least one).</summary>
        public DscoCustomColumnException(IReadOnlyList<DscoColumnProblem> problems)
            : base(BuildMessage(problems))
        {
            Problems = problems;
        }

        /// <summary>Every problem found.</summary>
        public IReadOnlyList<DscoColumnProblem> Problems { get; }

        private static string BuildMessage(IReadOnlyList<DscoColumnProblem> problems)
        {
            if (problems is null)
            {
                throw new ArgumentNullException(nameof(problems));
            }

            if (problems.Count == 0)
            {
                throw new ArgumentException("At least one problem is needed.", nameof(problems));
            }

            return problems.Count == 1
                ? problems[0].Message
                : string.Join(" ", problems.Select(p => p.Message));
        }
    }
}
