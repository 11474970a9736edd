"""Pictures of a graph: an interactive offline HTML page (page) and a PNG (picture)."""
