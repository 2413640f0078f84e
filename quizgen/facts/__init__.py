"""Stage 3, facts: a parsed Doc in, typed frozen ``Fact``s out (``extract.extract_facts``; the record in ``model``).

One module per fact kind: counts and dates, quotes, appositives (roles, definitions), designations, mentions, names."""
