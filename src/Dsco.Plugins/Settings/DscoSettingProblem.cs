namespace Dsco.Plugins.Settings
{
    /// <summary>Why one company setting cannot be used.</summary>
    public sealed class DscoSettingProblem
    {
        /// <summary>Creates a problem.</summary>
        /// <param name="settingName">The setting's canonical name.</param>
        /// <param name="message">The whole message: names the setting, quotes the value (redacted for secrets) and says what was expected.</param>
        public DscoSettingProblem(string settingName, string message)
        {
            SettingName = settingName;
            Message = message;
        }

        /// <summary>The setting's canonical name (see <see cref="DscoSettingNames"/>).</summary>
        public string SettingName { get; }

        /// <summary>A message fit for a seller: setting, value and what was expected. Never holds a secret.</summary>
        public string Message { get; }

        /// <inheritdoc />
        public override string ToString() => Message;
    }
}
