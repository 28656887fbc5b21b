"""The encrypted database: SQLCipher engines, the ORM schema and its Alembic migrations."""
