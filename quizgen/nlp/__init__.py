"""Stage 2, nlp: the spaCy pipeline (chosen and loaded in ``load``) and the one view of a parsed Doc the rules read.

Rules read a Doc through ``parse`` (columns, ``SentenceParse``), ``spans`` (text, bounds, trimming), ``lemmas`` and
``cache``; ``attribute_table``, ``ruler_windows`` and ``blas`` make the parse faster with the same annotations."""
