namespace Dsco.Plugins.Sample.Store;

/// <summary>
/// The sample host's tables. Names follow Sellercloud's vocabulary; numeric status columns hold the host's
/// enum values (<c>OrderStatus</c>, <c>PaymentStatus</c>, <c>ShippingStatus</c>). Money is stored as text so
/// decimals round-trip exactly.
/// </summary>
internal static class Schema
{
    public const string CreateScript = """
        CREATE TABLE IF NOT EXISTS companies (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS company_settings (
            company_id INTEGER NOT NULL REFERENCES companies(id),
            name       TEXT NOT NULL COLLATE NOCASE,
            value      TEXT NOT NULL,
            PRIMARY KEY (company_id, name)
        );

        CREATE TABLE IF NOT EXISTS warehouses (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            dsco_code   TEXT,
            company     TEXT,
            street1     TEXT,
            street2     TEXT,
            city        TEXT,
            state       TEXT,
            postal_code TEXT,
            country     TEXT,
            phone       TEXT
        );

        CREATE TABLE IF NOT EXISTS products (
            product_id    TEXT PRIMARY KEY,
            company_id    INTEGER NOT NULL REFERENCES companies(id),
            name          TEXT,
            upc           TEXT,
            available_qty INTEGER NOT NULL DEFAULT 0,
            on_order_qty  INTEGER NOT NULL DEFAULT 0 CHECK (on_order_qty >= 0),
            is_kit        INTEGER NOT NULL DEFAULT 0,
            discontinued  INTEGER NOT NULL DEFAULT 0,
            replenishable INTEGER NOT NULL DEFAULT 0,
            cost          TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_products_upc ON products(upc);
        CREATE INDEX IF NOT EXISTS ix_products_company ON products(company_id);

        CREATE TABLE IF NOT EXISTS product_warehouse_qty (
            product_id    TEXT NOT NULL REFERENCES products(product_id) ON DELETE CASCADE,
            warehouse_id  INTEGER NOT NULL REFERENCES warehouses(id),
            available_qty INTEGER NOT NULL DEFAULT 0,
            on_order_qty  INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (product_id, warehouse_id)
        );

        CREATE TABLE IF NOT EXISTS kit_components (
            kit_product_id       TEXT NOT NULL REFERENCES products(product_id) ON DELETE CASCADE,
            component_product_id TEXT NOT NULL REFERENCES products(product_id),
            qty_per_kit          INTEGER NOT NULL CHECK (qty_per_kit > 0),
            PRIMARY KEY (kit_product_id, component_product_id)
        );

        CREATE TABLE IF NOT EXISTS product_custom_columns (
            product_id TEXT NOT NULL REFERENCES products(product_id) ON DELETE CASCADE,
            name       TEXT NOT NULL COLLATE NOCASE,
            value      TEXT NOT NULL,
            PRIMARY KEY (product_id, name)
        );

        CREATE TABLE IF NOT EXISTS orders (
            id                     INTEGER PRIMARY KEY AUTOINCREMENT,
            company_id             INTEGER NOT NULL REFERENCES companies(id),
            channel_order_id       TEXT NOT NULL CHECK (length(channel_order_id) > 0),
            po_number              TEXT,
            order_source           TEXT,
            order_date             TEXT NOT NULL,
            created_at             TEXT NOT NULL,
            customer_user          TEXT,
            customer_email         TEXT,
            status                 INTEGER NOT NULL,
            payment_status         INTEGER NOT NULL,
            shipping_status        INTEGER NOT NULL,
            tracking_uploaded      INTEGER NOT NULL DEFAULT 0,
            invoice_uploaded       INTEGER NOT NULL DEFAULT 0,
            exported               INTEGER NOT NULL DEFAULT 0,
            shipping_carrier       TEXT,
            shipping_service       TEXT,
            lock_shipping_method   INTEGER NOT NULL DEFAULT 0,
            requires_third_party   INTEGER NOT NULL DEFAULT 0,
            ship_from_warehouse_id INTEGER REFERENCES warehouses(id),
            ship_date              TEXT,
            currency_code          TEXT,
            shipping_total         TEXT NOT NULL DEFAULT '0',
            tax_total              TEXT NOT NULL DEFAULT '0',
            is_gift                INTEGER NOT NULL DEFAULT 0,
            gift_message           TEXT,
            gift_to_name           TEXT,
            gift_from_name         TEXT,
            notes                  TEXT,
            split_parent_order_id  INTEGER REFERENCES orders(id)
        );
        -- The host's guarantee against duplicate orders: one (company, channel order id) among original orders.
        -- Split children keep their parent's channel order id, as Sellercloud's do, so they are left out.
        CREATE UNIQUE INDEX IF NOT EXISTS ux_orders_company_channel_order
            ON orders(company_id, channel_order_id) WHERE split_parent_order_id IS NULL;
        CREATE INDEX IF NOT EXISTS ix_orders_channel_order ON orders(company_id, channel_order_id);
        CREATE INDEX IF NOT EXISTS ix_orders_split_parent ON orders(split_parent_order_id);

        CREATE TABLE IF NOT EXISTS order_addresses (
            order_id       INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            kind           TEXT NOT NULL CHECK (kind IN ('ship', 'bill')),
            first_name     TEXT,
            last_name      TEXT,
            company        TEXT,
            street1        TEXT,
            street2        TEXT,
            city           TEXT,
            state          TEXT,
            postal_code    TEXT,
            country        TEXT,
            phone          TEXT,
            email          TEXT,
            is_residential INTEGER,
            PRIMARY KEY (order_id, kind)
        );

        CREATE TABLE IF NOT EXISTS order_items (
            id               INTEGER PRIMARY KEY AUTOINCREMENT,
            order_id         INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            product_id       TEXT NOT NULL REFERENCES products(product_id),
            name             TEXT,
            quantity         INTEGER NOT NULL CHECK (quantity > 0),
            unit_price       TEXT NOT NULL,
            coop_fee         TEXT NOT NULL DEFAULT '0',
            channel_line_id  TEXT,
            channel_sku      TEXT,
            channel_item_id  TEXT,
            personalization  TEXT,
            notes            TEXT,
            is_kit           INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS ix_order_items_order ON order_items(order_id);

        CREATE TABLE IF NOT EXISTS order_item_kit_components (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            order_item_id INTEGER NOT NULL REFERENCES order_items(id) ON DELETE CASCADE,
            product_id    TEXT NOT NULL REFERENCES products(product_id),
            qty_per_kit   INTEGER NOT NULL CHECK (qty_per_kit > 0),
            total_qty     INTEGER NOT NULL CHECK (total_qty > 0)
        );
        CREATE INDEX IF NOT EXISTS ix_kit_components_item ON order_item_kit_components(order_item_id);

        CREATE TABLE IF NOT EXISTS packages (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            order_id        INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            tracking_number TEXT,
            carrier         TEXT,
            service         TEXT,
            weight_lbs      TEXT,
            sscc_code       TEXT,
            ship_date       TEXT,
            shipping_cost   TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_packages_order ON packages(order_id);

        CREATE TABLE IF NOT EXISTS package_items (
            id               INTEGER PRIMARY KEY AUTOINCREMENT,
            package_id       INTEGER NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
            order_item_id    INTEGER NOT NULL REFERENCES order_items(id),
            kit_component_id INTEGER REFERENCES order_item_kit_components(id),
            product_id       TEXT NOT NULL,
            quantity         INTEGER NOT NULL CHECK (quantity > 0)
        );

        CREATE TABLE IF NOT EXISTS payments (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            order_id   INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            amount     TEXT NOT NULL,
            method     TEXT NOT NULL,
            reference  TEXT,
            created_at TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS order_custom_columns (
            order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            name     TEXT NOT NULL COLLATE NOCASE,
            value    TEXT NOT NULL,
            PRIMARY KEY (order_id, name)
        );
        """;
}
