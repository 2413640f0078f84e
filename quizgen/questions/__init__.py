"""Stage 4, questions: ``Fact``s in, ``Question``s out (``model``): every candidate (``candidates``, ``wh``,
``distractors``), then the deck's and the quiz's choice (``ranking``). Plain data: no spaCy objects, no format syntax."""
