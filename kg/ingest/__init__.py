"""Reading inputs: files, web pages and JSON Lines records into Articles."""

DEFAULT_MAX_BYTES = 5 * 2**20  # an input larger than this is skipped without being read (--max-bytes)
