using System;
using System.Collections.Generic;

namespace Dsco.Plugins.Settings
{
    /// <summary>
    /// What one Custom Company Setting is: its name, how it is read, its default and who reads it.
    /// <see cref="DscoSettingsCatalog"/> holds one per setting; parsing, validation and the README table follow it.
    /// </summary>
    public sealed class DscoSettingDefinition
    {
        internal DscoSettingDefinition(
            string name,
            DscoSettingType type,
            string? defaultValue,
            DscoPlugin readBy,
            string description,
            decimal? maximum = null,
            IReadOnlyList<string>? aliases = null)
        {
            Name = name;
            Type = type;
            DefaultValue = defaultValue;
            ReadBy = readBy;
            Description = description;
            Maximum = maximum;
            Aliases = aliases ?? Array.Empty<string>();
        }

        /// <summary>The setting's name, spelled as sellers create it.</summary>
        public string Name { get; }

        /// <summary>How the value is read.</summary>
        public DscoSettingType Type { get; }

        /// <summary>
        /// The raw text used when the setting is missing, empty or blank; it is read by the same rules as a
        /// typed value. <see langword="null"/> means "not set" (the property is null or empty).
        /// </summary>
        public string? DefaultValue { get; }

        /// <summary>The plugins whose behaviour depends on the setting.</summary>
        public DscoPlugin ReadBy { get; }

        /// <summary>One line on what the setting does.</summary>
        public string Description { get; }

        /// <summary>The largest accepted value of a <see cref="DscoSettingType.DecimalNumber"/> setting.</summary>
        public decimal? Maximum { get; }

        /// <summary>Other spellings sellers have used for the same setting; they are read as this setting.</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>True for settings whose value must never be shown.</summary>
        public bool IsSecret => Type == DscoSettingType.Secret;

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
