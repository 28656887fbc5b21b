"""What a volunteer records: matches, entries, concerns, measures, tags, and the services on them."""
