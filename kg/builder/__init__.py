"""The build: input files → per-article facts (in parallel) → resolution → RDF → exports.

One module per concern, read in this order:

- :mod:`~kg.builder.options`: what a build can be asked (:class:`BuildOptions`) and its
  defaults, light enough for the command line to import;
- :mod:`~kg.builder.inputs`: the articles a build reads (:class:`InputUnit`: a file, or one
  line of a JSON Lines file) and their keys;
- :mod:`~kg.builder.limit`: the time limit on one article;
- :mod:`~kg.builder.runners`: reading and extracting one article (:func:`process_file`) and
  the engines that run many (a process pool, a Dask cluster);
- :mod:`~kg.builder.cache`: the facts cache of incremental builds and the extractor's
  fingerprint;
- :mod:`~kg.builder.manifest`: manifest.json and the counts it totals;
- :mod:`~kg.builder.stages`: :func:`build`, the stages in order.

This package's ``__init__`` imports nothing, so that ``kg.builder.options`` stays cheap;
:mod:`kg.pipeline` gathers the public names in one place.
"""
