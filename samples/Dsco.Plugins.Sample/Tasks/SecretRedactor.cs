using System;
using System.Collections.Generic;
using System.Linq;

namespace Dsco.Plugins.Sample.Tasks;

/// <summary>
/// Replaces the values of secret settings (tokens, client secrets, passwords) in any text the host prints, so
/// a plugin message that echoes one does not reach the console.
/// </summary>
internal sealed class SecretRedactor
{
    private const string Mask = "***";
    private static readonly string[] SecretWords = { "token", "secret", "password", "apikey" };
    private readonly IReadOnlyList<string> _secrets;

    public SecretRedactor(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _secrets = settings
            .Where(s => SecretWords.Any(w => s.Key.Contains(w, StringComparison.OrdinalIgnoreCase)) && s.Value.Trim().Length >= 4)
            .Select(s => s.Value.Trim())
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(v => v.Length)
            .ToList();
    }

    public static SecretRedactor None { get; } = new(new Dictionary<string, string>());

    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
