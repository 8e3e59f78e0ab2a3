"""The SQLCipher store: connection, schema migrations, one repository per aggregate."""
