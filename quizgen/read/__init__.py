"""Stage 1, read: paths, folders, URLs and stdin in; ``Article``s (text, title, name, date, source) out.

Decoding, text / Markdown headers and HTML pages (trafilatura). Library only: raises ``InputError``, never prints."""
