"""The read stage: files, pages, feeds and streams in; `Extraction`s out."""
