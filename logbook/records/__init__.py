"""What a volunteer records: matches, entries, concerns, measures and tags, and their services."""
