using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Sample.Store;

/// <summary>Custom Company Settings in SQLite. Names are compared case-insensitively (NOCASE column).</summary>
internal sealed class SqliteCompanySettings : ICompanySettings
{
    private readonly SqliteStore _store;

    public SqliteCompanySettings(SqliteStore store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    public async Task<IReadOnlyDictionary<string, string>> GetAllAsync(int companyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT name, value FROM company_settings WHERE company_id = $c ORDER BY name;", ("$c", companyId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadAsync(cancellationToken))
        {
            all[reader.GetString(0)] = reader.GetString(1);
        }

        return all;
    }

    public async Task<string?> GetAsync(int companyId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT value FROM company_settings WHERE company_id = $c AND name = $n;", ("$c", companyId), ("$n", name.Trim()));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task SetAsync(int companyId, string name, string value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken);
        if (await connection.ScalarInt64Async(null, "SELECT COUNT(*) FROM companies WHERE id = $c;", cancellationToken, ("$c", companyId)) == 0)
        {
            throw new InvalidOperationException($"Cannot set company setting '{name}': company {companyId} does not exist.");
        }

        // One autocommit statement: with SQLite's default synchronous=FULL the WAL is synced before it returns.
        await connection.ExecAsync(
            null,
            """
            INSERT INTO company_settings (company_id, name, value) VALUES ($c, $n, $v)
            ON CONFLICT (company_id, name) DO UPDATE SET value = excluded.value;
            """,
            cancellationToken,
            ("$c", companyId),
            ("$n", name.Trim()),
            ("$v", value));
    }
}
