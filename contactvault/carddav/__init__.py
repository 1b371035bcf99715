"""CardDAV (RFC 6352): a small client for publishing a phone's cards to its address book."""
