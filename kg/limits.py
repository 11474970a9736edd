"""What a query from anyone may take, by default: one place for the numbers that kg.sandbox,
kg.serve and the command line's options use (light: the command line imports it at start)."""

QUERY_SECONDS = 60.0  # kg query's time limit
READER_SECONDS = 600.0  # one of dangkg's own reading queries (network, person ...) asked of an endpoint
SERVE_SECONDS = 30.0  # kg serve's, per query
QUERY_MEMORY_MB = 1024  # what one query may add to the memory of the process it forks from
MAX_RESULT_MB = 100  # the largest answer kg serve sends
MAX_QUERY_KB = 1024  # the largest request kg serve reads
