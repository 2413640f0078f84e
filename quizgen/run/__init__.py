"""Runs the stages for the CLI: ``build`` (inputs → outputs, written atomically), the spaCy component that makes
facts and questions in the pipeline (``component``, ``--jobs``), the questions file, and process-level tuning."""
